// A fair's results for the office: registrations by status, fees, check-ins, the allocation
// and the exhibitors' reported sales and visitors with totals; CSV at results.csv.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ListTable } from "~/components/ui/list-table";
import { getT } from "~/i18next.server";
import { fairResults } from "~/modules/fairs/results.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

/** BigInt đồng as "3.500.000.000 ₫" (formatVnd takes safe integers only). */
function formatBigVnd(amount: bigint) {
  return `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const [results, t] = await Promise.all([fairResults(db, { actor, fairId: params.id! }), getT(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return {
    title: t("fairs.office.results.title", { name: results.fair.name }),
    fair: results.fair,
    byStatus: results.byStatus,
    fees: Object.entries(results.fees).map(([status, v]) => ({ status, count: v.count, amount: formatVnd(v.amountVnd) })),
    checkIns: results.checkIns,
    totals: { ...results.totals, salesVnd: formatBigVnd(results.totals.salesVnd) },
    rows: results.registrations
      .filter((r) => r.status === "APPROVED" || r.status === "PENDING")
      .map((r) => ({ id: r.id, business: r.business.name, booth: r.booth ?? "—", status: r.status, sales: r.salesVnd === null ? "—" : formatBigVnd(r.salesVnd), visitors: r.visitors ?? "—", contacts: r.contacts ?? "—", checkedIn: Boolean(r.checkedInAt) })),
  };
}

export default function OfficeFairResultsPage() {
  const { fair, byStatus, fees, checkIns, totals, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="results-title" className="space-y-6">
      <p>
        <Link to={`/office/fairs/${fair.id}`}>← {fair.name}</Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="results-title" className="text-3xl font-bold">
          {t("fairs.office.results.title", { name: fair.name })}
        </h1>
        <a href={`/office/fairs/${fair.id}/results.csv`} className="btn-secondary" download>
          {t("fairs.office.results.csv")}
        </a>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="by-status" className="rounded border border-stone-300 bg-white p-3">
          <h2 id="by-status" className="font-bold">
            {t("fairs.office.results.byStatus")}
          </h2>
          <dl className="grid grid-cols-2 gap-1">
            {Object.entries(byStatus).map(([status, count]) => (
              <div key={status} className="contents">
                <dt>{t(`fairs.regStatus.${status}`)}</dt>
                <dd className="text-right">{count}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="fees" className="rounded border border-stone-300 bg-white p-3">
          <h2 id="fees" className="font-bold">
            {t("fairs.office.results.fees")}
          </h2>
          <dl className="space-y-1">
            {fees.map((f) => (
              <div key={f.status}>
                <dt className="font-semibold">{t(`fairs.feeStatus.${f.status}`)}</dt>
                <dd>{t("fairs.office.results.feeLine", { count: f.count, amount: f.amount })}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="totals" className="rounded border border-stone-300 bg-white p-3">
          <h2 id="totals" className="font-bold">
            {t("fairs.office.results.reported", { count: totals.reported })}
          </h2>
          <p>{t("fairs.office.results.checkIns", checkIns)}</p>
          <p>
            {t("fairs.office.results.sales")}: {totals.salesVnd}
          </p>
          <p>
            {t("fairs.office.results.visitors")}: {totals.visitors}
          </p>
          <p>
            {t("fairs.office.results.contacts")}: {totals.contacts}
          </p>
        </section>
      </div>
      <section aria-labelledby="allocation">
        <h2 id="allocation" className="text-xl font-bold">
          {t("fairs.office.results.allocation")}
        </h2>
        <ListTable
          columns={[t("fairs.office.registrations.columns.booth"), t("fairs.office.registrations.columns.business"), t("fairs.office.registrations.columns.status"), t("fairs.office.results.sales"), t("fairs.office.results.visitors"), t("fairs.office.results.contacts")]}
          rows={rows}
          rowKey={(r) => r.id}
          emptyText={t("fairs.office.registrations.none")}
        >
          {(r) => (
            <>
              <td className="p-2">{r.booth}</td>
              <td className="p-2">
                {r.business} {r.checkedIn ? "✓" : ""}
              </td>
              <td className="p-2">{t(`fairs.regStatus.${r.status}`)}</td>
              <td className="p-2">{r.sales}</td>
              <td className="p-2">{r.visitors}</td>
              <td className="p-2">{r.contacts}</td>
            </>
          )}
        </ListTable>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
