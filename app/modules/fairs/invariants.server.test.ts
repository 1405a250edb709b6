// What the database itself guards for fairs (migration 20261130120000_fairs): each forbidden
// write is tried directly in SQL, bypassing the module, and must fail.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { createOpenFair } from "./test-factories";

let n = 0;
const insert = (r: { fairId: string; businessId: string; boothTypeId: string; boothId: string | null; status: string; feeVnd?: number }) =>
  db.$executeRawUnsafe(
    `INSERT INTO FairRegistration (id, fairId, businessId, boothTypeId, boothId, status, feeVnd, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)`,
    `raw-${++n}-${Date.now()}`,
    r.fairId,
    r.businessId,
    r.boothTypeId,
    r.boothId,
    r.status,
    r.feeVnd ?? 0,
  );

beforeAll(async () => {
  await seedPlacesAndCategories(db);
});

describe("fair registration invariants in the database", () => {
  it("a booth is held by at most one active registration", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 2 });
    const a = await createBusinessWithOwner(db);
    const b = await createBusinessWithOwner(db);
    await insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: booths[0]!.id, status: "PENDING" });
    await expect(insert({ fairId: fair.id, businessId: b.business.id, boothTypeId: type.id, boothId: booths[0]!.id, status: "APPROVED" })).rejects.toThrow(/UNIQUE/i);
    // a cancelled registration may keep pointing at the booth: only active ones count
    await expect(insert({ fairId: fair.id, businessId: b.business.id, boothTypeId: type.id, boothId: booths[0]!.id, status: "CANCELLED" })).resolves.toBe(1);
    const index = await db.$queryRawUnsafe<{ sql: string }[]>(`SELECT sql FROM sqlite_master WHERE name = 'FairRegistration_active_booth_key'`);
    expect(index[0]!.sql).toMatch(/WHERE "boothId" IS NOT NULL AND "status" IN \('PENDING', 'APPROVED'\)/);
  });

  it("a business has at most one active registration per fair, but may register again after cancelling", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 3 });
    const a = await createBusinessWithOwner(db);
    await insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: booths[0]!.id, status: "CANCELLED" });
    await insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: booths[1]!.id, status: "PENDING" });
    await expect(insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: null, status: "WAITLISTED" })).rejects.toThrow(/UNIQUE/i);
    await expect(insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: booths[2]!.id, status: "APPROVED" })).rejects.toThrow(/UNIQUE/i);
  });

  it("a booth belongs to the fair of the registration that holds it", async () => {
    const one = await createOpenFair(db, { booths: 1 });
    const other = await createOpenFair(db, { booths: 1 });
    const a = await createBusinessWithOwner(db);
    await expect(insert({ fairId: one.fair.id, businessId: a.business.id, boothTypeId: one.type.id, boothId: other.booths[0]!.id, status: "PENDING" })).rejects.toThrow(/another fair/);
    await insert({ fairId: one.fair.id, businessId: a.business.id, boothTypeId: one.type.id, boothId: one.booths[0]!.id, status: "PENDING" });
    await expect(
      db.$executeRawUnsafe(`UPDATE FairRegistration SET boothId = ? WHERE businessId = ? AND fairId = ?`, other.booths[0]!.id, a.business.id, one.fair.id),
    ).rejects.toThrow(/another fair/);
    await expect(db.$executeRawUnsafe(`UPDATE Booth SET fairId = ? WHERE id = ?`, other.fair.id, one.booths[0]!.id)).rejects.toThrow(/another fair/);
  });

  it("a waitlisted registration holds no booth", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 1 });
    const a = await createBusinessWithOwner(db);
    await expect(insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: booths[0]!.id, status: "WAITLISTED" })).rejects.toThrow(/CHECK/i);
  });

  it("fees and results are never negative; sales above 2.1 billion đồng fit", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 1 });
    const a = await createBusinessWithOwner(db);
    await expect(insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: null, status: "WAITLISTED", feeVnd: -1 })).rejects.toThrow(/CHECK/i);
    await expect(db.$executeRawUnsafe(`UPDATE BoothType SET feeVnd = -5 WHERE id = ?`, type.id)).rejects.toThrow(/CHECK/i);
    await insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: null, status: "WAITLISTED" });
    await expect(db.$executeRawUnsafe(`UPDATE FairRegistration SET salesVnd = -1 WHERE businessId = ?`, a.business.id)).rejects.toThrow(/CHECK/i);
    await db.$executeRawUnsafe(`UPDATE FairRegistration SET salesVnd = 5000000000 WHERE businessId = ?`, a.business.id);
    const row = await db.fairRegistration.findFirstOrThrow({ where: { businessId: a.business.id } });
    expect(row.salesVnd).toBe(5_000_000_000n);
  });

  it("deleting a held booth or a fair with registrations is refused; a registration with payments cannot be deleted", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 1 });
    const a = await createBusinessWithOwner(db);
    await insert({ fairId: fair.id, businessId: a.business.id, boothTypeId: type.id, boothId: booths[0]!.id, status: "APPROVED" });
    await expect(db.$executeRawUnsafe(`DELETE FROM Booth WHERE id = ?`, booths[0]!.id)).rejects.toThrow(/FOREIGN KEY/i);
    await expect(db.$executeRawUnsafe(`DELETE FROM Fair WHERE id = ?`, fair.id)).rejects.toThrow(/FOREIGN KEY/i);
    const registration = await db.fairRegistration.findFirstOrThrow({ where: { fairId: fair.id } });
    await db.payment.create({ data: { businessId: a.business.id, registrationId: registration.id, amountVnd: 0, method: "CASH", status: "PAID", reference: `T${Date.now()}` } });
    await expect(db.$executeRawUnsafe(`DELETE FROM FairRegistration WHERE id = ?`, registration.id)).rejects.toThrow(/payments/);
    expect(await db.fairRegistration.count({ where: { fairId: fair.id } })).toBe(1);
    expect(await db.booth.count({ where: { fairId: fair.id } })).toBe(1);
  });
});
