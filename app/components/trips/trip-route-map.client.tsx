// The Leaflet map of a trip's route: numbered markers at the mapped stops, in travel order,
// joined by a line. Loaded only in the browser after hydration (Leaflet touches `window` at
// import). Markers are divIcons (no image requests) and keyboard-focusable; tiles only when
// MAP_TILE_URL is configured, otherwise the route sits on a plain background.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useMemo } from "react";
import { MapContainer, Marker, Polyline, Popup, TileLayer } from "react-leaflet";

export interface RouteStop {
  id: string;
  position: number;
  lat: number;
  lng: number;
  title: string;
  whenText: string;
}

export interface TripRouteMapProps {
  stops: RouteStop[];
  tileUrl: string | null;
  label: string;
}

function numberIcon(position: number): L.DivIcon {
  return L.divIcon({
    className: "",
    html: `<span aria-hidden="true" class="flex h-7 w-7 items-center justify-center rounded-full border-[3px] border-white bg-brand-700 text-sm font-bold text-white shadow-md">${position}</span>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    popupAnchor: [0, -14],
  });
}

export default function TripRouteMap({ stops, tileUrl, label }: TripRouteMapProps) {
  const line = useMemo(() => stops.map((s) => [s.lat, s.lng] as L.LatLngTuple), [stops]);
  const bounds = useMemo(() => L.latLngBounds(line), [line]);
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={{ padding: [32, 32], maxZoom: 14 }}
      scrollWheelZoom={false}
      attributionControl={Boolean(tileUrl)}
      className={`h-80 w-full rounded-lg border border-stone-300 ${tileUrl ? "" : "bg-sky-50"}`}
      ref={(map) => {
        // MapContainer passes no ARIA props through; name the focusable container here.
        const container = map?.getContainer();
        container?.setAttribute("role", "region");
        container?.setAttribute("aria-label", label);
      }}
    >
      {tileUrl ? <TileLayer url={tileUrl} attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' /> : null}
      {line.length > 1 ? <Polyline positions={line} pathOptions={{ color: "#9f1239", weight: 4, dashArray: "8 6" }} /> : null}
      {stops.map((stop) => (
        <Marker key={stop.id} position={[stop.lat, stop.lng]} icon={numberIcon(stop.position)} title={stop.title} alt={stop.title} keyboard>
          <Popup>
            <p className="m-0 font-bold">{stop.title}</p>
            <p className="m-0">{stop.whenText}</p>
          </Popup>
        </Marker>
      ))}
    </MapContainer>
  );
}
