// Open data: every public fair as an iCalendar feed (subscribe in a calendar app).
import { fairsCalendar } from "~/modules/fairs/feeds.server";
import { listFeedFairs } from "~/modules/fairs/public.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader() {
  await dbReady;
  return new Response(fairsCalendar(await listFeedFairs(db)), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
