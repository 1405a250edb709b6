// The public catalogue: producers and products as anyone may see them, for the pages and the
// open-data JSON. Public means a product APPROVED whose business is VERIFIED, and a producer
// VERIFIED; anything else is NotFound. Selects list public fields only, so a personal ID,
// poverty status, private file or certificate document can never reach a response.
import QRCode from "qrcode";
import type { Prisma } from "~/generated/prisma/client";
import {
  certificatePublicState,
  type CertificatePublicState,
  type CertificateStatus,
} from "~/modules/certification/certificate-state";
import { NotFound } from "~/modules/errors";
import type { Db, Tx } from "~/utils/db.server";
import { vnDateKey } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { foldVietnamese } from "~/utils/text";
import {
  categoryIdsForSlug,
  categoryTree,
  placeDirectory,
  placeOf,
  type CategoryTree,
  type PlaceDirectory,
} from "~/modules/reference/reference-data.server";
import {
  CONFIRMED_CERTIFICATE_WHERE,
  certificateInForceWhere,
  certifiedSalesPointWhere,
  isCertificateInForce,
  PUBLIC_PRODUCER_WHERE,
  PUBLIC_PRODUCT_WHERE,
} from "./visibility";
import { parseCatalogQuery, ProducerQuerySchema, ProductQuerySchema, type LegalForm, type ProducerQuery, type ProductQuery } from "./public.schema";

type Reader = Db | Tx;

// ───────────────────────────── what is public ─────────────────────────────
// The rules live in visibility.ts; this module only composes them.

/** Certificates held by the business itself rather than for one product or sales point. */
const BUSINESS_LEVEL: Prisma.CertificateWhereInput = { productId: null, salesPointId: null };

// ───────────────────────────── selects ─────────────────────────────

const certificateSelect = {
  id: true,
  kind: true,
  title: true,
  number: true,
  issuer: true,
  issuedOn: true,
  expiresOn: true,
  stars: true,
  year: true,
  verificationCode: true,
  status: true,
  checkState: true,
} satisfies Prisma.CertificateSelect;

const placeSelect = {
  select: { code: true, name: true, province: { select: { code: true, name: true, shortName: true } } },
} as const;

const publicFileWhere = { file: { isPrivate: false } } satisfies Prisma.ProductPhotoWhereInput;

function productSelect(now: Date, photoCount?: number) {
  return {
    id: true,
    slug: true,
    name: true,
    description: true,
    unit: true,
    priceVnd: true,
    ingredients: true,
    publishedAt: true,
    updatedAt: true,
    // Category and place names come from the reference-data cache: two fewer levels of queries.
    categoryId: true,
    originCommuneCode: true,
    business: {
      select: {
        id: true,
        slug: true,
        name: true,
        legalForm: true,
        communeCode: true,
        certificates: { where: { ...BUSINESS_LEVEL, ...certificateInForceWhere(now) }, select: certificateSelect },
      },
    },
    photos: {
      where: publicFileWhere,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, fileId: true, alt: true, file: { select: { width: true, height: true } } },
      ...(photoCount ? { take: photoCount } : {}),
    },
    // A declared or rejected certificate is not the office's word: public pages leave it out.
    certificates: { where: CONFIRMED_CERTIFICATE_WHERE, orderBy: { issuedOn: "desc" }, select: certificateSelect },
  } satisfies Prisma.ProductSelect;
}

type ProductRow = Prisma.ProductGetPayload<{ select: ReturnType<typeof productSelect> }>;
type CertificateRow = Prisma.CertificateGetPayload<{ select: typeof certificateSelect }>;
type PlaceRow = { code: string; name: string; province: { code: string; name: string; shortName: string } };

// ───────────────────────────── views ─────────────────────────────

export interface PublicCertificate {
  kind: "OCOP" | "HVNCLC" | "SALES_POINT" | "OTHER";
  title: string | null;
  number: string;
  issuer: string;
  issuedOn: Date;
  expiresOn: Date | null;
  stars: number | null;
  year: number | null;
  state: CertificatePublicState;
  /** counts as a valid certificate: active and not past its expiry day */
  valid: boolean;
  verifyPath: string;
  verifyUrl: string;
}

