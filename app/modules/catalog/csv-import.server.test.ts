import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/utils/db.server";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";
import { CSV_COLUMNS } from "./csv-import.schema";
import { importProductsCsv, parseProductCsv, productCsvTemplate } from "./csv-import.server";
import { createBusinessWithOwner, seedPlacesAndCategories } from "./test-factories";

// Delegates to the real audit writer, except for one poisoned name that fails the way a
// database error would halfway through the transaction (after the drafts were inserted).
vi.mock("~/modules/audit/audit.server", async (importOriginal) => {
  const original = await importOriginal<typeof import("~/modules/audit/audit.server")>();
  return {
    ...original,
    recordAudits: vi.fn(async (...args: Parameters<typeof original.recordAudits>) => {
      if (args[1].some((entry) => entry.data?.name === "Lỗi giữa chừng")) throw new Error("disk full");
      return original.recordAudits(...args);
    }),
  };
});

const HEADER = CSV_COLUMNS.map((c) => c.header);
const encode = (text: string) => new TextEncoder().encode(text);
const csv = (rows: string[][], delimiter = ",") => Papa.unparse({ fields: HEADER, data: rows }, { delimiter, newline: "\r\n" });
const row = (name: string, extra: Partial<Record<(typeof HEADER)[number], string>> = {}) =>
  HEADER.map((h) =>
    h === "ten_san_pham" ? name : (extra[h] ?? { ma_danh_muc: "nuoc-mam-gia-vi", gia_vnd: "85.000", don_vi: "chai 500 ml" }[h as string] ?? ""),
  );

let ctx: Awaited<ReturnType<typeof createBusinessWithOwner>>;

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  ctx = await createBusinessWithOwner(db);
});

