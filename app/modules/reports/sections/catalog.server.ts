// Producers, products and certificates for a period: new and verified producers (by legal
// form), new and published products (by category), certificates issued by kind, OCOP by stars,
// expired and revoked. Counts only, by aggregate queries.
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Figure, ReportScope, ReportSection } from "../report.server";


function businessScope(scope: ReportScope): Prisma.BusinessWhereInput {
  return scope.communeCodes ? { communeCode: { in: scope.communeCodes } } : {};
}

async function compute(client: Db, scope: ReportScope): Promise<Figure[]> {
  const inPeriod = { gte: scope.from, lt: scope.to };
  const business = businessScope(scope);
  const ofBusiness = scope.communeCodes ? { business } : {};
  const notSalesPoint = { kind: { not: "SALES_POINT" as const } };
  const [
    registered,
    verified,
    verifiedTotal,
    byLegalForm,
    productsCreated,
    productsPublished,
    productsPublishedTotal,
    byCategory,
    issuedByKind,
    ocopByStars,
    expired,
    revoked,
  ] = await Promise.all([
    client.business.count({ where: { ...business, createdAt: inPeriod } }),
    client.business.count({ where: { ...business, verifiedAt: inPeriod } }),
    client.business.count({ where: { ...business, status: "VERIFIED", verifiedAt: { lt: scope.to } } }),
    client.business.groupBy({ by: ["legalForm"], where: { ...business, verifiedAt: inPeriod }, _count: { _all: true } }),
    client.product.count({ where: { ...ofBusiness, createdAt: inPeriod } }),
    client.product.count({ where: { ...ofBusiness, publishedAt: inPeriod } }),
    client.product.count({ where: { ...ofBusiness, status: "APPROVED", publishedAt: { lt: scope.to } } }),
    client.product.groupBy({ by: ["categoryId"], where: { ...ofBusiness, publishedAt: inPeriod }, _count: { _all: true } }),
    client.certificate.groupBy({ by: ["kind"], where: { ...ofBusiness, ...notSalesPoint, issuedOn: inPeriod }, _count: { _all: true } }),
    client.certificate.groupBy({ by: ["stars"], where: { ...ofBusiness, kind: "OCOP", issuedOn: inPeriod, stars: { not: null } }, _count: { _all: true } }),
    client.certificate.count({ where: { ...ofBusiness, ...notSalesPoint, expiresOn: { gte: scope.from, lt: scope.to } } }),
    client.certificate.count({ where: { ...ofBusiness, ...notSalesPoint, status: "REVOKED", statusChangedAt: inPeriod } }),
  ]);
  const categoryIds = byCategory.map((row) => row.categoryId).filter((id): id is string => id !== null);
  const categories = categoryIds.length
    ? await client.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, nameVi: true } })
    : [];
  const categoryName = new Map(categories.map((c) => [c.id, c.nameVi]));
  return [
    { key: "producers.registered", value: registered },
    { key: "producers.verified", value: verified },
    ...byLegalForm
      .sort((a, b) => a.legalForm.localeCompare(b.legalForm))
      .map((row) => ({ key: "producers.verifiedByLegalForm", item: row.legalForm, itemKind: "legalForm" as const, value: row._count._all })),
    { key: "producers.verifiedTotal", value: verifiedTotal },
    { key: "products.created", value: productsCreated },
    { key: "products.published", value: productsPublished },
    ...byCategory
      .map((row) => ({ key: "products.publishedByCategory", item: row.categoryId ? (categoryName.get(row.categoryId) ?? "—") : "—", itemKind: "text" as const, value: row._count._all }))
      .sort((a, b) => b.value - a.value || a.item.localeCompare(b.item, "vi")),
    { key: "products.publishedTotal", value: productsPublishedTotal },
    ...issuedByKind
      .sort((a, b) => a.kind.localeCompare(b.kind))
      .map((row) => ({ key: "certificates.issuedByKind", item: row.kind, itemKind: "certificateKind" as const, value: row._count._all })),
    ...ocopByStars
      .sort((a, b) => (a.stars ?? 0) - (b.stars ?? 0))
      .map((row) => ({ key: "certificates.ocopByStars", item: String(row.stars), itemKind: "stars" as const, value: row._count._all })),
    { key: "certificates.expired", value: expired },
    { key: "certificates.revoked", value: revoked },
  ];
}

export const catalogSection: ReportSection = { key: "catalog", compute };
