// The public directory of sales points, for /sales-points, its detail pages and the open data
// (JSON and GeoJSON). Public means: the point's business is VERIFIED and the point is past
// DRAFT; "certified" means a SALES_POINT certificate that certificatePublicState calls valid or
// expiring soon. Selects name public fields only: no personal ID, poverty status, private file.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { parseCatalogQuery, type QueryParse } from "~/modules/catalog/public.schema";
import {
  certificatePublicState,
  type CertificatePublicState,
  type CertificateStatus,
} from "~/modules/certification/certificate-state";
import {
  CONFIRMED_CERTIFICATE_WHERE,
  isCertificateInForce,
  isCertifiedSalesPoint,
  PUBLIC_SALES_POINT_WHERE,
} from "~/modules/catalog/visibility";
import { NotFound } from "~/modules/errors";
import type { Db, Tx } from "~/utils/db.server";
import { addDays, vnDateKey } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { categoryIdsForSlug, categoryTree, holidayDates, placeDirectory, placeOf } from "~/modules/reference/reference-data.server";
import { haversineKm, parseLatLng, type LatLng } from "./geo";
import { formatMinutes, isOpenAt, type OpeningHoursRow } from "./opening-hours";

type Reader = Db | Tx;

export const SALES_POINTS_PER_PAGE = 20;
export const SALES_POINTS_API_MAX_PER_PAGE = 100;
/** A GeoJSON feed is one response, not paged; this caps it for a district- or province-sized directory. */
export const GEOJSON_MAX_FEATURES = 5000;

// ───────────────────────────── query ─────────────────────────────

const placeCode = z.string().trim().regex(/^\d{1,10}$/, "invalid code");
const flag = z.enum(["1", "true", "on"]).transform(() => true);

export const SalesPointQuerySchema = z.object({
  province: placeCode.optional(),
  commune: placeCode.optional(),
  category: z.string().trim().regex(/^[a-z0-9-]{1,120}$/, "invalid slug").optional(),
  certified: flag.optional(),
  open: flag.optional(),
  /** "lat,lng" in decimal degrees (browser location or typed) */
  near: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const point = parseLatLng(value);
      if (!point) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "invalid lat,lng" });
      return point ?? z.NEVER;
    })
    .optional(),
  /** "near this commune" for people without location services: the mean of its points */
  nearCommune: placeCode.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(SALES_POINTS_API_MAX_PER_PAGE).default(SALES_POINTS_PER_PAGE),
});
export type SalesPointQuery = z.infer<typeof SalesPointQuerySchema>;

/** Pages parse leniently (a bad parameter is dropped), the API strictly (400 with the fields). */
export function parseSalesPointQuery(params: URLSearchParams, { lenient = false } = {}): QueryParse<SalesPointQuery> {
  return parseCatalogQuery(SalesPointQuerySchema, params, { lenient });
}

// ───────────────────────────── what is public ─────────────────────────────

// The rules live in catalog/visibility.ts: a page for every public point, "certified" only
// with a sales-point certificate in force today (Vietnamese calendar day).
const PUBLIC_SALES_POINT = PUBLIC_SALES_POINT_WHERE;

const placeSelect = { select: { code: true, name: true, province: { select: { code: true, name: true, shortName: true } } } } as const;

const certificateSelect = {
  id: true,
  number: true,
  issuer: true,
  issuedOn: true,
  expiresOn: true,
  status: true,
  checkState: true,
  kind: true,
  verificationCode: true,
} satisfies Prisma.CertificateSelect;

