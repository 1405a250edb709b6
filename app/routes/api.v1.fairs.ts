// Open data: public fairs as JSON (dates in UTC ISO 8601), cacheable and CORS-open.
import { fairJson } from "~/modules/fairs/feeds.server";
import { listFeedFairs } from "~/modules/fairs/public.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader() {
  await dbReady;
  const fairs = await listFeedFairs(db);
  return Response.json(
    { data: fairs.map(fairJson), meta: { count: fairs.length, timeZone: "Asia/Ho_Chi_Minh", ics: "/api/v1/fairs.ics" } },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" } },
  );
}
