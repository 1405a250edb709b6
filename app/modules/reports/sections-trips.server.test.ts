// The trips figures of the events section, counted by hand: only announced trips (not drafts,
// not cancelled ones), their stops in the period and the scope, approved participants, visitors
// and sales reported at those stops.
import { beforeAll, expect, it } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { createTrip } from "~/modules/trips/test-factories";
import { db } from "~/utils/db.server";
import { yearPeriod } from "./period";
import { buildReport, figureValue } from "./report.server";

const NOW = new Date("2027-01-15T03:00:00Z");

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  // createTrip puts stops 10, 11, 12 days after `now`, alternating Thăng Bình / Thăng An
  const held = await createTrip(db, { stops: 3, now: NOW, status: "FINISHED" });
  await createTrip(db, { stops: 2, now: NOW, status: "CANCELLED" });
  await createTrip(db, { stops: 2, now: NOW, status: "DRAFT" });
  const [a, b, c] = await Promise.all([createBusinessWithOwner(db), createBusinessWithOwner(db), createBusinessWithOwner(db)]);
  const approved = await db.tripParticipant.create({ data: { tripId: held.trip.id, businessId: a.business.id, status: "APPROVED", feeVnd: 0 } });
  const other = await db.tripParticipant.create({ data: { tripId: held.trip.id, businessId: b.business.id, status: "APPROVED", feeVnd: 0 } });
  await db.tripParticipant.create({ data: { tripId: held.trip.id, businessId: c.business.id, status: "DECLINED", feeVnd: 0 } });
  await db.tripStop.update({ where: { id: held.stops[0]!.id }, data: { visitors: 300 } });
  await db.tripStop.update({ where: { id: held.stops[1]!.id }, data: { visitors: 120 } });
  await db.tripStopSale.create({ data: { stopId: held.stops[0]!.id, participantId: approved.id, salesVnd: 2_000_000_000n } });
  await db.tripStopSale.create({ data: { stopId: held.stops[1]!.id, participantId: other.id, salesVnd: 500_000n } });
});

it("counts announced trips, their stops, approved participants, visitors and sales", async () => {
  const report = await buildReport(db, { period: yearPeriod(2027), communeCodes: null });
  expect(figureValue(report, "events", "events.tripsHeld")).toBe(1);
  expect(figureValue(report, "events", "events.tripStops")).toBe(3);
  expect(figureValue(report, "events", "events.tripParticipants")).toBe(2);
  expect(figureValue(report, "events", "events.tripVisitors")).toBe(420);
  expect(figureValue(report, "events", "events.tripSales")).toBe(2_000_500_000);
  // scoped to Thăng An: only the middle stop (positions 1 and 3 are in Thăng Bình)
  const thangAn = await buildReport(db, { period: yearPeriod(2027), communeCodes: ["20794"] });
  expect(figureValue(thangAn, "events", "events.tripStops")).toBe(1);
  expect(figureValue(thangAn, "events", "events.tripVisitors")).toBe(120);
  expect(figureValue(thangAn, "events", "events.tripSales")).toBe(500_000);
  expect(figureValue((await buildReport(db, { period: yearPeriod(2026), communeCodes: null })), "events", "events.tripsHeld")).toBe(0);
});
