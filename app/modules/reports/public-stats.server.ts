// Public figures for the home page and /api/v1/stats: counts of what is public only, by the
// rules of catalog/visibility.ts.
import {
  certifiedSalesPointWhere,
  PUBLIC_PRODUCER_WHERE,
  PUBLIC_PRODUCT_WHERE,
} from "~/modules/catalog/visibility";
import type { Db } from "~/utils/db.server";

export async function publicStats(client: Db, now = new Date()) {
  const [producers, products, salesPoints] = await Promise.all([
    client.business.count({ where: PUBLIC_PRODUCER_WHERE }),
    client.product.count({ where: PUBLIC_PRODUCT_WHERE }),
    // certified points (a certificate in force through its last Vietnamese calendar day)
    client.salesPoint.count({ where: certifiedSalesPointWhere(now) }),
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
