// The trip's details form and a stop's form, shared by the new-trip page and the trip page.
// Plain POST forms (they work without JavaScript); the action's reply puts each error next to
// its field (components/fairs/form-bits).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Checkbox, ReplyErrors, TextInput, type Reply } from "~/components/fairs/form-bits";
import { PlaceOptions } from "~/components/places/place-options";
import { Field } from "~/components/ui/field";
import { TRIP_INTENTS } from "~/modules/trips/trip.schema";

export type Choice = { id: string; name: string };
export type Place = { code: string; name: string };

export function TripDetailsForm({ reply, defaults, categories, submitLabel }: { reply: Reply; defaults: ReturnType<typeof import("~/modules/trips/trip.schema").tripFormDefaults>; categories: Choice[]; submitLabel: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="space-y-3">
      <ReplyErrors reply={reply} />
      <TextInput id="trip-name" name="name" label={t("trips.office.fields.name")} reply={reply} defaultValue={defaults.name} required />
      <Field id="trip-description" label={t("trips.office.fields.description")} errors={reply?.errors("description")}>
        {(aria) => <textarea {...aria} name="description" rows={3} className="input w-full" defaultValue={reply?.value("description") ?? defaults.description} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput id="trip-capacity" name="capacity" type="number" label={t("trips.office.fields.capacity")} reply={reply} defaultValue={defaults.capacity} required />
        <TextInput id="trip-fee" name="feeVnd" inputMode="numeric" label={t("trips.office.fields.feeVnd")} hint={t("trips.office.fields.feeHint")} reply={reply} defaultValue={defaults.feeVnd} required />
      </div>
      <Checkbox id="trip-verified" name="verifiedOnly" label={t("trips.office.fields.verifiedOnly")} defaultChecked={defaults.verifiedOnly} />
      <Checkbox id="trip-open" name="openToApplications" label={t("trips.office.fields.openToApplications")} defaultChecked={defaults.openToApplications} />
      <Field id="trip-category" label={t("trips.office.fields.category")} errors={reply?.errors("eligibleCategoryId")}>
        {(aria) => (
          <select {...aria} name="eligibleCategoryId" className="input" defaultValue={defaults.eligibleCategoryId}>
            <option value="">{t("trips.office.fields.anyCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" name="intent" value={TRIP_INTENTS.save} className="btn-primary">
        {submitLabel}
      </button>
    </Form>
  );
}

export interface StopDefaults {
  communeCode: string;
  venue: string;
  address: string;
  latitude: string;
  longitude: string;
  startsAt: string;
  endsAt: string;
}

/**
 * One stop's fields. The commune list is the chosen province's (the page's `?province=`, chosen
 * with a small GET form above, so it works without JavaScript).
 */
export function StopForm({ idPrefix, reply, provinceCode, communes, defaults, stopId, submitLabel, intent }: { idPrefix: string; reply: Reply; provinceCode: string; communes: Place[]; defaults: StopDefaults; stopId?: string; submitLabel: string; intent: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="space-y-3">
      <ReplyErrors reply={reply} />
      <input type="hidden" name="provinceCode" value={provinceCode} />
      {stopId ? <input type="hidden" name="stopId" value={stopId} /> : null}
      <Field id={`${idPrefix}-commune`} label={t("trips.office.stop.commune")} hint={t("trips.office.stop.communeHint")} errors={reply?.errors("communeCode") ?? reply?.errors("provinceCode")}>
        {(aria) => (
          <select {...aria} name="communeCode" className="input" defaultValue={reply?.value("communeCode") ?? defaults.communeCode} required>
            <option value="">{t("trips.office.stop.none")}</option>
            <PlaceOptions places={communes} />
          </select>
        )}
      </Field>
      <TextInput id={`${idPrefix}-venue`} name="venue" label={t("trips.office.stop.venue")} reply={reply} defaultValue={defaults.venue} required />
      <TextInput id={`${idPrefix}-address`} name="address" label={t("trips.office.stop.address")} reply={reply} defaultValue={defaults.address} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput id={`${idPrefix}-starts`} name="startsAt" type="datetime-local" label={t("trips.office.stop.startsAt")} reply={reply} defaultValue={defaults.startsAt} required />
        <TextInput id={`${idPrefix}-ends`} name="endsAt" type="datetime-local" label={t("trips.office.stop.endsAt")} reply={reply} defaultValue={defaults.endsAt} required />
        <TextInput id={`${idPrefix}-lat`} name="latitude" inputMode="decimal" label={t("trips.office.stop.latitude")} reply={reply} defaultValue={defaults.latitude} />
        <TextInput id={`${idPrefix}-lng`} name="longitude" inputMode="decimal" label={t("trips.office.stop.longitude")} reply={reply} defaultValue={defaults.longitude} />
      </div>
      <button type="submit" name="intent" value={intent} className="btn-primary">
        {submitLabel}
      </button>
    </Form>
  );
}

export function TripSectionNav({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const links = [
    [`/office/trips/${tripId}`, t("trips.office.sections.details")],
    [`/office/trips/${tripId}/participants`, t("trips.office.sections.participants")],
    [`/office/trips/${tripId}/day`, t("trips.office.sections.day")],
    [`/office/trips/${tripId}/results`, t("trips.office.sections.results")],
  ] as const;
  return (
    <nav aria-label={t("trips.office.title")}>
      <ul className="flex flex-wrap gap-3">
        {links.map(([to, label]) => (
          <li key={to}>
            <a href={to} className="underline">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
