// Open data: public summary figures.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicStats } from "~/modules/reports/public-stats.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader(_args: LoaderFunctionArgs) {
  await dbReady;
  const stats = await publicStats(db);
  return Response.json(
    { data: { ...stats, generatedAt: new Date().toISOString() } },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
