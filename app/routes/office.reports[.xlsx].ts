// The report as an XLSX workbook: one sheet per section with the raw counts.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { periodFileStem, reportFileResponse } from "~/components/reports/report-file.server";
import { reportWorkbook } from "~/modules/reports/export.server";

export function loader({ request }: LoaderFunctionArgs) {
  return reportFileResponse(request, {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: (report) => `${periodFileStem(report)}.xlsx`,
    body: async (report, labels) => new Uint8Array(await reportWorkbook(report, labels)),
  });
}
