import { sitemapEntries, sitemapXml } from "~/modules/catalog/sitemap.server";
import { tripSitemapEntries } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export async function loader() {
  await dbReady;
  const xml = sitemapXml([...(await sitemapEntries(db)), ...(await tripSitemapEntries(db))], env().APP_URL);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
