// Allocation, waitlist, holds and decisions on a real SQLite database.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { Conflict, Invalid } from "~/modules/errors";
import { db } from "~/utils/db.server";
import { checkInBoard, checkInExhibitor } from "./check-in.server";
import { businessFairsOverview } from "./public.server";
import { cancelFair } from "./fairs.server";
import { markRegistrationPaid, registrationFeeState, registrationFeeStates } from "./fees.server";
import {
  approveRegistration,
  cancelRegistration,
  expireHolds,
  moveRegistration,
  promoteRegistration,
  registerForFair,
  rejectRegistration,
  reportResults,
  waitlistPosition,
} from "./registrations.server";
import { createOpenFair } from "./test-factories";

const HOUR = 3_600_000;
const fields = (boothTypeId: string, extra: Partial<{ boothId: string; waiverRequested: boolean; productIds: string[] }> = {}) => ({
  boothTypeId,
  productIds: [],
  waiverRequested: false,
  note: undefined,
  ...extra,
});

beforeAll(async () => {
  await seedPlacesAndCategories(db);
});

async function register(fairId: string, boothTypeId: string, extra: Parameters<typeof fields>[1] = {}, status: "VERIFIED" | "PENDING" = "VERIFIED") {
  const owner = await createBusinessWithOwner(db, { status });
  const outcome = await registerForFair(db, { actor: owner.actor, businessId: owner.business.id, fairId, fields: fields(boothTypeId, extra) });
  return { ...owner, outcome };
}

const emailsTo = async (to: string) =>
  (await db.outboxMessage.findMany({ where: { topic: "email" } })).map((m) => JSON.parse(m.payload) as { to: string; subject: string; text: string }).filter((m) => m.to === to);

