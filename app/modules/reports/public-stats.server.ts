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

export function latestNews(client: Db, { take = 3, now = new Date() }: { take?: number; now?: Date } = {}) {
  return client.news.findMany({
    where: { publishedAt: { lte: now } },
    orderBy: { publishedAt: "desc" },
    take,
    select: { slug: true, title: true, summary: true, publishedAt: true },
  });
}

export function getPublishedNews(client: Db, slug: string, now = new Date()) {
  return client.news.findFirst({
    where: { slug, publishedAt: { lte: now } },
    select: { slug: true, title: true, summary: true, body: true, publishedAt: true, coverFileId: true },
  });
}
