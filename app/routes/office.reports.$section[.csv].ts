// One section of the report as CSV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportFileResponse } from "~/components/reports/report-file.server";
import { sectionCsv } from "~/modules/reports/export.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const section = params.section ?? "";
  return reportFileResponse(request, {
    contentType: "text/csv; charset=utf-8",
    filename: (report) => `bao-cao-${section}-${report.period.startKey}.csv`,
    body: async (report, labels) => sectionCsv(report, section, labels),
  });
}
