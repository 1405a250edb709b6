// The fairs-and-fees and consumer-protection sections on a small hand-built dataset, counted by
// hand: only fairs actually held, approved exhibitors, fees paid and waived (counts and amounts
// only), complaints answered within the business's deadline, and the median days to answer.
import { beforeAll, describe, expect, it } from "vitest";
import { seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { yearPeriod } from "./period";
import { buildReport, figureValue, type Report } from "./report.server";

const DAY = 86_400_000;
const MID_2026 = new Date("2026-06-15T03:00:00Z");
const MID_2025 = new Date("2025-06-15T03:00:00Z");
let report: Report;
let scopedElsewhere: Report;

beforeAll(async () => {
  const { communes } = await seedPlacesAndCategories(db);
  const a = communes.thangBinh;
  const business = (slug: string) => db.business.create({ data: { slug, name: slug, legalForm: "HOUSEHOLD", status: "VERIFIED", provinceCode: "48", communeCode: a, verifiedAt: MID_2025 } });
  const b1 = await business("co-so-1");
  const b2 = await business("co-so-2");
  let n = 0;
  const fair = (startsAt: Date, status: "FINISHED" | "CANCELLED") =>
    db.fair.create({
      data: {
        slug: `hoi-cho-${n++}`,
        name: "Hội chợ",
        venue: "Nhà văn hóa",
        provinceCode: "48",
        communeCode: a,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * DAY),
        registrationOpensAt: new Date(startsAt.getTime() - 30 * DAY),
        registrationClosesAt: new Date(startsAt.getTime() - DAY),
        status,
        boothTypes: { create: { name: "Gian 3×3 m", widthM: 3, depthM: 3, feeVnd: 1_500_000 } },
      },
      include: { boothTypes: true },
    });
  const held = await fair(MID_2026, "FINISHED");
  const lastYear = await fair(MID_2025, "FINISHED");
  const cancelled = await fair(new Date(MID_2026.getTime() + 30 * DAY), "CANCELLED");
  const booth = await db.booth.create({ data: { fairId: held.id, boothTypeId: held.boothTypes[0]!.id, code: "A01", x: 0, y: 0 } });
  const register = (f: typeof held, businessId: string, data: object) =>
    db.fairRegistration.create({ data: { fairId: f.id, boothTypeId: f.boothTypes[0]!.id, businessId, feeVnd: 1_500_000, ...data } });
  const r1 = await register(held, b1.id, { status: "APPROVED", boothId: booth.id, checkedInAt: MID_2026, visitors: 120, salesVnd: 5_000_000n });
  const r2 = await register(held, b2.id, { status: "CANCELLED" });
  await register(lastYear, b1.id, { status: "APPROVED", visitors: 50 });
  await register(cancelled, b2.id, { status: "APPROVED", visitors: 999 });
  await db.payment.create({ data: { businessId: b1.id, registrationId: r1.id, amountVnd: 1_500_000, method: "VIETQR", status: "PAID", reference: "HVPAID01", paidAt: MID_2026, receiptYear: 2026, receiptNo: 1 } });
  await db.payment.create({ data: { businessId: b2.id, registrationId: r2.id, amountVnd: 1_500_000, method: "WAIVER", status: "WAIVED", reference: "MGWAIVED1" } });

  const complaint = (code: string, receivedAt: Date, data: object) =>
    db.complaint.create({ data: { code, pinHash: "!", remedy: "REFUND", subject: "Hàng lỗi", description: "Mô tả", businessId: b1.id, communeCode: a, receivedAt, ...data } });
  const forwarded = new Date(MID_2026.getTime() + 2 * DAY);
  const due = new Date(forwarded.getTime() + 9 * DAY);
  await complaint("KN-AAAA-0001", MID_2026, {
    vulnerable: true,
    status: "CLOSED",
    forwardedAt: forwarded,
    businessDueAt: due,
    firstAnsweredAt: new Date(forwarded.getTime() + 2 * DAY), // in time, 2 days
    outcome: "RESOLVED_WITH_RELIEF",
    closedAt: new Date(forwarded.getTime() + 5 * DAY),
  });
  await complaint("KN-AAAA-0002", MID_2026, {
    status: "ESCALATED",
    forwardedAt: forwarded,
    businessDueAt: due,
    firstAnsweredAt: new Date(forwarded.getTime() + 12 * DAY), // late, 12 days
    escalatedAt: new Date(forwarded.getTime() + 13 * DAY),
  });
  await complaint("KN-AAAA-0003", MID_2025, { status: "RECEIVED" });
  await complaint("KN-AAAA-0004", MID_2026, { status: "RECEIVED" });

  report = await buildReport(db, { period: yearPeriod(2026), communeCodes: null });
  scopedElsewhere = await buildReport(db, { period: yearPeriod(2026), communeCodes: [communes.thangAn] });
});

describe("fairs and fees section", () => {
  it("counts fairs held, approved exhibitors, booths, check-ins, visitors and sales", () => {
    expect(figureValue(report, "events", "events.fairsHeld")).toBe(1); // the cancelled one is not held
    expect(figureValue(report, "events", "events.exhibitors")).toBe(1);
    expect(figureValue(report, "events", "events.booths")).toBe(1);
    expect(figureValue(report, "events", "events.checkedIn")).toBe(1);
    expect(figureValue(report, "events", "events.visitors")).toBe(120);
    expect(figureValue(report, "events", "events.reportedSales")).toBe(5_000_000);
    expect(report.sections.find((s) => s.key === "events")!.rows.find((r) => r.key === "events.visitors")).toMatchObject({ previous: 50, change: 70 });
  });

  it("counts fees paid and waived as counts and amounts only", () => {
    expect(figureValue(report, "events", "fees.paidCount")).toBe(1);
    expect(figureValue(report, "events", "fees.paidAmount")).toBe(1_500_000);
    expect(figureValue(report, "events", "fees.waivedCount")).toBe(1);
    expect(figureValue(report, "events", "fees.waivedAmount")).toBe(1_500_000);
  });

  it("scopes fairs by the fair's commune", () => {
    expect(figureValue(scopedElsewhere, "events", "events.fairsHeld")).toBe(0);
    expect(figureValue(scopedElsewhere, "events", "events.visitors")).toBe(0);
  });
});

describe("consumer protection section", () => {
  it("counts received, vulnerable, forwarded, answered in time, escalated, resolved and the median days", () => {
    expect(figureValue(report, "complaints", "complaints.received")).toBe(3);
    expect(figureValue(report, "complaints", "complaints.vulnerable")).toBe(1);
    expect(figureValue(report, "complaints", "complaints.forwarded")).toBe(2);
    expect(figureValue(report, "complaints", "complaints.answeredInTime")).toBe(1);
    expect(figureValue(report, "complaints", "complaints.escalated")).toBe(1);
    expect(figureValue(report, "complaints", "complaints.resolved")).toBe(1);
    expect(figureValue(report, "complaints", "complaints.medianDaysToAnswer")).toBe(7); // (2 + 12) / 2
    expect(report.sections.find((s) => s.key === "complaints")!.rows.find((r) => r.key === "complaints.received")).toMatchObject({ previous: 1 });
  });

  it("scopes complaints by commune", () => {
    expect(figureValue(scopedElsewhere, "complaints", "complaints.received")).toBe(0);
  });
});
