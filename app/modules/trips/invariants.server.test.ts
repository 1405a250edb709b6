// What the database itself guards for trips (migration 20261130170000_trips, ADR 0019): each
// forbidden write is tried directly in SQL, bypassing the module, and must fail.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { createTrip } from "./test-factories";

let n = 0;
const insertParticipant = (tripId: string, businessId: string, status: string) =>
  db.$executeRawUnsafe(
    `INSERT INTO TripParticipant (id, tripId, businessId, status, origin, feeVnd, waitlistedAt, updatedAt) VALUES (?, ?, ?, ?, 'APPLIED', 0, ?, CURRENT_TIMESTAMP)`,
    `raw-${++n}-${Date.now()}`,
    tripId,
    businessId,
    status,
    status === "WAITLISTED" ? new Date().toISOString() : null,
  );
const insertStop = (tripId: string, position: number, startsAt = "2026-12-18T01:00:00.000Z", endsAt = "2026-12-18T04:00:00.000Z") =>
  db.$executeRawUnsafe(
    `INSERT INTO TripStop (id, tripId, position, communeCode, venue, startsAt, endsAt, updatedAt) VALUES (?, ?, ?, '20791', 'Chợ', ?, ?, CURRENT_TIMESTAMP)`,
    `stop-${++n}-${Date.now()}`,
    tripId,
    position,
    startsAt,
    endsAt,
  );

beforeAll(async () => {
  await seedPlacesAndCategories(db);
});

