// Open data: every stop of the public trips not yet over, as an iCalendar feed to subscribe to
// (a cancelled trip stays in it, STATUS:CANCELLED, so subscribed calendars drop its stops).
import { tripsCalendar } from "~/modules/trips/feeds.server";
import { listFeedTrips } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader() {
  await dbReady;
  const now = new Date();
  return new Response(tripsCalendar(await listFeedTrips(db, { upcomingFrom: now }), { now }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
