// The office dashboard: what needs action now (each a count linking to its queue, shown only to
// those who may act on it), the campaign at a glance, and 12-month trends — scoped by commune.
// Counts by aggregate queries only. Modules that land later add their queues here.
import { Forbidden } from "~/modules/errors";
import { hasPermission, type Actor, type OfficePermission } from "~/modules/identity/permissions";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { addDays, fromVnLocal, vnDateKey } from "~/utils/dates";
import { lastMonths } from "./period";

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
    key: "openComplaints",
    permission: "office:complaints:handle",
    to: "/office/complaints",
    count: (c, s) => c.complaint.count({ where: { status: { in: ["RECEIVED", "FORWARDED", "ESCALATED"] }, ...(s.codes ? { OR: [{ communeCode: { in: s.codes } }, { business: s.business }] } : {}) } }),
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
    client.business.count({ where: { ...scope.business, status: "VERIFIED" } }),
    client.product.count({ where: { ...ofBusiness, status: "APPROVED" } }),
    client.certificate.groupBy({
      by: ["stars"],
      where: { ...ofBusiness, kind: "OCOP", status: "ACTIVE", stars: { not: null }, OR: [{ expiresOn: null }, { expiresOn: { gte: todayStart } }], product: { status: "APPROVED" } },
      _count: { _all: true },
    }),
    client.certificate.count({
      where: { kind: "SALES_POINT", status: "ACTIVE", salesPoint: { ...scope.salesPoint, status: "CERTIFIED" }, OR: [{ expiresOn: null }, { expiresOn: { gte: todayStart } }] },
    }),
    client.fair.count({ where: { status: "PUBLISHED", endsAt: { gte: now }, ...(communeCodes ? { communeCode: { in: communeCodes } } : {}) } }),
    client.trip.count({ where: { status: "PUBLISHED", endsOn: { gte: now } } }),
    Promise.all(
      months.flatMap((month) => {
        const range = { gte: month.from, lt: month.to };
        return [
          client.business.count({ where: { ...scope.business, verifiedAt: range } }),
          client.product.count({ where: { ...ofBusiness, publishedAt: range } }),
          client.certificate.count({ where: { kind: "SALES_POINT", issuedOn: range, ...(communeCodes ? { salesPoint: scope.salesPoint } : {}) } }),
        ];
      }),
    ),
  ]);
  const trend = (offset: number) => months.map((month, index) => ({ label: month.label, value: trendCounts[index * 3 + offset] ?? 0 }));
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
      { key: "verifiedProducers", months: trend(0) },
      { key: "publishedProducts", months: trend(1) },
      { key: "certifiedSalesPoints", months: trend(2) },
    ],
  };
}
