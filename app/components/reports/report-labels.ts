// Everything a report file needs in words, in the reader's language, from one place: the page's
// print view, the XLSX, the CSV and the PDF all use it.
import type { TFunction } from "i18next";
import type { ReportLabels } from "~/modules/reports/export.server";
import type { Report } from "~/modules/reports/report.server";
import { vnDateKey } from "~/utils/dates";
import { figureLabel } from "./figure-label";

export function reportLabels(t: TFunction, report: Report, now = new Date()): ReportLabels {
  const [year, month, day] = vnDateKey(now).split("-");
  return {
    title: t("reports.title"),
    period: t("reports.period", { label: report.period.label }),
    previous: report.previous ? t("reports.previousPeriod", { label: report.previous.label }) : null,
    scope: report.communeCodes ? t("reports.communesCount", { count: report.communeCodes.length }) : t("reports.allCommunes"),
    columns: {
      figure: t("reports.columns.figure"),
      current: t("reports.columns.current"),
      previous: t("reports.columns.previous"),
      change: t("reports.columns.change"),
    },
    section: (key) => t(`reports.sections.${key}`, { defaultValue: key }),
    row: (row) => figureLabel(t, row),
    heading: {
      nation: t("reports.printHeading.nation"),
      motto: t("reports.printHeading.motto"),
      office: t("reports.printHeading.office"),
      number: t("reports.printHeading.number", { number: "……" }),
      placeDate: t("reports.printHeading.placeDate", { day, month, year }),
      kind: t("reports.printHeading.kind"),
      about: t("reports.printHeading.about"),
      recipients: t("reports.printHeading.recipients"),
      recipientsList: t("reports.printHeading.recipientsList"),
      signer: t("reports.printHeading.signer"),
      signHint: t("reports.printHeading.signHint"),
    },
  };
}
