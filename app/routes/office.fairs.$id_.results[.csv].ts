// The fair's results as CSV (UTF-8 with BOM) for spreadsheets and the evaluation reports.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { fairResults, resultsCsv } from "~/modules/fairs/results.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { requirePermission } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const results = await fairResults(db, { actor, fairId: params.id! }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return new Response(resultsCsv(results), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${results.fair.slug}-results.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
