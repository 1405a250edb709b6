// The Leaflet map of the listed sales points. Loaded only in the browser after hydration
// (Leaflet touches `window` at import). Markers are divIcons (no image requests): 44 px tap
// targets around a visible dot, focusable buttons named by the point; Enter opens a popup
// whose link is focused. Points that would overlap at the current zoom are spread on a small
// circle with a thin line to where they really are, so each stays tappable (axe target-size).
// Background: the configured tiles (MAP_TILE_URL, OpenStreetMap by default); without tiles,
// or when they fail to load (offline), light outlines of the communes with shops (ADR 0022).
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { Link } from "@remix-run/react";
import { Fragment, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { GeoJSON, MapContainer, Marker, Polyline, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";

export interface MapPoint {
  id: string;
  name: string;
  url: string;
  lat: number;
  lng: number;
  addressText: string;
  certified: boolean;
}

export interface SalesPointMapProps {
  points: MapPoint[];
  tileUrl: string | null;
  label: string;
  openDetailLabel: string;
}

// Where the demo district lies, for a list with no mapped point.
const FALLBACK_CENTRE: L.LatLngTuple = [15.73, 108.38];
/** Side of a marker's tap target, and the least distance between two markers' centres, in px. */
const TAP_TARGET_PX = 44;
const MIN_CENTRE_GAP_PX = 48;
const OUTLINES_URL = "/api/places/outlines";

type OutlineCollection = GeoJSON.FeatureCollection<GeoJSON.Polygon, { level: "province" | "commune"; code: string; name: string }>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The visible dot of a marker (also drawn in the legend): shape and colour both tell certified apart. */
function dotHtml(certified: boolean): string {
  return certified
    ? `<span class="flex h-6 w-6 items-center justify-center rounded-full border-2 border-white bg-green-700 text-xs font-bold leading-none text-white shadow-md">✓</span>`
    : `<span class="block h-5 w-5 rounded-full border-[3px] border-white bg-brand-700 shadow-md"></span>`;
}

function markerIcon(point: MapPoint): L.DivIcon {
  return L.divIcon({
    className: "",
    html: `<span class="flex h-11 w-11 items-center justify-center"><span aria-hidden="true">${dotHtml(point.certified)}</span><span class="sr-only">${escapeHtml(point.name)}</span></span>`,
    iconSize: [TAP_TARGET_PX, TAP_TARGET_PX],
    iconAnchor: [TAP_TARGET_PX / 2, TAP_TARGET_PX / 2],
    popupAnchor: [0, -TAP_TARGET_PX / 2],
  });
}

/**
 * Where to draw each point at `zoom`: points closer than MIN_CENTRE_GAP_PX are grouped, and
 * each group of n is laid on a circle around its centre whose chord between neighbours is
 * at least that gap.
 */
export function spreadPositions(map: L.Map, points: readonly MapPoint[], zoom: number): L.LatLng[] {
  const pixels = points.map((p) => map.project([p.lat, p.lng], zoom));
  const parent = points.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < pixels.length; i++) {
    for (let j = i + 1; j < pixels.length; j++) {
      if (pixels[i]!.distanceTo(pixels[j]!) < MIN_CENTRE_GAP_PX) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, number[]>();
  pixels.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  const placed = [...pixels];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const centre = members.reduce((sum, i) => sum.add(pixels[i]!), L.point(0, 0)).divideBy(members.length);
    const radius = MIN_CENTRE_GAP_PX / (2 * Math.sin(Math.PI / members.length));
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      placed[index] = centre.add(L.point(radius * Math.cos(angle), radius * Math.sin(angle)));
    });
  }
  return placed.map((p) => map.unproject(p, zoom));
}

