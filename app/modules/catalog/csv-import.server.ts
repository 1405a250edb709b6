// CSV bulk import of products as drafts. Every row is checked with ProductFieldsSchema plus
// category and commune lookups before anything is written (outside any transaction); the
// valid rows then become drafts in ONE short transaction of a few batched statements
// (ADR 0010), so a failure leaves nothing half-saved and no request waits behind a long import.
// Rows are numbered as a spreadsheet shows them: the header is row 1.
import Papa from "papaparse";
import { recordAudit } from "~/modules/audit/audit.server";
import { Invalid } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { foldVietnamese } from "~/utils/text";
import {
  CSV_COLUMNS,
  CSV_FIRST_DATA_ROW,
  CSV_MAX_BYTES,
  CSV_MAX_ROWS,
  CSV_TEMPLATE_EXAMPLES,
  type CsvHeader,
} from "./csv-import.schema";
import { ProductFieldsSchema, type ProductFields } from "./product.schema";
import { businessForProductWrite, createDraftProductsInTx, normaliseProductFields } from "./products.server";

export interface CsvRowError {
  /** spreadsheet row: the header is row 1, the first product row 2 */
  row: number;
  /** the CSV header of the column at fault, or null for the whole row */
  column: CsvHeader | null;
  /** locale keys */
  messages: string[];
}

export interface CsvImportResult {
  rowsRead: number;
  created: number;
  rowsWithErrors: number;
  errors: CsvRowError[];
  /** the first drafts created, for links on the summary */
  createdProducts: Array<{ id: string; name: string }>;
}

const FIELD_TO_HEADER = new Map<string, CsvHeader>(CSV_COLUMNS.map((c) => [c.field, c.header]));

/** "Tên sản phẩm", "TEN_SAN_PHAM" and "ten san pham" all name the column ten_san_pham. */
function headerKey(raw: string): string {
  return foldVietnamese(raw.replace(/^\uFEFF/, "")).trim().replace(/[\s-]+/g, "_");
}

/** UTF-8 with or without BOM; anything else (a legacy Windows code page) is refused, not guessed. */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Invalid("catalog.import.errors.notUtf8");
  }
  return text.replace(/^\uFEFF/, "");
}

interface ParsedRow {
  row: number;
  values: Partial<Record<CsvHeader, string>>;
}

/** Splits the text into rows keyed by known headers; the delimiter (, ; tab) is detected. */
export function parseProductCsv(text: string): ParsedRow[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t", "|"] });
  const [header, ...records] = parsed.data;
  if (!header || header.every((h) => h.trim() === "")) throw new Invalid("catalog.import.errors.empty");
  const columnIndex = new Map<CsvHeader, number>();
  header.forEach((raw, index) => {
    const column = CSV_COLUMNS.find((c) => c.header === headerKey(raw));
    if (column && !columnIndex.has(column.header)) columnIndex.set(column.header, index);
  });
  if (CSV_COLUMNS.some((c) => c.required && !columnIndex.has(c.header))) throw new Invalid("catalog.import.errors.missingColumns");
  const rows: ParsedRow[] = [];
  records.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return; // blank lines (often trailing) are not products
    const values: ParsedRow["values"] = {};
    for (const [column, at] of columnIndex) values[column] = (cells[at] ?? "").normalize("NFC");
    rows.push({ row: index + CSV_FIRST_DATA_ROW, values });
  });
  if (rows.length === 0) throw new Invalid("catalog.import.errors.empty");
  if (rows.length > CSV_MAX_ROWS) throw new Invalid("catalog.import.errors.tooManyRows");
  return rows;
}

type Validated = { row: number; fields: ProductFields } | { row: number; errors: CsvRowError[] };

