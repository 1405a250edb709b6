// The office's rural sales trips, newest first, with a link to plan one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { listTripsForOffice } from "~/modules/trips/trips.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const [trips, t, language] = await Promise.all([listTripsForOffice(db, { actor }), getT(request), getLanguage(request)]);
  return {
    title: t("trips.office.title"),
    trips: trips.map((trip) => ({
      id: trip.id,
      name: trip.name,
      status: trip.status,
      dates: trip._count.stops ? `${formatDate(trip.startsOn, language)} – ${formatDate(trip.endsOn, language)}` : "—",
      stops: trip._count.stops,
      participants: `${trip._count.participants} / ${trip.capacity}`,
    })),
  };
}

export default function OfficeTripsPage() {
  const { trips } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="office-trips-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="office-trips-title" className="text-3xl font-bold">
          {t("trips.office.title")}
        </h1>
        <Link to="/office/trips/new" className="btn-primary">
          {t("trips.office.new")}
        </Link>
      </div>
      <p>{t("trips.office.lead")}</p>
      <ListTable
        columns={[t("trips.office.columns.name"), t("trips.office.columns.status"), t("trips.office.columns.dates"), t("trips.office.columns.stops"), t("trips.office.columns.participants")]}
        rows={trips}
        rowKey={(trip) => trip.id}
        emptyText={t("trips.office.none")}
      >
        {(trip) => (
          <>
            <td className="p-2">
              <Link to={`/office/trips/${trip.id}`} className="font-semibold">
                {trip.name}
              </Link>
            </td>
            <td className="p-2">{t(`trips.status.${trip.status}`)}</td>
            <td className="p-2">{trip.dates}</td>
            <td className="p-2">{trip.stops}</td>
            <td className="p-2">
              <Link to={`/office/trips/${trip.id}/participants`}>{trip.participants}</Link>
            </td>
          </>
        )}
      </ListTable>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