describe("allocation", () => {
  it("50 parallel registrations for 10 booths never give a booth twice; 40 are waitlisted in order", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 10 });
    const owners = await Promise.all(Array.from({ length: 50 }, () => createBusinessWithOwner(db)));
    const outcomes = await Promise.all(
      owners.map((o) => registerForFair(db, { actor: o.actor, businessId: o.business.id, fairId: fair.id, fields: fields(type.id) })),
    );
    const held = outcomes.filter((o) => o.status === "PENDING");
    expect(held).toHaveLength(10);
    expect(new Set(held.map((o) => o.boothCode)).size).toBe(10);
    const waitlisted = outcomes.filter((o) => o.status === "WAITLISTED");
    expect(waitlisted.map((o) => o.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const active = await db.fairRegistration.groupBy({ by: ["boothId"], where: { fairId: fair.id, status: { in: ["PENDING", "APPROVED"] } }, _count: true });
    expect(active.every((g) => g._count === 1)).toBe(true);
  });

  it("the same business twice in one burst (one group commit) gets one registration and one Conflict, the others are unaffected", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 5 });
    const twice = await createBusinessWithOwner(db);
    const others = await Promise.all([1, 2, 3].map(() => createBusinessWithOwner(db)));
    const results = await Promise.allSettled(
      [twice, twice, ...others].map((o) => registerForFair(db, { actor: o.actor, businessId: o.business.id, fairId: fair.id, fields: fields(type.id) })),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(Conflict);
    expect(refused[0]!.reason).toMatchObject({ message: "fairs.errors.alreadyRegistered" });
    const rows = await db.fairRegistration.findMany({ where: { fairId: fair.id }, include: { booth: true } });
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.booth!.code)).size).toBe(4);
    // rows written by the batch's raw SQL read back through Prisma like any other: dates, audit, e-mails
    expect(rows.every((r) => r.status === "PENDING" && r.holdExpiresAt! > r.createdAt)).toBe(true);
    const audits = await db.auditLog.findMany({ where: { entityId: { in: rows.map((r) => r.id) }, action: "fair.register" } });
    expect(audits).toHaveLength(4);
    const due = await db.outboxMessage.findMany({ where: { topic: "email", status: "PENDING", availableAt: { lte: new Date() }, createdAt: { lte: new Date() } } });
    expect(due.map((m) => (JSON.parse(m.payload) as { to: string }).to)).toEqual(expect.arrayContaining([twice.business.email!.toLowerCase()]));
  });

  it("a requested booth that is taken gives the next free one and says so; a full type waitlists", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 3 });
    const first = await register(fair.id, type.id, { boothId: booths[2]!.id });
    expect(first.outcome).toMatchObject({ status: "PENDING", boothCode: "A03", requestedBoothTaken: false });
    const second = await register(fair.id, type.id, { boothId: booths[2]!.id });
    expect(second.outcome).toMatchObject({ status: "PENDING", boothCode: "A01", requestedBoothTaken: true });
    await register(fair.id, type.id);
    const fourth = await register(fair.id, type.id, { boothId: booths[2]!.id });
    expect(fourth.outcome).toMatchObject({ status: "WAITLISTED", boothCode: null, requestedBoothTaken: true, position: 1 });
    expect((await emailsTo(fourth.business.email!))[0]!.subject).toMatch(/danh sách chờ/);
  });

  it("refuses, with a clear error, outside the window, for an unpublished fair, for an unverified business, and twice", async () => {
    const now = new Date();
    const closed = await createOpenFair(db, { registrationClosesAt: new Date(now.getTime() - HOUR) } as never);
    await expect(register(closed.fair.id, closed.type.id)).rejects.toMatchObject({ message: "fairs.errors.windowClosed" });
    const early = await createOpenFair(db, { registrationOpensAt: new Date(now.getTime() + HOUR) } as never);
    await expect(register(early.fair.id, early.type.id)).rejects.toMatchObject({ message: "fairs.errors.windowNotOpen" });
    const draft = await createOpenFair(db, { status: "DRAFT" });
    await expect(register(draft.fair.id, draft.type.id)).rejects.toMatchObject({ code: "not_found" });
    const closedStatus = await createOpenFair(db, { status: "CLOSED" });
    await expect(register(closedStatus.fair.id, closedStatus.type.id)).rejects.toMatchObject({ message: "fairs.errors.notOpen" });
    const open = await createOpenFair(db);
    await expect(register(open.fair.id, open.type.id, {}, "PENDING")).rejects.toBeInstanceOf(Invalid);
    await expect(register(open.fair.id, open.type.id, {}, "PENDING")).rejects.toMatchObject({ message: "fairs.errors.notVerified" });
    const once = await register(open.fair.id, open.type.id);
    await expect(
      registerForFair(db, { actor: once.actor, businessId: once.business.id, fairId: open.fair.id, fields: fields(open.type.id) }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it("only the business's approved products may be exhibited", async () => {
    const { fair, type } = await createOpenFair(db);
    const owner = await createBusinessWithOwner(db);
    const other = await createBusinessWithOwner(db);
    const mine = await db.product.create({ data: { slug: `sp-${Date.now()}`, businessId: owner.business.id, name: "Nước mắm", status: "APPROVED" } });
    const theirs = await db.product.create({ data: { slug: `sp-${Date.now()}-x`, businessId: other.business.id, name: "Bánh", status: "APPROVED" } });
    await expect(
      registerForFair(db, { actor: owner.actor, businessId: owner.business.id, fairId: fair.id, fields: fields(type.id, { productIds: [theirs.id] }) }),
    ).rejects.toMatchObject({ fieldErrors: { productIds: ["fairs.errors.products"] } });
    const ok = await registerForFair(db, { actor: owner.actor, businessId: owner.business.id, fairId: fair.id, fields: fields(type.id, { productIds: [mine.id] }) });
    expect(await db.fairExhibit.count({ where: { registrationId: ok.registrationId } })).toBe(1);
  });
});

describe("release and the waitlist", () => {
  it("cancelling releases the booth at once and the first waitlisted of that type gets it; the business can register again", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 1 });
    const holder = await register(fair.id, type.id);
    const waiting = await register(fair.id, type.id);
    const later = await register(fair.id, type.id);
    expect(later.outcome.position).toBe(2);
    await cancelRegistration(db, { actor: holder.actor, businessId: holder.business.id, registrationId: holder.outcome.registrationId });
    const promoted = await db.fairRegistration.findUniqueOrThrow({ where: { id: waiting.outcome.registrationId }, include: { booth: true } });
    expect(promoted).toMatchObject({ status: "PENDING", booth: { code: "A01" } });
    expect(promoted.holdExpiresAt).not.toBeNull();
    const stillWaiting = await db.fairRegistration.findUniqueOrThrow({ where: { id: later.outcome.registrationId } });
    expect(await waitlistPosition(db, stillWaiting)).toBe(1);
    expect((await emailsTo(waiting.business.email!)).some((m) => m.subject.includes("Có gian hàng"))).toBe(true);
    const again = await registerForFair(db, { actor: holder.actor, businessId: holder.business.id, fairId: fair.id, fields: fields(type.id) });
    expect(again.status).toBe("WAITLISTED");
  });

  it("an unpaid hold expires: the booth is released, the business e-mailed, the waitlist promoted; a paid hold stays", async () => {
    const now = new Date();
    const { fair, type } = await createOpenFair(db, { booths: 2, holdHours: 24 });
    const unpaid = await register(fair.id, type.id);
    const paid = await register(fair.id, type.id);
    const waiting = await register(fair.id, type.id);
    const office = await officeActor(db);
    await markRegistrationPaid(db, { actor: office, fairId: fair.id, registrationId: paid.outcome.registrationId });
    expect(await expireHolds(db, new Date(now.getTime() + 23 * HOUR))).toEqual({ expired: 0, promoted: 0 });
    expect(await expireHolds(db, new Date(now.getTime() + 25 * HOUR))).toEqual({ expired: 1, promoted: 1 });
    expect(await db.fairRegistration.findUniqueOrThrow({ where: { id: unpaid.outcome.registrationId } })).toMatchObject({ status: "CANCELLED", boothId: null });
    expect(await db.fairRegistration.findUniqueOrThrow({ where: { id: paid.outcome.registrationId } })).toMatchObject({ status: "PENDING" });
    expect(await db.fairRegistration.findUniqueOrThrow({ where: { id: waiting.outcome.registrationId }, include: { booth: true } })).toMatchObject({
      status: "PENDING",
      booth: { code: "A01" },
    });
    expect((await emailsTo(unpaid.business.email!)).some((m) => m.subject.includes("Hết hạn giữ gian"))).toBe(true);
  });

  it("a waived fee has no expiring hold, and the fee status reads the Payment rows", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 2 });
    const waiver = await register(fair.id, type.id, { waiverRequested: true });
    const row = await db.fairRegistration.findUniqueOrThrow({ where: { id: waiver.outcome.registrationId }, include: { payments: true } });
    expect(row.holdExpiresAt).toBeNull();
    // before approval the fee is not due yet; the payments module's rule decides (feeStateOf)
    expect(registrationFeeState(row, false)).toBe("not_due");
    expect(registrationFeeState({ ...row, status: "APPROVED" }, false)).toBe("due");
    expect(registrationFeeState({ ...row, status: "APPROVED" }, true)).toBe("waiver_requested");
    const paid = (status: string) => ({ id: "r", status: "APPROVED", feeVnd: 10, payments: [{ id: "p1", status: "REFUNDED" }, { id: "p2", status }] });
    expect(registrationFeeState(paid("WAIVED"), false)).toBe("waived");
    expect(registrationFeeState(paid("PAID"), true)).toBe("paid");
    expect(registrationFeeState(paid("PENDING"), false)).toBe("pending");
    expect(registrationFeeState({ id: "r", status: "APPROVED", feeVnd: 0, payments: [] }, false)).toBe("no_fee");
    // a REQUESTED FeeWaiver row is what "waiver requested" reads from
    await db.feeWaiver.create({
      data: { businessId: waiver.business.id, registrationId: row.id, householdStatus: "POOR", certificateNumber: "GCN-1", certificateYear: 2026, requestedById: waiver.actor.userId },
    });
    const states = await registrationFeeStates(db, [{ ...row, status: "APPROVED" }]);
    expect(states.get(row.id)).toBe("waiver_requested");
  });
});