async function validateRows(client: Db, rows: ParsedRow[]): Promise<Validated[]> {
  const categories = new Map(
    (await client.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id] as const),
  );
  const codes = [...new Set(rows.map((r) => r.values.ma_xa_xuat_xu?.trim()).filter((c): c is string => Boolean(c)))];
  const communes = new Set(
    (await client.commune.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code),
  );
  return rows.map(({ row, values }) => {
    const errors = new Map<CsvHeader, string[]>();
    const add = (column: CsvHeader, message: string) => {
      const list = errors.get(column) ?? [];
      if (!list.includes(message)) list.push(message);
      errors.set(column, list);
    };
    const slug = (values.ma_danh_muc ?? "").trim().toLowerCase();
    const categoryId = slug ? categories.get(slug) : "";
    if (categoryId === undefined) add("ma_danh_muc", "catalog.import.errors.categoryUnknown");
    const commune = (values.ma_xa_xuat_xu ?? "").trim();
    if (commune && !communes.has(commune)) add("ma_xa_xuat_xu", "catalog.import.errors.communeUnknown");
    const parsed = ProductFieldsSchema.safeParse({
      name: values.ten_san_pham ?? "",
      // an unknown slug is reported above; a stand-in value keeps the schema from also saying "required"
      categoryId: categoryId ?? "unknown",
      description: values.mo_ta,
      unit: values.don_vi,
      priceVnd: values.gia_vnd,
      originCommuneCode: commune || undefined,
      ingredients: values.thanh_phan,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = FIELD_TO_HEADER.get(String(issue.path[0]));
        if (column) add(column, issue.message);
      }
    }
    if (errors.size || !parsed.success) {
      const list = CSV_COLUMNS.filter((c) => errors.has(c.header)).map((c) => ({ row, column: c.header, messages: errors.get(c.header)! }));
      return { row, errors: list.length ? list : [{ row, column: null, messages: ["errors.generic"] }] };
    }
    return { row, fields: parsed.data };
  });
}

/**
 * Checks every row, then creates the valid ones as drafts of the actor's business. Throws
 * Invalid for a file that cannot be read at all (size, encoding, columns, row count); if the
 * insert fails the transaction rolls back and no draft is created.
 */
export async function importProductsCsv(
  client: Db,
  { actor, businessId, bytes }: { actor: Actor; businessId: string; bytes: Uint8Array },
): Promise<CsvImportResult> {
  await businessForProductWrite(client, actor, businessId);
  if (bytes.byteLength > CSV_MAX_BYTES) throw new Invalid("catalog.import.errors.tooLarge");
  const rows = parseProductCsv(decodeCsv(bytes));
  const checked = await validateRows(client, rows);
  const valid = checked.filter((r): r is Extract<Validated, { fields: ProductFields }> => "fields" in r);
  const errors = checked.flatMap((r) => ("errors" in r ? r.errors : []));
  const drafts = valid.map(({ fields }) => normaliseProductFields(fields));
  const created = await client.$transaction(async (tx) => {
    const products = await createDraftProductsInTx(tx, { actor, businessId, drafts });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "product.import",
      entityType: "Business",
      entityId: businessId,
      data: { rowsRead: rows.length, created: products.length, rowsWithErrors: checked.length - valid.length },
    });
    return products;
  });
  return {
    rowsRead: rows.length,
    created: created.length,
    rowsWithErrors: checked.length - valid.length,
    errors,
    createdProducts: created.slice(0, 20),
  };
}

/** Category codes for the help table: each top-level category followed by its children. */
export async function listCategorySlugs(client: Db) {
  const tops = await client.category.findMany({
    where: { parentId: null },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true, nameVi: true, nameEn: true, children: { orderBy: [{ position: "asc" }, { slug: "asc" }], select: { slug: true, nameVi: true, nameEn: true } } },
  });
  return tops.flatMap(({ children, ...top }) => [{ ...top, child: false }, ...children.map((c) => ({ ...c, child: true }))]);
}

/** The downloadable template: UTF-8 with BOM (so Excel reads the tones), header and two examples. */
export function productCsvTemplate(): string {
  const fields = CSV_COLUMNS.map((c) => c.header);
  return "\uFEFF" + Papa.unparse({ fields, data: CSV_TEMPLATE_EXAMPLES.map((row) => fields.map((f) => row[f])) }, { newline: "\r\n" });
}
