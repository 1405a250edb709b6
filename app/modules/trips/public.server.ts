// What residents see of rural sales trips: the list (upcoming first, by province), "coming
// near me" (the next stops in or near a commune or a position, ADR 0026), one trip's schedule
// with its approved participants and a few of their products, and the rows of the open-data
// feeds. Every query starts from the one rule in ./visibility.
import QRCode from "qrcode";
import type { Prisma } from "~/generated/prisma/client";
import { PUBLIC_PRODUCT_WHERE, PUBLIC_SALES_POINT_WHERE } from "~/modules/catalog/visibility";
import { NotFound } from "~/modules/errors";
import { PUBLIC_FAIR } from "~/modules/fairs/public.server";
import { haversineKm, type LatLng } from "~/modules/sales-points/geo";
import type { Db, Tx } from "~/utils/db.server";
import {
  PRODUCTS_PER_PARTICIPANT,
  PUBLIC_TRIP_PARTICIPANT_WHERE,
  PUBLIC_TRIP_WHERE,
  TAKING_PLACE_TRIP_WHERE,
} from "./visibility";

type Reader = Db | Tx;

/** The public fields of a stop: never visitors, check-ins, inspections or sales. */
export const PUBLIC_STOP_SELECT = {
  id: true,
  position: true,
  venue: true,
  address: true,
  latitude: true,
  longitude: true,
  startsAt: true,
  endsAt: true,
  changedAt: true,
  previousStartsAt: true,
  previousVenue: true,
  updatedAt: true,
  commune: { select: { code: true, name: true, province: { select: { code: true, name: true, shortName: true } } } },
} as const satisfies Prisma.TripStopSelect;

export type PublicStop = Prisma.TripStopGetPayload<{ select: typeof PUBLIC_STOP_SELECT }>;

export function stopLocation(stop: { latitude: number | null; longitude: number | null }): LatLng | null {
  return stop.latitude !== null && stop.longitude !== null ? { lat: stop.latitude, lng: stop.longitude } : null;
}

/** The instant a trip is over: its last stop's end, or (no stop yet) the end of its last day. */
function tripEnd(trip: { endsOn: Date; stops: { endsAt: Date }[] }): Date {
  if (trip.stops.length === 0) return new Date(trip.endsOn.getTime() + 24 * 3_600_000);
  return new Date(Math.max(...trip.stops.map((s) => s.endsAt.getTime())));
}

function tripStart(trip: { startsOn: Date; stops: { startsAt: Date }[] }): Date {
  if (trip.stops.length === 0) return trip.startsOn;
  return new Date(Math.min(...trip.stops.map((s) => s.startsAt.getTime())));
}

// ───────────────────────────── the list ─────────────────────────────

export async function listPublicTrips(client: Reader, { province, now = new Date() }: { province?: string; now?: Date }) {
  const where: Prisma.TripWhereInput = province
    ? { AND: [PUBLIC_TRIP_WHERE, { stops: { some: { commune: { provinceCode: province } } } }] }
    : PUBLIC_TRIP_WHERE;
  const [trips, provinces] = await Promise.all([
    client.trip.findMany({
      where,
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        cancelReason: true,
        startsOn: true,
        endsOn: true,
        stops: { orderBy: { position: "asc" }, select: PUBLIC_STOP_SELECT },
      },
    }),
    client.province.findMany({
      where: { communes: { some: { tripStops: { some: { trip: PUBLIC_TRIP_WHERE } } } } },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    }),
  ]);
  const rows = trips.map((t) => ({ ...t, firstStartsAt: tripStart(t), lastEndsAt: tripEnd(t) }));
  const upcoming = rows.filter((t) => t.lastEndsAt >= now).sort((a, b) => a.firstStartsAt.getTime() - b.firstStartsAt.getTime());
  const past = rows.filter((t) => t.lastEndsAt < now).sort((a, b) => b.lastEndsAt.getTime() - a.lastEndsAt.getTime());
  return { upcoming, past, provinces };
}

