// The CSV bulk import's columns and limits, shared by the upload page, the template download
// and the importer. Headers are Vietnamese without tones so spreadsheet users can type them;
// each maps to a field of ProductFieldsSchema (product.schema.ts).
import type { ProductFieldName } from "./product.schema";

export const CSV_MAX_BYTES = 2 * 1024 * 1024;
export const CSV_MAX_ROWS = 2_000;
/** The header is spreadsheet row 1, so the first product is row 2. */
export const CSV_FIRST_DATA_ROW = 2;

export const CSV_COLUMNS = [
  { header: "ten_san_pham", field: "name", required: true },
  { header: "ma_danh_muc", field: "categoryId", required: true },
  { header: "mo_ta", field: "description", required: false },
  { header: "don_vi", field: "unit", required: false },
  { header: "gia_vnd", field: "priceVnd", required: false },
  { header: "ma_xa_xuat_xu", field: "originCommuneCode", required: false },
  { header: "thanh_phan", field: "ingredients", required: false },
] as const satisfies ReadonlyArray<{ header: string; field: ProductFieldName; required: boolean }>;

export type CsvHeader = (typeof CSV_COLUMNS)[number]["header"];

export const CSV_UPLOAD_FIELD = "file";
export const CSV_TEMPLATE_PATH = "/business/products/import-template.csv";

/** Two example rows for the template (categories and commune of the demo area). */
export const CSV_TEMPLATE_EXAMPLES: Array<Record<CsvHeader, string>> = [
  {
    ten_san_pham: "Nước mắm cá cơm 35 độ đạm",
    ma_danh_muc: "nuoc-mam-gia-vi",
    mo_ta: "Cá cơm than và muối biển, ủ chượp 12 tháng trong thùng gỗ.",
    don_vi: "chai 500 ml",
    gia_vnd: "95.000",
    ma_xa_xuat_xu: "20794",
    thanh_phan: "Cá cơm, muối biển",
  },
  {
    ten_san_pham: "Bánh tráng mè đen nướng",
    ma_danh_muc: "banh-keo",
    mo_ta: "Bánh tráng gạo có mè đen, nướng than hồng.",
    don_vi: "xấp 10 cái",
    gia_vnd: "30000",
    ma_xa_xuat_xu: "",
    thanh_phan: "Gạo, mè đen, muối",
  },
];