const summarySelect = {
  id: true,
  name: true,
  streetAddress: true,
  latitude: true,
  longitude: true,
  phone: true,
  status: true,
  commune: placeSelect,
  business: { select: { slug: true, name: true, status: true } },
  hours: { select: { weekday: true, opensAt: true, closesAt: true }, orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
  categories: { select: { category: { select: { slug: true, nameVi: true, nameEn: true } } } },
  certificates: {
    where: { ...CONFIRMED_CERTIFICATE_WHERE, kind: "SALES_POINT" },
    select: certificateSelect,
    orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
  },
} satisfies Prisma.SalesPointSelect;

type SummaryRow = Prisma.SalesPointGetPayload<{ select: typeof summarySelect }>;
type CertificateRow = SummaryRow["certificates"][number];

// ───────────────────────────── views ─────────────────────────────

export interface SalesPointCertificate {
  number: string;
  issuer: string;
  issuedOn: Date;
  expiresOn: Date | null;
  state: CertificatePublicState;
  valid: boolean;
  verificationCode: string;
  verifyPath: string;
}

export interface PublicSalesPointSummary {
  id: string;
  name: string;
  url: string;
  streetAddress: string;
  commune: { code: string; name: string };
  province: { code: string; name: string; shortName: string };
  /** null when the business has not placed the point on a map */
  location: LatLng | null;
  /** the shop's phone, which it publishes for customers */
  phone: string | null;
  categories: Array<{ slug: string; nameVi: string; nameEn: string }>;
  /** the certificate that speaks for the point: the valid one, else the latest */
  certificate: SalesPointCertificate | null;
  certified: boolean;
  expiringSoon: boolean;
  hasHours: boolean;
  openNow: boolean;
  hours: OpeningHoursRow[];
  distanceKm: number | null;
  business: { slug: string; name: string; url: string };
}

function toCertificate(row: CertificateRow, now: Date): SalesPointCertificate {
  const state = certificatePublicState({ status: row.status as CertificateStatus, expiresOn: row.expiresOn }, now);
  return {
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    state,
    valid: isCertificateInForce(row, now),
    verificationCode: row.verificationCode,
    verifyPath: `/verify/${row.verificationCode}`,
  };
}

function toSummary(row: SummaryRow, now: Date, holidays: ReadonlySet<string>, origin: LatLng | null): PublicSalesPointSummary {
  const certificates = row.certificates.map((c) => toCertificate(c, now));
  const certificate = certificates.find((c) => c.valid) ?? certificates[0] ?? null;
  const location = row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null;
  return {
    id: row.id,
    name: row.name,
    url: `/sales-points/${row.id}`,
    streetAddress: row.streetAddress,
    commune: { code: row.commune.code, name: row.commune.name },
    province: row.commune.province,
    location,
    phone: row.phone,
    categories: row.categories.map((c) => c.category),
    certificate,
    certified: isCertifiedSalesPoint(row, now),
    expiringSoon: certificate?.state === "expiring_soon",
    hasHours: row.hours.length > 0,
    openNow: isOpenAt(row.hours, now, holidays),
    hours: row.hours,
    distanceKm: origin && location ? haversineKm(origin, location) : null,
    business: { slug: row.business.slug, name: row.business.name, url: `/producers/${row.business.slug}` },
  };
}

// ───────────────────────────── helpers ─────────────────────────────

/** The holiday keys that matter for "open now": today's and yesterday's (an overnight shift). */
async function holidaysAround(client: Reader, now: Date): Promise<Set<string>> {
  const today = vnDateKey(now);
  const holidays = await holidayDates(client);
  return new Set([today, addDays(today, -1)].filter((day) => holidays.has(day)));
}

/**
 * The mean position of the public points of a commune that have coordinates: the Commune
 * table has no centroid, and "near Xã Thăng An" means near where its shops are anyway.
 */
export async function communeCentre(client: Reader, communeCode: string): Promise<LatLng | null> {
  const rows = await client.salesPoint.findMany({
    where: { AND: [PUBLIC_SALES_POINT, { communeCode, latitude: { not: null }, longitude: { not: null } }] },
    select: { latitude: true, longitude: true },
  });
  if (rows.length === 0) return null;
  const sum = rows.reduce((acc, r) => ({ lat: acc.lat + r.latitude!, lng: acc.lng + r.longitude! }), { lat: 0, lng: 0 });
  return { lat: sum.lat / rows.length, lng: sum.lng / rows.length };
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

// ───────────────────────────── the list ─────────────────────────────

export type SalesPointOrigin = { point: LatLng; source: "location" | "commune"; communeCode?: string };

export interface SalesPointPage {
  items: PublicSalesPointSummary[];
  total: number;
  page: number;
  perPage: number;
  pages: number;
  /** where distances are measured from, when "near" was asked */
  origin: SalesPointOrigin | null;
  /** "near this commune" was asked but the commune has no mapped public point */
  nearCommuneUnknown: boolean;
}

/**
 * Every public point matching the filters, in order (by distance when an origin is given,
 * points without coordinates last; otherwise by name). "Open now" and "certified" are decided
 * in memory by the same pure functions the pages show, so a filter never disagrees with a
 * badge; a directory of a few thousand points stays cheap.
 */
export async function findPublicSalesPoints(
  client: Reader,
  { query, now = new Date() }: { query: Omit<SalesPointQuery, "page" | "perPage">; now?: Date },
): Promise<{ items: PublicSalesPointSummary[]; origin: SalesPointOrigin | null; nearCommuneUnknown: boolean }> {
  const and: Prisma.SalesPointWhereInput[] = [PUBLIC_SALES_POINT];
  if (query.province) and.push({ provinceCode: query.province });
  if (query.commune) and.push({ communeCode: query.commune });
  if (query.category) and.push({ categories: { some: { categoryId: { in: await categoryIdsForSlug(client, query.category) } } } });

  let origin: SalesPointOrigin | null = null;
  let nearCommuneUnknown = false;
  if (query.near) origin = { point: query.near, source: "location" };
  else if (query.nearCommune) {
    const centre = await communeCentre(client, query.nearCommune);
    if (centre) origin = { point: centre, source: "commune", communeCode: query.nearCommune };
    else nearCommuneUnknown = true;
  }

  const [rows, holidays] = await Promise.all([
    client.salesPoint.findMany({ where: { AND: and }, select: summarySelect }),
    holidaysAround(client, now),
  ]);
  let items = rows.map((row) => toSummary(row, now, holidays, origin?.point ?? null));
  if (query.certified) items = items.filter((i) => i.certified);
  if (query.open) items = items.filter((i) => i.openNow);
  items.sort((a, b) => {
    if (origin) {
      const da = a.distanceKm ?? Number.POSITIVE_INFINITY;
      const db = b.distanceKm ?? Number.POSITIVE_INFINITY;
      if (da !== db) return da - db;
    }
    return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  });
  return { items, origin, nearCommuneUnknown };
}

export async function listPublicSalesPoints(
  client: Reader,
  { query, now = new Date() }: { query: SalesPointQuery; now?: Date },
): Promise<SalesPointPage> {
  const found = await findPublicSalesPoints(client, { query, now });
  const total = found.items.length;
  const pages = Math.max(1, Math.ceil(total / query.perPage));
  const skip = (query.page - 1) * query.perPage;
  return {
    items: found.items.slice(skip, skip + query.perPage),
    total,
    page: query.page,
    perPage: query.perPage,
    pages,
    origin: found.origin,
    nearCommuneUnknown: found.nearCommuneUnknown,
  };
}

// ───────────────────────────── the detail ─────────────────────────────

export interface PublicSalesPointDetail extends PublicSalesPointSummary {
  vietGoodsShare: number;
  photos: Array<{ fileId: string; url: string; thumbUrl: string }>;
  /** every sales-point certificate of the point, newest first, with its public state */
  certificates: SalesPointCertificate[];
  directionsUrl: string | null;
  geoUri: string | null;
}

export async function getPublicSalesPoint(
  client: Reader,
  { id, now = new Date() }: { id: string; now?: Date },
): Promise<PublicSalesPointDetail> {
  const row = await client.salesPoint.findFirst({
    where: { AND: [PUBLIC_SALES_POINT, { id }] },
    select: {
      ...summarySelect,
      vietGoodsShare: true,
      photos: { where: { file: { isPrivate: false } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { fileId: true } },
    },
  });
  if (!row) throw new NotFound();
  const holidays = await holidaysAround(client, now);
  const summary = toSummary(row, now, holidays, null);
  const at = summary.location ? `${summary.location.lat},${summary.location.lng}` : null;
  return {
    ...summary,
    vietGoodsShare: row.vietGoodsShare,
    photos: row.photos.map((p) => ({ fileId: p.fileId, url: `/files/${p.fileId}`, thumbUrl: `/files/${p.fileId}?size=thumb` })),
    certificates: row.certificates.map((c) => toCertificate(c, now)),
    directionsUrl: at ? `https://www.openstreetmap.org/directions?to=${encodeURIComponent(at)}` : null,
    geoUri: at ? `geo:${at}` : null,
  };
}

// ───────────────────────────── filter options ─────────────────────────────

/** Only places where a public point is, so no choice leads to an empty list by construction. */
export async function salesPointFilterOptions(client: Reader, { province }: { province?: string } = {}) {
  const [inUse, mapped, tree, directory] = await Promise.all([
    client.salesPoint.groupBy({ by: ["communeCode"], where: PUBLIC_SALES_POINT }),
    client.salesPoint.groupBy({ by: ["communeCode"], where: { AND: [PUBLIC_SALES_POINT, { latitude: { not: null }, longitude: { not: null } }] } }),
    categoryTree(client),
    placeDirectory(client),
  ]);
  const places = inUse.flatMap((p) => {
    const commune = placeOf(directory, p.communeCode);
    return commune ? [{ commune }] : [];
  });
  const categories = tree.roots;
  const communes = places.map((p) => p.commune).sort((a, b) => collator.compare(a.name, b.name));
  const provinces = new Map(communes.map((c) => [c.province.code, c.province]));
  const mappedCodes = new Set(mapped.map((m) => m.communeCode));
  return {
    provinces: [...provinces.values()].sort((a, b) => collator.compare(a.shortName, b.shortName)),
    /** communes of the chosen province (none until a province is chosen, unless there is only one) */
    communes: communes
      .filter((c) => (province ? c.province.code === province : provinces.size === 1))
      .map((c) => ({ code: c.code, name: c.name, provinceCode: c.province.code })),
    /** communes "near" can start from */
    nearCommunes: communes
      .filter((c) => mappedCodes.has(c.code))
      .map((c) => ({ code: c.code, name: c.name, provinceCode: c.province.code, provinceName: c.province.shortName })),
    categories,
  };
}

// ───────────────────────────── open data ─────────────────────────────

function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

/** The public record of a point, the same for JSON and GeoJSON properties. */
export function salesPointJson(p: PublicSalesPointSummary) {
  return {
    id: p.id,
    name: p.name,
    url: absoluteUrl(p.url),
    streetAddress: p.streetAddress,
    commune: p.commune,
    province: { code: p.province.code, name: p.province.name },
    location: p.location,
    phone: p.phone,
    categories: p.categories,
    certified: p.certified,
    certificate: p.certificate
      ? {
          number: p.certificate.number,
          issuer: p.certificate.issuer,
          issuedOn: vnDateKey(p.certificate.issuedOn),
          expiresOn: p.certificate.expiresOn ? vnDateKey(p.certificate.expiresOn) : null,
          state: p.certificate.state,
          verifyUrl: absoluteUrl(p.certificate.verifyPath),
        }
      : null,
    openNow: p.openNow,
    hours: p.hours.map((h) => ({ weekday: h.weekday, opens: formatMinutes(h.opensAt), closes: formatMinutes(h.closesAt) })),
    producer: { slug: p.business.slug, name: p.business.name, url: absoluteUrl(p.business.url) },
    ...(p.distanceKm !== null ? { distanceKm: Math.round(p.distanceKm * 1000) / 1000 } : {}),
  };
}

export type SalesPointJson = ReturnType<typeof salesPointJson>;

export type OpenDataResult<T> = { ok: true; body: T } | { ok: false; errors: Record<string, string[]> };

export interface SalesPointsPageJson {
  data: SalesPointJson[];
  page: number;
  perPage: number;
  total: number;
  links: { next: string | null; prev: string | null };
}

/** /api/v1/sales-points: the page's filters, strictly parsed, public fields only. */
export async function openDataSalesPoints(
  client: Reader,
  { params, now = new Date() }: { params: URLSearchParams; now?: Date },
): Promise<OpenDataResult<SalesPointsPageJson>> {
  const parsed = parseSalesPointQuery(params, { lenient: false });
  if (!parsed.ok) return parsed;
  const result = await listPublicSalesPoints(client, { query: parsed.value, now });
  const link = (pageNo: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(pageNo));
    next.set("perPage", String(result.perPage));
    return absoluteUrl(`/api/v1/sales-points?${next}`);
  };
  return {
    ok: true,
    body: {
      data: result.items.map(salesPointJson),
      page: result.page,
      perPage: result.perPage,
      total: result.total,
      links: {
        next: result.page < result.pages && result.total > 0 ? link(result.page + 1) : null,
        prev: result.page > 1 ? link(Math.min(result.page - 1, result.pages)) : null,
      },
    },
  };
}

export interface SalesPointFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Omit<SalesPointJson, "id" | "location">;
}

export interface SalesPointFeatureCollection {
  type: "FeatureCollection";
  features: SalesPointFeature[];
}

/**
 * /api/v1/sales-points.geojson (RFC 7946): every matching point that has coordinates, as
 * [longitude, latitude] — the reverse of how people write them, and of our `near` parameter.
 */
export async function salesPointsGeoJson(
  client: Reader,
  { params, now = new Date() }: { params: URLSearchParams; now?: Date },
): Promise<OpenDataResult<SalesPointFeatureCollection>> {
  const parsed = parseSalesPointQuery(params, { lenient: false });
  if (!parsed.ok) return parsed;
  const { items } = await findPublicSalesPoints(client, { query: parsed.value, now });
  const features = items
    .filter((p): p is PublicSalesPointSummary & { location: LatLng } => p.location !== null)
    .slice(0, GEOJSON_MAX_FEATURES)
    .map((p): SalesPointFeature => {
      const { id, location, ...properties } = salesPointJson(p);
      return { type: "Feature", id, geometry: { type: "Point", coordinates: [location!.lng, location!.lat] }, properties };
    });
  return { ok: true, body: { type: "FeatureCollection", features } };
}
