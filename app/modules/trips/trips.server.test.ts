// Planning a trip: stops in order, times in Vietnam, reorder, announced changes, lifecycle.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import type { Actor } from "~/modules/identity/permissions";
import { db } from "~/utils/db.server";
import { formatDateTime, vnDateKey } from "~/utils/dates";
import { acceptInvitation, inviteBusinesses } from "./participants.server";
import { StopFieldsSchema, TripFieldsSchema } from "./trip.schema";
import { addStop, changeTripStatus, createTrip, editStop, getTripForOffice, moveStop, removeStop } from "./trips.server";

let office: Actor;
beforeAll(async () => {
  await seedPlacesAndCategories(db);
  office = await officeActor(db);
});

const tripFields = (extra: Record<string, string> = {}) =>
  TripFieldsSchema.parse({ name: "Đưa hàng Việt về nông thôn Thăng Bình", capacity: 10, feeVnd: "0", verifiedOnly: "on", ...extra });
const stopFields = (startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) =>
  StopFieldsSchema.parse({ provinceCode: "48", communeCode: "20791", venue: "Chợ Thăng Bình", startsAt, endsAt, ...extra });

async function tripWithStops(...spans: [string, string][]) {
  const trip = await createTrip(db, { actor: office, fields: tripFields() });
  for (const [from, to] of spans) await addStop(db, { actor: office, tripId: trip.id, fields: stopFields(from, to) });
  return getTripForOffice(db, { actor: office, tripId: trip.id });
}