export interface PublicPhoto {
  fileId: string;
  url: string;
  thumbUrl: string;
  width: number | null;
  height: number | null;
  alt: string | null;
}

export interface PublicPlace {
  commune: { code: string; name: string } | null;
  province: { code: string; name: string; shortName: string } | null;
}

export interface PublicProductSummary {
  id: string;
  slug: string;
  name: string;
  url: string;
  unit: string | null;
  priceVnd: number | null;
  category: { slug: string; nameVi: string; nameEn: string } | null;
  place: PublicPlace;
  ocopStars: number | null;
  labels: { ocop: boolean; hvnclc: boolean };
  photos: PublicPhoto[];
  certificates: PublicCertificate[];
  producer: { slug: string; name: string; legalForm: LegalForm; url: string };
  publishedAt: Date | null;
}

/** The public origin for links, Open Graph and QR codes (APP_URL). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

export function photoUrls(fileId: string): { url: string; thumbUrl: string } {
  return { url: `/files/${fileId}`, thumbUrl: `/files/${fileId}?size=thumb` };
}

export function toPublicCertificate(row: CertificateRow, now: Date): PublicCertificate {
  const state = certificatePublicState({ status: row.status as CertificateStatus, expiresOn: row.expiresOn }, now);
  const verifyPath = `/verify/${row.verificationCode}`;
  return {
    kind: row.kind,
    title: row.title,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    stars: row.stars,
    year: row.year,
    state,
    valid: isCertificateInForce(row, now),
    verifyPath,
    verifyUrl: absoluteUrl(verifyPath),
  };
}

/** An inline SVG QR code of the certificate's verification URL (no document, no request). */
export function certificateQrSvg(verifyUrl: string): Promise<string> {
  return QRCode.toString(verifyUrl, { type: "svg", margin: 1 });
}

function toPlace(commune: PlaceRow | null | undefined): PublicPlace {
  if (!commune) return { commune: null, province: null };
  return { commune: { code: commune.code, name: commune.name }, province: commune.province };
}

/** The cached categories and places a product summary names. */
interface CatalogReferences {
  categories: CategoryTree;
  places: PlaceDirectory;
}

async function catalogReferences(client: Reader): Promise<CatalogReferences> {
  const [categories, places] = await Promise.all([categoryTree(client), placeDirectory(client)]);
  return { categories, places };
}

function categoryOf(refs: CatalogReferences, id: string | null) {
  const category = id ? refs.categories.byId.get(id) : undefined;
  return category ? { slug: category.slug, nameVi: category.nameVi, nameEn: category.nameEn } : null;
}

function toProductSummary(row: ProductRow, now: Date, refs: CatalogReferences): PublicProductSummary {
  const own = row.certificates.map((c) => toPublicCertificate(c, now));
  const businessLevel = row.business.certificates.map((c) => toPublicCertificate(c, now));
  const validOcop = own.filter((c) => c.valid && c.kind === "OCOP" && c.stars);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    url: `/products/${row.slug}`,
    unit: row.unit,
    priceVnd: row.priceVnd,
    category: categoryOf(refs, row.categoryId),
    place: toPlace(placeOf(refs.places, row.originCommuneCode ?? row.business.communeCode)),
    ocopStars: validOcop.length ? Math.max(...validOcop.map((c) => c.stars!)) : null,
    labels: {
      ocop: validOcop.length > 0,
      hvnclc: [...own, ...businessLevel].some((c) => c.valid && c.kind === "HVNCLC"),
    },
    photos: row.photos.map((p) => ({ fileId: p.fileId, ...photoUrls(p.fileId), width: p.file.width, height: p.file.height, alt: p.alt })),
    certificates: own,
    producer: { slug: row.business.slug, name: row.business.name, legalForm: row.business.legalForm, url: `/producers/${row.business.slug}` },
    publishedAt: row.publishedAt,
  };
}

// ───────────────────────────── products ─────────────────────────────

