// Light outlines of the communes and provinces that have public sales points, for the map's
// offline background. No border geometry of the 2025 units can be bundled offline (the
// address data carries names and codes only), so each area is drawn as the convex hull of
// its shops, widened by a margin: a shopper sees which commune the dots belong to (ADR 0022).
import type { Tx } from "~/utils/db.server";
import { PUBLIC_SALES_POINT_WHERE } from "~/modules/catalog/visibility";

export type LngLat = [lng: number, lat: number];

export interface AreaOutline {
  level: "province" | "commune";
  code: string;
  name: string;
  /** a closed ring, GeoJSON order (lng, lat), first point repeated last */
  ring: LngLat[];
}

/** Margin around the shops of a commune, and of a province, in kilometres. */
const COMMUNE_MARGIN_KM = 0.8;
const PROVINCE_MARGIN_KM = 2.5;
const MARGIN_STEPS = 8;
const KM_PER_DEGREE_LAT = 110.574;

/** Andrew's monotone chain: the convex hull, counter-clockwise, without repeating the first point. */
export function convexHull(points: readonly LngLat[]): LngLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique = sorted.filter((p, i) => i === 0 || p[0] !== sorted[i - 1]![0] || p[1] !== sorted[i - 1]![1]);
  if (unique.length < 3) return unique;
  const cross = (o: LngLat, a: LngLat, b: LngLat) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: LngLat[]) => {
    const chain: LngLat[] = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(unique), ...half([...unique].reverse())];
}

/** Each point widened into a small octagon of `km` radius, so one or two shops still make an area. */
function withMargin(points: readonly LngLat[], km: number): LngLat[] {
  return points.flatMap(([lng, lat]) => {
    const dLat = km / KM_PER_DEGREE_LAT;
    const dLng = km / (111.32 * Math.cos((lat * Math.PI) / 180));
    return Array.from({ length: MARGIN_STEPS }, (_, i): LngLat => {
      const angle = (2 * Math.PI * i) / MARGIN_STEPS;
      return [lng + dLng * Math.cos(angle), lat + dLat * Math.sin(angle)];
    });
  });
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

export function outlineRing(points: readonly LngLat[], marginKm: number): LngLat[] {
  const hull = convexHull(withMargin(points, marginKm)).map(([lng, lat]): LngLat => [round(lng), round(lat)]);
  return hull.length ? [...hull, hull[0]!] : [];
}

/** Outlines of every province and commune with a public sales point on the map. */
export async function salesPointAreaOutlines(client: Tx): Promise<AreaOutline[]> {
  const rows = await client.salesPoint.findMany({
    where: { AND: [PUBLIC_SALES_POINT_WHERE, { latitude: { not: null }, longitude: { not: null } }] },
    select: {
      latitude: true,
      longitude: true,
      commune: { select: { code: true, name: true } },
      province: { select: { code: true, name: true } },
    },
  });
  const groups = new Map<string, { level: AreaOutline["level"]; code: string; name: string; points: LngLat[] }>();
  const add = (level: AreaOutline["level"], place: { code: string; name: string }, point: LngLat) => {
    const key = `${level}:${place.code}`;
    const group = groups.get(key) ?? { level, code: place.code, name: place.name, points: [] };
    group.points.push(point);
    groups.set(key, group);
  };
  for (const row of rows) {
    const point: LngLat = [row.longitude!, row.latitude!];
    add("province", row.province, point);
    add("commune", row.commune, point);
  }
  return [...groups.values()]
    .sort((a, b) => (a.level === b.level ? a.code.localeCompare(b.code) : a.level === "province" ? -1 : 1))
    .map(({ level, code, name, points }) => ({
      level,
      code,
      name,
      ring: outlineRing(points, level === "province" ? PROVINCE_MARGIN_KM : COMMUNE_MARGIN_KM),
    }));
}
