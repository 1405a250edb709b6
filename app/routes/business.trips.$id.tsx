// One participation seen by its business: the schedule, its pass code and fee, the check-ins
// and goods inspections at each stop (a failed one shown plainly), and its sales per stop.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { getLanguage, getT } from "~/i18next.server";
import { getParticipationForBusiness } from "~/modules/trips/participants.server";
import { reportStopSales } from "~/modules/trips/results.server";
import { SalesSchema, TRIP_INTENTS } from "~/modules/trips/trip.schema";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { runIntent } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const [{ participation: p, fee }, t, language] = await Promise.all([getParticipationForBusiness(db, { actor, businessId, participantId: params.id! }), getT(request), getLanguage(request)]).catch(
    (e: unknown) => {
      throw toHttpError(e);
    },
  );
  return {
    title: p.trip.name,
    participation: { id: p.id, status: p.status, passCode: p.status === "APPROVED" ? p.passCode : null, fee: formatVnd(p.feeVnd), feeState: fee.state, paymentId: fee.paymentId },
    trip: { name: p.trip.name, slug: p.trip.slug, status: p.trip.status },
    stops: p.trip.stops.map((s) => {
      const checkIn = p.checkIns.find((c) => c.stopId === s.id);
      const inspection = p.inspections.find((i) => i.stopId === s.id);
      const sale = p.sales.find((x) => x.stopId === s.id);
      return {
        id: s.id,
        label: `${s.position}. ${s.commune.name} — ${s.venue}`,
        when: `${formatDateTime(s.startsAt, language)} – ${formatDateTime(s.endsAt, language)}`,
        checkedInAt: checkIn ? formatDateTime(checkIn.checkedInAt, language) : null,
        inspection: inspection ? { passed: inspection.passed, notes: inspection.notes } : null,
        salesVnd: sale ? sale.salesVnd.toString() : null,
        canReport: p.status === "APPROVED" || Boolean(checkIn),
      };
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const formData = await request.formData();
  formData.set("participantId", params.id!);
  const target = String(formData.get("stopId") ?? "") || undefined;
  return runIntent(TRIP_INTENTS.reportSales, parseWithZod(formData, { schema: SalesSchema }), async (fields) => {
    await reportStopSales(db, { actor, businessId, fields });
    return redirectWithFlash(request, `/business/trips/${params.id}`, { kind: "success", message: "trips.business.salesSaved" });
  }, target);
}

type Stop = ReturnType<typeof useLoaderData<typeof loader>>["stops"][number];

function StopItem({ stop }: { stop: Stop }) {
  const { t } = useTranslation();
  const reply = useIntentReply(TRIP_INTENTS.reportSales, stop.id);
  return (
    <li className="space-y-2 rounded border border-stone-300 bg-white p-3" aria-label={stop.label}>
      <h3 className="text-lg font-bold">{stop.label}</h3>
      <p>{stop.when}</p>
      {stop.checkedInAt ? <p>{t("trips.business.checkedIn")}: {stop.checkedInAt}</p> : null}
      {stop.inspection ? (
        <p className={stop.inspection.passed ? "font-semibold text-green-800" : "font-semibold text-red-800"} role={stop.inspection.passed ? undefined : "alert"}>
          {stop.inspection.passed ? t("trips.business.inspectionPassed") : t("trips.business.inspectionFailed")}
          {stop.inspection.notes ? ` — ${t("trips.business.inspectionNotes", { notes: stop.inspection.notes })}` : ""}
        </p>
      ) : null}
      {stop.canReport ? (
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="stopId" value={stop.id} />
          <TextInput id={`sales-${stop.id}`} name="salesVnd" inputMode="numeric" label={`${t("trips.business.sales")} — ${stop.label}`} reply={reply} defaultValue={stop.salesVnd ?? ""} required />
          <button type="submit" name="intent" value={TRIP_INTENTS.reportSales} className="btn-secondary">
            {t("trips.business.reportSales")}
          </button>
          <ReplyErrors reply={reply} />
        </Form>
      ) : null}
    </li>
  );
}

export default function BusinessTripPage() {
  const { participation, trip, stops } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/business/trips">← {t("trips.business.title")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{trip.name}</h1>
      <p>
        {t(`trips.participantStatus.${participation.status}`)} — {t("trips.business.fee", { fee: participation.fee, state: t(`trips.fee.${participation.feeState}`) })}
      </p>
      {participation.passCode ? <p className="font-mono text-lg">{t("trips.business.passCode", { code: participation.passCode })}</p> : null}
      {participation.feeState === "due" || participation.feeState === "pending" ? (
        <p>
          <Link to="/business/payments">{t("trips.business.pay")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="stops-title" className="space-y-3">
        <h2 id="stops-title" className="text-2xl font-bold">
          {t("trips.business.stops")}
        </h2>
        <ol className="space-y-3">
          {stops.map((s) => (
            <StopItem key={s.id} stop={s} />
          ))}
        </ol>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
