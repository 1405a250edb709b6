// The map section of /sales-points: rendered only after hydration (the list below is the
// page; the map repeats it for those who can see and use one), with a visible note that
// the list is the accessible alternative and a link past the map.
import { useRouteLoaderData } from "@remix-run/react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { MapPoint } from "./sales-point-map.client";
import { useHydrated } from "./use-hydrated";

const LazyMap = lazy(() => import("./sales-point-map.client"));

export function SalesPointMapSection({ points, listId }: { points: MapPoint[]; listId: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const root = useRouteLoaderData("root") as { env?: { MAP_TILE_URL?: string | null } } | undefined;
  const tileUrl = root?.env?.MAP_TILE_URL ?? null;
  if (!hydrated) return null;
  return (
    <section aria-labelledby="sales-point-map-title" className="space-y-2">
      <h2 id="sales-point-map-title" className="text-xl font-bold">
        {t("publicSalesPoints.map.title")}
      </h2>
      <p id="sales-point-map-note">{t("publicSalesPoints.map.alternative")}</p>
      <p>
        <a href={`#${listId}`}>{t("publicSalesPoints.map.skipToList")}</a>
      </p>
      {tileUrl ? null : <p className="text-sm text-stone-700">{t("publicSalesPoints.map.noTiles")}</p>}
      <p className="text-sm text-stone-700">{t("publicSalesPoints.map.keyboardHint")}</p>
      <Suspense fallback={<p className="flex h-80 items-center justify-center rounded-lg bg-stone-100 sm:h-96">{t("publicSalesPoints.map.loading")}</p>}>
        <LazyMap
          points={points}
          tileUrl={tileUrl}
          label={t("publicSalesPoints.map.label")}
          openDetailLabel={t("publicSalesPoints.map.openDetail")}
        />
      </Suspense>
    </section>
  );
}
