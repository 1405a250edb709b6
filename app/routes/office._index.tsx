// The office dashboard: what needs action now (each a link to its queue), the campaign at a
// glance and 12-month trends, scoped by commune (all communes by default).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TrendSection } from "~/components/reports/trend-section";
import { formatCount } from "~/components/reports/figure-label";
import { getLanguage, getT } from "~/i18next.server";
import { officeDashboard } from "~/modules/reports/dashboard.server";
import { communesFrom, reportCommuneChoices } from "~/modules/reports/report-query.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:access");
  await dbReady;
  const params = new URL(request.url).searchParams;
  const communeCodes = communesFrom(params);
  const [t, language, dashboard, communes] = await Promise.all([
    getT(request),
    getLanguage(request),
    officeDashboard(db, { actor, communeCodes }).catch((error: unknown) => {
      throw toHttpError(error);
    }),
    reportCommuneChoices(db),
  ]);
  return { title: t("office.title"), language, dashboard, communes, selected: communeCodes?.[0] ?? "", userName: actor.name, role: actor.role };
}

export default function OfficeDashboard() {
  const { dashboard, communes, selected, userName, role, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { glance } = dashboard;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t("office.title")}</h1>
        <p>
          {t("auth.welcome", { name: userName })} ({t(`role.${role}`)})
        </p>
      </header>

      <Form method="get" className="flex flex-wrap items-end gap-3">
        <label className="block">
          <span className="font-medium">{t("reports.dashboard.scope")}</span>
          <select name="commune" defaultValue={selected} className="input">
            <option value="">{t("reports.allCommunes")}</option>
            {communes.map((commune) => (
              <option key={commune.code} value={commune.code}>
                {commune.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {t("reports.dashboard.apply")}
        </button>
      </Form>

      {dashboard.queues.length ? (
        <section aria-labelledby="queues" className="space-y-3">
          <h2 id="queues" className="text-xl font-bold">
            {t("reports.dashboard.actionNow")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {dashboard.queues.map((queue) => (
              <li key={queue.key} className="card">
                <Link to={queue.to} className="block no-underline hover:underline">
                  <span className="block text-3xl font-bold">{formatCount(queue.count, language)}</span>
                  <span className="font-medium">{t(`reports.dashboard.queues.${queue.key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="glance" className="space-y-3">
        <h2 id="glance" className="text-xl font-bold">
          {t("reports.dashboard.atAGlance")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {[
            ["verifiedProducers", glance.verifiedProducers],
            ["publishedProducts", glance.publishedProducts],
            ["certifiedSalesPoints", glance.certifiedSalesPoints],
            ["upcomingFairs", glance.upcomingFairs],
            ["upcomingTrips", glance.upcomingTrips],
          ].map(([key, value]) => (
            <div key={key} className="card">
              <dt>{t(`reports.dashboard.glance.${key}`)}</dt>
              <dd className="text-3xl font-bold">{formatCount(Number(value), language)}</dd>
            </div>
          ))}
          {glance.ocopByStars.map((row) => (
            <div key={row.stars} className="card">
              <dt>{t("reports.dashboard.glance.ocopProducts", { stars: row.stars })}</dt>
              <dd className="text-3xl font-bold">{formatCount(row.count, language)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <TrendSection trends={dashboard.trends} language={language} />

      <p>
        <Link to="/office/reports">{t("reports.nav")} →</Link>
      </p>
    </div>
  );
}
