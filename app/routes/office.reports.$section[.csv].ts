// One section of the report as CSV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportLabels } from "~/components/reports/report-labels";
import { getT } from "~/i18next.server";
import { sectionCsv } from "~/modules/reports/export.server";
import { reportFromQuery } from "~/modules/reports/report-query.server";
import { db, dbReady } from "~/utils/db.server";
import { requirePermission } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "office:reports:read");
  await dbReady;
  const query = await reportFromQuery(db, new URL(request.url).searchParams);
  if (!query.ok) return new Response(query.error.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getT(request);
  const csv = sectionCsv(query.report, params.section ?? "", reportLabels(t, query.report));
  if (csv === null) return new Response("Not Found", { status: 404 });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-${params.section}-${query.report.period.startKey}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
