import { robotsTxt } from "~/modules/catalog/sitemap.server";
import { env } from "~/utils/env.server";

// Served by a route (not public/robots.txt) so the Sitemap line carries the configured origin.
export function loader() {
  return new Response(robotsTxt(env().APP_URL), { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
