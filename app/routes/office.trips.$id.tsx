// One trip for the office: its details, its stops in order (add, edit, move up/down, remove)
// and its lifecycle. Many small POST forms switched on `intent`; all work without JavaScript.
import type { Submission } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { PlaceOptions } from "~/components/places/place-options";
import { StopForm, TripDetailsForm, TripSectionNav } from "~/components/trips/trip-forms";
import { getLanguage, getT } from "~/i18next.server";
import { placeOptions } from "~/modules/sales-points/sales-points.server";
import { tripCategoryChoices } from "~/modules/trips/choices.server";
import { MoveStopSchema, ReasonSchema, StopFieldsSchema, StopIdSchema, TRIP_INTENTS, TripFieldsSchema, toVnDateTimeInput, tripFormDefaults } from "~/modules/trips/trip.schema";
import { addStop, cancelTrip, changeTripStatus, editStop, getTripForOffice, moveStop, removeStop, updateTrip } from "~/modules/trips/trips.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { runIntent } from "~/utils/intent-reply.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const [trip, t, language] = await Promise.all([getTripForOffice(db, { actor, tripId: params.id! }), getT(request), getLanguage(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const asked = new URL(request.url).searchParams.get("province");
  const provinceCode = asked && /^\d{1,3}$/.test(asked) ? asked : (trip.stops[0]?.commune.provinceCode ?? "");
  const [places, categories] = await Promise.all([placeOptions(db, provinceCode), tripCategoryChoices(db, language)]);
  return {
    title: trip.name,
    trip: { id: trip.id, name: trip.name, slug: trip.slug, status: trip.status, cancelReason: trip.cancelReason },
    defaults: tripFormDefaults(trip),
    categories,
    provinceCode,
    provinces: places.provinces,
    communes: places.communes,
    stops: trip.stops.map((s) => ({
      id: s.id,
      position: s.position,
      commune: s.commune.name,
      communeCode: s.communeCode,
      venue: s.venue,
      when: `${formatDateTime(s.startsAt, language)} – ${formatDateTime(s.endsAt, language)}`,
      changed: s.changedAt ? { previous: s.previousStartsAt ? formatDateTime(s.previousStartsAt, language) : "", venue: s.previousVenue ?? s.venue } : null,
      defaults: {
        communeCode: s.communeCode,
        venue: s.venue,
        address: s.address ?? "",
        latitude: s.latitude === null ? "" : String(s.latitude),
        longitude: s.longitude === null ? "" : String(s.longitude),
        startsAt: toVnDateTimeInput(s.startsAt),
        endsAt: toVnDateTimeInput(s.endsAt),
      },
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const tripId = params.id!;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const target = String(formData.get("stopId") ?? "") || undefined;
  const province = String(formData.get("provinceCode") ?? "");
  const back = (message: string) => redirectWithFlash(request, `/office/trips/${tripId}${province ? `?province=${encodeURIComponent(province)}` : ""}`, { kind: "success", message });
  const run = <Value,>(submission: Submission<any, string[], Value>, work: (value: Value) => Promise<string>) => runIntent(intent, submission, async (value) => back(await work(value)), target);
  switch (intent) {
    case TRIP_INTENTS.save:
      return run(parseWithZod(formData, { schema: TripFieldsSchema }), async (fields) => {
        await updateTrip(db, { actor, tripId, fields });
        return "trips.office.saved";
      });
    case TRIP_INTENTS.publish:
    case TRIP_INTENTS.close:
    case TRIP_INTENTS.finish: {
      const change = intent;
      return run(parseWithZod(formData, { schema: StopIdSchema.partial() }), async () => {
        await changeTripStatus(db, { actor, tripId, change });
        return `trips.office.lifecycle.${change === "publish" ? "published" : change === "close" ? "closed" : "finished"}`;
      });
    }
    case TRIP_INTENTS.cancel:
      return run(parseWithZod(formData, { schema: ReasonSchema }), async ({ reason }) => {
        await cancelTrip(db, { actor, tripId, reason });
        return "trips.office.lifecycle.cancelled";
      });
    case TRIP_INTENTS.addStop:
      return run(parseWithZod(formData, { schema: StopFieldsSchema }), async (fields) => {
        await addStop(db, { actor, tripId, fields });
        return "trips.office.stop.added";
      });
    case TRIP_INTENTS.editStop: {
      const stopId = String(formData.get("stopId") ?? "");
      return run(parseWithZod(formData, { schema: StopFieldsSchema }), async (fields) => {
        const { announced } = await editStop(db, { actor, tripId, stopId, fields });
        return announced ? "trips.office.stop.editedAnnounced" : "trips.office.stop.edited";
      });
    }
    case TRIP_INTENTS.moveStop:
      return run(parseWithZod(formData, { schema: MoveStopSchema }), async ({ stopId, direction }) => {
        await moveStop(db, { actor, tripId, stopId, direction });
        return "trips.office.stop.moved";
      });
    case TRIP_INTENTS.removeStop:
      return run(parseWithZod(formData, { schema: StopIdSchema }), async ({ stopId }) => {
        await removeStop(db, { actor, tripId, stopId });
        return "trips.office.stop.removed";
      });
    default:
      return new Response("Unknown intent", { status: 400 });
  }
}

type Stop = ReturnType<typeof useLoaderData<typeof loader>>["stops"][number];

function StopItem({ stop, last, provinceCode, communes }: { stop: Stop; last: boolean; provinceCode: string; communes: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const editReply = useIntentReply(TRIP_INTENTS.editStop, stop.id);
  const moveReply = useIntentReply(TRIP_INTENTS.moveStop, stop.id);
  const removeReply = useIntentReply(TRIP_INTENTS.removeStop, stop.id);
  const choices = communes.some((c) => c.code === stop.communeCode) ? communes : [{ code: stop.communeCode, name: stop.commune }, ...communes];
  return (
    <li className="space-y-2 rounded border border-stone-300 bg-white p-3" aria-label={t("trips.office.stop.line", { position: stop.position, commune: stop.commune, venue: stop.venue })}>
      <h3 className="text-lg font-bold">{t("trips.office.stop.line", { position: stop.position, commune: stop.commune, venue: stop.venue })}</h3>
      <p>{stop.when}</p>
      {stop.changed ? <p className="font-semibold text-amber-800">{t("trips.office.stop.changed", stop.changed)}</p> : null}
      <ReplyErrors reply={moveReply} />
      <ReplyErrors reply={removeReply} />
      {stop.position > 1 ? (
        <Form method="post">
          <input type="hidden" name="stopId" value={stop.id} />
          <input type="hidden" name="provinceCode" value={provinceCode} />
          <input type="hidden" name="direction" value="up" />
          <button type="submit" name="intent" value={TRIP_INTENTS.moveStop} className="btn-secondary" aria-label={t("trips.office.stop.moveUp", { position: stop.position })}>
            {t("trips.office.stop.up")}
          </button>
        </Form>
      ) : null}
      {!last ? (
        <Form method="post">
          <input type="hidden" name="stopId" value={stop.id} />
          <input type="hidden" name="provinceCode" value={provinceCode} />
          <input type="hidden" name="direction" value="down" />
          <button type="submit" name="intent" value={TRIP_INTENTS.moveStop} className="btn-secondary" aria-label={t("trips.office.stop.moveDown", { position: stop.position })}>
            {t("trips.office.stop.down")}
          </button>
        </Form>
      ) : null}
      <Form method="post">
        <input type="hidden" name="stopId" value={stop.id} />
        <input type="hidden" name="provinceCode" value={provinceCode} />
        <button type="submit" name="intent" value={TRIP_INTENTS.removeStop} className="btn-secondary">
          {t("trips.office.stop.remove", { position: stop.position })}
        </button>
      </Form>
      <details open={Boolean(editReply)}>
        <summary className="cursor-pointer font-semibold">{t("trips.office.stop.edit", { position: stop.position })}</summary>
        <StopForm idPrefix={`stop-${stop.id}`} reply={editReply} provinceCode={provinceCode} communes={choices} defaults={stop.defaults} stopId={stop.id} intent={TRIP_INTENTS.editStop} submitLabel={t("trips.office.stop.save")} />
      </details>
    </li>
  );
}

export default function OfficeTripPage() {
  const { trip, defaults, categories, provinceCode, provinces, communes, stops } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const saveReply = useIntentReply(TRIP_INTENTS.save);
  const addReply = useIntentReply(TRIP_INTENTS.addStop);
  const cancelReply = useIntentReply(TRIP_INTENTS.cancel);
  const lifecycleReplies = [useIntentReply(TRIP_INTENTS.publish), useIntentReply(TRIP_INTENTS.close), useIntentReply(TRIP_INTENTS.finish)];
  const live = trip.status !== "FINISHED" && trip.status !== "CANCELLED";
  return (
    <div className="space-y-6">
      <p>
        <Link to="/office/trips">{t("trips.office.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{trip.name}</h1>
      <p>
        <span data-testid="trip-status">{t(`trips.status.${trip.status}`)}</span>
        {trip.status !== "DRAFT" ? (
          <>
            {" — "}
            <a href={`/trips/${trip.slug}`}>{t("trips.office.lifecycle.publicPage")}</a>
          </>
        ) : null}
      </p>
      {trip.cancelReason ? <p>{trip.cancelReason}</p> : null}
      <TripSectionNav tripId={trip.id} />

      <section aria-labelledby="stops-title" className="space-y-3">
        <h2 id="stops-title" className="text-2xl font-bold">
          {t("trips.office.sections.stops")}
        </h2>
        {stops.length === 0 ? <p>{t("trips.office.stop.none_")}</p> : null}
        <ol className="space-y-3">
          {stops.map((s, i) => (
            <StopItem key={s.id} stop={s} last={i === stops.length - 1} provinceCode={provinceCode} communes={communes} />
          ))}
        </ol>
        {live ? (
          <section aria-labelledby="add-stop-title" className="space-y-3 rounded border border-stone-300 p-3">
            <h3 id="add-stop-title" className="text-lg font-bold">
              {t("trips.office.stop.add")}
            </h3>
            <Form method="get" className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="stop-province" className="block font-semibold">
                  {t("trips.office.stop.province")}
                </label>
                <select id="stop-province" name="province" className="input" defaultValue={provinceCode}>
                  <option value="">{t("trips.office.stop.none")}</option>
                  <PlaceOptions places={provinces} />
                </select>
              </div>
              <button type="submit" className="btn-secondary">
                {t("trips.office.stop.chooseProvince")}
              </button>
            </Form>
            <StopForm idPrefix="new-stop" reply={addReply} provinceCode={provinceCode} communes={communes} defaults={{ communeCode: "", venue: "", address: "", latitude: "", longitude: "", startsAt: "", endsAt: "" }} intent={TRIP_INTENTS.addStop} submitLabel={t("trips.office.stop.add")} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="lifecycle-title" className="space-y-3">
        <h2 id="lifecycle-title" className="text-2xl font-bold">
          {t("trips.office.sections.lifecycle")}
        </h2>
        {lifecycleReplies.map((r, i) => (
          <ReplyErrors key={i} reply={r} />
        ))}
        <Form method="post" className="flex flex-wrap gap-2">
          {trip.status === "DRAFT" ? (
            <button type="submit" name="intent" value={TRIP_INTENTS.publish} className="btn-primary">
              {t("trips.office.lifecycle.publish")}
            </button>
          ) : null}
          {trip.status === "PUBLISHED" ? (
            <button type="submit" name="intent" value={TRIP_INTENTS.close} className="btn-secondary">
              {t("trips.office.lifecycle.close")}
            </button>
          ) : null}
          {trip.status === "PUBLISHED" || trip.status === "CLOSED" ? (
            <button type="submit" name="intent" value={TRIP_INTENTS.finish} className="btn-secondary">
              {t("trips.office.lifecycle.finish")}
            </button>
          ) : null}
        </Form>
        {live ? (
          <Form method="post" className="flex flex-wrap items-end gap-2">
            <TextInput id="cancel-reason" name="reason" label={t("trips.office.lifecycle.cancelReason")} reply={cancelReply} required />
            <button type="submit" name="intent" value={TRIP_INTENTS.cancel} className="btn-secondary">
              {t("trips.office.lifecycle.cancel")}
            </button>
            <ReplyErrors reply={cancelReply} />
          </Form>
        ) : null}
      </section>

      {live ? (
        <section aria-labelledby="details-title" className="max-w-3xl space-y-3">
          <h2 id="details-title" className="text-2xl font-bold">
            {t("trips.office.sections.details")}
          </h2>
          <TripDetailsForm reply={saveReply} defaults={defaults} categories={categories} submitLabel={t("common.save")} />
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
