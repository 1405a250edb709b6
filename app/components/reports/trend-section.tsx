// The 12-month trends as small server-drawn charts, each with its last three months in a table:
// shown to the office on the dashboard and to the public on /stats.
import { useTranslation } from "react-i18next";
import { MonthColumns } from "./bar-chart";
import { formatCount } from "./figure-label";

export interface Trend {
  key: string;
  months: { label: string; value: number }[];
}

export function TrendSection({ trends, language }: { trends: Trend[]; language: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="trends" className="space-y-3">
      <h2 id="trends" className="text-xl font-bold">
        {t("reports.dashboard.trends")}
      </h2>
      <div className="grid gap-3 lg:grid-cols-3">
        {trends.map((trend) => {
          const title = t(`reports.dashboard.trend.${trend.key}`);
          return (
            <figure key={trend.key} className="card">
              <figcaption className="font-medium">{title}</figcaption>
              <MonthColumns title={title} months={trend.months} />
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">{title}</caption>
                <tbody>
                  {trend.months.slice(-3).map((month) => (
                    <tr key={month.label}>
                      <th scope="row" className="text-left font-normal">
                        {month.label}
                      </th>
                      <td className="text-right tabular-nums">{formatCount(month.value, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