async function productWhere(client: Reader, query: Omit<ProductQuery, "sort" | "page" | "perPage">, now: Date) {
  const and: Prisma.ProductWhereInput[] = [PUBLIC_PRODUCT_WHERE];
  const valid = certificateInForceWhere(now);
  if (query.category) and.push({ categoryId: { in: await categoryIdsForSlug(client, query.category) } });
  // A product's place is its origin commune, or the producer's commune when none is given.
  if (query.commune) {
    and.push({ OR: [{ originCommuneCode: query.commune }, { originCommuneCode: null, business: { communeCode: query.commune } }] });
  }
  if (query.province) {
    and.push({
      OR: [{ originCommune: { provinceCode: query.province } }, { originCommuneCode: null, business: { provinceCode: query.province } }],
    });
  }
  if (query.stars) and.push({ certificates: { some: { ...valid, kind: "OCOP", stars: { gte: query.stars } } } });
  if (query.label === "ocop") and.push({ certificates: { some: { ...valid, kind: "OCOP" } } });
  if (query.label === "hvnclc") {
    and.push({
      OR: [
        { certificates: { some: { ...valid, kind: "HVNCLC" } } },
        { business: { certificates: { some: { ...valid, ...BUSINESS_LEVEL, kind: "HVNCLC" } } } },
      ],
    });
  }
  return { AND: and } satisfies Prisma.ProductWhereInput;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
  pages: number;
}

function paged<T>(items: T[], total: number, pageNo: number, size: number): Paged<T> {
  return { items, total, page: pageNo, perPage: size, pages: Math.max(1, Math.ceil(total / size)) };
}

/**
 * One page of public products. Newest and price sort in SQL; name (Vietnamese collation) and
 * OCOP stars (a maximum over valid certificates) sort the matching ids in memory, which stays
 * cheap for a district-sized catalogue of a few thousand products.
 */
export async function listPublicProducts(
  client: Reader,
  { query, now = new Date() }: { query: ProductQuery; now?: Date },
): Promise<Paged<PublicProductSummary>> {
  const [where, refs] = await Promise.all([productWhere(client, query, now), catalogReferences(client)]);
  const skip = (query.page - 1) * query.perPage;
  const select = productSelect(now, 1);
  let rows: ProductRow[];
  let total: number;
  if (query.sort === "name" || query.sort === "stars") {
    const keys = await client.product.findMany({
      where,
      select: {
        id: true,
        name: true,
        publishedAt: true,
        certificates: { where: { ...certificateInForceWhere(now), kind: "OCOP" }, select: { stars: true } },
      },
    });
    const stars = (k: (typeof keys)[number]) => Math.max(0, ...k.certificates.map((c) => c.stars ?? 0));
    keys.sort((a, b) =>
      query.sort === "stars" ? stars(b) - stars(a) || collator.compare(a.name, b.name) : collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
    );
    total = keys.length;
    const ids = keys.slice(skip, skip + query.perPage).map((k) => k.id);
    const found = await client.product.findMany({ where: { id: { in: ids } }, select });
    const byId = new Map(found.map((r) => [r.id, r]));
    rows = ids.map((id) => byId.get(id)).filter((r): r is ProductRow => r !== undefined);
  } else {
    const orderBy: Prisma.ProductOrderByWithRelationInput[] =
      query.sort === "newest"
        ? [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }]
        : [{ priceVnd: { sort: query.sort === "price_asc" ? "asc" : "desc", nulls: "last" } }, { id: "asc" }];
    [total, rows] = await Promise.all([
      client.product.count({ where }),
      client.product.findMany({ where, orderBy, skip, take: query.perPage, select }),
    ]);
  }
  return paged(rows.map((r) => toProductSummary(r, now, refs)), total, query.page, query.perPage);
}

/** For the JSON API: every public photo of each listed product, not only the cover. */
export async function listPublicProductsWithPhotos(client: Reader, options: { query: ProductQuery; now?: Date }) {
  const now = options.now ?? new Date();
  const result = await listPublicProducts(client, { query: options.query, now });
  const photos = await client.productPhoto.findMany({
    where: { productId: { in: result.items.map((p) => p.id) }, ...publicFileWhere },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { productId: true, fileId: true, alt: true, file: { select: { width: true, height: true } } },
  });
  const byProduct = new Map<string, PublicPhoto[]>();
  for (const p of photos) {
    const list = byProduct.get(p.productId) ?? [];
    list.push({ fileId: p.fileId, ...photoUrls(p.fileId), width: p.file.width, height: p.file.height, alt: p.alt });
    byProduct.set(p.productId, list);
  }
  return { ...result, items: result.items.map((item) => ({ ...item, photos: byProduct.get(item.id) ?? [] })) };
}

