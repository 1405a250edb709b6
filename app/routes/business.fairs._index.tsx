// The business's fairs: fairs open for registration, and its own registrations with status,
// booth, fee, payment status and waitlist position; cancel while the window is open; report
// results after the fair has started.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { getLanguage, getT } from "~/i18next.server";
import { REGISTRATION_INTENTS, RegistrationIdSchema, ResultsSchema } from "~/modules/fairs/fair.schema";
import { isFeeSettled } from "~/modules/payments/payments.server";
import { businessFairsOverview } from "~/modules/fairs/public.server";
import { cancelRegistration, reportResults } from "~/modules/fairs/registrations.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { domainErrorReply, invalidReply } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const now = new Date();
  const [{ open, mine }, t, language] = await Promise.all([businessFairsOverview(db, { businessId, now }), getT(request), getLanguage(request)]);
  const registrations = [];
  for (const r of mine) {
    registrations.push({
      id: r.id,
      fair: { name: r.fair.name, slug: r.fair.slug },
      status: r.status,
      booth: r.booth?.code ?? null,
      fee: formatVnd(r.feeVnd),
      feeStatus: r.feeStatus,
      feeSettled: isFeeSettled(r.feeStatus),
      position: r.position,
      holdExpiresAt: r.holdExpiresAt ? formatDateTime(r.holdExpiresAt, language) : null,
      passCode: r.status === "APPROVED" ? r.passCode : null,
      cancellable: ["PENDING", "APPROVED", "WAITLISTED"].includes(r.status) && r.fair.status === "PUBLISHED" && now < r.fair.registrationClosesAt,
      canReport: r.status === "APPROVED" && now >= r.fair.startsAt,
      reported: r.salesVnd !== null ? { sales: `${r.salesVnd.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`, visitors: r.visitors ?? 0 } : null,
    });
  }
  return {
    title: t("fairs.business.title"),
    open: open.map((f) => ({ id: f.id, slug: f.slug, name: f.name, venue: f.venue, dates: `${formatDate(f.startsAt, language)} – ${formatDate(f.endsAt, language)}`, closes: formatDateTime(f.registrationClosesAt, language) })),
    registrations,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const target = String(formData.get("registrationId") ?? "");
  if (intent === REGISTRATION_INTENTS.cancel) {
    const submission = parseWithZod(formData, { schema: RegistrationIdSchema });
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    try {
      await cancelRegistration(db, { actor, businessId, registrationId: submission.value.registrationId });
      return redirectWithFlash(request, "/business/fairs", { kind: "success", message: "fairs.business.cancelled" });
    } catch (error) {
      return domainErrorReply(intent, submission, error, target);
    }
  }
  if (intent === REGISTRATION_INTENTS.reportResults) {
    const submission = parseWithZod(formData, { schema: ResultsSchema });
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    try {
      await reportResults(db, { actor, businessId, fields: submission.value });
      return redirectWithFlash(request, "/business/fairs", { kind: "success", message: "fairs.business.reported" });
    } catch (error) {
      return domainErrorReply(intent, submission, error, target);
    }
  }
  return new Response("Unknown intent", { status: 400 });
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["registrations"][number];

function RegistrationCard({ r }: { r: Row }) {
  const { t } = useTranslation();
  const cancelReply = useIntentReply(REGISTRATION_INTENTS.cancel, r.id);
  const resultsReply = useIntentReply(REGISTRATION_INTENTS.reportResults, r.id);
  return (
    <li className="space-y-2 rounded border border-stone-300 bg-white p-3" aria-label={r.fair.name}>
      <h3 className="text-lg font-bold">
        <Link to={`/fairs/${r.fair.slug}`}>{r.fair.name}</Link>
      </h3>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
        <dt className="font-semibold">{t("fairs.business.columns.status")}</dt>
        <dd data-testid="my-registration-status">{t(`fairs.regStatus.${r.status}`)}</dd>
        <dt className="font-semibold">{t("fairs.business.columns.booth")}</dt>
        <dd data-testid="my-registration-booth">{r.booth ?? "—"}</dd>
        <dt className="font-semibold">{t("fairs.business.columns.fee")}</dt>
        <dd>{r.fee}</dd>
        <dt className="font-semibold">{t("fairs.business.columns.payment")}</dt>
        <dd>{t(`fairs.feeStatus.${r.feeStatus}`)}</dd>
      </dl>
      {r.position ? <p>{t("fairs.business.position", { position: r.position })}</p> : null}
      {r.holdExpiresAt && !r.feeSettled ? <p>{t("fairs.business.holdUntil", { date: r.holdExpiresAt })}</p> : null}
      {r.passCode ? (
        <p>
          <span className="font-mono">{t("fairs.business.pass", { code: r.passCode })}</span>{" "}
          <Link to={`/business/fairs/${r.fair.slug}/pass`}>{t("fairs.pass.link")}</Link>
        </p>
      ) : null}
      {r.reported ? <p>{t("fairs.business.reportedLine", r.reported)}</p> : null}
      {r.cancellable ? (
        <Form method="post">
          <input type="hidden" name="registrationId" value={r.id} />
          <ReplyErrors reply={cancelReply} />
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.cancel} className="btn-secondary">
            {t("fairs.business.cancel")}
          </button>
        </Form>
      ) : null}
      {r.canReport ? (
        <Form method="post" className="grid gap-2 sm:grid-cols-3" aria-label={t("fairs.business.results")}>
          <input type="hidden" name="registrationId" value={r.id} />
          <div className="sm:col-span-3">
            <ReplyErrors reply={resultsReply} />
          </div>
          <TextInput id={`sales-${r.id}`} name="salesVnd" label={t("fairs.business.salesVnd")} reply={resultsReply} inputMode="numeric" required />
          <TextInput id={`visitors-${r.id}`} name="visitors" label={t("fairs.business.visitors")} reply={resultsReply} inputMode="numeric" required />
          <TextInput id={`contacts-${r.id}`} name="contacts" label={t("fairs.business.contacts")} reply={resultsReply} inputMode="numeric" required />
          <div className="sm:col-span-3">
            <TextInput id={`comment-${r.id}`} name="comment" label={t("fairs.business.comment")} reply={resultsReply} />
          </div>
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.reportResults} className="btn-primary">
            {t("fairs.business.reportSubmit")}
          </button>
        </Form>
      ) : null}
    </li>
  );
}

