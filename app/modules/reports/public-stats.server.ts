// Public figures for the home page and /api/v1/stats: counts of what is public only.
import type { Db } from "~/utils/db.server";

export async function publicStats(client: Db, now = new Date()) {
  const [producers, products, salesPoints] = await Promise.all([
    client.business.count({ where: { status: "VERIFIED" } }),
    client.product.count({ where: { status: "APPROVED", business: { status: "VERIFIED" } } }),
    client.salesPoint.count({
      where: { status: "CERTIFIED", business: { status: "VERIFIED" }, certificates: { some: { kind: "SALES_POINT", status: "ACTIVE", expiresOn: { gte: now } } } },
    }),
  ]);
  return { producers, products, salesPoints };
}

export async function homeHighlights(client: Db, now = new Date()) {
  const [fairs, trips, news] = await Promise.all([
    client.fair.findMany({
      where: { status: { in: ["PUBLISHED", "CLOSED"] }, endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: 2,
      select: { slug: true, name: true, venue: true, startsAt: true },
    }),
    client.trip.findMany({
      where: { status: { in: ["PUBLISHED", "CLOSED"] }, endsOn: { gte: now } },
      orderBy: { startsOn: "asc" },
      take: 2,
      select: { slug: true, name: true, startsOn: true },
    }),
    client.news.findMany({
      where: { publishedAt: { lte: now } },
      orderBy: { publishedAt: "desc" },
      take: 3,
      select: { slug: true, title: true, summary: true, publishedAt: true },
    }),
  ]);
  return { fairs, trips, news };
}
