// Distances for "sales points near me": great-circle (haversine) on the mean earth radius.
// Within ~0.5 % of the WGS-84 geodesic across Vietnam: plenty for ranking and "2,4 km".
// Coordinates are WGS 84 decimal degrees, as typed into or copied from a map.

export type LatLng = { lat: number; lng: number };

const EARTH_RADIUS_KM = 6371.0088;

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Nearest first; equal distances keep their input order. Does not mutate `items`. */
export function sortByDistance<T extends LatLng>(items: readonly T[], origin: LatLng): Array<T & { distanceKm: number }> {
  return items
    .map((item) => ({ ...item, distanceKm: haversineKm(origin, item) }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

/** "850 m" under 1 km (to 10 m), then "2,4 km" (vi) / "2.4 km" (en), whole km from 10 km. */
export function formatDistance(km: number, locale = "vi"): string {
  if (!Number.isFinite(km) || km < 0) throw new RangeError(`Invalid distance: ${km}`);
  const numberLocale = locale.toLowerCase().startsWith("en") ? "en" : "vi";
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return `${metres} m`;
  const format = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: km < 10 ? 1 : 0 });
  return `${format.format(km)} km`;
}

const NUMBER = String.raw`[+-]?\d{1,3}(?:\.\d+)?`;
// Decimal point only: a Vietnamese decimal comma would be indistinguishable from the separator.
const LAT_LNG = new RegExp(String.raw`^\s*(${NUMBER})\s*[,;\s]\s*(${NUMBER})\s*$`);

/** "15.74,108.36" or "15.74, 108.36" → { lat, lng }; null when malformed or out of range. */
export function parseLatLng(input: string): LatLng | null {
  const match = LAT_LNG.exec(input);
  if (!match) return null;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}
