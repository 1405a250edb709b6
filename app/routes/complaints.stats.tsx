// /complaints/stats: public complaint statistics — counts only, cells below 5 suppressed.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18next.server";
import { complaintStats, type PublicCounts } from "~/modules/complaints/stats.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const [t, locale, stats] = await Promise.all([getT(request), getLanguage(request), complaintStats(db)]);
  return { title: t("complaints.stats.title"), locale, stats };
}

const KEYS = ["received", "forwarded", "answeredInTime", "escalated", "resolved"] as const;

export default function ComplaintStatsPage() {
  const { stats, locale } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const s = (key: string) => t(`complaints.stats.${key}`);
  const cell = (n: number | null) => (n === null ? s("suppressed") : n.toLocaleString("vi-VN"));
  const header = (first: string) => (
    <thead>
      <tr className="border-b border-stone-300">
        <th scope="col" className="p-2">
          {first}
        </th>
        {KEYS.map((k) => (
          <th key={k} scope="col" className="p-2 text-right">
            {s(k)}
          </th>
        ))}
      </tr>
    </thead>
  );
  const cells = (c: PublicCounts) =>
    KEYS.map((k) => (
      <td key={k} className="p-2 text-right">
        {cell(c[k])}
      </td>
    ));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{s("title")}</h1>
      <p>{s("lead")}</p>
      <dl className="grid gap-3 sm:grid-cols-3">
        {KEYS.map((k) => (
          <div key={k} className="card">
            <dt className="font-semibold">{s(k)}</dt>
            <dd className="text-3xl font-bold" data-testid={`stat-${k}`}>
              {cell(stats.total[k])}
            </dd>
          </div>
        ))}
        <div className="card">
          <dt className="font-semibold">{s("medianDays")}</dt>
          <dd className="text-3xl font-bold">{stats.medianDaysToAnswer ?? s("suppressed")}</dd>
        </div>
      </dl>
      <section aria-labelledby="by-month" className="overflow-x-auto">
        <h2 id="by-month" className="text-xl font-bold">
          {s("byMonth")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          {header(s("month"))}
          <tbody>
            {stats.byMonth.map((m) => (
              <tr key={m.month} className="border-b border-stone-200">
                <th scope="row" className="p-2 text-left">
                  {m.month}
                </th>
                {cells(m)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="by-category" className="overflow-x-auto">
        <h2 id="by-category" className="text-xl font-bold">
          {s("byCategory")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          {header(s("category"))}
          <tbody>
            {stats.byCategory.map((c) => (
              <tr key={c.category ?? "none"} className="border-b border-stone-200">
                <th scope="row" className="p-2 text-left">
                  {(locale === "en" ? c.nameEn : c.nameVi) ?? s("uncategorised")}
                </th>
                {cells(c)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
