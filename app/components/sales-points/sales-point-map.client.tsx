// The Leaflet map of the listed sales points. Loaded only in the browser after hydration
// (Leaflet touches `window` at import). Markers are divIcons (no image requests), focusable
// buttons named by the point; Enter opens a popup whose link is focused. Tiles only when
// MAP_TILE_URL is configured: without them the markers sit on a plain background.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { MapContainer, Marker, Popup, TileLayer } from "react-leaflet";

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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function markerIcon(point: MapPoint): L.DivIcon {
  const colour = point.certified ? "bg-green-700" : "bg-brand-700";
  return L.divIcon({
    className: "",
    html: `<span class="block h-6 w-6 rounded-full border-[3px] border-white ${colour} shadow-md"><span class="sr-only">${escapeHtml(point.name)}</span></span>`,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    popupAnchor: [0, -12],
  });
}

export default function SalesPointMap({ points, tileUrl, label, openDetailLabel }: SalesPointMapProps) {
  const bounds = useMemo(
    () => (points.length ? L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple)) : null),
    [points],
  );
  return (
    <MapContainer
      key={points.map((p) => p.id).join(",")}
      {...(bounds ? { bounds, boundsOptions: { padding: [32, 32], maxZoom: 15 } } : { center: FALLBACK_CENTRE, zoom: 11 })}
      scrollWheelZoom={false}
      attributionControl={Boolean(tileUrl)}
      className={`h-80 w-full rounded-lg border border-stone-300 sm:h-96 ${tileUrl ? "" : "bg-sky-50"}`}
      ref={(map) => {
        // MapContainer passes no ARIA props through; name the focusable container here.
        const container = map?.getContainer();
        container?.setAttribute("role", "region");
        container?.setAttribute("aria-label", label);
      }}
    >
      {tileUrl ? (
        <TileLayer url={tileUrl} attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' />
      ) : null}
      {points.map((point) => (
        <Marker
          key={point.id}
          position={[point.lat, point.lng]}
          icon={markerIcon(point)}
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
      ))}
    </MapContainer>
  );
}
