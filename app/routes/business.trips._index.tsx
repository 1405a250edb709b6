// The business's trips: invitations to accept or decline, its applications and places (with
// withdraw), and trips open to applications. Plain POST forms: they work without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Checkbox, ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { getLanguage, getT } from "~/i18next.server";
import { acceptInvitation, applyToTrip, declineInvitation, listTripsForBusiness, withdrawParticipation } from "~/modules/trips/participants.server";
import { ApplySchema, ParticipantIdSchema, TRIP_INTENTS } from "~/modules/trips/trip.schema";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { runIntent } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const [{ participations, openTrips }, t, language] = await Promise.all([listTripsForBusiness(db, { actor, businessId }), getT(request), getLanguage(request)]);
  const dates = (trip: { startsOn: Date; endsOn: Date }) => `${formatDate(trip.startsOn, language)} – ${formatDate(trip.endsOn, language)}`;
  return {
    title: t("trips.business.title"),
    participations: participations
      .filter((p) => p.trip.status !== "DRAFT" || p.origin === "INVITED")
      .map((p) => ({ id: p.id, status: p.status, trip: { name: p.trip.name, dates: dates(p.trip), status: p.trip.status }, fee: formatVnd(p.feeVnd), passCode: p.status === "APPROVED" ? p.passCode : null })),
    openTrips: openTrips.map((trip) => ({ id: trip.id, name: trip.name, slug: trip.slug, dates: dates(trip), fee: formatVnd(trip.feeVnd) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const back = (message: string) => redirectWithFlash(request, "/business/trips", { kind: "success", message });
  const target = String(formData.get("participantId") ?? formData.get("tripId") ?? "") || undefined;
  switch (intent) {
    case TRIP_INTENTS.accept:
      return runIntent(intent, parseWithZod(formData, { schema: ParticipantIdSchema }), async ({ participantId }) => {
        const outcome = await acceptInvitation(db, { actor, businessId, participantId });
        return back(outcome === "APPROVED" ? "trips.business.accepted" : "trips.business.waitlisted");
      }, target);
    case TRIP_INTENTS.decline:
      return runIntent(intent, parseWithZod(formData, { schema: ParticipantIdSchema }), async ({ participantId }) => {
        await declineInvitation(db, { actor, businessId, participantId });
        return back("trips.business.declined");
      }, target);
    case TRIP_INTENTS.withdraw:
      return runIntent(intent, parseWithZod(formData, { schema: ParticipantIdSchema }), async ({ participantId }) => {
        await withdrawParticipation(db, { actor, businessId, participantId });
        return back("trips.business.withdrawn");
      }, target);
    case TRIP_INTENTS.apply:
      return runIntent(intent, parseWithZod(formData, { schema: ApplySchema }), async ({ tripId, waiverRequested, note }) => {
        await applyToTrip(db, { actor, businessId, tripId, waiverRequested, note });
        return back("trips.business.applied");
      }, target);
    default:
      return new Response("Unknown intent", { status: 400 });
  }
}

type Participation = ReturnType<typeof useLoaderData<typeof loader>>["participations"][number];

function ParticipationItem({ p }: { p: Participation }) {
  const { t } = useTranslation();
  const replies = [useIntentReply(TRIP_INTENTS.accept, p.id), useIntentReply(TRIP_INTENTS.decline, p.id), useIntentReply(TRIP_INTENTS.withdraw, p.id)];
  return (
    <li className="space-y-2 rounded border border-stone-300 bg-white p-3" aria-label={p.trip.name}>
      <h3 className="text-lg font-bold">{p.trip.name}</h3>
      <p>
        {p.trip.dates} — <span data-testid="participation-status">{t(`trips.participantStatus.${p.status}`)}</span> — {p.fee}
      </p>
      {p.passCode ? <p className="font-mono">{t("trips.business.passCode", { code: p.passCode })}</p> : null}
      {replies.map((r, i) => (
        <ReplyErrors key={i} reply={r} />
      ))}
      <Form method="post" className="flex flex-wrap gap-2">
        <input type="hidden" name="participantId" value={p.id} />
        {p.status === "INVITED" ? (
          <>
            <button type="submit" name="intent" value={TRIP_INTENTS.accept} className="btn-primary">
              {t("trips.business.accept")}
            </button>
            <button type="submit" name="intent" value={TRIP_INTENTS.decline} className="btn-secondary">
              {t("trips.business.decline")}
            </button>
          </>
        ) : null}
        {["PENDING", "APPROVED", "WAITLISTED"].includes(p.status) && p.trip.status === "PUBLISHED" ? (
          <button type="submit" name="intent" value={TRIP_INTENTS.withdraw} className="btn-secondary">
            {t("trips.business.withdraw")}
          </button>
        ) : null}
      </Form>
      {p.trip.status !== "DRAFT" ? (
        <p>
          <Link to={`/business/trips/${p.id}`}>{t("trips.business.details")}</Link>
        </p>
      ) : null}
    </li>
  );
}

function ApplyForm({ trip }: { trip: { id: string; name: string; dates: string; fee: string } }) {
  const { t } = useTranslation();
  const reply = useIntentReply(TRIP_INTENTS.apply, trip.id);
  return (
    <li className="space-y-2 rounded border border-stone-300 bg-white p-3" aria-label={trip.name}>
      <h3 className="text-lg font-bold">{trip.name}</h3>
      <p>
        {trip.dates} — {trip.fee}
      </p>
      <Form method="post" className="space-y-2">
        <ReplyErrors reply={reply} />
        <input type="hidden" name="tripId" value={trip.id} />
        <Checkbox id={`waiver-${trip.id}`} name="waiverRequested" label={t("trips.business.waiver")} />
        <TextInput id={`note-${trip.id}`} name="note" label={t("trips.business.note")} reply={reply} />
        <button type="submit" name="intent" value={TRIP_INTENTS.apply} className="btn-primary">
          {t("trips.business.apply")}
        </button>
      </Form>
    </li>
  );
}

export default function BusinessTripsPage() {
  const { participations, openTrips } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("trips.business.title")}</h1>
      <p>{t("trips.business.lead")}</p>
      <section aria-labelledby="mine-title" className="space-y-3">
        <h2 id="mine-title" className="text-2xl font-bold">
          {t("trips.business.mine")}
        </h2>
        {participations.length === 0 ? <p>{t("trips.business.none")}</p> : null}
        <ul className="space-y-3">
          {participations.map((p) => (
            <ParticipationItem key={p.id} p={p} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-2xl font-bold">
          {t("trips.business.open")}
        </h2>
        {openTrips.length === 0 ? <p>{t("trips.business.noOpen")}</p> : null}
        <ul className="space-y-3">
          {openTrips.map((trip) => (
            <ApplyForm key={trip.id} trip={trip} />
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
