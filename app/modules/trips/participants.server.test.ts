// Invitations, applications, capacity and the waitlist on a real SQLite database.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import type { Actor } from "~/modules/identity/permissions";
import { db } from "~/utils/db.server";
import {
  acceptInvitation,
  applyToTrip,
  approveParticipant,
  cancelParticipantByOffice,
  declineInvitation,
  inviteBusinesses,
  listInvitationCandidates,
  listParticipants,
  rejectParticipant,
  withdrawParticipation,
} from "./participants.server";
import { createTrip } from "./test-factories";
import { cancelTrip } from "./trips.server";

let office: Actor;
beforeAll(async () => {
  await seedPlacesAndCategories(db);
  office = await officeActor(db);
});

const emailsTo = async (to: string) =>
  (await db.outboxMessage.findMany({ where: { topic: "email" } })).map((m) => JSON.parse(m.payload) as { to: string; subject: string; text: string }).filter((m) => m.to === to);
const approvedCount = (tripId: string) => db.tripParticipant.count({ where: { tripId, status: "APPROVED" } });

async function invited(tripId: string, n: number) {
  const owners = await Promise.all(Array.from({ length: n }, () => createBusinessWithOwner(db)));
  await inviteBusinesses(db, { actor: office, tripId, businessIds: owners.map((o) => o.business.id) });
  const rows = await db.tripParticipant.findMany({ where: { tripId, status: "INVITED" } });
  return owners.map((o) => ({ ...o, participantId: rows.find((r) => r.businessId === o.business.id)!.id }));
}

