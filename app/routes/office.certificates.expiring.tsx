import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18next.server";
import { listExpiringCertificates, type ExpiringCertificate } from "~/modules/certification/expiry.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:certificates:manage");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const lists = await listExpiringCertificates(db, { actor }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const view = (c: ExpiringCertificate) => ({
    id: c.id,
    kind: c.kind,
    number: c.number,
    stars: c.stars,
    year: c.year,
    expiresOn: formatDate(c.expiresOn, language),
    state: c.state,
    reminderSentOn: c.reminderSentAt ? formatDate(c.reminderSentAt, language) : null,
    holder: c.holder,
    subject: c.subject,
    verifyPath: c.verifyPath,
  });
  return {
    title: t("catalog.expiring.title"),
    expiringSoon: lists.expiringSoon.map(view),
    recentlyExpired: lists.recentlyExpired.map(view),
  };
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["expiringSoon"][number];

export default function ExpiringCertificatesPage() {
  const { expiringSoon, recentlyExpired } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("catalog.expiring.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("catalog.expiring.lead")}</p>
      </header>
      <CertificateTable id="expiring-soon" title={t("catalog.expiring.soon")} rows={expiringSoon} />
      <CertificateTable id="recently-expired" title={t("catalog.expiring.recent")} rows={recentlyExpired} />
    </div>
  );
}

function CertificateTable({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className="text-xl font-bold">
        {title} ({rows.length})
      </h2>
      {rows.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.expiresOn")}</th>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.holder")}</th>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.kind")}</th>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.number")}</th>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.subject")}</th>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.state")}</th>
                <th scope="col" className="py-1 pr-3">{t("catalog.expiring.reminder")}</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">{t("catalog.expiring.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className="border-t border-stone-200 align-top">
                  <td className="py-1 pr-3 font-semibold">{c.expiresOn}</td>
                  <td className="py-1 pr-3">
                    <Link to={`/office/businesses/${c.holder.id}`}>{c.holder.name}</Link>
                  </td>
                  <td className="py-1 pr-3">
                    {t(`catalog.certificateKind.${c.kind}`)}
                    {c.stars ? ` ${t("catalog.stars", { count: c.stars })}` : ""}
                    {c.year ? ` ${c.year}` : ""}
                  </td>
                  <td className="py-1 pr-3 break-all">{c.number}</td>
                  <td className="py-1 pr-3">{c.subject ?? "—"}</td>
                  <td className="py-1 pr-3">{t(`catalog.certificateState.${c.state}`)}</td>
                  <td className="py-1 pr-3">
                    {c.reminderSentOn ? t("catalog.expiring.reminderSent", { date: c.reminderSentOn }) : t("catalog.expiring.reminderPending")}
                  </td>
                  <td className="py-1">
                    <Link to={c.verifyPath} aria-label={`${t("catalog.expiring.open")} ${c.number}`}>
                      {t("catalog.expiring.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2">{t("catalog.expiring.empty")}</p>
      )}
    </section>
  );
}
