// The report as an A4 PDF in the administrative layout.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportLabels } from "~/components/reports/report-labels";
import { getT } from "~/i18next.server";
import { reportPdf } from "~/modules/reports/export.server";
import { reportFromQuery } from "~/modules/reports/report-query.server";
import { db, dbReady } from "~/utils/db.server";
import { requirePermission } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:reports:read");
  await dbReady;
  const query = await reportFromQuery(db, new URL(request.url).searchParams);
  if (!query.ok) return new Response(query.error.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getT(request);
  const body = await reportPdf(query.report, reportLabels(t, query.report));
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="bao-cao-${query.report.period.startKey}_${query.report.period.endKey}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
