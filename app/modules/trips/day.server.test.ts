// On the day and after: stop check-in by code, inspections with photos, sales and totals.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { prepareUpload } from "~/modules/files/uploads.server";
import type { Actor } from "~/modules/identity/permissions";
import { db } from "~/utils/db.server";
import { checkInAtStop, recordInspection, stopDayBoard } from "./day.server";
import { acceptInvitation, getParticipationForBusiness, inviteBusinesses } from "./participants.server";
import { recordStopVisitors, reportStopSales, tripResults, tripResultsCsv } from "./results.server";
import { createTrip } from "./test-factories";
import { InspectionSchema, SalesSchema } from "./trip.schema";

let office: Actor;
beforeAll(async () => {
  await seedPlacesAndCategories(db);
  office = await officeActor(db);
});

async function tripWithParticipants(n: number) {
  const { trip, stops } = await createTrip(db, { stops: 2 });
  const owners = await Promise.all(Array.from({ length: n }, () => createBusinessWithOwner(db)));
  await inviteBusinesses(db, { actor: office, tripId: trip.id, businessIds: owners.map((o) => o.business.id) });
  const rows = await db.tripParticipant.findMany({ where: { tripId: trip.id } });
  const people = [];
  for (const o of owners) {
    const row = rows.find((r) => r.businessId === o.business.id)!;
    await acceptInvitation(db, { actor: o.actor, businessId: o.business.id, participantId: row.id });
    const fresh = await db.tripParticipant.findUniqueOrThrow({ where: { id: row.id } });
    people.push({ ...o, participantId: row.id, passCode: fresh.passCode! });
  }
  return { trip, stops, people };
}

describe("check-in at a stop", () => {
  it("checks a participant in by its typed code once per stop; the second time says already", async () => {
    const { trip, stops, people } = await tripWithParticipants(1);
    const [p] = people;
    const typed = p!.passCode.toLowerCase().replace(/(.{4})/g, "$1 ");
    const first = await checkInAtStop(db, { actor: office, tripId: trip.id, stopId: stops[0]!.id, code: typed });
    expect(first).toMatchObject({ state: "checkedIn", target: { name: p!.business.name } });
    expect(await checkInAtStop(db, { actor: office, tripId: trip.id, stopId: stops[0]!.id, code: p!.passCode })).toMatchObject({ state: "already" });
    // the next stop is a new check-in
    expect(await checkInAtStop(db, { actor: office, tripId: trip.id, stopId: stops[1]!.id, code: p!.passCode })).toMatchObject({ state: "checkedIn" });
    expect(await checkInAtStop(db, { actor: office, tripId: trip.id, stopId: stops[0]!.id, code: "ZZZZZZZZZZZZZZZZZZZZ" })).toMatchObject({ state: "unknown" });
    expect(await db.tripCheckIn.count({ where: { participantId: p!.participantId } })).toBe(2);
  });

  it("two officers scanning the same pass at once record it once", async () => {
    const { trip, stops, people } = await tripWithParticipants(1);
    const outcomes = await Promise.all([0, 1, 2].map(() => checkInAtStop(db, { actor: office, tripId: trip.id, stopId: stops[0]!.id, code: people[0]!.passCode })));
    expect(outcomes.map((o) => o.state).sort()).toEqual(["already", "already", "checkedIn"]);
  });
});

describe("inspection", () => {
  it("records a failed inspection with a photo, visible on the office board and to the business", async () => {
    const { trip, stops, people } = await tripWithParticipants(1);
    const [p] = people;
    const photo = await prepareUpload({ bytes: await pngBytes(), kind: "image", name: "quay-hang.png" });
    const fields = InspectionSchema.parse({ stopId: stops[0]!.id, participantId: p!.participantId, vietnameseOrigin: "on", labelling: "on", passed: "fail", notes: "Thiếu hạn sử dụng" });
    await recordInspection(db, { actor: office, tripId: trip.id, fields, photos: [photo] });
    const board = await stopDayBoard(db, { actor: office, tripId: trip.id, stopId: stops[0]!.id });
    expect(board.participants[0]!.inspection).toMatchObject({ passed: false, vietnameseOrigin: true, expiryDates: false, notes: "Thiếu hạn sử dụng" });
    expect(board.participants[0]!.inspection!.photos).toHaveLength(1);
    const mine = await getParticipationForBusiness(db, { actor: p!.actor, businessId: p!.business.id, participantId: p!.participantId });
    expect(mine.participation.inspections).toMatchObject([{ passed: false, notes: "Thiếu hạn sử dụng" }]);
    // another business cannot read it
    const other = await createBusinessWithOwner(db);
    await expect(getParticipationForBusiness(db, { actor: other.actor, businessId: other.business.id, participantId: p!.participantId })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("results", () => {
  it("totals sales per stop and per business (BigInt), visitors per stop, and exports them as CSV", async () => {
    const { trip, stops, people } = await tripWithParticipants(2);
    const [a, b] = people;
    const sale = (who: (typeof people)[number], stopIndex: number, amount: string) =>
      reportStopSales(db, { actor: who.actor, businessId: who.business.id, fields: SalesSchema.parse({ participantId: who.participantId, stopId: stops[stopIndex]!.id, salesVnd: amount }) });
    await sale(a!, 0, "2.500.000.000");
    await sale(a!, 1, "1.000.000");
    await sale(b!, 0, "750.000");
    await sale(b!, 0, "800.000"); // a correction replaces the earlier report
    await recordStopVisitors(db, { actor: office, tripId: trip.id, stopId: stops[0]!.id, visitors: 420 });
    const results = await tripResults(db, { actor: office, tripId: trip.id });
    expect(results.stops.map((s) => [s.position, s.salesVnd, s.visitors])).toEqual([
      [1, 2_500_800_000n, 420],
      [2, 1_000_000n, null],
    ]);
    expect(Object.fromEntries(results.businesses.map((x) => [x.name, x.salesVnd]))).toEqual({ [a!.business.name]: 2_501_000_000n, [b!.business.name]: 800_000n });
    expect(results.totals).toMatchObject({ salesVnd: 2_501_800_000n, visitors: 420 });
    const csv = tripResultsCsv(results);
    expect(csv.startsWith("\uFEFFbusiness,stop_1_")).toBe(true);
    expect(csv).toContain("TOTAL,2500800000,1000000,2501800000");
    expect(csv).toContain("VISITORS,420,,420");
  });

  it("refuses sales from a business that neither took part nor was checked in, and negative amounts", async () => {
    const { trip, stops } = await tripWithParticipants(0);
    const outsider = await createBusinessWithOwner(db);
    await inviteBusinesses(db, { actor: office, tripId: trip.id, businessIds: [outsider.business.id] });
    const p = await db.tripParticipant.findFirstOrThrow({ where: { tripId: trip.id } });
    await expect(
      reportStopSales(db, { actor: outsider.actor, businessId: outsider.business.id, fields: { participantId: p.id, stopId: stops[0]!.id, salesVnd: 5n } }),
    ).rejects.toMatchObject({ message: "trips.errors.salesNotParticipant" });
    expect(SalesSchema.safeParse({ participantId: p.id, stopId: stops[0]!.id, salesVnd: "-5" }).success).toBe(false);
  });
});
