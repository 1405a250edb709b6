// The report in the Vietnamese administrative layout, to print on A4, sign and send up:
// national heading, the office and report number, the date, sections with tables and charts,
// recipients and the signature block. The screen-only bar above it has the print button.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BarChart } from "~/components/reports/bar-chart";
import { formatChange, formatCount } from "~/components/reports/figure-label";
import { reportLabels } from "~/components/reports/report-labels";
import { getLanguage, getT } from "~/i18next.server";
import { reportFromQuery } from "~/modules/reports/report-query.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:reports:read");
  await dbReady;
  const params = new URL(request.url).searchParams;
  const [t, language, query] = await Promise.all([getT(request), getLanguage(request), reportFromQuery(db, params)]);
  if (!query.ok) throw new Response(query.error.message, { status: 400 });
  const labels = reportLabels(t, query.report);
  return {
    title: labels.title,
    language,
    backTo: `/office/reports?${params.toString()}`,
    labels: { ...labels, section: undefined, row: undefined },
    sections: query.report.sections.map((section) => ({
      key: section.key,
      title: labels.section(section.key),
      rows: section.rows.map((row) => ({ label: labels.row(row), value: row.value, previous: row.previous, change: row.change })),
    })),
  };
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export default function ReportPrintPage() {
  const { labels, sections, backTo, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div>
      <p className="no-print mb-4 flex flex-wrap gap-4">
        <Link to={backTo}>← {t("reports.title")}</Link>
        <span>{t("reports.print")}: Ctrl + P</span>
      </p>
      <article className="print-document mx-auto max-w-[210mm] bg-white p-8 text-black" style={{ fontFamily: '"Times New Roman", "DejaVu Serif", serif' }}>
        <div className="grid grid-cols-[2fr_3fr] gap-4 text-center">
          <div>
            <p className="font-bold">{labels.heading.office}</p>
            <p>{labels.heading.number}</p>
          </div>
          <div>
            <p className="font-bold">{labels.heading.nation}</p>
            <p className="font-bold underline">{labels.heading.motto}</p>
            <p className="mt-2 italic">{labels.heading.placeDate}</p>
          </div>
        </div>
        <h1 className="mt-8 text-center text-xl font-bold">{labels.heading.kind}</h1>
        <p className="text-center font-bold">{labels.heading.about}</p>
        <p className="text-center">{labels.period}</p>
        {labels.previous ? <p className="text-center">{labels.previous}</p> : null}
        <p className="text-center">{labels.scope}</p>
        {sections.map((section, index) => (
          <section key={section.key} className="mt-6 break-inside-avoid-page" aria-labelledby={`print-${section.key}`}>
            <h2 id={`print-${section.key}`} className="text-lg font-bold">
              {ROMAN[index] ?? index + 1}. {section.title}
            </h2>
            <table className="mt-2 w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className="border border-black px-2 py-1 text-left">{labels.columns.figure}</th>
                  <th scope="col" className="border border-black px-2 py-1 text-right">{labels.columns.current}</th>
                  <th scope="col" className="border border-black px-2 py-1 text-right">{labels.columns.previous}</th>
                  <th scope="col" className="border border-black px-2 py-1 text-right">{labels.columns.change}</th>
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row" className="border border-black px-2 py-1 text-left font-normal">{row.label}</th>
                    <td className="border border-black px-2 py-1 text-right">{formatCount(row.value, language)}</td>
                    <td className="border border-black px-2 py-1 text-right">{formatCount(row.previous, language)}</td>
                    <td className="border border-black px-2 py-1 text-right">{formatChange(row.change, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="mt-2">
              <BarChart title={t("reports.chartTitle", { section: section.title })} data={section.rows} legend={{ current: t("reports.chartLegendCurrent"), previous: t("reports.chartLegendPrevious") }} />
            </div>
          </section>
        ))}
        <div className="mt-10 grid grid-cols-2 gap-4 break-inside-avoid-page">
          <div className="text-sm">
            <p className="font-bold italic">{labels.heading.recipients}</p>
            <p className="whitespace-pre-line">{labels.heading.recipientsList}</p>
          </div>
          <div className="text-center">
            <p className="font-bold">{labels.heading.signer}</p>
            <p className="italic">{labels.heading.signHint}</p>
          </div>
        </div>
      </article>
    </div>
  );
}
