// The office dashboard: what needs action now (each a count linking to its queue, shown only to
// those who may act on it), the campaign at a glance, and 12-month trends — scoped by commune.
// Counts by aggregate queries only. Modules that land later add their queues here.
import { Forbidden } from "~/modules/errors";
import { hasPermission, type Actor, type OfficePermission } from "~/modules/identity/permissions";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { addDays, fromVnLocal, vnDateKey } from "~/utils/dates";
import { certificateInForceWhere, certifiedSalesPointWhere, PUBLIC_PRODUCER_WHERE, PUBLIC_PRODUCT_WHERE } from "~/modules/catalog/visibility";
import { lastMonths } from "./period";
import { aggregate, communeFilter, isoText } from "./sql.server";

export interface QueueItem {
  key: string;
  count: number;
  to: string;
}

export interface Dashboard {
  queues: QueueItem[];
  glance: { verifiedProducers: number; publishedProducts: number; ocopByStars: { stars: number; count: number }[]; certifiedSalesPoints: number; upcomingFairs: number; upcomingTrips: number };
  trends: { key: string; months: { label: string; value: number }[] }[];
}

type QueueDefinition = { key: string; permission: OfficePermission; to: string; count: (client: Db, scope: Scope) => Promise<number> };
type Scope = { codes: string[] | null; business: Prisma.BusinessWhereInput; salesPoint: Prisma.SalesPointWhereInput; today: string; now: Date };

const QUEUES: QueueDefinition[] = [
  { key: "pendingBusinesses", permission: "office:businesses:review", to: "/office/businesses", count: (c, s) => c.business.count({ where: { ...s.business, status: "PENDING" } }) },
  { key: "pendingProducts", permission: "office:products:review", to: "/office/products", count: (c, s) => c.product.count({ where: { business: s.business, status: "SUBMITTED" } }) },
  { key: "pendingRevisions", permission: "office:products:review", to: "/office/products", count: (c, s) => c.productRevision.count({ where: { product: { business: s.business }, status: "PENDING" } }) },
  {
    key: "applications",
    permission: "office:sales-points:certify",
    to: "/office/sales-points",
    count: (c, s) => c.salesPointApplication.count({ where: { salesPoint: s.salesPoint, status: { in: ["SUBMITTED", "INSPECTED"] } } }),
  },
  {
    key: "expiringCertificates",
    permission: "office:certificates:manage",
    to: "/office/certificates/expiring",
    // Valid through its expiry day, counted by Vietnamese calendar day.
    count: (c, s) => c.certificate.count({ where: { business: s.business, status: "ACTIVE", expiresOn: { gte: fromVnLocal(s.today), lt: fromVnLocal(addDays(s.today, 30), 1440) } } }),
  },
  {
    key: "certificatesToCheck",
    permission: "office:certificates:manage",
    to: "/office/certificates/to-check",
    count: (c, s) => c.certificate.count({ where: { business: s.business, checkState: "DECLARED" } }),
  },
  { key: "registrationsToApprove", permission: "office:fairs:manage", to: "/office/fairs", count: (c, s) => c.fairRegistration.count({ where: { status: "PENDING", fair: s.codes ? { communeCode: { in: s.codes } } : {} } }) },
  { key: "paymentsToReconcile", permission: "office:payments:reconcile", to: "/office/payments", count: (c, s) => c.payment.count({ where: { status: "PENDING", business: s.business } }) },
  { key: "waiversToConfirm", permission: "office:waivers:confirm", to: "/office/waivers", count: (c, s) => c.feeWaiver.count({ where: { status: "REQUESTED", business: s.business } }) },
  {
    key: "complaintsOverdue",
    permission: "office:complaints:handle",
    to: "/office/complaints",
    count: (c, s) => c.complaint.count({ where: { status: "FORWARDED", businessDueAt: { lt: s.now }, ...(s.codes ? { OR: [{ communeCode: { in: s.codes } }, { business: s.business }] } : {}) } }),
  },
  {
    key: "openComplaints",
    permission: "office:complaints:handle",
    to: "/office/complaints",
    count: (c, s) => c.complaint.count({ where: { status: { in: ["RECEIVED", "NEEDS_INFO", "FORWARDED", "ANSWERED", "ESCALATED"] }, ...(s.codes ? { OR: [{ communeCode: { in: s.codes } }, { business: s.business }] } : {}) } }),
  },
];

