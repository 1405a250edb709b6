// Builds search documents from catalogue rows. What is public is not decided here but by
// catalog/visibility.ts (the same rules as pages, open data, stats and the sitemap): a product
// and a producer when public, a sales point when certified; OCOP stars and "certified" come
// only from certificates the office checked or issued, in force today (VN calendar day).
// Private fields (personal IDs, poverty status, phone numbers) never enter a document.
import type { Prisma } from "~/generated/prisma/client";
import {
  CERTIFICATE_FACTS_SELECT,
  certificateInForceWhere,
  certifiedSalesPointWhere,
  isCertificateInForce,
  isCertifiedSalesPoint,
  isPublicProducer,
  isPublicProduct,
  ocopStarsInForce,
  PUBLIC_PRODUCER_WHERE,
  PUBLIC_PRODUCT_WHERE,
} from "~/modules/catalog/visibility";
import type { Tx } from "~/utils/db.server";
import { oldPlaceNamesOf } from "./old-places";
import type { SearchDocument, SearchDocumentId } from "./search.types";

export interface SearchSubjects {
  productIds?: string[];
  businessIds?: string[];
  salesPointIds?: string[];
}

export interface DocumentChanges {
  docs: SearchDocument[];
  /** ids that are not (or no longer) public */
  removeIds: SearchDocumentId[];
}

const placeSelect = {
  select: {
    name: true,
    province: { select: { code: true, shortName: true } },
    oldCommunes: { select: { oldDistrictName: true, oldProvinceName: true } },
  },
} as const;

function productInclude(now: Date) {
  return {
    business: { select: { name: true, status: true, provinceCode: true, communeCode: true, commune: placeSelect } },
    category: { select: { id: true, slug: true, nameVi: true } },
    originCommune: placeSelect,
    certificates: { where: certificateInForceWhere(now), select: CERTIFICATE_FACTS_SELECT },
  } satisfies Prisma.ProductInclude;
}

function businessInclude(now: Date) {
  return {
    commune: placeSelect,
    province: { select: { shortName: true } },
    certificates: { where: certificateInForceWhere(now), select: CERTIFICATE_FACTS_SELECT },
  } satisfies Prisma.BusinessInclude;
}

function salesPointInclude(now: Date) {
  return {
    business: { select: { name: true, status: true } },
    commune: placeSelect,
    categories: { select: { category: { select: { nameVi: true } } } },
    certificates: {
      where: { ...certificateInForceWhere(now), kind: "SALES_POINT" },
      select: { ...CERTIFICATE_FACTS_SELECT, issuedOn: true },
      orderBy: { issuedOn: "desc" },
      take: 1,
    },
  } satisfies Prisma.SalesPointInclude;
}

type ProductRow = Prisma.ProductGetPayload<{ include: ReturnType<typeof productInclude> }>;
type BusinessRow = Prisma.BusinessGetPayload<{ include: ReturnType<typeof businessInclude> }>;
type SalesPointRow = Prisma.SalesPointGetPayload<{ include: ReturnType<typeof salesPointInclude> }>;

const LEGAL_FORM_LABEL: Record<string, string> = {
  ENTERPRISE: "Doanh nghiệp",
  COOPERATIVE: "Hợp tác xã",
  COOPERATIVE_GROUP: "Tổ hợp tác",
  HOUSEHOLD: "Hộ kinh doanh",
};

function placeLine(commune: { name: string; province: { shortName: string } } | null | undefined): string {
  return commune ? `${commune.name}, ${commune.province.shortName}` : "";
}

function joinText(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p && p.trim())).join(" · ");
}

