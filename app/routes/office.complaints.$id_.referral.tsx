// /office/complaints/:id/referral: the printable referral to the Department of Industry and
// Trade: redacted description, contact only with consent, full timeline, documents list.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PrintButton } from "~/components/ui/print-button";
import { getLanguage, getT } from "~/i18next.server";
import { referral } from "~/modules/complaints/office.server";
import { formatDateTime } from "~/utils/dates";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:complaints:handle");
  await dbReady;
  const [t, locale] = await Promise.all([getT(request), getLanguage(request)]);
  const r = await referral(db, { actor, id: params.id ?? "" }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  return {
    title: `${t("complaints.referral.title")} ${r.complaint.code}`,
    code: r.complaint.code,
    business: r.complaint.business?.name ?? r.complaint.businessNameText ?? "—",
    target: r.complaint.product?.name ?? r.complaint.salesPoint?.name ?? null,
    received: formatDateTime(r.complaint.receivedAt, locale),
    remedy: r.complaint.remedy,
    description: r.description,
    contact: r.contact,
    events: r.complaint.events.map((e) => ({ id: e.id, kind: e.kind, message: e.message, at: formatDateTime(e.createdAt, locale) })),
    documents: r.documents.map((d) => ({ id: d.id, name: d.file.originalName ?? d.id })),
  };
}

export default function ReferralPage() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="mx-auto max-w-3xl space-y-4 bg-white p-6">
      <p>{t("complaints.referral.from")}</p>
      <h1 className="text-2xl font-bold">
        {t("complaints.referral.title")} <span className="font-mono">{d.code}</span>
      </h1>
      <p className="font-semibold">{t("complaints.referral.to")}</p>
      <p>{t("complaints.referral.intro")}</p>
      <dl className="grid gap-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("complaints.office.business")}</dt>
        <dd>
          {d.business}
          {d.target ? ` — ${d.target}` : null}
        </dd>
        <dt className="font-semibold">{t("complaints.office.received")}</dt>
        <dd>{d.received}</dd>
        <dt className="font-semibold">{t("complaints.new.remedy")}</dt>
        <dd>{t(`complaints.new.remedies.${d.remedy}`)}</dd>
        {d.contact ? (
          <>
            <dt className="font-semibold">{t("complaints.office.contact")}</dt>
            <dd>{[d.contact.name, d.contact.phone, d.contact.email].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="text-xl font-bold">{t("complaints.business.description")}</h2>
      <p className="whitespace-pre-line">{d.description}</p>
      <h2 className="text-xl font-bold">{t("complaints.office.timeline")}</h2>
      <ol className="list-decimal space-y-1 pl-6">
        {d.events.map((e) => (
          <li key={e.id}>
            {e.at}: {t(`complaints.events.${e.kind}`)}
            {e.message ? ` — ${e.message}` : null}
          </li>
        ))}
      </ol>
      <h2 className="text-xl font-bold">{t("complaints.referral.documents")}</h2>
      <ul className="list-disc pl-6">
        {d.documents.map((doc) => (
          <li key={doc.id}>{doc.name}</li>
        ))}
      </ul>
      <div className="print:hidden">
        <PrintButton label={t("complaints.referral.print")} />
      </div>
    </article>
  );
}
