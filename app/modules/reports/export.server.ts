// The report as files: an XLSX workbook (one sheet per section, raw counts), a CSV per section
// and an A4 PDF in the Vietnamese administrative layout, with a font that carries every
// Vietnamese diacritic (DejaVu Serif, shipped by the `dejavu-fonts-ttf` package). Labels come
// from the caller, so this module stays free of i18n.
import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import type { Report, ReportRow } from "./report.server";

export interface ReportLabels {
  title: string;
  period: string;
  previous: string | null;
  scope: string;
  columns: { figure: string; current: string; previous: string; change: string };
  section: (key: string) => string;
  row: (row: ReportRow) => string;
  heading: {
    nation: string;
    motto: string;
    office: string;
    number: string;
    placeDate: string;
    kind: string;
    about: string;
    recipients: string;
    recipientsList: string;
    signer: string;
    signHint: string;
  };
}

function sheetName(name: string, used: Set<string>): string {
  // Excel: at most 31 characters, none of : \ / ? * [ ]
  let base = name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || "Sheet";
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate);
  return candidate;
}

export async function reportWorkbook(report: Report, labels: ReportLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hàng Việt";
  workbook.created = new Date();
  const used = new Set<string>();
  const cover = workbook.addWorksheet(sheetName("Tổng quan", used));
  cover.addRows([[labels.title], [labels.period], [labels.previous ?? ""], [labels.scope]]);
  cover.getColumn(1).width = 90;
  cover.getRow(1).font = { bold: true, size: 14 };
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(labels.section(section.key), used));
    sheet.columns = [
      { header: labels.columns.figure, key: "figure", width: 60 },
      { header: labels.columns.current, key: "current", width: 14 },
      { header: labels.columns.previous, key: "previous", width: 14 },
      { header: labels.columns.change, key: "change", width: 14 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of section.rows) {
      sheet.addRow({ figure: labels.row(row), current: row.value, previous: row.previous, change: row.change });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // Quote, and neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One section as CSV with a BOM, so Excel opens the Vietnamese text correctly. */
export function sectionCsv(report: Report, sectionKey: string, labels: ReportLabels): string | null {
  const section = report.sections.find((s) => s.key === sectionKey);
  if (!section) return null;
  const lines = [
    [labels.columns.figure, labels.columns.current, labels.columns.previous, labels.columns.change].map(csvCell).join(","),
    ...section.rows.map((row) => [labels.row(row), row.value, row.previous, row.change].map(csvCell).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf");

/** The report as an A4 PDF in the administrative layout (national heading, number, signature). */
export function reportPdf(report: Report, labels: ReportLabels): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 57, bottom: 57, left: 85, right: 57 }, info: { Title: labels.title, Creator: "Hàng Việt" } });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const colLeft = width * 0.42;
  const top = doc.y;
  // Left column: the office and the report number; right column: the national heading and date.
  doc.font("bold").fontSize(11).text(labels.heading.office, left, top, { width: colLeft, align: "center" });
  doc.font("regular").fontSize(11).text(labels.heading.number, left, doc.y + 4, { width: colLeft, align: "center" });
  doc.font("bold").fontSize(11).text(labels.heading.nation, left + colLeft, top, { width: width - colLeft, align: "center" });
  doc.font("bold").fontSize(11).text(labels.heading.motto, left + colLeft, doc.y + 2, { width: width - colLeft, align: "center", underline: true });
  doc.font("regular").fontSize(11).text(labels.heading.placeDate, left + colLeft, doc.y + 6, { width: width - colLeft, align: "center", oblique: true });
  doc.moveDown(2);
  doc.font("bold").fontSize(14).text(labels.heading.kind, left, doc.y, { width, align: "center" });
  doc.font("bold").fontSize(12).text(labels.heading.about, { width, align: "center" });
  doc.font("regular").fontSize(11).text(labels.period, { width, align: "center" });
  if (labels.previous) doc.text(labels.previous, { width, align: "center" });
  doc.text(labels.scope, { width, align: "center" });
  doc.moveDown(1);

  const widths = [width * 0.58, width * 0.14, width * 0.14, width * 0.14];
  const drawRow = (cells: string[], bold = false) => {
    const heights = cells.map((cell, i) => doc.font(bold ? "bold" : "regular").fontSize(10).heightOfString(cell, { width: widths[i]! - 6 }));
    const h = Math.max(...heights) + 6;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.rect(x, y, widths[i]!, h).stroke("#444444");
      doc.font(bold ? "bold" : "regular").fontSize(10).fillColor("#000000").text(cell, x + 3, y + 3, { width: widths[i]! - 6, align: i === 0 ? "left" : "right" });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  report.sections.forEach((section, index) => {
    doc.moveDown(0.8);
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.font("bold").fontSize(12).text(`${roman[index] ?? index + 1}. ${labels.section(section.key)}`, left, doc.y, { width });
    doc.moveDown(0.3);
    drawRow([labels.columns.figure, labels.columns.current, labels.columns.previous, labels.columns.change], true);
    for (const row of section.rows) {
      drawRow([labels.row(row), String(row.value), row.previous === null ? "—" : String(row.previous), row.change === null ? "—" : row.change > 0 ? `+${row.change}` : String(row.change)]);
    }
  });

  doc.moveDown(2);
  if (doc.y > doc.page.height - 150) doc.addPage();
  const signTop = doc.y;
  doc.font("bold").fontSize(10).text(labels.heading.recipients, left, signTop, { width: colLeft });
  doc.font("regular").fontSize(9).text(labels.heading.recipientsList, { width: colLeft });
  doc.font("bold").fontSize(11).text(labels.heading.signer, left + colLeft, signTop, { width: width - colLeft, align: "center" });
  doc.font("regular").fontSize(10).text(labels.heading.signHint, left + colLeft, doc.y + 2, { width: width - colLeft, align: "center" });
  doc.end();
  return done;
}
