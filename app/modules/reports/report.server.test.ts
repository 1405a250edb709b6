// Every figure of the report on a small hand-built dataset, counted by hand: period boundaries
// in Asia/Ho_Chi_Minh (23:30 local on 31 December belongs to that year), commune scoping, and
// the previous-period comparison.
import { beforeAll, describe, expect, it } from "vitest";
import { seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { customPeriod, halfPeriod, parsePeriod, previousPeriod, yearPeriod } from "./period";
import { buildReport, figureValue, type Report } from "./report.server";

// 23:30 on 31/12/2026 in Vietnam is 16:30 UTC the same day: year 2026.
const LATE_NYE_2026 = new Date("2026-12-31T16:30:00Z");
// 00:30 on 1/1/2026 in Vietnam is 17:30 UTC on 31/12/2025: year 2026, not 2025.
const EARLY_NEW_YEAR_2026 = new Date("2025-12-31T17:30:00Z");
const MID_2025 = new Date("2025-06-15T03:00:00Z");
const MID_2026 = new Date("2026-06-15T03:00:00Z");

let n = 0;
async function business(communeCode: string, legalForm: "ENTERPRISE" | "HOUSEHOLD" | "COOPERATIVE", createdAt: Date, verifiedAt: Date | null) {
  n += 1;
  return db.business.create({
    data: {
      slug: `dn-${n}`,
      name: `Doanh nghiệp ${n}`,
      legalForm,
      status: verifiedAt ? "VERIFIED" : "PENDING",
      provinceCode: "48",
      communeCode,
      createdAt,
      verifiedAt,
    },
  });
}

async function product(businessId: string, categoryId: string, createdAt: Date, publishedAt: Date | null) {
  n += 1;
  return db.product.create({
    data: { slug: `sp-${n}`, name: `Sản phẩm ${n}`, businessId, categoryId, status: publishedAt ? "APPROVED" : "DRAFT", createdAt, publishedAt },
  });
}

async function certificate(data: { businessId: string; productId?: string; salesPointId?: string; kind: "OCOP" | "HVNCLC" | "SALES_POINT"; stars?: number; issuedOn: Date; expiresOn?: Date | null; status?: "ACTIVE" | "REVOKED" | "SUSPENDED"; statusChangedAt?: Date; renewsId?: string }) {
  n += 1;
  // The office checked product certificates and issued sales-point ones: only those count.
  const trust = data.kind === "SALES_POINT" ? { origin: "OFFICE" as const, checkState: "ISSUED" as const } : { origin: "BUSINESS" as const, checkState: "CHECKED" as const };
  return db.certificate.create({ data: { number: `CN-${n}`, issuer: "UBND", verificationCode: `CODE${n}`, ...trust, checkedAt: data.issuedOn, ...data } });
}

let report2026: Report;
let scoped2026: Report;

beforeAll(async () => {
  const { sauce, sweets, communes } = await seedPlacesAndCategories(db);
  const a = communes.thangBinh;
  const b = communes.thangAn;
  // Producers: 2026 — A: enterprise registered+verified at the late-NYE instant, household verified
  // at the early-new-year instant; B: cooperative verified mid-2026. 2025 — A: one enterprise.
  const b1 = await business(a, "ENTERPRISE", LATE_NYE_2026, LATE_NYE_2026);
  const b2 = await business(a, "HOUSEHOLD", MID_2025, EARLY_NEW_YEAR_2026);
  const b3 = await business(b, "COOPERATIVE", MID_2026, MID_2026);
  await business(a, "ENTERPRISE", MID_2025, MID_2025);
  await business(b, "HOUSEHOLD", MID_2026, null); // registered, not verified
  // Products: 2026 published: 2 sauce (A), 1 sweets (B); 2025 published: 1 sauce (A); a draft.
  const p1 = await product(b1.id, sauce.id, MID_2026, MID_2026);
  await product(b2.id, sauce.id, MID_2025, LATE_NYE_2026);
  await product(b3.id, sweets.id, MID_2026, MID_2026);
  await product(b2.id, sauce.id, MID_2025, MID_2025);
  await product(b3.id, sweets.id, MID_2026, null);
  // Certificates: OCOP 4★ (A) and 3★ (B) in 2026; OCOP 3★ (A) in 2025; one revoked in 2026.
  await certificate({ businessId: b1.id, productId: p1.id, kind: "OCOP", stars: 4, issuedOn: MID_2026 });
  await certificate({ businessId: b3.id, kind: "OCOP", stars: 3, issuedOn: MID_2026 });
  await certificate({ businessId: b2.id, kind: "OCOP", stars: 3, issuedOn: MID_2025, status: "REVOKED", statusChangedAt: LATE_NYE_2026 });
  await certificate({ businessId: b2.id, kind: "HVNCLC", issuedOn: EARLY_NEW_YEAR_2026, expiresOn: new Date("2026-12-30T17:00:00Z") });
  // Sales points: one in A certified in 2025 and renewed in 2026; one in B certified in 2026, suspended in 2026.
  const spA = await db.salesPoint.create({ data: { businessId: b1.id, name: "Điểm A", provinceCode: "48", communeCode: a, streetAddress: "1", vietGoodsShare: 90, status: "CERTIFIED" } });
  const spB = await db.salesPoint.create({ data: { businessId: b3.id, name: "Điểm B", provinceCode: "48", communeCode: b, streetAddress: "2", vietGoodsShare: 85, status: "CERTIFIED" } });
  const first = await certificate({ businessId: b1.id, salesPointId: spA.id, kind: "SALES_POINT", issuedOn: MID_2025, expiresOn: new Date("2026-06-14T17:00:00Z") });
  await certificate({ businessId: b1.id, salesPointId: spA.id, kind: "SALES_POINT", issuedOn: MID_2026, expiresOn: new Date("2028-06-14T17:00:00Z"), renewsId: first.id });
  await certificate({ businessId: b3.id, salesPointId: spB.id, kind: "SALES_POINT", issuedOn: MID_2026, expiresOn: new Date("2028-06-14T17:00:00Z"), status: "SUSPENDED", statusChangedAt: MID_2026 });
  await db.salesPointApplication.create({ data: { salesPointId: spB.id, createdAt: MID_2026 } });

  report2026 = await buildReport(db, { period: yearPeriod(2026), communeCodes: null });
  scoped2026 = await buildReport(db, { period: yearPeriod(2026), communeCodes: [a] });
});

describe("periods", () => {
  it("a year runs midnight to midnight in Vietnam", () => {
    const year = yearPeriod(2026);
    expect(year.from.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(year.to.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(LATE_NYE_2026 < year.to && LATE_NYE_2026 >= year.from).toBe(true);
  });

  it("each period has its previous comparable period", () => {
    expect(previousPeriod(yearPeriod(2026))?.startKey).toBe("2025-01-01");
    expect(previousPeriod(halfPeriod(2026, 1))).toMatchObject({ startKey: "2025-07-01", endKey: "2025-12-31" });
    expect(previousPeriod(halfPeriod(2026, 2))).toMatchObject({ startKey: "2026-01-01", endKey: "2026-06-30" });
    expect(previousPeriod(customPeriod("2026-03-01", "2026-03-10"))).toMatchObject({ startKey: "2026-02-19", endKey: "2026-02-28" });
  });

  it("rejects bad periods with a message on the field", () => {
    const now = new Date("2026-11-30T00:00:00Z");
    expect(parsePeriod({ kind: "custom", from: "2026-02-30", to: "2026-03-01" }, now)).toMatchObject({ ok: false, field: "from" });
    expect(parsePeriod({ kind: "custom", from: "2026-03-02", to: "2026-03-01" }, now)).toMatchObject({ ok: false, field: "to" });
    expect(parsePeriod({ kind: "year", year: "abc" }, now)).toMatchObject({ ok: false, field: "year" });
    expect(parsePeriod({ kind: "half", year: "2026", half: "2" }, now)).toMatchObject({ ok: true, period: { startKey: "2026-07-01" } });
  });
});

describe("the yearly report, counted by hand", () => {
  it("producers", () => {
    expect(figureValue(report2026, "catalog", "producers.registered")).toBe(3); // b1 (late NYE), b3, the unverified one
    expect(figureValue(report2026, "catalog", "producers.verified")).toBe(3); // b1, b2 (early new year), b3
    expect(figureValue(report2026, "catalog", "producers.verifiedByLegalForm", "ENTERPRISE")).toBe(1);
    expect(figureValue(report2026, "catalog", "producers.verifiedByLegalForm", "HOUSEHOLD")).toBe(1);
    expect(figureValue(report2026, "catalog", "producers.verifiedByLegalForm", "COOPERATIVE")).toBe(1);
    expect(figureValue(report2026, "catalog", "producers.verifiedTotal")).toBe(4);
  });

  it("products and certificates", () => {
    expect(figureValue(report2026, "catalog", "products.created")).toBe(3);
    expect(figureValue(report2026, "catalog", "products.published")).toBe(3);
    expect(figureValue(report2026, "catalog", "products.publishedByCategory", "Nước mắm và gia vị")).toBe(2);
    expect(figureValue(report2026, "catalog", "products.publishedByCategory", "Bánh và kẹo")).toBe(1);
    expect(figureValue(report2026, "catalog", "products.publishedTotal")).toBe(4);
    expect(figureValue(report2026, "catalog", "certificates.ocopByStars", "4")).toBe(1);
    expect(figureValue(report2026, "catalog", "certificates.ocopByStars", "3")).toBe(1);
    expect(figureValue(report2026, "catalog", "certificates.issuedByKind", "HVNCLC")).toBe(1);
    expect(figureValue(report2026, "catalog", "certificates.expired")).toBe(1);
    expect(figureValue(report2026, "catalog", "certificates.revoked")).toBe(1);
  });

  it("sales points", () => {
    expect(figureValue(report2026, "salesPoints", "salesPoints.applications")).toBe(1);
    expect(figureValue(report2026, "salesPoints", "salesPoints.certified")).toBe(1);
    expect(figureValue(report2026, "salesPoints", "salesPoints.renewed")).toBe(1);
    expect(figureValue(report2026, "salesPoints", "salesPoints.suspended")).toBe(1);
    expect(figureValue(report2026, "salesPoints", "salesPoints.inForce")).toBe(1); // A's renewal; B is suspended
  });

  it("puts the previous year beside each figure, with the change", () => {
    const rows = report2026.sections.find((s) => s.key === "catalog")!.rows;
    expect(rows.find((r) => r.key === "producers.verified")).toMatchObject({ value: 3, previous: 1, change: 2 });
    expect(rows.find((r) => r.key === "certificates.ocopByStars" && r.item === "3")).toMatchObject({ value: 1, previous: 1, change: 0 });
    expect(rows.find((r) => r.key === "products.published")).toMatchObject({ value: 3, previous: 1, change: 2 });
  });

  it("counts only the chosen communes when scoped", () => {
    expect(figureValue(scoped2026, "catalog", "producers.verified")).toBe(2); // b1, b2
    expect(figureValue(scoped2026, "catalog", "products.published")).toBe(2);
    // B's 3★ is outside the scope; A had a 3★ the year before, so the row shows 0 now.
    expect(scoped2026.sections[0]!.rows.find((r) => r.key === "certificates.ocopByStars" && r.item === "3")).toMatchObject({ value: 0, previous: 1 });
    expect(figureValue(scoped2026, "salesPoints", "salesPoints.suspended")).toBe(0);
    expect(figureValue(scoped2026, "salesPoints", "salesPoints.inForce")).toBe(1);
  });
});
