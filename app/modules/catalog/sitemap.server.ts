// /sitemap.xml: every public page, by the same rules (catalog/visibility.ts) as the pages
// themselves, so a crawler is never sent to a 404. Certificate check pages stay out (noindex).
import type { Db, Tx } from "~/utils/db.server";
import { PUBLIC_PRODUCER_WHERE, PUBLIC_PRODUCT_WHERE, PUBLIC_SALES_POINT_WHERE } from "./visibility";

export interface SitemapEntry {
  /** path on this site, e.g. "/products/nuoc-mam" */
  path: string;
  lastmod: Date | null;
}

/** Lists that are pages in their own right (filters and searches are not). */
export const STATIC_PUBLIC_PATHS = ["/", "/producers", "/products", "/sales-points", "/verify", "/news", "/open-data"] as const;

export async function sitemapEntries(client: Db | Tx, now = new Date()): Promise<SitemapEntry[]> {
  const [producers, products, salesPoints, news] = await Promise.all([
    client.business.findMany({ where: PUBLIC_PRODUCER_WHERE, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    client.product.findMany({ where: PUBLIC_PRODUCT_WHERE, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    client.salesPoint.findMany({ where: PUBLIC_SALES_POINT_WHERE, orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
    client.news.findMany({ where: { publishedAt: { lte: now } }, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
  ]);
  return [
    ...STATIC_PUBLIC_PATHS.map((path) => ({ path, lastmod: null })),
    ...producers.map((p) => ({ path: `/producers/${p.slug}`, lastmod: p.updatedAt })),
    ...products.map((p) => ({ path: `/products/${p.slug}`, lastmod: p.updatedAt })),
    ...salesPoints.map((p) => ({ path: `/sales-points/${p.id}`, lastmod: p.updatedAt })),
    ...news.map((n) => ({ path: `/news/${n.slug}`, lastmod: n.updatedAt })),
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** The sitemaps.org 0.9 document; lastmod as a W3C date (YYYY-MM-DD is enough for crawlers). */
export function sitemapXml(entries: SitemapEntry[], origin: string): string {
  const urls = entries.map((e) => {
    const loc = escapeXml(new URL(e.path, origin).toString());
    const lastmod = e.lastmod ? `<lastmod>${e.lastmod.toISOString().slice(0, 10)}</lastmod>` : "";
    return `  <url><loc>${loc}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function robotsTxt(origin: string): string {
  return ["User-agent: *", "Disallow: /business", "Disallow: /office", "Disallow: /api/", "", `Sitemap: ${new URL("/sitemap.xml", origin)}`, ""].join("\n");
}