describe("office decisions and check-in", () => {
  it("approve gives a pass code; check-in works once, the second says already; reject and move release booths", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 3 });
    const office = await officeActor(db);
    const a = await register(fair.id, type.id);
    const b = await register(fair.id, type.id);
    await approveRegistration(db, { actor: office, fairId: fair.id, registrationId: a.outcome.registrationId });
    const approved = await db.fairRegistration.findUniqueOrThrow({ where: { id: a.outcome.registrationId } });
    expect(approved.passCode).toMatch(/^[0-9A-Z]{20}$/);
    expect((await emailsTo(a.business.email!)).some((m) => m.text.includes(approved.passCode!))).toBe(true);

    const first = await checkInExhibitor(db, { actor: office, fairId: fair.id, code: approved.passCode!.toLowerCase() });
    expect(first).toMatchObject({ state: "checkedIn", target: { place: "A01" } });
    const second = await checkInExhibitor(db, { actor: office, fairId: fair.id, code: approved.passCode! });
    expect(second.state).toBe("already");
    expect(await checkInExhibitor(db, { actor: office, fairId: fair.id, code: "0000000000000000000A" })).toEqual({ state: "unknown" });
    expect(await checkInBoard(db, { actor: office, fairId: fair.id })).toMatchObject({ expected: 1, checkedIn: 1, noShows: [] });

    await expect(moveRegistration(db, { actor: office, fairId: fair.id, registrationId: b.outcome.registrationId, boothId: booths[0]!.id })).rejects.toMatchObject({
      message: "fairs.errors.boothTaken",
    });
    await moveRegistration(db, { actor: office, fairId: fair.id, registrationId: b.outcome.registrationId, boothId: booths[2]!.id });
    expect(await db.fairRegistration.findUniqueOrThrow({ where: { id: b.outcome.registrationId }, include: { booth: true } })).toMatchObject({ booth: { code: "A03" } });
    await rejectRegistration(db, { actor: office, fairId: fair.id, registrationId: b.outcome.registrationId, reason: "Hồ sơ chưa đủ" });
    expect((await emailsTo(b.business.email!)).some((m) => m.text.includes("Hồ sơ chưa đủ"))).toBe(true);
    const audits = await db.auditLog.findMany({ where: { entityId: { in: [a.outcome.registrationId, b.outcome.registrationId] } } });
    expect(audits.map((x) => x.action)).toEqual(expect.arrayContaining(["fair.approve", "fair.move", "fair.reject"]));
  });

  it("the office promotes from the waitlist when a booth is free", async () => {
    const { fair, type, booths } = await createOpenFair(db, { booths: 1 });
    const office = await officeActor(db);
    await register(fair.id, type.id);
    const waiting = await register(fair.id, type.id);
    await expect(promoteRegistration(db, { actor: office, fairId: fair.id, registrationId: waiting.outcome.registrationId })).rejects.toMatchObject({
      message: "fairs.errors.noFreeBooth",
    });
    await db.booth.create({ data: { fairId: fair.id, boothTypeId: type.id, code: "A02", x: 3, y: 2 } });
    await promoteRegistration(db, { actor: office, fairId: fair.id, registrationId: waiting.outcome.registrationId });
    expect(await db.fairRegistration.findUniqueOrThrow({ where: { id: waiting.outcome.registrationId } })).toMatchObject({ status: "PENDING" });
    expect(booths).toHaveLength(1);
  });

  it("cancelling a fair notifies every registrant with the reason and cancels their registrations", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 1 });
    const office = await officeActor(db);
    const a = await register(fair.id, type.id);
    const b = await register(fair.id, type.id);
    const result = await cancelFair(db, { actor: office, fairId: fair.id, reason: "Bão số 9" });
    expect(result.notified).toBe(2);
    for (const owner of [a, b]) {
      const mails = await emailsTo(owner.business.email!);
      expect(mails.some((m) => m.subject.includes("Hội chợ bị hủy") && m.text.includes("Bão số 9"))).toBe(true);
    }
    expect(await db.fairRegistration.count({ where: { fairId: fair.id, status: "CANCELLED" } })).toBe(2);
  });

  it("results above 2.1 billion đồng are stored for approved exhibitors after the start", async () => {
    const now = new Date();
    const { fair, type } = await createOpenFair(db, { booths: 1 });
    const office = await officeActor(db);
    const a = await register(fair.id, type.id);
    const report = { registrationId: a.outcome.registrationId, salesVnd: 3_500_000_000n, visitors: 1200, contacts: 40, comment: "Tốt" };
    await expect(reportResults(db, { actor: a.actor, businessId: a.business.id, fields: report })).rejects.toMatchObject({ message: "fairs.errors.resultsNotApproved" });
    await approveRegistration(db, { actor: office, fairId: fair.id, registrationId: a.outcome.registrationId });
    await expect(reportResults(db, { actor: a.actor, businessId: a.business.id, fields: report })).rejects.toMatchObject({ message: "fairs.errors.resultsTooEarly" });
    await reportResults(db, { actor: a.actor, businessId: a.business.id, fields: report, now: new Date(now.getTime() + 11 * 24 * HOUR) });
    expect((await db.fairRegistration.findUniqueOrThrow({ where: { id: a.outcome.registrationId } })).salesVnd).toBe(3_500_000_000n);
  });
});

