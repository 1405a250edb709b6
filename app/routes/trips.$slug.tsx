// One rural sales trip for the public: the schedule as a timeline of stops (Vietnam time, moved
// stops marked "Đã thay đổi"), "add to calendar" per stop and for the whole trip, the route map
// (after hydration; the schedule is the page without it), the approved participants with a few
// products, the printable notice, and schema.org Events for search engines.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JsonLd } from "~/components/catalog/json-ld";
import { ProductLinks } from "~/components/catalog/product-links";
import { ErrorPage } from "~/components/error-page";
import { StopTimeline } from "~/components/trips/stop-timeline";
import { stopView } from "~/components/trips/stop-view";
import { TripRouteMapSection } from "~/components/trips/trip-route-map";
import { getLanguage, getT } from "~/i18next.server";
import { absoluteUrl } from "~/modules/catalog/public.server";
import { getPublicTrip } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

const SCHEDULE_ID = "trip-schedule";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const [trip, t, language] = await Promise.all([getPublicTrip(db, params.slug!), getT(request), getLanguage(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const stops = trip.stops.map((s) => stopView(s, t, language));
  const url = absoluteUrl(`/trips/${trip.slug}`);
  const cancelled = trip.status === "CANCELLED";
  const jsonLd = {
    "@context": "https://schema.org",
    "@graph": stops.map((s) => ({
      "@type": "Event",
      name: `${trip.name} — ${s.communeName}`,
      startDate: s.startsAtIso,
      endDate: s.endsAtIso,
      eventStatus: `https://schema.org/${cancelled ? "EventCancelled" : s.changed ? "EventRescheduled" : "EventScheduled"}`,
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      isAccessibleForFree: true,
      url,
      location: {
        "@type": "Place",
        name: s.venue,
        address: { "@type": "PostalAddress", streetAddress: s.address ?? undefined, addressLocality: s.communeName, addressRegion: s.provinceName, addressCountry: "VN" },
        ...(s.location ? { geo: { "@type": "GeoCoordinates", latitude: s.location.lat, longitude: s.location.lng } } : {}),
      },
    })),
  };
  return {
    title: trip.name,
    trip: { slug: trip.slug, name: trip.name, description: trip.description, status: trip.status, cancelReason: trip.cancelReason },
    stops,
    participants: trip.participants.map((p) => ({ id: p.id, name: p.business.name, slug: p.business.slug, products: p.business.products })),
    jsonLd,
  };
}

export default function TripPage() {
  const { trip, stops, participants, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article aria-labelledby="trip-title" className="space-y-6">
      <JsonLd data={jsonLd} />
      <p>
        <Link to="/trips">← {t("tripsPublic.detail.back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 id="trip-title" className="text-3xl font-bold">
          {trip.name}
        </h1>
        <p className="font-semibold">{t(`tripsPublic.status.${trip.status}`)}</p>
        {trip.status === "CANCELLED" ? (
          <p role="status" className="rounded border-2 border-red-700 bg-red-50 p-2 font-semibold text-red-900">
            {trip.cancelReason ? t("tripsPublic.cancelledBecause", { reason: trip.cancelReason }) : t("tripsPublic.cancelledNoReason")}
          </p>
        ) : null}
      </header>
      {trip.description ? <p className="max-w-3xl whitespace-pre-line">{trip.description}</p> : null}
      <p className="flex flex-wrap gap-3">
        {stops.length ? (
          <a href={`/trips/${trip.slug}.ics`} className="btn-secondary" download>
            {t("tripsPublic.detail.addTripToCalendar")}
          </a>
        ) : null}
        <a href={`/trips/${trip.slug}/notice`} className="btn-secondary">
          {t("tripsPublic.detail.noticeAll")}
        </a>
      </p>

      <section aria-labelledby="schedule-title" className="space-y-2">
        <h2 id="schedule-title" className="text-2xl font-bold">
          {t("tripsPublic.detail.schedule")}
        </h2>
        <p>{t("tripsPublic.detail.scheduleLead")}</p>
        {stops.length ? <StopTimeline stops={stops} tripSlug={trip.slug} id={SCHEDULE_ID} /> : <p>{t("tripsPublic.detail.noStops")}</p>}
      </section>

      <TripRouteMapSection stops={stops} scheduleId={SCHEDULE_ID} />

      <section aria-labelledby="participants-title" className="space-y-2">
        <h2 id="participants-title" className="text-2xl font-bold">
          {t("tripsPublic.detail.participants")}
        </h2>
        {participants.length === 0 ? <p>{t("tripsPublic.detail.participantsNone")}</p> : null}
        <ul className="space-y-2" aria-labelledby="participants-title">
          {participants.map((p) => (
            <li key={p.id} className="rounded border border-stone-300 bg-white p-2">
              <p className="font-semibold">
                <Link to={`/producers/${p.slug}`}>{p.name}</Link>
              </p>
              <ProductLinks products={p.products} label={p.name} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
