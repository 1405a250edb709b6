// /business/complaints: the complaints forwarded to this business, deadline counting down.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { businessComplaints } from "~/modules/complaints/business.server";
import { formatDateTime } from "~/utils/dates";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { businessId } = await requireBusiness(request, "business:complaints:answer");
  await dbReady;
  const [t, locale] = await Promise.all([getT(request), getLanguage(request)]);
  const rows = await businessComplaints(db, { businessId });
  return {
    title: t("complaints.business.title"),
    rows: rows.map((r) => ({ id: r.id, code: r.code, status: r.status, summary: r.summary, product: r.product?.name ?? null, due: r.businessDueAt ? formatDateTime(r.businessDueAt, locale) : null, daysLeft: r.daysLeft })),
  };
}

export default function BusinessComplaintsPage() {
  const { rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("complaints.business.title")}</h1>
      <ListTable
        columns={[t("complaints.office.code"), t("complaints.business.description"), t("complaints.office.status"), t("complaints.business.due")]}
        rows={rows}
        rowKey={(r) => r.id}
        emptyText={t("complaints.business.none")}
      >
        {(r) => (
          <>
            <td className="p-2 font-mono">
              <Link to={`/business/complaints/${r.id}`}>{r.code}</Link>
            </td>
            <td className="p-2">
              {r.product ? <strong>{r.product}: </strong> : null}
              {r.summary}
            </td>
            <td className="p-2">{t(`complaints.status.${r.status}`)}</td>
            <td className="p-2">
              {r.due ?? "—"}
              {r.daysLeft !== null ? (
                <span className={`block ${r.daysLeft > 0 ? "" : "font-bold text-red-800"}`}>
                  {r.daysLeft > 0 ? t("complaints.track.daysLeft", { count: r.daysLeft }) : t("complaints.track.overdue")}
                </span>
              ) : null}
            </td>
          </>
        )}
      </ListTable>
    </div>
  );
}
