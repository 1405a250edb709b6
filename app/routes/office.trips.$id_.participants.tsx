// The trip's businesses for the office: participations with their decisions (approve, reject,
// cancel, record a cash fee), and the invitation picker filtered by category, commune, OCOP
// stars and product count. Filters are a GET form; invitations one POST with checkboxes.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { PlaceOptions } from "~/components/places/place-options";
import { TripSectionNav } from "~/components/trips/trip-forms";
import { getLanguage, getT } from "~/i18next.server";
import { placeOptions } from "~/modules/sales-points/sales-points.server";
import { tripCategoryChoices } from "~/modules/trips/choices.server";
import {
  approveParticipant,
  cancelParticipantByOffice,
  inviteBusinesses,
  listInvitationCandidates,
  listParticipants,
  markParticipantPaid,
  rejectParticipant,
} from "~/modules/trips/participants.server";
import { CandidateFiltersSchema, InviteSchema, ParticipantIdSchema, RejectSchema, TRIP_INTENTS } from "~/modules/trips/trip.schema";
import { getTripForOffice } from "~/modules/trips/trips.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { runIntent } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const tripId = params.id!;
  const search = new URL(request.url).searchParams;
  const filters = CandidateFiltersSchema.parse(Object.fromEntries(search));
  const [trip, participants, candidates, t, language] = await Promise.all([
    getTripForOffice(db, { actor, tripId }),
    listParticipants(db, { actor, tripId }),
    listInvitationCandidates(db, { actor, tripId, filters }),
    getT(request),
    getLanguage(request),
  ]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const provinceCode = trip.stops[0]?.commune.provinceCode ?? "48";
  const [places, categories] = await Promise.all([placeOptions(db, provinceCode), tripCategoryChoices(db, language)]);
  return {
    title: t("trips.office.participants.title", { name: trip.name }),
    trip: { id: trip.id, name: trip.name, capacity: trip.capacity, status: trip.status },
    participants: participants.map((p) => ({ ...p, fee: formatVnd(p.feeVnd) })),
    candidates,
    filters: { category: filters.category ?? "", commune: filters.commune ?? "", stars: filters.stars ? String(filters.stars) : "", minProducts: filters.minProducts !== undefined ? String(filters.minProducts) : "" },
    communes: places.communes,
    categories,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const tripId = params.id!;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const target = String(formData.get("participantId") ?? "") || undefined;
  const back = (message: string) => redirectWithFlash(request, `/office/trips/${tripId}/participants`, { kind: "success", message });
  switch (intent) {
    case TRIP_INTENTS.invite:
      return runIntent(intent, parseWithZod(formData, { schema: InviteSchema }), async ({ businessIds }) => {
        const { invited } = await inviteBusinesses(db, { actor, tripId, businessIds });
        const t = await getT(request);
        return back(t("trips.office.participants.invited", { count: invited }));
      });
    case TRIP_INTENTS.approve:
      return runIntent(intent, parseWithZod(formData, { schema: ParticipantIdSchema }), async ({ participantId }) => {
        const outcome = await approveParticipant(db, { actor, tripId, participantId });
        return back(outcome === "APPROVED" ? "trips.office.participants.approvedMsg" : "trips.office.participants.waitlistedMsg");
      }, target);
    case TRIP_INTENTS.reject:
      return runIntent(intent, parseWithZod(formData, { schema: RejectSchema }), async ({ participantId, reason }) => {
        await rejectParticipant(db, { actor, tripId, participantId, reason });
        return back("trips.office.participants.rejected");
      }, target);
    case TRIP_INTENTS.cancelParticipant:
      return runIntent(intent, parseWithZod(formData, { schema: RejectSchema }), async ({ participantId, reason }) => {
        await cancelParticipantByOffice(db, { actor, tripId, participantId, reason });
        return back("trips.office.participants.cancelled");
      }, target);
    case TRIP_INTENTS.markPaid:
      return runIntent(intent, parseWithZod(formData, { schema: ParticipantIdSchema }), async ({ participantId }) => {
        await markParticipantPaid(db, { actor, tripId, participantId });
        return back("trips.office.participants.paid");
      }, target);
    default:
      return new Response("Unknown intent", { status: 400 });
  }
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["participants"][number];

function ParticipantActions({ p }: { p: Row }) {
  const { t } = useTranslation();
  const approveReply = useIntentReply(TRIP_INTENTS.approve, p.id);
  const payReply = useIntentReply(TRIP_INTENTS.markPaid, p.id);
  const rejectReply = useIntentReply(TRIP_INTENTS.reject, p.id);
  const cancelReply = useIntentReply(TRIP_INTENTS.cancelParticipant, p.id);
  const live = ["INVITED", "PENDING", "APPROVED", "WAITLISTED"].includes(p.status);
  return (
    <div className="space-y-2">
      <ReplyErrors reply={approveReply} />
      <ReplyErrors reply={payReply} />
      <Form method="post" className="flex flex-wrap gap-2">
        <input type="hidden" name="participantId" value={p.id} />
        {p.status === "PENDING" ? (
          <button type="submit" name="intent" value={TRIP_INTENTS.approve} className="btn-primary">
            {t("trips.office.participants.approve")}
          </button>
        ) : null}
        {p.status === "APPROVED" && (p.feeState === "due" || p.feeState === "pending") ? (
          <button type="submit" name="intent" value={TRIP_INTENTS.markPaid} className="btn-secondary">
            {t("trips.office.participants.markPaid")}
          </button>
        ) : null}
      </Form>
      {p.status === "PENDING" || p.status === "WAITLISTED" ? (
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="participantId" value={p.id} />
          <TextInput id={`reject-${p.id}`} name="reason" label={t("trips.office.participants.rejectReason")} reply={rejectReply} required />
          <button type="submit" name="intent" value={TRIP_INTENTS.reject} className="btn-secondary">
            {t("trips.office.participants.reject")}
          </button>
          <ReplyErrors reply={rejectReply} />
        </Form>
      ) : null}
      {live && p.status !== "PENDING" ? (
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="participantId" value={p.id} />
          <TextInput id={`cancel-${p.id}`} name="reason" label={t("trips.office.participants.cancelReason")} reply={cancelReply} required />
          <button type="submit" name="intent" value={TRIP_INTENTS.cancelParticipant} className="btn-secondary">
            {t("trips.office.participants.cancel")}
          </button>
          <ReplyErrors reply={cancelReply} />
        </Form>
      ) : null}
    </div>
  );
}

export default function OfficeTripParticipantsPage() {
  const { trip, participants, candidates, filters, communes, categories } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const inviteReply = useIntentReply(TRIP_INTENTS.invite);
  const approved = participants.filter((p) => p.status === "APPROVED").length;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/office/trips/${trip.id}`}>← {trip.name}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("trips.office.participants.title", { name: trip.name })}</h1>
      <TripSectionNav tripId={trip.id} />
      <section aria-labelledby="participants-title" className="space-y-3">
        <h2 id="participants-title" className="text-2xl font-bold">
          {t("trips.office.sections.participants")}
        </h2>
        <p>{t("trips.office.participants.approved", { count: approved, capacity: trip.capacity })}</p>
        {participants.length === 0 ? <p>{t("trips.office.participants.none")}</p> : null}
        <ul className="space-y-3">
          {participants.map((p) => (
            <li key={p.id} className="rounded border border-stone-300 bg-white p-3" aria-label={p.business.name}>
              <h3 className="text-lg font-bold">{p.business.name}</h3>
              <p>
                <span data-testid="participant-status">{t(`trips.participantStatus.${p.status}`)}</span> — {t(`trips.office.participants.origin.${p.origin}`)} — {p.fee} — {t(`trips.fee.${p.feeState}`)}
                {p.waiverRequested ? ` — ${t("trips.office.participants.waiver")}` : ""}
              </p>
              {p.position ? <p>{t("trips.office.participants.position", { position: p.position })}</p> : null}
              {p.passCode && p.status === "APPROVED" ? <p>{t("trips.office.participants.passCode", { code: p.passCode })}</p> : null}
              {p.note ? <p className="italic">{p.note}</p> : null}
              {p.decisionReason ? <p>{p.decisionReason}</p> : null}
              <ParticipantActions p={p} />
            </li>
          ))}
        </ul>
      </section>

      {trip.status === "DRAFT" || trip.status === "PUBLISHED" ? (
        <section aria-labelledby="invite-title" className="space-y-3">
          <h2 id="invite-title" className="text-2xl font-bold">
            {t("trips.office.participants.invite")}
          </h2>
          <p>{t("trips.office.participants.inviteLead")}</p>
          <Form method="get" className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="filter-category" className="block font-semibold">
                {t("trips.office.participants.filter.category")}
              </label>
              <select id="filter-category" name="category" className="input" defaultValue={filters.category}>
                <option value="">{t("trips.office.participants.filter.any")}</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-commune" className="block font-semibold">
                {t("trips.office.participants.filter.commune")}
              </label>
              <select id="filter-commune" name="commune" className="input" defaultValue={filters.commune}>
                <option value="">{t("trips.office.participants.filter.any")}</option>
                <PlaceOptions places={communes} />
              </select>
            </div>
            <div>
              <label htmlFor="filter-stars" className="block font-semibold">
                {t("trips.office.participants.filter.stars")}
              </label>
              <select id="filter-stars" name="stars" className="input" defaultValue={filters.stars}>
                <option value="">{t("trips.office.participants.filter.any")}</option>
                {[3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}★
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-products" className="block font-semibold">
                {t("trips.office.participants.filter.minProducts")}
              </label>
              <input id="filter-products" name="minProducts" type="number" min={0} className="input w-24" defaultValue={filters.minProducts} />
            </div>
            <button type="submit" className="btn-secondary">
              {t("trips.office.participants.filter.apply")}
            </button>
          </Form>
          <Form method="post" className="space-y-2">
            <ReplyErrors reply={inviteReply} />
            <fieldset className="space-y-1" aria-describedby={inviteReply?.errors("businessIds") ? "invite-error" : undefined}>
              <legend className="font-semibold">{t("trips.office.participants.candidates")}</legend>
              {candidates.length === 0 ? <p>{t("trips.office.participants.noCandidates")}</p> : null}
              {candidates.map((c) => (
                <div key={c.id} className="flex items-center gap-2">
                  <input id={`invite-${c.id}`} type="checkbox" name="businessIds" value={c.id} className="h-5 w-5" />
                  <label htmlFor={`invite-${c.id}`}>
                    {c.name}
                    <span className="text-stone-700">
                      {" "}
                      — {c.commune ?? "—"} — {t("trips.office.participants.products", { count: c.products })}
                      {c.stars ? ` — ${t("trips.office.participants.stars", { stars: c.stars })}` : ""}
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            {inviteReply?.errors("businessIds") ? (
              <p id="invite-error" className="text-sm font-medium text-red-800">
                {t(inviteReply.errors("businessIds")![0]!)}
              </p>
            ) : null}
            {candidates.length ? (
              <button type="submit" name="intent" value={TRIP_INTENTS.invite} className="btn-primary">
                {t("trips.office.participants.sendInvitations")}
              </button>
            ) : null}
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
