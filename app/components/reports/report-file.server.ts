// The report downloads (XLSX, PDF, a section's CSV) share one path: the office permission, the
// period and communes read from the query, the labels in the reader's language, a private
// attachment. Each route names only its format.
import { reportLabels } from "~/components/reports/report-labels";
import { getT } from "~/i18next.server";
import type { ReportLabels } from "~/modules/reports/export.server";
import { reportFromQuery } from "~/modules/reports/report-query.server";
import type { Report } from "~/modules/reports/report.server";
import { db, dbReady } from "~/utils/db.server";
import { requirePermission } from "~/utils/session.server";

export async function reportFileResponse(
  request: Request,
  file: { contentType: string; filename: (report: Report) => string; body: (report: Report, labels: ReportLabels) => Promise<BodyInit | null> },
): Promise<Response> {
  await requirePermission(request, "office:reports:read");
  await dbReady;
  const query = await reportFromQuery(db, new URL(request.url).searchParams);
  if (!query.ok) return new Response(query.error.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = await file.body(query.report, reportLabels(await getT(request), query.report));
  if (body === null) return new Response("Not Found", { status: 404 });
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename(query.report)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export const periodFileStem = (report: Report) => `bao-cao-${report.period.startKey}_${report.period.endKey}`;
