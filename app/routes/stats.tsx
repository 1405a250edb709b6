// Public statistics of the campaign for residents and the press: headline figures, 12-month
// trends, complaint figures (counts only, small cells suppressed) and fee totals — public data only.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TrendSection } from "~/components/reports/trend-section";
import { formatCount } from "~/components/reports/figure-label";
import { getLanguage, getT } from "~/i18next.server";
import { complaintStats } from "~/modules/complaints/stats.server";
import { paymentTotals } from "~/modules/payments/payments.server";
import { publicTrends } from "~/modules/reports/dashboard.server";
import { publicStats } from "~/modules/reports/public-stats.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const [t, language, headline, trends, complaints, fees] = await Promise.all([
    getT(request),
    getLanguage(request),
    publicStats(db),
    publicTrends(db),
    complaintStats(db),
    paymentTotals(db),
  ]);
  return {
    title: t("publicStats.title"),
    description: t("publicStats.lead"),
    language,
    headline,
    trends,
    complaints: { total: complaints.total, medianDaysToAnswer: complaints.medianDaysToAnswer, suppressBelow: complaints.suppressBelow },
    fees: { paidCount: fees.paidCount, waivedCount: fees.waivedCount },
  };
}

export default function PublicStatsPage() {
  const { headline, trends, complaints, fees, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const n = (value: number | null) => (value === null ? t("publicStats.suppressed") : formatCount(value, language));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("publicStats.title")}</h1>
        <p className="max-w-3xl">{t("publicStats.lead")}</p>
      </header>
      <section aria-labelledby="headline" className="space-y-3">
        <h2 id="headline" className="text-xl font-bold">
          {t("publicStats.headline")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          {(["producers", "products", "salesPoints"] as const).map((key) => (
            <div key={key} className="card">
              <dt>{t(`publicStats.figures.${key}`)}</dt>
              <dd className="text-3xl font-bold">{formatCount(headline[key], language)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <TrendSection trends={trends} language={language} />
      <section aria-labelledby="consumers" className="space-y-3">
        <h2 id="consumers" className="text-xl font-bold">
          {t("publicStats.complaints")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          {(["received", "forwarded", "answeredInTime", "escalated", "resolved"] as const).map((key) => (
            <div key={key} className="card">
              <dt>{t(`publicStats.complaintFigures.${key}`)}</dt>
              <dd className="text-2xl font-bold">{n(complaints.total[key])}</dd>
            </div>
          ))}
          <div className="card">
            <dt>{t("publicStats.complaintFigures.medianDays")}</dt>
            <dd className="text-2xl font-bold">{n(complaints.medianDaysToAnswer)}</dd>
          </div>
        </dl>
        <p className="text-sm">
          {t("publicStats.suppressionNote", { count: complaints.suppressBelow })} <Link to="/complaints/stats">{t("publicStats.moreComplaints")}</Link>
        </p>
      </section>
      <section aria-labelledby="fees" className="space-y-3">
        <h2 id="fees" className="text-xl font-bold">
          {t("publicStats.fees")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div className="card">
            <dt>{t("publicStats.feeFigures.paid")}</dt>
            <dd className="text-2xl font-bold">{formatCount(fees.paidCount, language)}</dd>
          </div>
          <div className="card">
            <dt>{t("publicStats.feeFigures.waived")}</dt>
            <dd className="text-2xl font-bold">{formatCount(fees.waivedCount, language)}</dd>
          </div>
        </dl>
      </section>
      <p>
        <Link to="/open-data">{t("publicStats.openData")}</Link>
      </p>
    </div>
  );
}