function SpreadMarkers({ points, openDetailLabel, onSpread }: { points: MapPoint[]; openDetailLabel: string; onSpread: (spread: boolean) => void }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const positions = useMemo(() => spreadPositions(map, points, zoom), [map, points, zoom]);
  // One icon object per point: a new one on every render would rebuild the marker's element
  // and drop the keyboard focus.
  const icons = useMemo(() => points.map(markerIcon), [points]);
  const moved = positions.map((pos, i) => pos.distanceTo([points[i]!.lat, points[i]!.lng]) > 1);
  const anyMoved = moved.some(Boolean);
  useEffect(() => onSpread(anyMoved), [anyMoved, onSpread]);
  return points.map((point, i) => (
    <Fragment key={point.id}>
      {moved[i] ? (
        <Polyline
          positions={[positions[i]!, [point.lat, point.lng]]}
          interactive={false}
          pathOptions={{ color: "#44403c", weight: 1.5, opacity: 0.8 }}
        />
      ) : null}
      <Marker
        position={positions[i]!}
        icon={icons[i]!}
        title={point.name}
        keyboard
        eventHandlers={{
          popupopen: (event) => {
            // Move focus into the popup so the detail link is one Tab-free keystroke away.
            requestAnimationFrame(() => event.popup.getElement()?.querySelector<HTMLAnchorElement>("a[data-detail]")?.focus());
          },
        }}
      >
        <Popup>
          <p className="m-0 font-bold">{point.name}</p>
          <p className="m-0">{point.addressText}</p>
          <p className="m-0 mt-1">
            {/* The visible words start the name (WCAG 2.5.3); the point's name tells links apart. */}
            <Link to={point.url} data-detail="" aria-label={`${openDetailLabel}: ${point.name}`}>
              {openDetailLabel}
            </Link>
          </p>
        </Popup>
      </Marker>
    </Fragment>
  ));
}

/** The offline background: outlines of the provinces (dashed) and communes (shaded, named). */
function AreaOutlines() {
  const [outlines, setOutlines] = useState<OutlineCollection | null>(null);
  useEffect(() => {
    const request = new AbortController();
    fetch(OUTLINES_URL, { signal: request.signal })
      .then((response) => (response.ok ? (response.json() as Promise<OutlineCollection>) : null))
      .then(setOutlines)
      .catch(() => undefined); // no outline is still a usable map: the list has every point
    return () => request.abort();
  }, []);
  if (!outlines) return null;
  return (
    <GeoJSON
      data={outlines}
      interactive={false}
      style={(feature) =>
        feature?.properties.level === "province"
          ? { color: "#57534e", weight: 2, dashArray: "6 4", fill: false }
          : { color: "#a8a29e", weight: 1, fillColor: "#fef3c7", fillOpacity: 0.35 }
      }
      onEachFeature={(feature, layer) => {
        if (feature.properties.level === "commune") {
          layer.bindTooltip(escapeHtml(feature.properties.name), { permanent: true, direction: "center", className: "map-area-label" });
        }
      }}
    />
  );
}

export default function SalesPointMap({ points, tileUrl, label, openDetailLabel }: SalesPointMapProps) {
  const { t } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [spread, setSpread] = useState(false);
  const showTiles = Boolean(tileUrl) && !tilesFailed;
  const bounds = useMemo(
    () => (points.length ? L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple)) : null),
    [points],
  );
  return (
    <>
      <MapContainer
        key={points.map((p) => p.id).join(",")}
        {...(bounds ? { bounds, boundsOptions: { padding: [40, 40], maxZoom: 15 } } : { center: FALLBACK_CENTRE, zoom: 11 })}
        scrollWheelZoom={false}
        attributionControl={Boolean(tileUrl)}
        className={`h-80 w-full rounded-lg border border-stone-300 sm:h-96 ${showTiles ? "" : "bg-sky-50"}`}
        ref={(map) => {
          // MapContainer passes no ARIA props through; name the focusable container here.
          const container = map?.getContainer();
          container?.setAttribute("role", "region");
          container?.setAttribute("aria-label", label);
        }}
      >
        {tileUrl ? (
          <TileLayer
            url={tileUrl}
            attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
            eventHandlers={{ tileerror: () => setTilesFailed(true) }}
          />
        ) : null}
        {showTiles ? null : <AreaOutlines />}
        <SpreadMarkers points={points} openDetailLabel={openDetailLabel} onSpread={setSpread} />
      </MapContainer>
      <ul aria-label={t("publicSalesPoints.map.legend")} className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: dotHtml(true) }} />
          {t("publicSalesPoints.map.legendCertified")}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="flex h-6 w-6 items-center justify-center" dangerouslySetInnerHTML={{ __html: dotHtml(false) }} />
          {t("publicSalesPoints.map.legendOther")}
        </li>
        {showTiles ? null : (
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="block h-4 w-6 border border-stone-400 bg-amber-100" />
            {t("publicSalesPoints.map.legendArea")}
          </li>
        )}
        {spread ? (
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="block h-px w-6 bg-stone-700" />
            {t("publicSalesPoints.map.legendSpread")}
          </li>
        ) : null}
      </ul>
    </>
  );
}
