// On the day, per stop (?stop=): check-in by the code on a participant's pass (the shared
// events check-in form), the goods inspection of each participant with photos, and the
// visitors counted at the stop. The inspection form is multipart: photos are re-encoded
// before the transaction that records them.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckInForm, type CheckInView } from "~/components/events/check-in-form";
import { ErrorPage } from "~/components/error-page";
import { Checkbox, ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { TripSectionNav } from "~/components/trips/trip-forms";
import { Field } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { prepareUpload, UploadRejected, type PreparedUpload } from "~/modules/files/uploads.server";
import { checkInAtStop, recordInspection, stopDayBoard } from "~/modules/trips/day.server";
import { recordStopVisitors } from "~/modules/trips/results.server";
import { CheckInSchema, InspectionSchema, TRIP_INTENTS, VisitorsSchema } from "~/modules/trips/trip.schema";
import { getTripForOffice } from "~/modules/trips/trips.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { invalidReply, runIntent } from "~/utils/intent-reply.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";
import { filesOf, readUploadForm, refusalMessageKey } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

const PHOTO_LIMITS = { maxFileBytes: 8 * 1024 * 1024, maxFiles: 4, maxTotalBytes: 33 * 1024 * 1024 };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const tripId = params.id!;
  const [trip, t, language] = await Promise.all([getTripForOffice(db, { actor, tripId }), getT(request), getLanguage(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const asked = new URL(request.url).searchParams.get("stop");
  const stop = trip.stops.find((s) => s.id === asked) ?? trip.stops[0] ?? null;
  // The check-in form posts to this URL: it must name its stop.
  if (stop && asked !== stop.id) throw redirect(`/office/trips/${tripId}/day?stop=${encodeURIComponent(stop.id)}`);
  const board = stop ? await stopDayBoard(db, { actor, tripId, stopId: stop.id }) : null;
  return {
    title: t("trips.office.day.title", { name: trip.name }),
    trip: { id: trip.id, name: trip.name },
    stops: trip.stops.map((s) => ({ id: s.id, label: `${s.position}. ${s.commune.name} — ${s.venue} — ${formatDateTime(s.startsAt, language)}` })),
    stopId: stop?.id ?? null,
    visitors: stop?.visitors ?? null,
    participants: (board?.participants ?? []).map((p) => ({ ...p, checkedInAt: p.checkedInAt ? formatDateTime(p.checkedInAt, language) : null })),
  };
}

/** "08:12" in Vietnam time. */
function clock(date: Date, language: string) {
  const text = formatDateTime(date, language);
  return /\d{2}:\d{2}$/.exec(text)?.[0] ?? text;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const tripId = params.id!;
  const stopParam = new URL(request.url).searchParams.get("stop") ?? "";
  const read = await readUploadForm(request, PHOTO_LIMITS);
  if (!read.ok) {
    const target = String(read.fieldsSoFar.get("participantId") ?? "") || undefined;
    return data({ intent: TRIP_INTENTS.inspect, target, result: { status: "error" as const, error: { photos: [refusalMessageKey(read.code)], "": ["trips.errors.fixBelow"] } } }, { status: read.status });
  }
  const formData = read.formData;
  const intent = String(formData.get("intent") ?? TRIP_INTENTS.checkIn);
  if (!formData.get("stopId")) formData.set("stopId", stopParam);
  const here = (message: string) => redirectWithFlash(request, `/office/trips/${tripId}/day?stop=${encodeURIComponent(String(formData.get("stopId")))}`, { kind: "success", message });

  if (intent === TRIP_INTENTS.checkIn) {
    const submission = parseWithZod(formData, { schema: CheckInSchema });
    if (submission.status !== "success") return data({ checkIn: { state: "invalid" } as CheckInView }, { status: 400 });
    const language = await getLanguage(request);
    const result = await checkInAtStop(db, { actor, tripId, ...submission.value }).catch((e: unknown) => {
      throw toHttpError(e);
    });
    if (result.state === "invalid" || result.state === "unknown") return data({ checkIn: { state: result.state } as CheckInView }, { status: result.state === "invalid" ? 400 : 404 });
    return data({ checkIn: { state: result.state, name: result.target.name, place: result.target.place, time: clock(result.at, language) } as CheckInView });
  }
  if (intent === TRIP_INTENTS.visitors) {
    return runIntent(intent, parseWithZod(formData, { schema: VisitorsSchema }), async ({ stopId, visitors }) => {
      await recordStopVisitors(db, { actor, tripId, stopId, visitors });
      return here("trips.office.day.visitorsSaved");
    });
  }
  if (intent === TRIP_INTENTS.inspect) {
    const target = String(formData.get("participantId") ?? "") || undefined;
    const submission = parseWithZod(formData, { schema: InspectionSchema });
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    const prepared: PreparedUpload[] = [];
    try {
      for (const file of filesOf(formData, "photos")) prepared.push(await prepareUpload({ bytes: Buffer.from(await file.arrayBuffer()), kind: "image", name: file.name }));
    } catch (error) {
      if (!(error instanceof UploadRejected)) throw error;
      return data({ intent, target, result: submission.reply({ formErrors: ["trips.errors.fixBelow"], fieldErrors: { photos: [error.message] } }) }, { status: 400 });
    }
    return runIntent(intent, submission, async (fields) => {
      await recordInspection(db, { actor, tripId, fields, photos: prepared });
      return here("trips.office.day.inspected");
    }, target);
  }
  return new Response("Unknown intent", { status: 400 });
}

type Participant = ReturnType<typeof useLoaderData<typeof loader>>["participants"][number];

function InspectionForm({ p, stopId }: { p: Participant; stopId: string }) {
  const { t } = useTranslation();
  const reply = useIntentReply(TRIP_INTENTS.inspect, p.id);
  const current = p.inspection;
  return (
    <Form method="post" encType="multipart/form-data" className="space-y-2" aria-label={t("trips.office.day.inspection", { name: p.name })}>
      <ReplyErrors reply={reply} />
      <input type="hidden" name="stopId" value={stopId} />
      <input type="hidden" name="participantId" value={p.id} />
      <Checkbox id={`origin-${p.id}`} name="vietnameseOrigin" label={t("trips.office.day.vietnameseOrigin")} defaultChecked={current?.vietnameseOrigin ?? false} />
      <Checkbox id={`label-${p.id}`} name="labelling" label={t("trips.office.day.labelling")} defaultChecked={current?.labelling ?? false} />
      <Checkbox id={`expiry-${p.id}`} name="expiryDates" label={t("trips.office.day.expiryDates")} defaultChecked={current?.expiryDates ?? false} />
      <Checkbox id={`prices-${p.id}`} name="pricesDisplayed" label={t("trips.office.day.pricesDisplayed")} defaultChecked={current?.pricesDisplayed ?? false} />
      <fieldset aria-describedby={reply?.errors("passed") ? `passed-${p.id}-error` : undefined}>
        <legend className="font-semibold">{t("trips.office.day.result")}</legend>
        <div className="flex gap-4">
          <label className="flex items-center gap-1">
            <input type="radio" name="passed" value="pass" defaultChecked={current?.passed === true} /> {t("trips.office.day.pass")}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="passed" value="fail" defaultChecked={current?.passed === false} /> {t("trips.office.day.fail")}
          </label>
        </div>
        {reply?.errors("passed") ? (
          <p id={`passed-${p.id}-error`} className="text-sm font-medium text-red-800">
            {t(reply.errors("passed")![0]!)}
          </p>
        ) : null}
      </fieldset>
      <TextInput id={`notes-${p.id}`} name="notes" label={t("trips.office.day.notes")} reply={reply} defaultValue={current?.notes ?? ""} />
      <Field id={`photos-${p.id}`} label={t("trips.office.day.photos")} errors={reply?.errors("photos")}>
        {(aria) => <input {...aria} type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple />}
      </Field>
      <button type="submit" name="intent" value={TRIP_INTENTS.inspect} className="btn-primary">
        {t("trips.office.day.saveInspection")}
      </button>
    </Form>
  );
}

export default function OfficeTripDayPage() {
  const { trip, stops, stopId, participants, visitors } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as { checkIn?: CheckInView } | undefined;
  const visitorsReply = useIntentReply(TRIP_INTENTS.visitors);
  const { t } = useTranslation();
  const checkedIn = participants.filter((p) => p.checkedInAt).length;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/office/trips/${trip.id}`}>← {trip.name}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("trips.office.day.title", { name: trip.name })}</h1>
      <TripSectionNav tripId={trip.id} />
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="day-stop" className="block font-semibold">
            {t("trips.office.day.chooseStop")}
          </label>
          <select id="day-stop" name="stop" className="input" defaultValue={stopId ?? ""}>
            {stops.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("trips.office.day.show")}
        </button>
      </Form>
      {stopId ? (
        <>
          <section aria-labelledby="check-in-title" className="max-w-2xl space-y-3">
            <h2 id="check-in-title" className="text-2xl font-bold">
              {t("trips.office.day.checkIn")}
            </h2>
            <CheckInForm result={reply?.checkIn ?? null} count={{ checkedIn, expected: participants.length }} labelsPrefix="trips.office.checkIn" />
          </section>
          <section aria-labelledby="inspections-title" className="space-y-3">
            <h2 id="inspections-title" className="text-2xl font-bold">
              {t("trips.office.sections.day")}
            </h2>
            <ul className="space-y-3">
              {participants.map((p) => (
                <li key={p.id} className="rounded border border-stone-300 bg-white p-3">
                  <h3 className="text-lg font-bold">{p.name}</h3>
                  <p>{p.checkedInAt ? t("trips.office.day.at", { at: p.checkedInAt }) : t("trips.office.day.notYet")}</p>
                  {p.inspection ? (
                    <p className={p.inspection.passed ? "font-semibold text-green-800" : "font-semibold text-red-800"}>
                      {p.inspection.passed ? t("trips.office.day.passed") : t("trips.office.day.failed")}
                      {p.inspection.notes ? ` — ${p.inspection.notes}` : ""}
                    </p>
                  ) : null}
                  <details open={!p.inspection}>
                    <summary className="cursor-pointer font-semibold">{t("trips.office.day.inspection", { name: p.name })}</summary>
                    <InspectionForm p={p} stopId={stopId} />
                  </details>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="visitors-title" className="max-w-md space-y-3">
            <h2 id="visitors-title" className="text-2xl font-bold">
              {t("trips.office.day.visitors")}
            </h2>
            <Form method="post" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="stopId" value={stopId} />
              <TextInput id="stop-visitors" name="visitors" type="number" label={t("trips.office.day.visitors")} reply={visitorsReply} defaultValue={visitors} required />
              <button type="submit" name="intent" value={TRIP_INTENTS.visitors} className="btn-secondary">
                {t("trips.office.day.saveVisitors")}
              </button>
              <ReplyErrors reply={visitorsReply} />
            </Form>
          </section>
        </>
      ) : (
        <p>{t("trips.office.stop.none_")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