describe("stops", () => {
  it("stores a 23:00–01:00 stop in UTC and shows it in Asia/Ho_Chi_Minh across the date boundary", async () => {
    const trip = await tripWithStops(["2026-12-18T23:00", "2026-12-19T01:00"]);
    const stop = trip.stops[0]!;
    expect(stop.startsAt.toISOString()).toBe("2026-12-18T16:00:00.000Z");
    expect(stop.endsAt.toISOString()).toBe("2026-12-18T18:00:00.000Z");
    // same UTC day, but two Vietnamese days
    expect(formatDateTime(stop.startsAt)).toBe("18/12/2026 23:00");
    expect(formatDateTime(stop.endsAt)).toBe("19/12/2026 01:00");
    // the trip's days follow the stops in Vietnam: it ends on the 19th
    expect([vnDateKey(trip.startsOn), vnDateKey(trip.endsOn)]).toEqual(["2026-12-18", "2026-12-19"]);
  });

  it("refuses a stop that ends before it starts, next to the end field", () => {
    const result = StopFieldsSchema.safeParse({ provinceCode: "48", communeCode: "20791", venue: "Chợ", startsAt: "2026-12-18T10:00", endsAt: "2026-12-18T09:00" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endsAt", "trips.errors.endsBeforeStart"]]);
  });

  it("refuses a commune of another province", async () => {
    const trip = await createTrip(db, { actor: office, fields: tripFields() });
    await expect(addStop(db, { actor: office, tripId: trip.id, fields: stopFields("2026-12-18T08:00", "2026-12-18T11:00", { provinceCode: "01" }) })).rejects.toMatchObject({
      fieldErrors: { communeCode: ["trips.errors.commune"] },
    });
  });

  it("moves stops up and down and removes a middle one, keeping 1..n", async () => {
    const trip = await tripWithStops(["2026-12-18T08:00", "2026-12-18T11:00"], ["2026-12-19T08:00", "2026-12-19T11:00"], ["2026-12-20T08:00", "2026-12-20T11:00"]);
    const [a, b, c] = trip.stops.map((s) => s.id);
    await moveStop(db, { actor: office, tripId: trip.id, stopId: c!, direction: "up" });
    const order = async () => (await db.tripStop.findMany({ where: { tripId: trip.id }, orderBy: { position: "asc" } })).map((s) => [s.id, s.position]);
    expect(await order()).toEqual([[a, 1], [c, 2], [b, 3]]);
    await expect(moveStop(db, { actor: office, tripId: trip.id, stopId: a!, direction: "up" })).rejects.toMatchObject({ message: "trips.errors.cannotMove" });
    await removeStop(db, { actor: office, tripId: trip.id, stopId: c! });
    expect(await order()).toEqual([[a, 1], [b, 2]]);
    expect(await db.tripStopRenumbering.count()).toBe(0);
  });

  it("a published stop moved by an hour is marked changed with what was announced, and participants are e-mailed", async () => {
    const trip = await tripWithStops(["2026-12-18T08:00", "2026-12-18T11:00"], ["2026-12-19T08:00", "2026-12-19T11:00"]);
    // a draft's edits are not announcements
    expect(await editStop(db, { actor: office, tripId: trip.id, stopId: trip.stops[0]!.id, fields: stopFields("2026-12-18T07:30", "2026-12-18T11:00") })).toEqual({ announced: false });
    const owner = await createBusinessWithOwner(db);
    await inviteBusinesses(db, { actor: office, tripId: trip.id, businessIds: [owner.business.id] });
    const p = await db.tripParticipant.findFirstOrThrow({ where: { tripId: trip.id } });
    await acceptInvitation(db, { actor: owner.actor, businessId: owner.business.id, participantId: p.id });
    await changeTripStatus(db, { actor: office, tripId: trip.id, change: "publish" });
    const second = trip.stops[1]!;
    await editStop(db, { actor: office, tripId: trip.id, stopId: second.id, fields: stopFields("2026-12-19T09:00", "2026-12-19T12:00") });
    const changed = await db.tripStop.findUniqueOrThrow({ where: { id: second.id } });
    expect(changed.changedAt).not.toBeNull();
    expect(changed.previousStartsAt!.toISOString()).toBe("2026-12-19T01:00:00.000Z");
    expect(changed.previousVenue).toBe("Chợ Thăng Bình");
    expect(changed.startsAt.toISOString()).toBe("2026-12-19T02:00:00.000Z");
    expect((await db.tripStop.findUniqueOrThrow({ where: { id: trip.stops[0]!.id } })).changedAt).toBeNull();
    const mails = (await db.outboxMessage.findMany({ where: { topic: "email" } })).map((m) => JSON.parse(m.payload) as { to: string; subject: string; text: string });
    const change = mails.find((m) => m.to === owner.business.email && /Thay đổi lịch trình/.test(m.subject));
    expect(change!.text).toContain("19/12/2026 09:00");
    expect(change!.text).toContain("19/12/2026 08:00");
  });
});

describe("lifecycle", () => {
  it("a trip without stops cannot be published; DRAFT → PUBLISHED → CLOSED → FINISHED, no way back", async () => {
    const empty = await createTrip(db, { actor: office, fields: tripFields() });
    await expect(changeTripStatus(db, { actor: office, tripId: empty.id, change: "publish" })).rejects.toMatchObject({ message: "trips.errors.noStops" });
    const trip = await tripWithStops(["2026-12-18T08:00", "2026-12-18T11:00"]);
    await changeTripStatus(db, { actor: office, tripId: trip.id, change: "publish" });
    await changeTripStatus(db, { actor: office, tripId: trip.id, change: "close" });
    await changeTripStatus(db, { actor: office, tripId: trip.id, change: "finish" });
    await expect(changeTripStatus(db, { actor: office, tripId: trip.id, change: "publish" })).rejects.toMatchObject({ message: "trips.errors.badTransition" });
    await expect(addStop(db, { actor: office, tripId: trip.id, fields: stopFields("2026-12-21T08:00", "2026-12-21T11:00") })).rejects.toMatchObject({ message: "trips.errors.notEditable" });
  });

  it("only the office may plan trips", async () => {
    const owner = await createBusinessWithOwner(db);
    await expect(createTrip(db, { actor: owner.actor, fields: tripFields() })).rejects.toMatchObject({ code: "forbidden" });
  });
});