export function productDocument(row: ProductRow, now = new Date()): SearchDocument | null {
  if (!isPublicProduct(row)) return null;
  const inForce = row.certificates.filter((c) => isCertificateInForce(c, now));
  const commune = row.originCommune ?? row.business.commune;
  const place = placeLine(commune);
  return {
    id: `product:${row.id}`,
    type: "product",
    title: row.name,
    subtitle: joinText(row.business.name, place),
    body: joinText(row.description, row.ingredients, row.category?.nameVi, row.unit),
    oldPlaceNames: oldPlaceNamesOf(commune),
    url: `/products/${row.slug}`,
    categoryId: row.categoryId ?? undefined,
    categorySlug: row.category?.slug,
    provinceCode: commune?.province.code ?? row.business.provinceCode ?? undefined,
    communeCode: row.originCommuneCode ?? row.business.communeCode ?? undefined,
    ocopStars: ocopStarsInForce(inForce, now) ?? undefined,
    certified: inForce.length > 0,
    publishedAt: (row.publishedAt ?? row.updatedAt).getTime(),
  };
}

export function producerDocument(row: BusinessRow, now = new Date()): SearchDocument | null {
  if (!isPublicProducer(row)) return null;
  const inForce = row.certificates.filter((c) => isCertificateInForce(c, now));
  return {
    id: `producer:${row.id}`,
    type: "producer",
    title: row.name,
    subtitle: joinText(LEGAL_FORM_LABEL[row.legalForm], placeLine(row.commune) || row.province?.shortName),
    body: joinText(row.description),
    oldPlaceNames: oldPlaceNamesOf(row.commune),
    url: `/producers/${row.slug}`,
    provinceCode: row.provinceCode ?? undefined,
    communeCode: row.communeCode ?? undefined,
    ocopStars: ocopStarsInForce(inForce, now) ?? undefined,
    certified: inForce.length > 0,
    publishedAt: (row.verifiedAt ?? row.updatedAt).getTime(),
  };
}

export function salesPointDocument(row: SalesPointRow, now = new Date()): SearchDocument | null {
  const certificate = row.certificates[0];
  if (!certificate || !isCertifiedSalesPoint(row, now)) return null;
  const hasPoint = row.latitude !== null && row.longitude !== null;
  return {
    id: `salesPoint:${row.id}`,
    type: "salesPoint",
    title: row.name,
    subtitle: joinText(row.streetAddress, placeLine(row.commune)),
    body: joinText(row.business.name, row.categories.map((c) => c.category.nameVi).join(", ")),
    oldPlaceNames: oldPlaceNamesOf(row.commune),
    url: `/sales-points/${row.id}`,
    provinceCode: row.provinceCode,
    communeCode: row.communeCode,
    certified: true,
    lat: hasPoint ? row.latitude! : undefined,
    lng: hasPoint ? row.longitude! : undefined,
    publishedAt: certificate.issuedOn.getTime(),
  };
}

type Reader = Pick<Tx, "product" | "business" | "salesPoint">;

/**
 * Reads the given rows and returns what the index must hold for them. A business change also
 * re-reads its products and sales points, since their visibility follows the business.
 */
export async function buildDocumentsFor(tx: Reader, subjects: SearchSubjects, now = new Date()): Promise<DocumentChanges> {
  const businessIds = unique(subjects.businessIds);
  const productIds = unique(subjects.productIds);
  const salesPointIds = unique(subjects.salesPointIds);
  const changes: DocumentChanges = { docs: [], removeIds: [] };
  const collect = <R extends { id: string }>(
    type: "product" | "producer" | "salesPoint",
    ids: string[],
    rows: R[],
    build: (row: R) => SearchDocument | null,
  ) => {
    const found = new Set<string>();
    for (const row of rows) {
      found.add(row.id);
      const doc = build(row);
      if (doc) changes.docs.push(doc);
      else changes.removeIds.push(`${type}:${row.id}`);
    }
    for (const id of ids) if (!found.has(id)) changes.removeIds.push(`${type}:${id}`);
  };

  if (businessIds.length) {
    const businesses = await tx.business.findMany({ where: { id: { in: businessIds } }, include: businessInclude(now) });
    collect("producer", businessIds, businesses, (row) => producerDocument(row, now));
  }
  if (productIds.length || businessIds.length) {
    const where: Prisma.ProductWhereInput = {
      OR: [{ id: { in: productIds } }, ...(businessIds.length ? [{ businessId: { in: businessIds } }] : [])],
    };
    const products = await tx.product.findMany({ where, include: productInclude(now) });
    collect("product", productIds, products, (row) => productDocument(row, now));
  }
  if (salesPointIds.length || businessIds.length) {
    const where: Prisma.SalesPointWhereInput = {
      OR: [{ id: { in: salesPointIds } }, ...(businessIds.length ? [{ businessId: { in: businessIds } }] : [])],
    };
    const salesPoints = await tx.salesPoint.findMany({ where, include: salesPointInclude(now) });
    collect("salesPoint", salesPointIds, salesPoints, (row) => salesPointDocument(row, now));
  }
  return changes;
}