export type PublicTripSummary = Awaited<ReturnType<typeof listPublicTrips>>["upcoming"][number];

// ───────────────────────────── coming near me ─────────────────────────────

/** Stops in another province count as "near" a commune only within this distance of its reference point. */
export const NEAR_RADIUS_KM = 40;
/** How many stops "coming near me" lists. */
export const NEAR_LIMIT = 12;

export interface NearStop {
  stop: PublicStop;
  trip: { slug: string; name: string };
  inCommune: boolean;
  distanceKm: number | null;
}

export type NearOrigin =
  | { kind: "location"; point: LatLng }
  | { kind: "commune"; commune: { code: string; name: string; provinceCode: string }; point: LatLng | null };

/**
 * Where a commune "is": the Commune table has no coordinates, so the mean of what the platform
 * has mapped there (trip stops of public trips, public sales points, public fairs). Null when
 * nothing in the commune has coordinates: then "near" falls back to the same province, by date.
 */
export async function communeReferencePoint(client: Reader, communeCode: string): Promise<LatLng | null> {
  const mapped = { latitude: { not: null }, longitude: { not: null } } as const;
  const coordinates = { latitude: true, longitude: true } as const;
  const [stops, salesPoints, fairs] = await Promise.all([
    client.tripStop.findMany({ where: { communeCode, ...mapped, trip: PUBLIC_TRIP_WHERE }, select: coordinates }),
    client.salesPoint.findMany({ where: { AND: [PUBLIC_SALES_POINT_WHERE, { communeCode, ...mapped }] }, select: coordinates }),
    client.fair.findMany({ where: { AND: [PUBLIC_FAIR, { communeCode, ...mapped }] }, select: coordinates }),
  ]);
  const points = [...stops, ...salesPoints, ...fairs];
  if (points.length === 0) return null;
  const sum = points.reduce((acc, p) => ({ lat: acc.lat + p.latitude!, lng: acc.lng + p.longitude! }), { lat: 0, lng: 0 });
  return { lat: sum.lat / points.length, lng: sum.lng / points.length };
}

function byStart(a: NearStop, b: NearStop) {
  return a.stop.startsAt.getTime() - b.stop.startsAt.getTime();
}

/** Mapped stops nearest first, then unmapped ones by date. */
function byDistanceThenDate(a: NearStop, b: NearStop) {
  if (a.distanceKm !== null && b.distanceKm !== null) return a.distanceKm - b.distanceKm || byStart(a, b);
  if (a.distanceKm !== null) return -1;
  if (b.distanceKm !== null) return 1;
  return byStart(a, b);
}

/**
 * The next stops (not yet over, of trips not cancelled) near a commune or a position (ADR 0026).
 * From a commune: its own stops first by date; then stops in the same province (and mapped
 * stops across the border within NEAR_RADIUS_KM) by distance from the commune's reference
 * point, or by date when the commune has none. From a position: by distance, unmapped last.
 * Answers null when the commune does not exist.
 */
