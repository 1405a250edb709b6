// The route map section of /trips/:slug: rendered only after hydration and loaded lazily, so
// the schedule above stays the page (with or without JavaScript) and the map only repeats it.
import { useRouteLoaderData } from "@remix-run/react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useHydrated } from "~/components/sales-points/use-hydrated";
import { useWhenNear } from "~/components/ui/use-when-near";
import type { StopView } from "./stop-view";

const LazyRouteMap = lazy(() => import("./trip-route-map.client"));

export function TripRouteMapSection({ stops, scheduleId }: { stops: StopView[]; scheduleId: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  // Leaflet (~45 KB gzipped) only when the map is about to be seen, in a box of its size.
  const { ref: box, wanted } = useWhenNear<HTMLDivElement>();
  const root = useRouteLoaderData("root") as { env?: { MAP_TILE_URL?: string | null } } | undefined;
  const tileUrl = root?.env?.MAP_TILE_URL ?? null;
  const mapped = stops.flatMap((s) =>
    s.location
      ? [{ id: s.id, position: s.position, lat: s.location.lat, lng: s.location.lng, title: t("tripsPublic.detail.map.marker", { position: s.position, venue: s.venue }), whenText: s.whenText }]
      : [],
  );
  if (!hydrated || mapped.length === 0) return null;
  return (
    <section aria-labelledby="trip-map-title" className="space-y-2">
      <h2 id="trip-map-title" className="text-2xl font-bold">
        {t("tripsPublic.detail.map.title")}
      </h2>
      <p>{t("tripsPublic.detail.map.alternative")}</p>
      <p>
        <a href={`#${scheduleId}`}>{t("tripsPublic.detail.map.skipToList")}</a>
      </p>
      {tileUrl ? null : <p className="text-sm text-stone-700">{t("tripsPublic.detail.map.noTiles")}</p>}
      {mapped.length < stops.length ? <p className="text-sm text-stone-700">{t("tripsPublic.detail.map.unmapped", { count: stops.length - mapped.length })}</p> : null}
      <div ref={box} className="min-h-80">
        {wanted ? (
          <Suspense fallback={<p className="flex h-80 items-center justify-center rounded-lg bg-stone-100">{t("tripsPublic.detail.map.loading")}</p>}>
            <LazyRouteMap stops={mapped} tileUrl={tileUrl} label={t("tripsPublic.detail.map.label")} />
          </Suspense>
        ) : (
          <p className="flex h-80 items-center justify-center rounded-lg bg-stone-100">{t("tripsPublic.detail.map.loading")}</p>
        )}
      </div>
    </section>
  );
}
