// The report files read back by independent readers: the XLSX by exceljs, the PDF's text by
// pdfjs-dist (every Vietnamese diacritic intact), and the CSV.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { reportPdf, reportWorkbook, sectionCsv, type ReportLabels } from "./export.server";
import { yearPeriod } from "./period";
import { buildReport, type Report } from "./report.server";

const labels: ReportLabels = {
  title: "Báo cáo đánh giá kết quả thực hiện",
  period: "Kỳ báo cáo: Năm 2026",
  previous: "So với: Năm 2025",
  scope: "Tất cả xã, phường",
  columns: { figure: "Chỉ tiêu", current: "Kỳ này", previous: "Kỳ trước", change: "Thay đổi" },
  section: (key) => ({ catalog: "Nhà sản xuất, sản phẩm và chứng nhận", salesPoints: "Điểm bán hàng Việt Nam", events: "Hội chợ và phí", complaints: "Phản ánh" })[key] ?? key,
  row: (row) => `${row.key}${row.item ? `: ${row.item}` : ""}`,
  heading: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    office: "PHÒNG KINH TẾ",
    number: "Số: ……/BC-PKT",
    placeDate: "ngày 30 tháng 11 năm 2026",
    kind: "BÁO CÁO",
    about: "Kết quả thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
    recipients: "Nơi nhận:",
    recipientsList: "- UBND xã;\n- Lưu: VT, PKT.",
    signer: "TRƯỞNG PHÒNG",
    signHint: "(Ký, ghi rõ họ tên, đóng dấu)",
  },
};

let report: Report;

beforeAll(async () => {
  const { sauce } = await seedPlacesAndCategories(db);
  const business = await db.business.create({
    data: { slug: "dn-x", name: "Cơ sở nước mắm", legalForm: "HOUSEHOLD", status: "VERIFIED", communeCode: "20791", provinceCode: "48", verifiedAt: new Date("2026-03-01T00:00:00Z") },
  });
  for (let i = 0; i < 3; i++) {
    await db.product.create({ data: { slug: `p-${i}`, name: `Nước mắm ${i}`, businessId: business.id, categoryId: sauce.id, status: "APPROVED", publishedAt: new Date("2026-04-01T00:00:00Z") } });
  }
  report = await buildReport(db, { period: yearPeriod(2026), communeCodes: null });
});

describe("report files", () => {
  it("the XLSX holds one sheet per section with the same numbers as the report", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportWorkbook(report, labels)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Tổng quan", "Nhà sản xuất, sản phẩm và chứng nhận".slice(0, 31).trim(), "Điểm bán hàng Việt Nam", "Hội chợ và phí", "Phản ánh"]);
    const sheet = workbook.worksheets[1]!;
    const rows = new Map<string, number>();
    sheet.eachRow((row, index) => {
      if (index > 1) rows.set(String(row.getCell(1).value), Number(row.getCell(2).value));
    });
    for (const row of report.sections[0]!.rows) expect(rows.get(labels.row(row))).toBe(row.value);
    expect(rows.get("products.published")).toBe(3);
    expect(rows.get("producers.verifiedByLegalForm: HOUSEHOLD")).toBe(1);
  });

  it("the PDF carries the Vietnamese text, extractable and correct", async () => {
    const pdf = await reportPdf(report, labels);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    let text = "";
    for (let page = 1; page <= document.numPages; page++) {
      const content = await (await document.getPage(page)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ") + "\n";
    }
    const normalised = text.normalize("NFC").replace(/\s+/g, " ");
    expect(normalised).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(normalised.toLowerCase()).toContain("cộng hòa xã hội chủ nghĩa việt nam");
    expect(normalised).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(normalised).toContain("Nhà sản xuất, sản phẩm và chứng nhận");
    expect(normalised).toContain("TRƯỞNG PHÒNG");
  });

  it("the CSV of a section has a BOM, a header and one line per row; an unknown section is null", () => {
    const csv = sectionCsv(report, "catalog", labels)!;
    expect(csv.startsWith("\uFEFFChỉ tiêu,Kỳ này,Kỳ trước,Thay đổi\r\n")).toBe(true);
    expect(csv).toContain("products.published,3,0,3\r\n");
    expect(csv.trim().split("\r\n")).toHaveLength(report.sections[0]!.rows.length + 1);
    expect(sectionCsv(report, "nope", labels)).toBeNull();
  });
});
