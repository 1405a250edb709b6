// Each money invariant of ADR 0015 is held by the database itself: these tests try every
// forbidden write with raw SQL, bypassing the module, and expect SQLite to refuse it.
import { beforeAll, describe, expect, it } from "vitest";
import { officeActor } from "~/modules/catalog/test-factories";
import { db, dbReady } from "~/utils/db.server";
import { openPaymentForBusiness, settlePayment } from "./payments.server";
import { createRegisteredBusiness, createTripParticipant } from "./test-factories";

let businessId: string;
let registrationId: string;
let participantId: string;
let paymentId: string;
let officerId: string;

const insertPayment = (values: Partial<Record<string, string | number | null>>) => {
  const row = {
    id: `p-${Math.random().toString(36).slice(2)}`,
    businessId,
    registrationId: null,
    participantId,
    amountVnd: 300_000,
    method: "VIETQR",
    status: "CANCELLED",
    reference: `HVT${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    updatedAt: new Date().toISOString(),
    ...values,
  };
  const columns = Object.keys(row);
  return db.$executeRawUnsafe(
    `INSERT INTO "Payment" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    ...Object.values(row),
  );
};

beforeAll(async () => {
  await dbReady;
  const registered = await createRegisteredBusiness(db);
  businessId = registered.business.id;
  registrationId = registered.registration.id;
  participantId = (await createTripParticipant(db, businessId)).participant.id;
  const payment = await openPaymentForBusiness(db, { actor: registered.actor, businessId, payable: registered.payable });
  paymentId = payment.id;
  officerId = (await officeActor(db)).userId;
  await db.$transaction((tx) =>
    settlePayment(tx, { paymentId, actorId: officerId, method: "CASH", amountVnd: payment.amountVnd, paidAt: new Date() }),
  );
});

describe("Payment rows", () => {
  it("accept a well-formed row (the baseline the other tests break)", async () => {
    await expect(insertPayment({})).resolves.toBe(1);
  });

  it("pay exactly one payable", async () => {
    await expect(insertPayment({ registrationId, participantId })).rejects.toThrow(/CHECK/i);
    await expect(insertPayment({ registrationId: null, participantId: null })).rejects.toThrow(/CHECK/i);
  });

  it("hold whole, non-negative đồng", async () => {
    await expect(insertPayment({ amountVnd: -1 })).rejects.toThrow(/CHECK/i);
    await expect(insertPayment({ amountVnd: 1.5 })).rejects.toThrow(/CHECK/i);
    await expect(insertPayment({ amountVnd: "một trăm" })).rejects.toThrow(/CHECK/i);
  });

  it("take only the enum values for method and status", async () => {
    await expect(insertPayment({ method: "BITCOIN" })).rejects.toThrow(/CHECK/i);
    await expect(insertPayment({ status: "ALMOST_PAID" })).rejects.toThrow(/CHECK/i);
    await expect(db.$executeRawUnsafe(`UPDATE "Payment" SET "status" = 'paid' WHERE "id" = ?`, paymentId)).rejects.toThrow(/CHECK/i);
  });

  it("carry an upper-case A–Z0–9 transfer note", async () => {
    await expect(insertPayment({ reference: "hv-abc123" })).rejects.toThrow(/CHECK/i);
  });

  it("allow at most one PENDING, PAID or WAIVED payment per payable", async () => {
    // the fair registration is PAID already
    await expect(insertPayment({ registrationId, participantId: null, status: "PENDING" })).rejects.toThrow(/UNIQUE/i);
    await expect(insertPayment({ registrationId, participantId: null, status: "WAIVED", method: "WAIVER" })).rejects.toThrow(/UNIQUE/i);
    await expect(insertPayment({ status: "PENDING" })).resolves.toBe(1);
    await expect(insertPayment({ status: "PAID" })).rejects.toThrow(/UNIQUE/i);
  });

  it("survive deleting their business, registration or participant (RESTRICT)", async () => {
    await expect(db.$executeRawUnsafe(`DELETE FROM "FairRegistration" WHERE "id" = ?`, registrationId)).rejects.toThrow(/FOREIGN KEY|registration has payments/i);
    await expect(db.$executeRawUnsafe(`DELETE FROM "TripParticipant" WHERE "id" = ?`, participantId)).rejects.toThrow(/FOREIGN KEY/i);
    await expect(db.$executeRawUnsafe(`DELETE FROM "Business" WHERE "id" = ?`, businessId)).rejects.toThrow(/FOREIGN KEY/i);
    expect(await db.payment.count({ where: { id: paymentId } })).toBe(1);
  });

  it("never share a receipt number within a year", async () => {
    const paid = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    await expect(insertPayment({ receiptYear: paid.receiptYear, receiptNo: paid.receiptNo })).rejects.toThrow(/UNIQUE/i);
    await expect(insertPayment({ receiptYear: 2026, receiptNo: null })).rejects.toThrow(/CHECK/i);
  });
});