describe("trip invariants in the database", () => {
  it("approved participants never exceed the capacity, by insert, update or lowering the capacity", async () => {
    const { trip } = await createTrip(db, { capacity: 1 });
    const [a, b] = await Promise.all([createBusinessWithOwner(db), createBusinessWithOwner(db)]);
    await insertParticipant(trip.id, a.business.id, "APPROVED");
    await expect(insertParticipant(trip.id, b.business.id, "APPROVED")).rejects.toThrow(/trip capacity exceeded/);
    await insertParticipant(trip.id, b.business.id, "PENDING");
    await expect(db.$executeRawUnsafe(`UPDATE TripParticipant SET status = 'APPROVED' WHERE tripId = ? AND businessId = ?`, trip.id, b.business.id)).rejects.toThrow(/trip capacity exceeded/);
    await expect(db.$executeRawUnsafe(`UPDATE Trip SET capacity = 1 WHERE id = ?`, trip.id)).resolves.toBe(1);
    const two = await createTrip(db, { capacity: 2 });
    await insertParticipant(two.trip.id, a.business.id, "APPROVED");
    await insertParticipant(two.trip.id, b.business.id, "APPROVED");
    await expect(db.$executeRawUnsafe(`UPDATE Trip SET capacity = 1 WHERE id = ?`, two.trip.id)).rejects.toThrow(/capacity below approved/);
  });

  it("one live participation per business and trip; declined or cancelled ones do not count", async () => {
    const { trip } = await createTrip(db);
    const a = await createBusinessWithOwner(db);
    await insertParticipant(trip.id, a.business.id, "INVITED");
    await expect(insertParticipant(trip.id, a.business.id, "PENDING")).rejects.toThrow(/UNIQUE/i);
    await db.$executeRawUnsafe(`UPDATE TripParticipant SET status = 'DECLINED' WHERE tripId = ?`, trip.id);
    await expect(insertParticipant(trip.id, a.business.id, "PENDING")).resolves.toBe(1);
    await expect(insertParticipant(trip.id, a.business.id, "CANCELLED")).resolves.toBe(1);
    await expect(insertParticipant(trip.id, a.business.id, "WAITLISTED")).rejects.toThrow(/UNIQUE/i);
  });

  it("stops are numbered 1..n: no gap on insert, no duplicate, no move or delete that leaves a gap", async () => {
    const { trip, stops } = await createTrip(db, { stops: 3 });
    await expect(insertStop(trip.id, 5)).rejects.toThrow(/not numbered 1..n/);
    await expect(insertStop(trip.id, 2)).rejects.toThrow(/UNIQUE/i);
    await expect(db.$executeRawUnsafe(`UPDATE TripStop SET position = 4 WHERE id = ?`, stops[1]!.id)).rejects.toThrow(/not numbered 1..n/);
    await expect(db.$executeRawUnsafe(`DELETE FROM TripStop WHERE id = ?`, stops[1]!.id)).rejects.toThrow(/not numbered 1..n/);
    await expect(insertStop(trip.id, 0)).rejects.toThrow(/CHECK/i);
    // the last stop may go, and a new one may be appended as n+1
    await expect(db.$executeRawUnsafe(`DELETE FROM TripStop WHERE id = ?`, stops[2]!.id)).resolves.toBe(1);
    await expect(insertStop(trip.id, 3)).resolves.toBe(1);
  });

  it("the renumbering token allows a reorder in one transaction but not leaving a gap when it is given back", async () => {
    const { trip, stops } = await createTrip(db, { stops: 3 });
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO TripStopRenumbering (tripId) VALUES (?)`, trip.id);
      await tx.$executeRawUnsafe(`UPDATE TripStop SET position = position + 10 WHERE tripId = ?`, trip.id);
      await tx.$executeRawUnsafe(`UPDATE TripStop SET position = 1 WHERE id = ?`, stops[2]!.id);
      await tx.$executeRawUnsafe(`UPDATE TripStop SET position = 2 WHERE id = ?`, stops[0]!.id);
      await tx.$executeRawUnsafe(`UPDATE TripStop SET position = 3 WHERE id = ?`, stops[1]!.id);
      await tx.$executeRawUnsafe(`DELETE FROM TripStopRenumbering WHERE tripId = ?`, trip.id);
    });
    const order = await db.tripStop.findMany({ where: { tripId: trip.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(order.map((s) => s.id)).toEqual([stops[2]!.id, stops[0]!.id, stops[1]!.id]);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO TripStopRenumbering (tripId) VALUES (?)`, trip.id);
        await tx.$executeRawUnsafe(`DELETE FROM TripStop WHERE id = ?`, stops[0]!.id);
        await tx.$executeRawUnsafe(`DELETE FROM TripStopRenumbering WHERE tripId = ?`, trip.id);
      }),
    ).rejects.toThrow(/not numbered 1..n/);
    expect(await db.tripStop.count({ where: { tripId: trip.id } })).toBe(3);
    // deleting a trip takes its stops with it
    await expect(db.$executeRawUnsafe(`DELETE FROM Trip WHERE id = ?`, trip.id)).resolves.toBe(1);
    expect(await db.tripStop.count({ where: { tripId: trip.id } })).toBe(0);
  });

  it("a stop ends after it starts", async () => {
    const { trip } = await createTrip(db, { stops: 0 });
    await expect(insertStop(trip.id, 1, "2026-12-18T04:00:00.000Z", "2026-12-18T04:00:00.000Z")).rejects.toThrow(/TripStop_times_check|CHECK/);
    await expect(insertStop(trip.id, 1, "2026-12-18T04:00:00.000Z", "2026-12-18T03:00:00.000Z")).rejects.toThrow(/CHECK/);
  });

  it("sales are never negative", async () => {
    const { trip, stops } = await createTrip(db, { stops: 1 });
    const a = await createBusinessWithOwner(db);
    await insertParticipant(trip.id, a.business.id, "APPROVED");
    const p = await db.tripParticipant.findFirstOrThrow({ where: { tripId: trip.id } });
    const sale = (amount: number) =>
      db.$executeRawUnsafe(`INSERT INTO TripStopSale (id, stopId, participantId, salesVnd) VALUES (?, ?, ?, ?)`, `sale-${++n}`, stops[0]!.id, p.id, amount);
    await expect(sale(-1)).rejects.toThrow(/CHECK/);
    await expect(sale(0)).resolves.toBe(1);
  });
});