describe("invitations", () => {
  it("invites by e-mail through the outbox; accepting gives a place with a pass code, declining frees nothing", async () => {
    const { trip } = await createTrip(db);
    const [a, b] = await invited(trip.id, 2);
    expect((await emailsTo(a!.business.email!))[0]!.subject).toMatch(/Thư mời/);
    expect(await acceptInvitation(db, { actor: a!.actor, businessId: a!.business.id, participantId: a!.participantId })).toBe("APPROVED");
    await declineInvitation(db, { actor: b!.actor, businessId: b!.business.id, participantId: b!.participantId });
    const rows = await db.tripParticipant.findMany({ where: { tripId: trip.id }, orderBy: { status: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["APPROVED", "DECLINED"]);
    expect(rows[0]!.passCode).toMatch(/^[0-9A-Z]{20}$/);
    expect((await emailsTo(a!.business.email!)).map((m) => m.text).join()).toContain(rows[0]!.passCode!);
  });

  it("refuses an invitation to an unverified business on a verified-only trip, and sends nothing", async () => {
    const { trip } = await createTrip(db, { verifiedOnly: true });
    const good = await createBusinessWithOwner(db);
    const pending = await createBusinessWithOwner(db, { status: "PENDING" });
    await expect(inviteBusinesses(db, { actor: office, tripId: trip.id, businessIds: [good.business.id, pending.business.id] })).rejects.toMatchObject({
      code: "invalid",
      message: "trips.errors.notVerified",
    });
    expect(await db.tripParticipant.count({ where: { tripId: trip.id } })).toBe(0);
    expect(await emailsTo(good.business.email!)).toHaveLength(0);
    // on a trip open to any business, the same invitation goes out
    const open = await createTrip(db, { verifiedOnly: false });
    await expect(inviteBusinesses(db, { actor: office, tripId: open.trip.id, businessIds: [pending.business.id] })).resolves.toEqual({ invited: 1 });
  });

  it("lists candidates by commune and product count, without those already invited", async () => {
    const { trip } = await createTrip(db);
    const inAn = await createBusinessWithOwner(db, { communeCode: "20794" });
    const inBinh = await createBusinessWithOwner(db, { communeCode: "20791" });
    const candidates = await listInvitationCandidates(db, { actor: office, tripId: trip.id, filters: { commune: "20794" } });
    expect(candidates.map((c) => c.id)).toContain(inAn.business.id);
    expect(candidates.map((c) => c.id)).not.toContain(inBinh.business.id);
    await inviteBusinesses(db, { actor: office, tripId: trip.id, businessIds: [inAn.business.id] });
    const after = await listInvitationCandidates(db, { actor: office, tripId: trip.id, filters: { commune: "20794" } });
    expect(after.map((c) => c.id)).not.toContain(inAn.business.id);
    expect(await listInvitationCandidates(db, { actor: office, tripId: trip.id, filters: { minProducts: 1 } })).toEqual([]);
  });
});

describe("capacity and waitlist", () => {
  it("12 parallel acceptances for 5 places: exactly 5 approved, 7 waitlisted", async () => {
    const { trip } = await createTrip(db, { capacity: 5 });
    const owners = await invited(trip.id, 12);
    const outcomes = await Promise.all(owners.map((o) => acceptInvitation(db, { actor: o.actor, businessId: o.business.id, participantId: o.participantId })));
    expect(outcomes.filter((o) => o === "APPROVED")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "WAITLISTED")).toHaveLength(7);
    expect(await approvedCount(trip.id)).toBe(5);
  });

  it("parallel applications approved in parallel never exceed the capacity", async () => {
    const { trip } = await createTrip(db, { capacity: 3 });
    const owners = await Promise.all(Array.from({ length: 8 }, () => createBusinessWithOwner(db)));
    const applied = await Promise.all(owners.map((o) => applyToTrip(db, { actor: o.actor, businessId: o.business.id, tripId: trip.id })));
    const outcomes = await Promise.all(applied.map((p) => approveParticipant(db, { actor: office, tripId: trip.id, participantId: p.id })));
    expect(outcomes.filter((o) => o === "APPROVED")).toHaveLength(3);
    expect(await approvedCount(trip.id)).toBe(3);
    expect(await db.tripParticipant.count({ where: { tripId: trip.id, status: "WAITLISTED" } })).toBe(5);
  });

  it("a freed place goes to the oldest waitlisted participant, who gets a pass code and an e-mail", async () => {
    const { trip } = await createTrip(db, { capacity: 1 });
    const [first, second, third] = await invited(trip.id, 3);
    for (const o of [first!, second!, third!]) await acceptInvitation(db, { actor: o.actor, businessId: o.business.id, participantId: o.participantId });
    const list = await listParticipants(db, { actor: office, tripId: trip.id });
    expect(list.filter((p) => p.status === "WAITLISTED").map((p) => [p.business.id, p.position])).toEqual([
      [second!.business.id, 1],
      [third!.business.id, 2],
    ]);
    await withdrawParticipation(db, { actor: first!.actor, businessId: first!.business.id, participantId: first!.participantId });
    const promoted = await db.tripParticipant.findUniqueOrThrow({ where: { id: second!.participantId } });
    expect(promoted).toMatchObject({ status: "APPROVED", waitlistedAt: null });
    expect(promoted.passCode).toBeTruthy();
    expect((await emailsTo(second!.business.email!)).some((m) => /Đã có chỗ/.test(m.subject))).toBe(true);
    // the office cancels the promoted one: the next in line moves up
    await cancelParticipantByOffice(db, { actor: office, tripId: trip.id, participantId: second!.participantId, reason: "Không đủ giấy tờ" });
    expect((await db.tripParticipant.findUniqueOrThrow({ where: { id: third!.participantId } })).status).toBe("APPROVED");
    expect(await approvedCount(trip.id)).toBe(1);
  });

  it("rejecting a waitlisted application frees nothing and e-mails the reason", async () => {
    const { trip } = await createTrip(db, { capacity: 1 });
    const [a, b] = await Promise.all([createBusinessWithOwner(db), createBusinessWithOwner(db)]);
    const pa = await applyToTrip(db, { actor: a.actor, businessId: a.business.id, tripId: trip.id });
    const pb = await applyToTrip(db, { actor: b.actor, businessId: b.business.id, tripId: trip.id });
    await approveParticipant(db, { actor: office, tripId: trip.id, participantId: pa.id });
    expect(await approveParticipant(db, { actor: office, tripId: trip.id, participantId: pb.id })).toBe("WAITLISTED");
    await rejectParticipant(db, { actor: office, tripId: trip.id, participantId: pb.id, reason: "Ngoài ngành hàng" });
    expect((await emailsTo(b.business.email!)).map((m) => m.text).join()).toContain("Ngoài ngành hàng");
    expect(await approvedCount(trip.id)).toBe(1);
  });
});

describe("applications", () => {
  it("a business may apply again after declining or cancelling, but not twice at once", async () => {
    const { trip } = await createTrip(db);
    const [o] = await invited(trip.id, 1);
    await declineInvitation(db, { actor: o!.actor, businessId: o!.business.id, participantId: o!.participantId });
    const again = await applyToTrip(db, { actor: o!.actor, businessId: o!.business.id, tripId: trip.id });
    await expect(applyToTrip(db, { actor: o!.actor, businessId: o!.business.id, tripId: trip.id })).rejects.toMatchObject({ message: "trips.errors.alreadyParticipating" });
    await withdrawParticipation(db, { actor: o!.actor, businessId: o!.business.id, participantId: again.id });
    const third = await applyToTrip(db, { actor: o!.actor, businessId: o!.business.id, tripId: trip.id });
    expect(third.status).toBe("PENDING");
    expect(await db.tripParticipant.count({ where: { tripId: trip.id, businessId: o!.business.id } })).toBe(3);
  });

  it("is refused when the trip is invitation-only, for an unverified business, and for another business's member", async () => {
    const closed = await createTrip(db, { openToApplications: false });
    const a = await createBusinessWithOwner(db);
    await expect(applyToTrip(db, { actor: a.actor, businessId: a.business.id, tripId: closed.trip.id })).rejects.toMatchObject({ message: "trips.errors.notOpen" });
    const { trip } = await createTrip(db);
    const unverified = await createBusinessWithOwner(db, { status: "PENDING" });
    await expect(applyToTrip(db, { actor: unverified.actor, businessId: unverified.business.id, tripId: trip.id })).rejects.toMatchObject({ message: "trips.errors.notVerified" });
    await expect(applyToTrip(db, { actor: a.actor, businessId: unverified.business.id, tripId: trip.id })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a fee opens a payment on approval; cancelling the trip cancels it and e-mails every participant", async () => {
    const { trip } = await createTrip(db, { feeVnd: 300_000 });
    const [a, b] = await invited(trip.id, 2);
    await acceptInvitation(db, { actor: a!.actor, businessId: a!.business.id, participantId: a!.participantId });
    const payment = await db.payment.findFirstOrThrow({ where: { participantId: a!.participantId } });
    expect(payment).toMatchObject({ amountVnd: 300_000, status: "PENDING" });
    await cancelTrip(db, { actor: office, tripId: trip.id, reason: "Bão số 9" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("CANCELLED");
    for (const o of [a!, b!]) expect((await emailsTo(o.business.email!)).some((m) => m.text.includes("Bão số 9"))).toBe(true);
    expect(await db.tripParticipant.count({ where: { tripId: trip.id, status: "CANCELLED" } })).toBe(2);
    // a free trip opens no payment
    const free = await createTrip(db, { feeVnd: 0 });
    const [c] = await invited(free.trip.id, 1);
    await acceptInvitation(db, { actor: c!.actor, businessId: c!.business.id, participantId: c!.participantId });
    expect(await db.payment.count({ where: { participantId: c!.participantId } })).toBe(0);
  });
});
