// The trip's results for the office: totals per stop (visitors, check-ins, failed inspections,
// sales) and per business (sales at each stop), with the CSV download.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { TripSectionNav } from "~/components/trips/trip-forms";
import { getLanguage, getT } from "~/i18next.server";
import { tripResults } from "~/modules/trips/results.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

/** Sales totals pass 2.1 billion đồng: BigInt, shown as "2.501.800.000 ₫". */
function dong(amount: bigint | null) {
  return amount === null ? "—" : `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const [results, t, language] = await Promise.all([tripResults(db, { actor, tripId: params.id! }), getT(request), getLanguage(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return {
    title: t("trips.office.results.title", { name: results.trip.name }),
    trip: results.trip,
    stops: results.stops.map((s) => ({ ...s, startsAt: formatDateTime(s.startsAt, language), salesVnd: dong(s.salesVnd) })),
    businesses: results.businesses.map((b) => ({ id: b.id, name: b.name, perStop: b.perStop.map(dong), salesVnd: dong(b.salesVnd) })),
    totals: { salesVnd: dong(results.totals.salesVnd), visitors: results.totals.visitors, checkedIn: results.totals.checkedIn },
  };
}

export default function OfficeTripResultsPage() {
  const { trip, stops, businesses, totals } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/office/trips/${trip.id}`}>← {trip.name}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("trips.office.results.title", { name: trip.name })}</h1>
      <TripSectionNav tripId={trip.id} />
      <p>
        <a href={`/office/trips/${trip.id}/results.csv`} className="btn-secondary" download>
          {t("trips.office.results.csv")}
        </a>
      </p>
      <section aria-labelledby="per-stop-title" className="space-y-2">
        <h2 id="per-stop-title" className="text-2xl font-bold">
          {t("trips.office.results.perStop")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr>
                <th scope="col" className="p-2">{t("trips.office.results.stop")}</th>
                <th scope="col" className="p-2">{t("trips.office.results.visitors")}</th>
                <th scope="col" className="p-2">{t("trips.office.results.checkedIn")}</th>
                <th scope="col" className="p-2">{t("trips.office.results.failed")}</th>
                <th scope="col" className="p-2">{t("trips.office.results.sales")}</th>
              </tr>
            </thead>
            <tbody>
              {stops.map((s) => (
                <tr key={s.id} className="border-t border-stone-300">
                  <th scope="row" className="p-2 font-normal">
                    {s.position}. {s.commune} — {s.venue} — {s.startsAt}
                  </th>
                  <td className="p-2">{s.visitors ?? "—"}</td>
                  <td className="p-2">{s.checkedIn}</td>
                  <td className="p-2">{s.inspectionsFailed}</td>
                  <td className="p-2">{s.salesVnd}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-stone-500 font-bold">
                <th scope="row" className="p-2">{t("trips.office.results.total")}</th>
                <td className="p-2" data-testid="total-visitors">{totals.visitors}</td>
                <td className="p-2">{totals.checkedIn}</td>
                <td className="p-2" />
                <td className="p-2" data-testid="total-sales">{totals.salesVnd}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section aria-labelledby="per-business-title" className="space-y-2">
        <h2 id="per-business-title" className="text-2xl font-bold">
          {t("trips.office.results.perBusiness")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr>
                <th scope="col" className="p-2">{t("trips.office.results.business")}</th>
                {stops.map((s) => (
                  <th key={s.id} scope="col" className="p-2">
                    {s.position}. {s.commune}
                  </th>
                ))}
                <th scope="col" className="p-2">{t("trips.office.results.total")}</th>
              </tr>
            </thead>
            <tbody>
              {businesses.map((b) => (
                <tr key={b.id} className="border-t border-stone-300">
                  <th scope="row" className="p-2 font-normal">{b.name}</th>
                  {b.perStop.map((amount, i) => (
                    <td key={i} className="p-2">{amount}</td>
                  ))}
                  <td className="p-2 font-semibold">{b.salesVnd}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