export interface PublicSalesPoint {
  id: string;
  name: string;
  streetAddress: string;
  place: PublicPlace;
  url: string;
}

function salesPointsOf(client: Reader, businessId: string, now: Date): Promise<PublicSalesPoint[]> {
  return client.salesPoint
    .findMany({
      where: { ...certifiedSalesPointWhere(now), businessId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, streetAddress: true, commune: placeSelect },
    })
    .then((rows) =>
      rows.map((r) => ({ id: r.id, name: r.name, streetAddress: r.streetAddress, place: toPlace(r.commune), url: `/sales-points/${r.id}` })),
    );
}

export interface PublicProductDetail extends PublicProductSummary {
  description: string | null;
  ingredients: string | null;
  categoryParent: { slug: string; nameVi: string; nameEn: string } | null;
  /** the product's own certificates then the producer's business-level ones */
  allCertificates: Array<PublicCertificate & { qrSvg: string; heldBy: "product" | "producer" }>;
  salesPoints: PublicSalesPoint[];
  updatedAt: Date;
}

export async function getPublicProduct(
  client: Reader,
  { slug, now = new Date() }: { slug: string; now?: Date },
): Promise<PublicProductDetail> {
  const [row, refs] = await Promise.all([
    client.product.findFirst({ where: { AND: [PUBLIC_PRODUCT_WHERE, { slug }] }, select: productSelect(now) }),
    catalogReferences(client),
  ]);
  if (!row) throw new NotFound();
  const summary = toProductSummary(row, now, refs);
  const businessLevel = row.business.certificates.map((c) => toPublicCertificate(c, now));
  const allCertificates = await Promise.all(
    [
      ...summary.certificates.map((c) => ({ ...c, heldBy: "product" as const })),
      ...businessLevel.map((c) => ({ ...c, heldBy: "producer" as const })),
    ].map(async (c) => ({ ...c, qrSvg: await certificateQrSvg(c.verifyUrl) })),
  );
  return {
    ...summary,
    description: row.description,
    ingredients: row.ingredients,
    categoryParent: categoryOf(refs, (row.categoryId && refs.categories.byId.get(row.categoryId)?.parentId) ?? null),
    allCertificates,
    salesPoints: await salesPointsOf(client, row.business.id, now),
    updatedAt: row.updatedAt,
  };
}

// ───────────────────────────── producers ─────────────────────────────

export interface PublicProducerSummary {
  id: string;
  slug: string;
  name: string;
  url: string;
  legalForm: LegalForm;
  description: string | null;
  website: string | null;
  place: PublicPlace;
  productCount: number;
  logo: PublicPhoto | null;
}

const producerSelect = {
  id: true,
  slug: true,
  name: true,
  legalForm: true,
  description: true,
  website: true,
  enterpriseCode: true,
  verifiedAt: true,
  commune: placeSelect,
  province: { select: { code: true, name: true, shortName: true } },
  logoFile: { select: { id: true, width: true, height: true, isPrivate: true } },
  _count: { select: { products: { where: PUBLIC_PRODUCT_WHERE } } },
} satisfies Prisma.BusinessSelect;
type ProducerRow = Prisma.BusinessGetPayload<{ select: typeof producerSelect }>;

function toProducerSummary(row: ProducerRow): PublicProducerSummary {
  const place = toPlace(row.commune);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    url: `/producers/${row.slug}`,
    legalForm: row.legalForm,
    description: row.description,
    website: row.website,
    place: { commune: place.commune, province: place.province ?? row.province },
    productCount: row._count.products,
    logo:
      row.logoFile && !row.logoFile.isPrivate
        ? { fileId: row.logoFile.id, ...photoUrls(row.logoFile.id), width: row.logoFile.width, height: row.logoFile.height, alt: null }
        : null,
  };
}

