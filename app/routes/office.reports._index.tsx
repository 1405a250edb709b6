// Evaluation reports: choose a period and communes; every section with the previous comparable
// period beside it, a server-drawn chart and the numbers in a table; print, XLSX, PDF and CSV.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BarChart } from "~/components/reports/bar-chart";
import { figureLabel, formatChange, formatCount } from "~/components/reports/figure-label";
import { getLanguage, getT } from "~/i18next.server";
import { reportCommuneChoices, reportFromQuery } from "~/modules/reports/report-query.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:reports:read");
  await dbReady;
  const params = new URL(request.url).searchParams;
  const [t, language, query, communes] = await Promise.all([getT(request), getLanguage(request), reportFromQuery(db, params), reportCommuneChoices(db)]);
  const currentYear = new Date().getUTCFullYear();
  return {
    title: t("reports.title"),
    language,
    communes,
    selected: {
      kind: params.get("kind") ?? "year",
      year: params.get("year") ?? String(currentYear),
      half: params.get("half") ?? "1",
      from: params.get("from") ?? "",
      to: params.get("to") ?? "",
      communes: params.getAll("commune"),
    },
    years: Array.from({ length: 6 }, (_, i) => String(currentYear + 1 - i)),
    error: query.ok ? null : query.error,
    report: query.ok
      ? {
          period: query.report.period.label,
          previous: query.report.previous?.label ?? null,
          communeCount: query.report.communeCodes?.length ?? 0,
          sections: query.report.sections,
        }
      : null,
    queryString: params.toString(),
  };
}

export default function ReportsPage() {
  const { report, selected, years, communes, error, queryString, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const suffix = queryString ? `?${queryString}` : "";
  const fieldError = (field: string) =>
    error?.field === field ? (
      <p id={`${field}-error`} className="mt-1 text-sm font-medium text-red-800">
        {error.message}
      </p>
    ) : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("reports.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("reports.lead")}</p>
      </header>

      <Form method="get" className="card space-y-4" aria-label={t("reports.form.legend")}>
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 font-bold">{t("reports.form.legend")}</legend>
          <div className="block">
            <label htmlFor="report-kind" className="font-medium">{t("reports.form.kind")}</label>
            <select id="report-kind" name="kind" defaultValue={selected.kind} className="input">
              {(["year", "half", "custom", "programme"] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reports.form.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="block">
            <label htmlFor="report-year" className="font-medium">{t("reports.form.year")}</label>
            <select id="report-year" name="year" defaultValue={selected.year} className="input" aria-invalid={error?.field === "year" || undefined} aria-describedby={error?.field === "year" ? "year-error" : undefined}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
            {fieldError("year")}
          </div>
          <div className="block">
            <label htmlFor="report-half" className="font-medium">{t("reports.form.half")}</label>
            <select id="report-half" name="half" defaultValue={selected.half} className="input">
              <option value="1">{t("reports.form.halves.1")}</option>
              <option value="2">{t("reports.form.halves.2")}</option>
            </select>
          </div>
          <div className="block">
            <label htmlFor="report-from" className="font-medium">{t("reports.form.from")}</label>
            <input type="date" id="report-from" name="from" defaultValue={selected.from} className="input" aria-invalid={error?.field === "from" || undefined} aria-describedby={error?.field === "from" ? "from-error" : undefined} />
            {fieldError("from")}
          </div>
          <div className="block">
            <label htmlFor="report-to" className="font-medium">{t("reports.form.to")}</label>
            <input type="date" id="report-to" name="to" defaultValue={selected.to} className="input" aria-invalid={error?.field === "to" || undefined} aria-describedby={error?.field === "to" ? "to-error" : undefined} />
            {fieldError("to")}
          </div>
          {communes.length ? (
            <div className="block">
              <label htmlFor="report-commune" className="font-medium">{t("reports.form.communes")}</label>
              <select id="report-commune" name="commune" multiple defaultValue={selected.communes} className="input min-h-24">
                {communes.map((commune) => (
                  <option key={commune.code} value={commune.code}>
                    {commune.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
        <button type="submit" className="btn-primary">
          {t("reports.form.submit")}
        </button>
      </Form>

      {report ? (
        <>
          <section aria-labelledby="report-scope" className="space-y-1">
            <h2 id="report-scope" className="text-xl font-bold">
              {t("reports.period", { label: report.period })}
            </h2>
            <p>{report.previous ? t("reports.previousPeriod", { label: report.previous }) : t("reports.noPrevious")}</p>
            <p>{report.communeCount ? t("reports.communesCount", { count: report.communeCount }) : t("reports.allCommunes")}</p>
          </section>

          <nav aria-labelledby="report-downloads" className="card">
            <h2 id="report-downloads" className="font-bold">
              {t("reports.downloads")}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <Link to={`/office/reports/print${suffix}`}>{t("reports.print")}</Link>
              </li>
              <li>
                <a href={`/office/reports.xlsx${suffix}`} download>
                  {t("reports.xlsx")}
                </a>
              </li>
              <li>
                <a href={`/office/reports.pdf${suffix}`} download>
                  {t("reports.pdf")}
                </a>
              </li>
              {report.sections.map((section) => (
                <li key={section.key}>
                  <a href={`/office/reports/${section.key}.csv${suffix}`} download>
                    {t("reports.csv", { section: t(`reports.sections.${section.key}`) })}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          {report.sections.map((section) => {
            const title = t(`reports.sections.${section.key}`);
            return (
              <section key={section.key} aria-labelledby={`section-${section.key}`} className="card space-y-4">
                <h2 id={`section-${section.key}`} className="text-2xl font-bold">
                  {title}
                </h2>
                <BarChart
                  title={t("reports.chartTitle", { section: title })}
                  data={section.rows.map((row) => ({ label: figureLabel(t, row), value: row.value, previous: row.previous }))}
                  legend={{ current: t("reports.chartLegendCurrent"), previous: t("reports.chartLegendPrevious") }}
                />
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">{title}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="py-1 pr-3">{t("reports.columns.figure")}</th>
                        <th scope="col" className="py-1 pr-3 text-right">{t("reports.columns.current")}</th>
                        <th scope="col" className="py-1 pr-3 text-right">{t("reports.columns.previous")}</th>
                        <th scope="col" className="py-1 text-right">{t("reports.columns.change")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {section.rows.map((row) => (
                        <tr key={`${row.key}-${row.item ?? ""}`} className="border-t border-stone-200">
                          <th scope="row" className="py-1 pr-3 font-normal">{figureLabel(t, row)}</th>
                          <td className="py-1 pr-3 text-right tabular-nums">{formatCount(row.value, language)}</td>
                          <td className="py-1 pr-3 text-right tabular-nums">{formatCount(row.previous, language)}</td>
                          <td className="py-1 text-right tabular-nums">{formatChange(row.change, language)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            );
          })}
        </>
      ) : null}
    </div>
  );
}