describe("importProductsCsv", () => {
  it("imports 497 of 500 rows, reporting exactly the 3 bad rows with spreadsheet row numbers and reasons", async () => {
    const nfdName = "Nước mắm nhĩ Bình Minh".normalize("NFD");
    expect(nfdName).not.toBe(nfdName.normalize("NFC"));
    const rows: string[][] = [];
    for (let i = 1; i <= 500; i++) {
      if (i === 1) rows.push(row(nfdName, { mo_ta: "Cá cơm, muối — ủ chượp 12 tháng".normalize("NFD"), ma_xa_xuat_xu: "20794" }));
      else if (i === 10) rows.push(row(""));
      else if (i === 250) rows.push(row(`Bánh tráng số ${i}`, { ma_danh_muc: "banh-keo", gia_vnd: "abc" }));
      else if (i === 499) rows.push(row(`Sản phẩm ${i}`, { ma_danh_muc: "khong-co-danh-muc" }));
      else rows.push(row(`Sản phẩm số ${i}`));
    }
    const started = Date.now();
    const result = await importProductsCsv(db, { ...ctx, businessId: ctx.business.id, bytes: encode("\uFEFF" + csv(rows)) });
    const elapsed = Date.now() - started;

    expect(result.rowsRead).toBe(500);
    expect(result.created).toBe(497);
    expect(result.rowsWithErrors).toBe(3);
    // data row i sits on spreadsheet row i + 1 (the header is row 1)
    expect(result.errors).toEqual([
      { row: 11, column: "ten_san_pham", messages: ["products.errors.nameShort"] },
      { row: 251, column: "gia_vnd", messages: ["products.errors.priceInvalid"] },
      { row: 500, column: "ma_danh_muc", messages: ["catalog.import.errors.categoryUnknown"] },
    ]);
    expect(await db.product.count({ where: { businessId: ctx.business.id, status: "DRAFT" } })).toBe(497);

    const first = await db.product.findFirstOrThrow({ where: { businessId: ctx.business.id, originCommuneCode: "20794" } });
    expect(first.name).toBe("Nước mắm nhĩ Bình Minh".normalize("NFC"));
    expect(first.name).toBe(first.name.normalize("NFC"));
    expect(first.description).toBe("Cá cơm, muối — ủ chượp 12 tháng".normalize("NFC"));
    expect(first.priceVnd).toBe(85_000);
    expect(first.slug).toBe("nuoc-mam-nhi-binh-minh");
    expect(await db.product.count({ where: { name: { contains: "Bánh tráng số 250" } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "product.import", entityId: ctx.business.id } })).toBe(1);
    // ~3,000 small queries: about a second on an idle machine; the bound only catches a quadratic regression
    expect(elapsed).toBeLessThan(20_000);
  });

  it("reads semicolon-separated files without a BOM and skips blank lines", async () => {
    const own = await createBusinessWithOwner(db);
    const text = csv([row("Mật ong rừng", { gia_vnd: "250000" }), row("Mật ong hoa keo")], ";") + "\r\n\r\n";
    const result = await importProductsCsv(db, { ...own, businessId: own.business.id, bytes: encode(text) });
    expect(result).toMatchObject({ rowsRead: 2, created: 2, rowsWithErrors: 0, errors: [] });
    const names = (await db.product.findMany({ where: { businessId: own.business.id }, orderBy: { name: "asc" } })).map((p) => p.name);
    expect(names).toEqual(["Mật ong hoa keo", "Mật ong rừng"]);
  });

  it("reports several problems of one row per column, and an unknown commune", async () => {
    const own = await createBusinessWithOwner(db);
    const result = await importProductsCsv(db, {
      ...own,
      businessId: own.business.id,
      bytes: encode(csv([row("X", { gia_vnd: "-5", ma_xa_xuat_xu: "99999" })])),
    });
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([
      { row: 2, column: "ten_san_pham", messages: ["products.errors.nameShort"] },
      { row: 2, column: "gia_vnd", messages: ["products.errors.priceInvalid"] },
      { row: 2, column: "ma_xa_xuat_xu", messages: ["catalog.import.errors.communeUnknown"] },
    ]);
  });

  it("creates nothing when the transaction fails halfway", async () => {
    const own = await createBusinessWithOwner(db);
    const rows = [row("Sản phẩm A"), row("Sản phẩm B"), row("Lỗi giữa chừng"), row("Sản phẩm C")];
    await expect(importProductsCsv(db, { ...own, businessId: own.business.id, bytes: encode(csv(rows)) })).rejects.toThrow("disk full");
    expect(await db.product.count({ where: { businessId: own.business.id } })).toBe(0);
  });

  it("refuses files it cannot read: not UTF-8, missing columns, too many rows, another business", async () => {
    const own = await createBusinessWithOwner(db);
    const args = { ...own, businessId: own.business.id };
    // "Nước" in Windows-1258 is not valid UTF-8
    await expect(importProductsCsv(db, { ...args, bytes: new Uint8Array([0x74, 0x65, 0x6e, 0x0a, 0x4e, 0xf8, 0xe1, 0x63]) })).rejects.toThrow(
      "catalog.import.errors.notUtf8",
    );
    await expect(importProductsCsv(db, { ...args, bytes: encode("ten;gia\r\na;1") })).rejects.toThrow("catalog.import.errors.missingColumns");
    const many = csv(Array.from({ length: 2_001 }, (_, i) => row(`Sản phẩm ${i}`)));
    await expect(importProductsCsv(db, { ...args, bytes: encode(many) })).rejects.toThrow("catalog.import.errors.tooManyRows");
    await expect(importProductsCsv(db, { ...args, bytes: encode(HEADER.join(",")) })).rejects.toThrow("catalog.import.errors.empty");
    const other = await createBusinessWithOwner(db);
    await expect(importProductsCsv(db, { ...own, businessId: other.business.id, bytes: encode(csv([row("Sản phẩm")])) })).rejects.toThrow();
  });

  it.each(["anh_w=800.csv", "sản phẩm; tháng 11.csv", `${"🍚".repeat(120)}.csv`])(
    "imports a file named %s read through the upload reader",
    async (filename) => {
      const own = await createBusinessWithOwner(db);
      const body = Buffer.concat([
        Buffer.from(`--B\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`),
        Buffer.from(csv([row("Nước mắm cốt")])),
        Buffer.from("\r\n--B--\r\n"),
      ]);
      const request = new Request("http://x/business/products/import", { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=B" }, body });
      const read = await readUploadForm(request, { maxFileBytes: 1024 * 1024, maxFiles: 1, maxTotalBytes: 2 * 1024 * 1024 });
      if (!read.ok) throw new Error(read.message);
      const [file] = filesOf(read.formData, "file");
      expect(file!.name).toBe(filename);
      const result = await importProductsCsv(db, { ...own, businessId: own.business.id, bytes: new Uint8Array(await file!.arrayBuffer()) });
      expect(result).toMatchObject({ rowsRead: 1, created: 1, rowsWithErrors: 0 });
    },
  );

  it("accepts headers written with tones and spaces", () => {
    const rows = parseProductCsv("Tên sản phẩm,Mã danh mục,Giá VND\r\nNón lá,non-la,80000");
    expect(rows).toEqual([{ row: 2, values: { ten_san_pham: "Nón lá", ma_danh_muc: "non-la", gia_vnd: "80000" } }]);
  });
});

describe("productCsvTemplate", () => {
  it("is UTF-8 with a BOM, the header and two Vietnamese examples that import cleanly", async () => {
    const template = productCsvTemplate();
    expect(template.startsWith("\uFEFF")).toBe(true);
    const lines = template.slice(1).split("\r\n");
    expect(lines[0]).toBe(HEADER.join(","));
    expect(lines).toHaveLength(3);
    expect(template).toContain("Nước mắm cá cơm");
    const own = await createBusinessWithOwner(db);
    const result = await importProductsCsv(db, { ...own, businessId: own.business.id, bytes: encode(template) });
    expect(result).toMatchObject({ rowsRead: 2, created: 2, rowsWithErrors: 0 });
  });
});
