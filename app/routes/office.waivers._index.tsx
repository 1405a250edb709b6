// Fee waiver requests for partners (doitac@) and officers: household status, certificate, the
// scan (every view audited), confirm or refuse. Household data never leaves this page.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { getLanguage, getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { WaiverDecisionSchema } from "~/modules/payments/payments.schema";
import { decideWaiver, listWaivers } from "~/modules/payments/waivers.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:waivers:confirm");
  await dbReady;
  const [waivers, t, language] = await Promise.all([listWaivers(db, { actor }), getT(request), getLanguage(request)]);
  return {
    title: t("payments.waivers.title"),
    waivers: waivers.map((w) => ({
      id: w.id,
      business: w.business.name,
      payable: w.payable ? `${t(`payments.kind.${w.payable.kind}`)}: ${w.payable.description} (${formatVnd(w.payable.amountVnd)})` : "—",
      household: w.householdStatus,
      certificateNumber: w.certificateNumber,
      certificateYear: w.certificateYear,
      hasDocument: w.documentFileId !== null,
      status: w.status,
      requestedAt: formatDateTime(w.createdAt, language),
      note: w.decisionNote,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:waivers:confirm");
  const parsed = WaiverDecisionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw data("Bad Request", { status: 400 });
  await dbReady;
  try {
    await decideWaiver(db, { actor, waiverId: parsed.data.waiverId, decision: parsed.data.decision, note: parsed.data.note || null });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "conflict" || error.code === "invalid")) {
      return redirectWithFlash(request, "/office/waivers", { kind: "error", message: error.message });
    }
    throw toHttpError(error);
  }
  return redirectWithFlash(request, "/office/waivers", { kind: "success", message: parsed.data.decision === "confirm" ? "payments.waivers.confirmed" : "payments.waivers.refused" });
}

export default function OfficeWaivers() {
  const { waivers } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="waivers-title" className="space-y-4">
      <h1 id="waivers-title" className="text-3xl font-bold">
        {t("payments.waivers.title")}
      </h1>
      <p>{t("payments.waivers.lead")}</p>
      {waivers.length === 0 ? <p>{t("payments.waivers.empty")}</p> : null}
      <ul className="space-y-4">
        {waivers.map((w) => (
          <li key={w.id} className="card space-y-2">
            <h2 className="text-xl font-bold">{w.business}</h2>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("payments.waivers.payable")}</dt>
              <dd>{w.payable}</dd>
              <dt className="font-semibold">{t("payments.waivers.household")}</dt>
              <dd>{t(`payments.household.${w.household}`)}</dd>
              <dt className="font-semibold">{t("payments.waivers.certificate")}</dt>
              <dd>
                {t("payments.waivers.certificateValue", { number: w.certificateNumber, year: w.certificateYear })}
                {" — "}
                {w.hasDocument ? (
                  <a href={`/office/waivers/${w.id}/document`} target="_blank" rel="noreferrer">
                    {t("payments.waivers.document")}
                  </a>
                ) : (
                  t("payments.waivers.noDocument")
                )}
              </dd>
              <dt className="font-semibold">{t("payments.waivers.status")}</dt>
              <dd>
                {t(`payments.waiverStatus.${w.status}`)} — {w.requestedAt}
              </dd>
              {w.note ? (
                <>
                  <dt className="font-semibold">{t("payments.waivers.note")}</dt>
                  <dd>{w.note}</dd>
                </>
              ) : null}
            </dl>
            {w.status === "REQUESTED" ? (
              <Form method="post" className="space-y-2" aria-label={t("payments.waivers.decisionFor", { business: w.business })}>
                <input type="hidden" name="waiverId" value={w.id} />
                <div>
                  <label htmlFor={`note-${w.id}`} className="block font-semibold">
                    {t("payments.waivers.note")} {t("common.optional")}
                  </label>
                  <input id={`note-${w.id}`} name="note" maxLength={500} className="input" />
                </div>
                <div className="flex flex-wrap gap-2">
                  <button type="submit" name="decision" value="confirm" className="btn-primary">
                    {t("payments.waivers.confirm")}
                  </button>
                  <button type="submit" name="decision" value="refuse" className="btn-secondary">
                    {t("payments.waivers.refuse")}
                  </button>
                </div>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
