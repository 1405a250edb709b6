// One trip as an iCalendar file: every stop, or one stop with ?stop=<id> ("add this stop").
import type { LoaderFunctionArgs } from "@remix-run/node";
import { tripsCalendar } from "~/modules/trips/feeds.server";
import { getPublicTrip } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  await dbReady;
  const trip = await getPublicTrip(db, params.slug!).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const stopId = new URL(request.url).searchParams.get("stop") ?? undefined;
  const stop = stopId ? trip.stops.find((s) => s.id === stopId) : undefined;
  if (stopId && !stop) throw new Response("Không có điểm dừng này trong phiên chợ.", { status: 404 });
  const filename = stop ? `${trip.slug}-${stop.position}.ics` : `${trip.slug}.ics`;
  return new Response(tripsCalendar([trip], { stopId: stop?.id }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "public, max-age=300" },
  });
}