/** One page of verified producers, in Vietnamese alphabetical order; `q` matches the name without tones. */
export async function listPublicProducers(
  client: Reader,
  { query }: { query: ProducerQuery },
): Promise<Paged<PublicProducerSummary>> {
  const and: Prisma.BusinessWhereInput[] = [PUBLIC_PRODUCER_WHERE];
  if (query.province) and.push({ provinceCode: query.province });
  if (query.commune) and.push({ communeCode: query.commune });
  if (query.legalForm) and.push({ legalForm: query.legalForm });
  if (query.category) {
    and.push({ products: { some: { ...PUBLIC_PRODUCT_WHERE, categoryId: { in: await categoryIdsForSlug(client, query.category) } } } });
  }
  const keys = await client.business.findMany({ where: { AND: and }, select: { id: true, name: true } });
  const needle = query.q ? foldVietnamese(query.q) : "";
  const matching = needle ? keys.filter((k) => foldVietnamese(k.name).includes(needle)) : keys;
  matching.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const skip = (query.page - 1) * query.perPage;
  const ids = matching.slice(skip, skip + query.perPage).map((k) => k.id);
  const rows = await client.business.findMany({ where: { id: { in: ids } }, select: producerSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.map((id) => byId.get(id)).filter((r): r is ProducerRow => r !== undefined).map(toProducerSummary);
  return paged(items, matching.length, query.page, query.perPage);
}

export interface PublicProducerDetail extends PublicProducerSummary {
  /** 10/13-digit code of an enterprise, a public registry fact; never a household's tax code (a personal ID) */
  enterpriseCode: string | null;
  products: PublicProductSummary[];
  salesPoints: PublicSalesPoint[];
  certificates: Array<PublicCertificate & { qrSvg: string; subject: string | null }>;
}

export async function getPublicProducer(
  client: Reader,
  { slug, now = new Date() }: { slug: string; now?: Date },
): Promise<PublicProducerDetail> {
  const row = await client.business.findFirst({ where: { AND: [PUBLIC_PRODUCER_WHERE, { slug }] }, select: producerSelect });
  if (!row) throw new NotFound();
  const [products, salesPoints, certificateRows, refs] = await Promise.all([
    client.product.findMany({
      where: { AND: [PUBLIC_PRODUCT_WHERE, { businessId: row.id }] },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      select: productSelect(now, 1),
    }),
    salesPointsOf(client, row.id, now),
    // Only certificates about something public: the business itself, its public products and sales points.
    client.certificate.findMany({
      where: {
        businessId: row.id,
        ...CONFIRMED_CERTIFICATE_WHERE,
        OR: [BUSINESS_LEVEL, { product: PUBLIC_PRODUCT_WHERE }, { salesPoint: certifiedSalesPointWhere(now) }],
      },
      orderBy: { issuedOn: "desc" },
      select: { ...certificateSelect, product: { select: { name: true } }, salesPoint: { select: { name: true } } },
    }),
    catalogReferences(client),
  ]);
  const certificates = await Promise.all(
    certificateRows.map(async (c) => {
      const view = toPublicCertificate(c, now);
      return { ...view, subject: c.product?.name ?? c.salesPoint?.name ?? null, qrSvg: await certificateQrSvg(view.verifyUrl) };
    }),
  );
  return {
    ...toProducerSummary(row),
    enterpriseCode: row.legalForm === "ENTERPRISE" ? row.enterpriseCode : null,
    products: products.map((p) => toProductSummary(p, now, refs)),
    salesPoints,
    certificates,
  };
}

// ───────────────────────────── filter options ─────────────────────────────

/**
 * Choices for the filter forms: categories as a tree, and only places where something public
 * is. Categories and place names come from the reference-data cache; the places in use are two
 * GROUP BY queries over the public where of visibility.ts.
 */
export async function catalogFilterOptions(client: Reader) {
  const [tree, directory, businessPlaces, originPlaces] = await Promise.all([
    categoryTree(client),
    placeDirectory(client),
    client.business.groupBy({ by: ["communeCode"], where: PUBLIC_PRODUCER_WHERE }),
    client.product.groupBy({ by: ["originCommuneCode"], where: PUBLIC_PRODUCT_WHERE }),
  ]);
  const communes = new Map<string, PlaceRow>();
  for (const code of [...businessPlaces.map((b) => b.communeCode), ...originPlaces.map((p) => p.originCommuneCode)]) {
    const place = placeOf(directory, code);
    if (place) communes.set(place.code, place);
  }
  const sorted = [...communes.values()].sort((a, b) => collator.compare(a.name, b.name));
  const provinces = new Map(sorted.map((c) => [c.province.code, c.province]));
  return {
    categories: tree.roots,
    provinces: [...provinces.values()].sort((a, b) => collator.compare(a.shortName, b.shortName)),
    communes: sorted.map((c) => ({ code: c.code, name: c.name, provinceCode: c.province.code })),
  };
}

// ───────────────────────────── open data (JSON) ─────────────────────────────

export interface OpenDataPage<T> {
  data: T[];
  page: number;
  perPage: number;
  total: number;
  links: { next: string | null; prev: string | null };
}

export type OpenDataResult<T> = { ok: true; body: OpenDataPage<T> } | { ok: false; errors: Record<string, string[]> };

function placeJson(place: PublicPlace) {
  return {
    commune: place.commune,
    province: place.province ? { code: place.province.code, name: place.province.name } : null,
  };
}

function photoJson(photo: PublicPhoto) {
  return { url: absoluteUrl(photo.url), thumbUrl: absoluteUrl(photo.thumbUrl), width: photo.width, height: photo.height, alt: photo.alt };
}

function certificateJson(c: PublicCertificate) {
  return {
    kind: c.kind,
    number: c.number,
    issuer: c.issuer,
    issuedOn: vnDateKey(c.issuedOn),
    expiresOn: c.expiresOn ? vnDateKey(c.expiresOn) : null,
    stars: c.stars,
    year: c.year,
    state: c.state,
    verifyUrl: c.verifyUrl,
  };
}

export function productJson(p: PublicProductSummary) {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    url: absoluteUrl(p.url),
    category: p.category,
    ...placeJson(p.place),
    priceVnd: p.priceVnd,
    unit: p.unit,
    ocopStars: p.ocopStars,
    labels: p.labels,
    certificates: p.certificates.map(certificateJson),
    photos: p.photos.map(photoJson),
    producer: { slug: p.producer.slug, name: p.producer.name, legalForm: p.producer.legalForm, url: absoluteUrl(p.producer.url) },
    publishedAt: p.publishedAt?.toISOString() ?? null,
  };
}

export function producerJson(p: PublicProducerSummary) {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    legalForm: p.legalForm,
    url: absoluteUrl(p.url),
    description: p.description,
    website: p.website,
    ...placeJson(p.place),
    productCount: p.productCount,
    logo: p.logo ? photoJson(p.logo) : null,
  };
}