describe("businessFairsOverview (the page every registrant lands on)", () => {
  it("lists the open fairs and the business's registrations with booth, fee state and the same waitlist position as waitlistPosition", async () => {
    const { fair, type } = await createOpenFair(db, { booths: 1 });
    const { fair: draft } = await createOpenFair(db, { status: "DRAFT" });
    const holder = await register(fair.id, type.id, { waiverRequested: true });
    await register(fair.id, type.id);
    const third = await register(fair.id, type.id);

    const held = await businessFairsOverview(db, { businessId: holder.business.id });
    expect(held.open.map((f) => f.id)).toContain(fair.id);
    expect(held.open.map((f) => f.id)).not.toContain(draft.id);
    expect(held.mine).toHaveLength(1);
    expect(held.mine[0]).toMatchObject({ id: holder.outcome.registrationId, status: "PENDING", booth: { code: "A01" }, position: null, feeVnd: type.feeVnd });
    expect(held.mine[0]!.fair).toMatchObject({ name: fair.name, slug: fair.slug, status: "PUBLISHED" });
    expect(held.mine[0]!.fair.registrationClosesAt).toEqual(fair.registrationClosesAt);
    const stored = await db.fairRegistration.findUniqueOrThrow({ where: { id: holder.outcome.registrationId }, include: { payments: { select: { id: true, status: true } } } });
    const waiverPending = (await db.feeWaiver.count({ where: { registrationId: stored.id, status: "REQUESTED" } })) > 0;
    expect(held.mine[0]!.feeStatus).toBe(registrationFeeState(stored, waiverPending));

    const waiting = await businessFairsOverview(db, { businessId: third.business.id });
    const row = await db.fairRegistration.findUniqueOrThrow({ where: { id: third.outcome.registrationId } });
    expect(waiting.mine[0]).toMatchObject({ status: "WAITLISTED", booth: null, position: await waitlistPosition(db, row) });
    expect(waiting.mine[0]!.position).toBe(2);
  });

  it("shows nothing open once the window has closed", async () => {
    const { fair } = await createOpenFair(db);
    const owner = await createBusinessWithOwner(db);
    const later = new Date(fair.registrationClosesAt.getTime() + 1);
    expect((await businessFairsOverview(db, { businessId: owner.business.id, now: later })).open.map((f) => f.id)).not.toContain(fair.id);
  });
});
