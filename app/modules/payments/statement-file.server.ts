// Reading a bank's statement export (CSV or XLSX) into a header row and data rows of text, and
// turning rows into credit lines with the officer's column mapping. Banks differ in delimiter,
// encoding mark, date and number formats; what cannot be read is reported per row, never guessed.
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import Papa from "papaparse";

export interface StatementTable {
  headers: string[];
  rows: string[][];
}

export interface ColumnMapping {
  dateColumn: string;
  amountColumn: string;
  descriptionColumn: string;
  referenceColumn: string | null;
}

export interface ParsedLine {
  bankReference: string;
  bookedAt: Date;
  amountVnd: number;
  description: string;
}

export class StatementUnreadable extends Error {}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("result" in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}

export async function readStatementFile(bytes: Buffer, fileName: string): Promise<StatementTable> {
  let table: string[][];
  if (/\.xlsx$/i.test(fileName) || bytes.subarray(0, 2).toString("latin1") === "PK") {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new StatementUnreadable("payments.import.unreadable");
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new StatementUnreadable("payments.import.unreadable");
    table = [];
    sheet.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      table.push(values.map(cellText));
    });
  } else {
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
    table = parsed.data.map((row) => row.map((cell) => String(cell ?? "")));
  }
  // Banks put a title and account details above the table: the header is the first row with
  // at least three non-empty cells.
  const headerIndex = table.findIndex((row) => row.filter((cell) => cell.trim() !== "").length >= 3);
  if (headerIndex < 0) throw new StatementUnreadable("payments.import.noHeader");
  const headers = table[headerIndex]!.map((h) => h.trim());
  const rows = table.slice(headerIndex + 1).filter((row) => row.some((cell) => cell.trim() !== ""));
  if (rows.length === 0) throw new StatementUnreadable("payments.import.noRows");
  if (rows.length > 5_000) throw new StatementUnreadable("payments.import.tooManyRows");
  return { headers, rows };
}

export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => h.normalize("NFC").trim().toLowerCase()).join("|").slice(0, 500);
}

/** "150.000", "150,000", "+150000", "150 000 VND" → 150000; "-20.000" or "(20.000)" → -20000. */
export function parseStatementAmount(text: string): number | null {
  const trimmed = text.replace(/[\u00a0\s]|VND|VNĐ|đ|₫/gi, "").trim();
  if (!trimmed) return null;
  const negative = /^-|^\(.*\)$/.test(trimmed);
  const digits = trimmed.replace(/^[+-]|[()]/g, "");
  // a decimal part of zeros ("150000.00") is allowed; any other fraction is not đồng
  const withoutZeroFraction = digits.replace(/[.,]00$/, "");
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(withoutZeroFraction)) return null;
  const value = Number(withoutZeroFraction.replace(/[.,]/g, ""));
  return Number.isSafeInteger(value) ? (negative ? -value : value) : null;
}

/** dd/mm/yyyy[ hh:mm[:ss]], yyyy-mm-dd[Thh:mm…], ISO from XLSX; Vietnamese local time. */
export function parseStatementDate(text: string): Date | null {
  const value = text.trim();
  let m = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/);
  if (m) {
    const [, d, mo, y, h = "0", mi = "0", s = "0"] = m;
    return validDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  }
  m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(\.\d+)?(Z)?$/);
  if (m) {
    const [, y, mo, d, h = "0", mi = "0", s = "0", , zulu] = m;
    if (zulu) return new Date(value);
    return validDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  }
  return null;
}

function validDate(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | null {
  const utc = Date.UTC(y, mo - 1, d, h - 7, mi, s);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc);
}

export interface MappedStatement {
  lines: ParsedLine[];
  rowErrors: Array<{ row: number; message: string }>;
}

/**
 * Rows → credit lines. Without a reference column the bank reference is a digest of the row's
 * date, amount and description plus its occurrence count, so the same file imports to the same
 * keys twice.
 */
export function applyMapping(table: StatementTable, mapping: ColumnMapping): MappedStatement {
  const index = (name: string | null) => (name === null ? -1 : table.headers.indexOf(name));
  const dateAt = index(mapping.dateColumn);
  const amountAt = index(mapping.amountColumn);
  const descriptionAt = index(mapping.descriptionColumn);
  const referenceAt = index(mapping.referenceColumn);
  if (dateAt < 0 || amountAt < 0 || descriptionAt < 0 || (mapping.referenceColumn && referenceAt < 0)) {
    throw new StatementUnreadable("payments.import.mappingMismatch");
  }
  const lines: ParsedLine[] = [];
  const rowErrors: MappedStatement["rowErrors"] = [];
  const occurrences = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const bookedAt = parseStatementDate(row[dateAt] ?? "");
    const amountVnd = parseStatementAmount(row[amountAt] ?? "");
    const description = (row[descriptionAt] ?? "").trim().slice(0, 500);
    if (!bookedAt) return rowErrors.push({ row: rowNumber, message: "payments.import.badDate" });
    if (amountVnd === null) return rowErrors.push({ row: rowNumber, message: "payments.import.badAmount" });
    if (amountVnd <= 0) return; // debits are not fees paid to the office
    let bankReference = referenceAt >= 0 ? (row[referenceAt] ?? "").trim().slice(0, 100) : "";
    if (!bankReference) {
      const key = `${bookedAt.toISOString()}|${amountVnd}|${description}`;
      const seen = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, seen);
      bankReference = `row:${createHash("sha256").update(`${key}|${seen}`).digest("hex").slice(0, 24)}`;
    }
    lines.push({ bankReference, bookedAt, amountVnd, description });
  });
  return { lines, rowErrors };
}

/** A first guess at the mapping from common Vietnamese and English bank headers. */
export function guessMapping(headers: readonly string[]): ColumnMapping | null {
  const fold = (h: string) => h.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();
  const find = (...patterns: RegExp[]) => headers.find((h) => patterns.some((p) => p.test(fold(h)))) ?? null;
  const date = find(/ngay giao dich|^ngay|date/);
  const amount = find(/so tien ghi co|ghi co|credit|so tien|amount/);
  const description = find(/noi dung|dien giai|mo ta|description|remark|narrative/);
  const reference = find(/so tham chieu|ma giao dich|so but toan|reference|ref|transaction id/);
  if (!date || !amount || !description) return null;
  return { dateColumn: date, amountColumn: amount, descriptionColumn: description, referenceColumn: reference };
}
