// The trip's results as CSV (UTF-8 with BOM) for spreadsheets and the evaluation reports.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { tripResults, tripResultsCsv } from "~/modules/trips/results.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { requirePermission } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const results = await tripResults(db, { actor, tripId: params.id! }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return new Response(tripResultsCsv(results), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${results.trip.slug}-results.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
