// The map section of /sales-points. The list is the page; the map repeats it for those who can
// see and use one, so it costs nothing until wanted (ADR 0021): Leaflet (~45 KB gzipped) loads
// when the map's box comes near the screen or the visitor presses "show the map". The box has
// the map's size from the first paint, so nothing moves when the map arrives (CLS). Without
// JavaScript the section is hidden: the list is complete on its own.
import { useRouteLoaderData } from "@remix-run/react";
import { lazy, Suspense, type ReactNode } from "react";
import { useWhenNear } from "~/components/ui/use-when-near";
import { useTranslation } from "react-i18next";
import type { MapPoint } from "./sales-point-map.client";

const LazyMap = lazy(() => import("./sales-point-map.client"));

export const MAP_SECTION_ID = "sales-point-map";
/** The map's own height (MapContainer in sales-point-map.client.tsx); the box reserves it. */
const MAP_BOX = "h-80 sm:h-96";
/** Start loading a little before the box scrolls in, so it is usually ready when seen. */
const PRELOAD_MARGIN = "300px 0px";

export function SalesPointMapSection({ points, listId }: { points: MapPoint[]; listId: string }) {
  const { t } = useTranslation();
  const root = useRouteLoaderData("root") as { env?: { MAP_TILE_URL?: string | null } } | undefined;
  const tileUrl = root?.env?.MAP_TILE_URL ?? null;
  const { ref: box, wanted, want } = useWhenNear<HTMLDivElement>(PRELOAD_MARGIN);

  return (
    <section id={MAP_SECTION_ID} aria-labelledby="sales-point-map-title" className="space-y-2">
      <noscript>
        <style>{`#${MAP_SECTION_ID}{display:none}`}</style>
      </noscript>
      <h2 id="sales-point-map-title" className="text-xl font-bold">
        {t("publicSalesPoints.map.title")}
      </h2>
      <p id="sales-point-map-note">{t("publicSalesPoints.map.alternative")}</p>
      <p>
        <a href={`#${listId}`}>{t("publicSalesPoints.map.skipToList")}</a>
      </p>
      {tileUrl ? null : <p className="text-sm text-stone-700">{t("publicSalesPoints.map.noTiles")}</p>}
      <p className="text-sm text-stone-700">{t("publicSalesPoints.map.keyboardHint")}</p>
      <div ref={box} className={MAP_BOX} data-testid="map-box">
        {wanted ? (
          <Suspense fallback={<ReservedMapBox>{t("publicSalesPoints.map.loading")}</ReservedMapBox>}>
            <LazyMap
              points={points}
              tileUrl={tileUrl}
              label={t("publicSalesPoints.map.label")}
              openDetailLabel={t("publicSalesPoints.map.openDetail")}
            />
          </Suspense>
        ) : (
          <ReservedMapBox>
            <button type="button" className="btn-secondary" onClick={want}>
              {t("publicSalesPoints.map.show")}
            </button>
          </ReservedMapBox>
        )}
      </div>
    </section>
  );
}

function ReservedMapBox({ children }: { children: ReactNode }) {
  return <div className="flex h-full items-center justify-center rounded-lg border border-stone-300 bg-stone-100">{children}</div>;
}
