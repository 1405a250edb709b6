// Open data: public rural sales trips as JSON (stops with UTC instants, participants' names),
// cacheable and CORS-open. Nothing private: see feeds.server.ts.
import { tripJson } from "~/modules/trips/feeds.server";
import { listFeedTrips } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader() {
  await dbReady;
  const trips = await listFeedTrips(db);
  return Response.json(
    { data: trips.map(tripJson), meta: { count: trips.length, timeZone: "Asia/Ho_Chi_Minh", ics: "/api/v1/trips.ics" } },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" } },
  );
}
