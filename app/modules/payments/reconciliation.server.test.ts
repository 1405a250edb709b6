import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { officeActor } from "~/modules/catalog/test-factories";
import type { Actor } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { markPaidByHand, openPaymentForBusiness } from "./payments.server";
import { confirmStatementMatches, importStatement, reconciliationView } from "./reconciliation.server";
import { createRegisteredBusiness, seedOfficeAccount } from "./test-factories";

let officer: Actor;
let otherOfficer: Actor;

beforeAll(async () => {
  await dbReady;
  await seedOfficeAccount(db);
  officer = await officeActor(db);
  otherOfficer = await officeActor(db);
});

const MAPPING = { dateColumn: "Ngày giao dịch", amountColumn: "Số tiền ghi có", descriptionColumn: "Nội dung", referenceColumn: "Số tham chiếu" };

function csv(rows: Array<[string, string, string, string]>) {
  const header = "Sao kê tài khoản 0041000123456\n\nNgày giao dịch,Số tiền ghi có,Nội dung,Số tham chiếu\n";
  return Buffer.from(`\uFEFF${header}${rows.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n")}\n`, "utf8");
}

async function openPayment() {
  const registered = await createRegisteredBusiness(db);
  return openPaymentForBusiness(db, { actor: registered.actor, businessId: registered.business.id, payable: registered.payable });
}

describe("importing a statement", () => {
  it("asks for the column mapping once, then remembers it", async () => {
    const file = csv([["30/11/2026 09:15", "10.000", "test", "FT-MAP-1"]]);
    const first = await importStatement(db, { actor: officer, bytes: file, fileName: "sao-ke.csv", mapping: null });
    expect(first.kind).toBe("needs_mapping");
    if (first.kind === "needs_mapping") {
      expect(first.headers).toEqual(Object.values(MAPPING));
      expect(first.guess).toEqual(MAPPING);
    }
    const mapped = await importStatement(db, { actor: officer, bytes: file, fileName: "sao-ke.csv", mapping: MAPPING });
    expect(mapped).toMatchObject({ kind: "imported", lineCount: 1, newLineCount: 1 });
    const again = await importStatement(db, { actor: officer, bytes: csv([["30/11/2026", "20.000", "x", "FT-MAP-2"]]), fileName: "b.csv", mapping: null });
    expect(again).toMatchObject({ kind: "imported", newLineCount: 1 });
  });

  it("confirms each payment once when the same statement is imported and confirmed twice", async () => {
    const a = await openPayment();
    const b = await openPayment();
    const file = csv([
      ["30/11/2026 10:00", "1.500.000", `MBVCB.88123.${a.reference}.CT tu TRAN VAN HUNG`, "FT-A-1"],
      ["30/11/2026 10:05", "1,500,000", `chuyen tien ${b.reference.toLowerCase()}`, "FT-B-1"],
      ["30/11/2026 10:06", "-22.000", "Phi SMS banking", "FT-FEE"],
    ]);
    const first = await importStatement(db, { actor: officer, bytes: file, fileName: "ngay-30.csv", mapping: null });
    expect(first).toMatchObject({ kind: "imported", lineCount: 2, newLineCount: 2 });
    const view = await reconciliationView(db, { actor: officer });
    const proposed = view.result.proposals.filter((p) => p.paymentId === a.id || p.paymentId === b.id);
    expect(proposed).toHaveLength(2);
    expect(await confirmStatementMatches(db, { actor: officer, lineIds: proposed.map((p) => p.lineId) })).toEqual({ confirmed: 2, skipped: 0 });

    const second = await importStatement(db, { actor: officer, bytes: file, fileName: "ngay-30.csv", mapping: null });
    expect(second).toMatchObject({ kind: "imported", lineCount: 2, newLineCount: 0 });
    expect(await confirmStatementMatches(db, { actor: officer, lineIds: proposed.map((p) => p.lineId) })).toEqual({ confirmed: 0, skipped: 2 });

    for (const payment of [a, b]) {
      const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id }, include: { events: true } });
      expect(row.status).toBe("PAID");
      expect(row.method).toBe("VIETQR");
      expect(row.events.filter((e) => e.kind === "paid")).toHaveLength(1);
      expect(row.receiptNo).not.toBeNull();
    }
  });

  it("reads XLSX exports too", async () => {
    const payment = await openPayment();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sao ke");
    sheet.addRow(["Ngày giao dịch", "Số tiền ghi có", "Nội dung", "Số tham chiếu"]);
    sheet.addRow(["01/12/2026", 1_500_000, `IBFT ${payment.reference}`, "FT-XLSX-1"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const outcome = await importStatement(db, { actor: officer, bytes, fileName: "sao-ke.xlsx", mapping: null });
    expect(outcome).toMatchObject({ kind: "imported", newLineCount: 1 });
    const view = await reconciliationView(db, { actor: officer });
    expect(view.result.proposals.some((p) => p.paymentId === payment.id)).toBe(true);
  });
});

describe("two officers confirming the same payment at the same time", () => {
  it("record it once (statement confirmations)", async () => {
    const payment = await openPayment();
    await importStatement(db, { actor: officer, bytes: csv([["30/11/2026", "1500000", payment.reference, "FT-RACE-1"]]), fileName: "r.csv", mapping: null });
    const line = await db.bankStatementLine.findUniqueOrThrow({ where: { accountNumber_bankReference: { accountNumber: "0041000123456", bankReference: "FT-RACE-1" } } });
    const results = await Promise.all([
      confirmStatementMatches(db, { actor: officer, lineIds: [line.id] }),
      confirmStatementMatches(db, { actor: otherOfficer, lineIds: [line.id] }),
    ]);
    expect(results.map((r) => r.confirmed).sort()).toEqual([0, 1]);
    const events = await db.paymentEvent.count({ where: { paymentId: payment.id, kind: "paid" } });
    expect(events).toBe(1);
  });

  it("record it once (marked paid by hand)", async () => {
    const payment = await openPayment();
    const paidAt = new Date();
    const outcomes = await Promise.all(
      [officer, otherOfficer, officer].map((actor) =>
        markPaidByHand(db, { actor, paymentId: payment.id, method: "VIETQR", amountVnd: payment.amountVnd, paidAt, bankReference: "FT-HAND" }),
      ),
    );
    expect(outcomes.sort()).toEqual(["already", "already", "paid"]);
    expect(await db.paymentEvent.count({ where: { paymentId: payment.id, kind: "paid" } })).toBe(1);
    const receipts = await db.payment.findMany({ where: { receiptNo: { not: null } }, select: { receiptYear: true, receiptNo: true } });
    const year = receipts[0]!.receiptYear;
    const numbers = receipts.filter((r) => r.receiptYear === year).map((r) => r.receiptNo!).sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1)); // gap-free
  });

  it("refuses a hand entry with the wrong amount", async () => {
    const payment = await openPayment();
    await expect(
      markPaidByHand(db, { actor: officer, paymentId: payment.id, method: "CASH", amountVnd: 1_000_000, paidAt: new Date(), bankReference: null }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
  });

  it("keeps businesses out of reconciliation", async () => {
    const registered = await createRegisteredBusiness(db);
    await expect(reconciliationView(db, { actor: registered.actor })).rejects.toMatchObject({ code: "forbidden" });
  });
});
