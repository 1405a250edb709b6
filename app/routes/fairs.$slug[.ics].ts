// One fair as an iCalendar file ("add to calendar").
import type { LoaderFunctionArgs } from "@remix-run/node";
import { fairsCalendar } from "~/modules/fairs/feeds.server";
import { getFeedFair } from "~/modules/fairs/public.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";

export async function loader({ params }: LoaderFunctionArgs) {
  await dbReady;
  const fair = await getFeedFair(db, params.slug!).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return new Response(fairsCalendar([fair]), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${fair.slug}.ics"`, "Cache-Control": "public, max-age=300" },
  });
}