describe("payment history", () => {
  it("is append-only: UPDATE and DELETE are refused", async () => {
    const event = await db.paymentEvent.findFirstOrThrow({ where: { paymentId } });
    await expect(db.$executeRawUnsafe(`UPDATE "PaymentEvent" SET "kind" = 'edited' WHERE "id" = ?`, event.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "PaymentEvent" WHERE "id" = ?`, event.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "Payment" WHERE "id" = ?`, paymentId)).rejects.toThrow(/FOREIGN KEY/i);
  });
});

describe("receipt counter", () => {
  it("moves forward by one only and is never deleted", async () => {
    const year = (await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).receiptYear!;
    await expect(db.$executeRawUnsafe(`UPDATE "ReceiptCounter" SET "lastNo" = "lastNo" - 1 WHERE "year" = ?`, year)).rejects.toThrow(/forward/);
    await expect(db.$executeRawUnsafe(`UPDATE "ReceiptCounter" SET "lastNo" = "lastNo" + 5 WHERE "year" = ?`, year)).rejects.toThrow(/forward/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "ReceiptCounter" WHERE "year" = ?`, year)).rejects.toThrow(/kept/);
  });
});

describe("Stripe events", () => {
  it("are keyed by event.id and never deleted", async () => {
    await db.$executeRawUnsafe(`INSERT INTO "StripeEvent" ("id", "type") VALUES ('evt_1', 'checkout.session.completed')`);
    await expect(db.$executeRawUnsafe(`INSERT INTO "StripeEvent" ("id", "type") VALUES ('evt_1', 'checkout.session.completed')`)).rejects.toThrow(/UNIQUE|PRIMARY/i);
    await expect(db.$executeRawUnsafe(`DELETE FROM "StripeEvent" WHERE "id" = 'evt_1'`)).rejects.toThrow(/kept/);
  });
});

describe("bank statement lines", () => {
  it("are unique per (account, bank reference) and link to at most one payment", async () => {
    const statement = await db.bankStatement.create({ data: { accountNumber: "1", fileSha256: "x", importedById: officerId, lineCount: 2, newLineCount: 2 } });
    const insertLine = (id: string, ref: string, payment: string | null) =>
      db.$executeRawUnsafe(
        `INSERT INTO "BankStatementLine" ("id", "statementId", "accountNumber", "bankReference", "bookedAt", "amountVnd", "description", "paymentId") VALUES (?, ?, '1', ?, ?, 1500000, 'x', ?)`,
        id, statement.id, ref, new Date().toISOString(), payment,
      );
    await expect(insertLine("l1", "FT1", paymentId)).resolves.toBe(1);
    await expect(insertLine("l2", "FT1", null)).rejects.toThrow(/UNIQUE/i);
    await expect(insertLine("l3", "FT2", paymentId)).rejects.toThrow(/UNIQUE/i);
    await expect(
      db.$executeRawUnsafe(`INSERT INTO "BankStatementLine" ("id", "statementId", "accountNumber", "bankReference", "bookedAt", "amountVnd", "description") VALUES ('l4', ?, '1', 'FT4', ?, 1.5, 'x')`, statement.id, new Date().toISOString()),
    ).rejects.toThrow(/CHECK/i);
  });
});

describe("fee waivers", () => {
  it("name exactly one payable, a real household status, and at most one open per payable", async () => {
    const insert = (id: string, values: Record<string, string | number | null>) => {
      const row = { id, businessId, registrationId: null, participantId, householdStatus: "POOR", certificateNumber: "12/GXN", certificateYear: 2026, status: "REQUESTED", requestedById: officerId, ...values };
      const cols = Object.keys(row);
      return db.$executeRawUnsafe(`INSERT INTO "FeeWaiver" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`, ...Object.values(row));
    };
    await expect(insert("w1", {})).resolves.toBe(1);
    await expect(insert("w2", {})).rejects.toThrow(/UNIQUE/i);
    await expect(insert("w3", { registrationId, participantId })).rejects.toThrow(/CHECK/i);
    await expect(insert("w4", { householdStatus: "NONE", registrationId, participantId: null })).rejects.toThrow(/CHECK/i);
    await expect(insert("w5", { status: "MAYBE", registrationId, participantId: null })).rejects.toThrow(/CHECK/i);
  });
});
