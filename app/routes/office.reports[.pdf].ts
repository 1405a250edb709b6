// The report as an A4 PDF in the administrative layout.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { periodFileStem, reportFileResponse } from "~/components/reports/report-file.server";
import { reportPdf } from "~/modules/reports/export.server";

export function loader({ request }: LoaderFunctionArgs) {
  return reportFileResponse(request, {
    contentType: "application/pdf",
    filename: (report) => `${periodFileStem(report)}.pdf`,
    body: async (report, labels) => new Uint8Array(await reportPdf(report, labels)),
  });
}