/** Splits "product:abc" into its parts; null for anything else. */
export function parseDocumentId(id: string): { type: "product" | "producer" | "salesPoint"; rowId: string } | null {
  const match = /^(product|producer|salesPoint):(.+)$/.exec(id);
  return match ? { type: match[1] as "product" | "producer" | "salesPoint", rowId: match[2]! } : null;
}

export function subjectsForDocumentIds(ids: string[]): SearchSubjects {
  const subjects = { productIds: [] as string[], businessIds: [] as string[], salesPointIds: [] as string[] };
  for (const id of ids) {
    const parsed = parseDocumentId(id);
    if (parsed?.type === "product") subjects.productIds.push(parsed.rowId);
    if (parsed?.type === "producer") subjects.businessIds.push(parsed.rowId);
    if (parsed?.type === "salesPoint") subjects.salesPointIds.push(parsed.rowId);
  }
  return subjects;
}

/**
 * Every public document, in batches, for a full rebuild. Cursor pagination by id keeps memory
 * flat; `total` is an upper bound (candidate rows) for progress display.
 */
export async function* allPublicDocuments(
  reader: Reader,
  batchSize = 1000,
  now = new Date(),
): AsyncGenerator<{ docs: SearchDocument[]; scanned: number; total: number }> {
  const [products, businesses, salesPoints] = await Promise.all([
    reader.product.count({ where: PUBLIC_PRODUCT_WHERE }),
    reader.business.count({ where: PUBLIC_PRODUCER_WHERE }),
    reader.salesPoint.count({ where: certifiedSalesPointWhere(now) }),
  ]);
  const total = products + businesses + salesPoints;
  let scanned = 0;

  let cursor: string | undefined;
  for (;;) {
    const rows: BusinessRow[] = await reader.business.findMany({
      where: { ...PUBLIC_PRODUCER_WHERE, ...(cursor ? { id: { gt: cursor } } : {}) },
      include: businessInclude(now),
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!rows.length) break;
    cursor = rows[rows.length - 1]!.id;
    scanned += rows.length;
    yield { docs: rows.map((row) => producerDocument(row, now)).filter(isDocument), scanned, total };
  }
  cursor = undefined;
  for (;;) {
    const rows: ProductRow[] = await reader.product.findMany({
      where: { AND: [PUBLIC_PRODUCT_WHERE, cursor ? { id: { gt: cursor } } : {}] },
      include: productInclude(now),
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!rows.length) break;
    cursor = rows[rows.length - 1]!.id;
    scanned += rows.length;
    yield { docs: rows.map((row) => productDocument(row, now)).filter(isDocument), scanned, total };
  }
  cursor = undefined;
  for (;;) {
    const rows: SalesPointRow[] = await reader.salesPoint.findMany({
      where: { AND: [certifiedSalesPointWhere(now), cursor ? { id: { gt: cursor } } : {}] },
      include: salesPointInclude(now),
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!rows.length) break;
    cursor = rows[rows.length - 1]!.id;
    scanned += rows.length;
    yield { docs: rows.map((row) => salesPointDocument(row, now)).filter(isDocument), scanned, total };
  }
}

function isDocument(doc: SearchDocument | null): doc is SearchDocument {
  return doc !== null;
}

function unique(ids: string[] | undefined): string[] {
  return [...new Set(ids ?? [])];
}
