// CSV for spreadsheets: RFC 4180 quoting, cells a spreadsheet would run as a formula quoted too,
// a leading BOM so Excel reads UTF-8 Vietnamese, CRLF line ends.
export type CsvValue = string | number | bigint | null | undefined;

export function csvCell(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