function pageLinks(path: string, params: URLSearchParams, result: Paged<unknown>) {
  const link = (pageNo: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(pageNo));
    next.set("perPage", String(result.perPage));
    return absoluteUrl(`${path}?${next}`);
  };
  return {
    next: result.page < result.pages && result.total > 0 ? link(result.page + 1) : null,
    prev: result.page > 1 ? link(Math.min(result.page - 1, result.pages)) : null,
  };
}

/** /api/v1/products: strict parameters, public fields only, every photo of each product. */
export async function openDataProducts(
  client: Reader,
  { params, now = new Date() }: { params: URLSearchParams; now?: Date },
): Promise<OpenDataResult<ReturnType<typeof productJson>>> {
  const parsed = parseCatalogQuery(ProductQuerySchema, params, { lenient: false });
  if (!parsed.ok) return parsed;
  const result = await listPublicProductsWithPhotos(client, { query: parsed.value, now });
  return {
    ok: true,
    body: {
      data: result.items.map(productJson),
      page: result.page,
      perPage: result.perPage,
      total: result.total,
      links: pageLinks("/api/v1/products", params, result),
    },
  };
}

/** /api/v1/producers: strict parameters, public fields only. */
export async function openDataProducers(
  client: Reader,
  { params }: { params: URLSearchParams },
): Promise<OpenDataResult<ReturnType<typeof producerJson>>> {
  const parsed = parseCatalogQuery(ProducerQuerySchema, params, { lenient: false });
  if (!parsed.ok) return parsed;
  const result = await listPublicProducers(client, { query: parsed.value });
  return {
    ok: true,
    body: {
      data: result.items.map(producerJson),
      page: result.page,
      perPage: result.perPage,
      total: result.total,
      links: pageLinks("/api/v1/producers", params, result),
    },
  };
}