export async function nearbyStops(
  client: Reader,
  { communeCode, point, now = new Date(), limit = NEAR_LIMIT }: { communeCode?: string; point?: LatLng; now?: Date; limit?: number },
): Promise<{ origin: NearOrigin; stops: NearStop[] } | null> {
  const candidates = await client.tripStop.findMany({
    where: { endsAt: { gte: now }, trip: TAKING_PLACE_TRIP_WHERE },
    orderBy: { startsAt: "asc" },
    select: { ...PUBLIC_STOP_SELECT, trip: { select: { slug: true, name: true } } },
  });
  const toNear = ({ trip, ...stop }: (typeof candidates)[number], origin: LatLng | null, inCommune: boolean): NearStop => {
    const location = stopLocation(stop);
    return { stop, trip, inCommune, distanceKm: origin && location ? haversineKm(origin, location) : null };
  };

  if (point) {
    const stops = candidates.map((c) => toNear(c, point, false)).sort(byDistanceThenDate);
    return { origin: { kind: "location", point }, stops: stops.slice(0, limit) };
  }
  if (!communeCode) return null;
  const commune = await client.commune.findUnique({ where: { code: communeCode }, select: { code: true, name: true, provinceCode: true } });
  if (!commune) return null;
  const reference = await communeReferencePoint(client, commune.code);
  const inCommune = candidates.filter((c) => c.commune.code === commune.code).map((c) => toNear(c, reference, true));
  const around = candidates
    .filter((c) => c.commune.code !== commune.code)
    .map((c) => ({ near: toNear(c, reference, false), sameProvince: c.commune.province.code === commune.provinceCode }))
    .filter(({ near, sameProvince }) => sameProvince || (near.distanceKm !== null && near.distanceKm <= NEAR_RADIUS_KM))
    .map(({ near }) => near)
    .sort(reference ? byDistanceThenDate : byStart);
  return { origin: { kind: "commune", commune, point: reference }, stops: [...inCommune.sort(byStart), ...around].slice(0, limit) };
}

// ───────────────────────────── one trip ─────────────────────────────

const PUBLIC_PARTICIPANTS = {
  where: PUBLIC_TRIP_PARTICIPANT_WHERE,
  orderBy: { business: { name: "asc" } },
  select: {
    id: true,
    business: {
      select: {
        name: true,
        slug: true,
        products: { where: PUBLIC_PRODUCT_WHERE, orderBy: { name: "asc" }, take: PRODUCTS_PER_PARTICIPANT, select: { name: true, slug: true } },
      },
    },
  },
} as const satisfies Prisma.Trip$participantsArgs;

const PUBLIC_TRIP_SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  status: true,
  cancelReason: true,
  startsOn: true,
  endsOn: true,
  publishedAt: true,
  updatedAt: true,
  stops: { orderBy: { position: "asc" }, select: PUBLIC_STOP_SELECT },
  participants: PUBLIC_PARTICIPANTS,
} as const satisfies Prisma.TripSelect;

export type PublicTrip = Prisma.TripGetPayload<{ select: typeof PUBLIC_TRIP_SELECT }>;

export async function getPublicTrip(client: Reader, slug: string): Promise<PublicTrip> {
  const trip = await client.trip.findFirst({ where: { AND: [{ slug }, PUBLIC_TRIP_WHERE] }, select: PUBLIC_TRIP_SELECT });
  if (!trip) throw new NotFound();
  return trip;
}

/**
 * Public trips for the JSON API (all of them) and the calendar feed (`upcomingFrom`: trips with
 * a stop not yet over, cancelled ones included so subscribed calendars learn of the cancellation).
 */
export function listFeedTrips(client: Reader, { upcomingFrom }: { upcomingFrom?: Date } = {}): Promise<PublicTrip[]> {
  return client.trip.findMany({
    where: upcomingFrom ? { AND: [PUBLIC_TRIP_WHERE, { stops: { some: { endsAt: { gte: upcomingFrom } } } }] } : PUBLIC_TRIP_WHERE,
    orderBy: [{ startsOn: "asc" }, { slug: "asc" }],
    select: PUBLIC_TRIP_SELECT,
  });
}

/** Public trip pages for the sitemap. */
export function tripSitemapEntries(client: Reader) {
  return client.trip
    .findMany({ where: PUBLIC_TRIP_WHERE, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } })
    .then((trips) => [{ path: "/trips", lastmod: null }, ...trips.map((t) => ({ path: `/trips/${t.slug}`, lastmod: t.updatedAt }))]);
}

/** The QR of a trip page for the printed notice: the sales-point poster's settings ("M" survives a smudged print; the margin is the quiet zone). */
export function noticeQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