export async function officeDashboard(client: Db, { actor, communeCodes, now = new Date() }: { actor: Actor; communeCodes: string[] | null; now?: Date }): Promise<Dashboard> {
  if (!hasPermission(actor, "office:access")) throw new Forbidden();
  const today = vnDateKey(now);
  const scope: Scope = {
    codes: communeCodes,
    business: communeCodes ? { communeCode: { in: communeCodes } } : {},
    salesPoint: communeCodes ? { communeCode: { in: communeCodes } } : {},
    today,
    now,
  };
  const queues = QUEUES.filter((queue) => hasPermission(actor, queue.permission));
  const ofBusiness = communeCodes ? { business: scope.business } : {};
  const todayStart = fromVnLocal(today);
  const months = lastMonths(now, 12);
  const [queueCounts, verifiedProducers, publishedProducts, ocop, certifiedSalesPoints, upcomingFairs, upcomingTrips, trendCounts] = await Promise.all([
    Promise.all(queues.map((queue) => queue.count(client, scope))),
    // What counts publicly is the one rule of catalog/visibility.ts, as on the public pages.
    client.business.count({ where: { ...scope.business, ...PUBLIC_PRODUCER_WHERE } }),
    client.product.count({ where: { AND: [PUBLIC_PRODUCT_WHERE, ofBusiness] } }),
    client.certificate.groupBy({
      by: ["stars"],
      where: { AND: [certificateInForceWhere(now), { ...ofBusiness, kind: "OCOP", stars: { not: null }, product: PUBLIC_PRODUCT_WHERE }] },
      _count: { _all: true },
    }),
    client.salesPoint.count({ where: { AND: [certifiedSalesPointWhere(now), scope.salesPoint] } }),
    client.fair.count({ where: { status: "PUBLISHED", endsAt: { gte: now }, ...(communeCodes ? { communeCode: { in: communeCodes } } : {}) } }),
    client.trip.count({ where: { status: "PUBLISHED", endsOn: { gte: now } } }),
    monthlyTrends(client, communeCodes, months[0]!.from, months.at(-1)!.to),
  ]);
  // Month keys "YYYY-MM" in Vietnam time, as the SQL groups them.
  const trend = (key: TrendKey) => months.map((month) => ({ label: month.label, value: trendCounts.get(`${key}/${month.startKey.slice(0, 7)}`) ?? 0 }));
  return {
    queues: queues.map((queue, index) => ({ key: queue.key, to: queue.to, count: queueCounts[index] ?? 0 })),
    glance: {
      verifiedProducers,
      publishedProducts,
      ocopByStars: ocop.map((row) => ({ stars: row.stars ?? 0, count: row._count._all })).sort((a, b) => a.stars - b.stars),
      certifiedSalesPoints,
      upcomingFairs,
      upcomingTrips,
    },
    trends: [
      { key: "verifiedProducers", months: trend("verifiedProducers") },
      { key: "publishedProducts", months: trend("publishedProducts") },
      { key: "certifiedSalesPoints", months: trend("certifiedSalesPoints") },
    ],
  };
}

export type TrendKey = "verifiedProducers" | "publishedProducts" | "certifiedSalesPoints";

/** Counts per Vietnamese calendar month, one grouped pass per table. Key: "<trend>/YYYY-MM". */
export async function monthlyTrends(client: Db, communeCodes: string[] | null, from: Date, to: Date): Promise<Map<string, number>> {
  const range = [isoText(from), isoText(to)];
  const month = (column: string) => `strftime('%Y-%m', ${column}, '+7 hours')`;
  const business = communeFilter("b.communeCode", communeCodes);
  const point = communeFilter("s.communeCode", communeCodes);
  const [verified, published, certified] = await Promise.all([
    aggregate<{ month: string; n: number }>(client, `SELECT ${month("b.verifiedAt")} AS month, COUNT(*) AS n FROM Business b WHERE b.verifiedAt >= ? AND b.verifiedAt < ? AND ${business.sql} GROUP BY month`, [...range, ...business.params]),
    aggregate<{ month: string; n: number }>(
      client,
      `SELECT ${month("p.publishedAt")} AS month, COUNT(*) AS n FROM Product p JOIN Business b ON b.id = p.businessId WHERE p.publishedAt >= ? AND p.publishedAt < ? AND ${business.sql} GROUP BY month`,
      [...range, ...business.params],
    ),
    aggregate<{ month: string; n: number }>(
      client,
      `SELECT ${month("c.issuedOn")} AS month, COUNT(*) AS n FROM Certificate c JOIN SalesPoint s ON s.id = c.salesPointId WHERE c.kind = 'SALES_POINT' AND c.issuedOn >= ? AND c.issuedOn < ? AND ${point.sql} GROUP BY month`,
      [...range, ...point.params],
    ),
  ]);
  const counts = new Map<string, number>();
  for (const [key, rows] of [["verifiedProducers", verified], ["publishedProducts", published], ["certifiedSalesPoints", certified]] as const) {
    for (const row of rows) counts.set(`${key}/${row.month}`, row.n);
  }
  return counts;
}

/** Public trends for /stats: the same monthly counts, over every commune, for the last 12 months. */
export async function publicTrends(client: Db, now = new Date()) {
  const months = lastMonths(now, 12);
  const counts = await monthlyTrends(client, null, months[0]!.from, months.at(-1)!.to);
  return (["verifiedProducers", "publishedProducts", "certifiedSalesPoints"] as const).map((key) => ({
    key,
    months: months.map((month) => ({ label: month.label, value: counts.get(`${key}/${month.startKey.slice(0, 7)}`) ?? 0 })),
  }));
}
