// The office's rural sales trips, newest first, with a link to plan one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { OfficeEventList } from "~/components/events/office-event-list";
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
      size: trip._count.stops,
      people: `${trip._count.participants} / ${trip.capacity}`,
    })),
  };
}

export default function OfficeTripsPage() {
  const { trips } = useLoaderData<typeof loader>();
  return <OfficeEventList kind="trips" rows={trips} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
