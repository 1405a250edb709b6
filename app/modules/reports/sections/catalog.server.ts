// Producers, products and certificates for a period: new and verified producers (by legal
// form), new and published products (by category), certificates issued by kind, OCOP by stars,
// expired and revoked. Counts only: one aggregate pass per table (see ../sql.server.ts).
import type { Db } from "~/utils/db.server";
import type { Figure, ReportScope, ReportSection } from "../report.server";
import { aggregate, communeFilter, isoText } from "../sql.server";

async function compute(client: Db, scope: ReportScope): Promise<Figure[]> {
  const from = isoText(scope.from);
  const to = isoText(scope.to);
  const scoped = communeFilter("b.communeCode", scope.communeCodes);
  const between = (column: string) => `(${column} >= ? AND ${column} < ?)`;
  // Join the business only to scope by commune: without a scope each table is read alone.
  const ofBusiness = (alias: string, column: string) => (scope.communeCodes ? `JOIN Business b ON b.id = ${alias}.${column}` : "");
  const [producers, byLegalForm, products, byCategory, certificates, byKind, byStars] = await Promise.all([
    aggregate<{ n_registered: number; n_verified: number; n_verifiedTotal: number }>(
      client,
      `SELECT SUM(${between("b.createdAt")}) AS n_registered, SUM(${between("b.verifiedAt")}) AS n_verified,
              SUM(b.status = 'VERIFIED' AND b.verifiedAt < ?) AS n_verifiedTotal
         FROM Business b WHERE ${scoped.sql}`,
      [from, to, from, to, to, ...scoped.params],
    ),
    aggregate<{ legalForm: string; n: number }>(
      client,
      `SELECT b.legalForm AS legalForm, COUNT(*) AS n FROM Business b WHERE ${between("b.verifiedAt")} AND ${scoped.sql} GROUP BY b.legalForm ORDER BY b.legalForm`,
      [from, to, ...scoped.params],
    ),
    aggregate<{ n_created: number; n_published: number; n_publishedTotal: number }>(
      client,
      `SELECT SUM(${between("p.createdAt")}) AS n_created, SUM(${between("p.publishedAt")}) AS n_published,
              SUM(p.status = 'APPROVED' AND p.publishedAt < ?) AS n_publishedTotal
         FROM Product p ${ofBusiness("p", "businessId")} WHERE ${scoped.sql}`,
      [from, to, from, to, to, ...scoped.params],
    ),
    aggregate<{ name: string | null; n: number }>(
      client,
      `SELECT c.nameVi AS name, COUNT(*) AS n FROM Product p ${ofBusiness("p", "businessId")} LEFT JOIN Category c ON c.id = p.categoryId
        WHERE ${between("p.publishedAt")} AND ${scoped.sql} GROUP BY p.categoryId`,
      [from, to, ...scoped.params],
    ),
    aggregate<{ n_expired: number; n_revoked: number }>(
      client,
      `SELECT SUM(${between("c.expiresOn")}) AS n_expired, SUM(c.status = 'REVOKED' AND ${between("c.statusChangedAt")}) AS n_revoked
         FROM Certificate c ${ofBusiness("c", "businessId")} WHERE c.kind <> 'SALES_POINT' AND ${scoped.sql}`,
      [from, to, from, to, ...scoped.params],
    ),
    aggregate<{ kind: string; n: number }>(
      client,
      `SELECT c.kind AS kind, COUNT(*) AS n FROM Certificate c ${ofBusiness("c", "businessId")}
        WHERE c.kind <> 'SALES_POINT' AND ${between("c.issuedOn")} AND ${scoped.sql} GROUP BY c.kind ORDER BY c.kind`,
      [from, to, ...scoped.params],
    ),
    aggregate<{ stars: number; n: number }>(
      client,
      `SELECT c.stars AS stars, COUNT(*) AS n FROM Certificate c ${ofBusiness("c", "businessId")}
        WHERE c.kind = 'OCOP' AND c.checkState = 'CHECKED' AND c.stars IS NOT NULL AND ${between("c.issuedOn")} AND ${scoped.sql} GROUP BY c.stars ORDER BY c.stars`,
      [from, to, ...scoped.params],
    ),
  ]);
  const p = producers[0]!;
  const q = products[0]!;
  const c = certificates[0]!;
  return [
    { key: "producers.registered", value: p.n_registered },
    { key: "producers.verified", value: p.n_verified },
    ...byLegalForm.map((row) => ({ key: "producers.verifiedByLegalForm", item: row.legalForm, itemKind: "legalForm" as const, value: row.n })),
    { key: "producers.verifiedTotal", value: p.n_verifiedTotal },
    { key: "products.created", value: q.n_created },
    { key: "products.published", value: q.n_published },
    ...byCategory
      .map((row) => ({ key: "products.publishedByCategory", item: row.name ?? "—", itemKind: "text" as const, value: row.n }))
      .sort((a, b) => b.value - a.value || a.item.localeCompare(b.item, "vi")),
    { key: "products.publishedTotal", value: q.n_publishedTotal },
    ...byKind.map((row) => ({ key: "certificates.issuedByKind", item: row.kind, itemKind: "certificateKind" as const, value: row.n })),
    ...byStars.map((row) => ({ key: "certificates.ocopByStars", item: String(row.stars), itemKind: "stars" as const, value: row.n })),
    { key: "certificates.expired", value: c.n_expired },
    { key: "certificates.revoked", value: c.n_revoked },
  ];
}

export const catalogSection: ReportSection = { key: "catalog", compute };