export default function BusinessFairsPage() {
  const { open, registrations } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="business-fairs-title" className="space-y-6">
      <h1 id="business-fairs-title" className="text-3xl font-bold">
        {t("fairs.business.title")}
      </h1>
      <p>{t("fairs.business.lead")}</p>
      <section aria-labelledby="open-fairs" className="space-y-2">
        <h2 id="open-fairs" className="text-2xl font-bold">
          {t("fairs.business.open")}
        </h2>
        {open.length === 0 ? <p>{t("fairs.business.noneOpen")}</p> : null}
        <ul className="space-y-2">
          {open.map((f) => (
            <li key={f.id} className="rounded border border-stone-300 bg-white p-3">
              <p className="font-bold">{f.name}</p>
              <p>
                {f.dates} — {f.venue}
              </p>
              <p>{t("fairs.business.closes", { date: f.closes })}</p>
              <Link to={`/business/fairs/${f.slug}`} className="btn-primary mt-2 inline-block" aria-label={`${t("fairs.business.register")}: ${f.name}`}>
                {t("fairs.business.register")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="my-registrations" className="space-y-2">
        <h2 id="my-registrations" className="text-2xl font-bold">
          {t("fairs.business.mine")}
        </h2>
        {registrations.length === 0 ? <p>{t("fairs.business.noneMine")}</p> : null}
        <ul className="space-y-2">
          {registrations.map((r) => (
            <RegistrationCard key={r.id} r={r} />
          ))}
        </ul>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
