// The trip feeds: the iCalendar parses with an independent parser (ical.js) into one VEVENT per
// stop with the right instants (a stop across midnight in Vietnam included), stable UIDs, a
// SEQUENCE that grows when a stop moves, CANCELLED for a cancelled trip; the JSON carries no
// private data.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { fromVnLocal } from "~/utils/dates";
import { revisionOf, tripJson, tripsCalendar } from "./feeds.server";
import { getPublicTrip, listFeedTrips } from "./public.server";
import { createTrip, seedTripPlaces } from "./public.test-factories";

const NOW = new Date("2026-11-30T10:00:00Z");

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent");
}

let slug = "";
let cancelledSlug = "";
let secretPassCode = "";

beforeAll(async () => {
  await seedTripPlaces(db);
  const trip = await createTrip(db, {
    name: "Đưa hàng Việt về nông thôn, đợt 1",
    stops: [
      { communeCode: "20800", venue: "Nhà văn hóa thôn Bình Quế", startsAt: fromVnLocal("2026-12-05", 7 * 60), endsAt: fromVnLocal("2026-12-05", 11 * 60), lat: 15.66, lng: 108.4 },
      // a night market: 20:00 on 5 December to 02:00 on 6 December, Vietnam time
      { communeCode: "20791", venue: "Chợ đêm Hà Lam", startsAt: fromVnLocal("2026-12-05", 20 * 60), endsAt: fromVnLocal("2026-12-06", 2 * 60) },
      {
        communeCode: "20794",
        venue: "Sân UBND xã",
        startsAt: fromVnLocal("2026-12-06", 8 * 60),
        endsAt: fromVnLocal("2026-12-06", 12 * 60),
        changedAt: new Date("2026-11-20T03:00:00Z"),
        previousStartsAt: fromVnLocal("2026-12-06", 7 * 60),
        previousVenue: "Chợ cũ",
      },
    ],
  });
  slug = trip.slug;
  const approved = await createBusinessWithOwner(db, { status: "VERIFIED" });
  const pending = await createBusinessWithOwner(db, { status: "VERIFIED" });
  const suspended = await createBusinessWithOwner(db, { status: "SUSPENDED" });
  secretPassCode = `PASS-${Date.now().toString(36)}`;
  await db.tripParticipant.create({
    data: { tripId: trip.id, businessId: approved.business.id, status: "APPROVED", feeVnd: 250_000, passCode: secretPassCode, note: "Ghi chú nội bộ", waiverRequested: true },
  });
  await db.tripParticipant.create({ data: { tripId: trip.id, businessId: pending.business.id, status: "PENDING", feeVnd: 250_000 } });
  await db.tripParticipant.create({ data: { tripId: trip.id, businessId: suspended.business.id, status: "APPROVED", feeVnd: 0 } });
  await db.tripStop.update({ where: { id: trip.stops[0]!.id }, data: { visitors: 321 } });

  const cancelled = await createTrip(db, {
    status: "CANCELLED",
    cancelReason: "Bão số 15",
    stops: [{ communeCode: "20791", startsAt: fromVnLocal("2026-12-10", 7 * 60), endsAt: fromVnLocal("2026-12-10", 11 * 60) }],
  });
  cancelledSlug = cancelled.slug;
  await createTrip(db, { status: "DRAFT", stops: [{ communeCode: "20791", startsAt: fromVnLocal("2026-12-12", 7 * 60), endsAt: fromVnLocal("2026-12-12", 11 * 60) }] });
  await createTrip(db, { status: "FINISHED", name: "Đợt đã qua", stops: [{ communeCode: "20791", startsAt: fromVnLocal("2026-10-01", 7 * 60), endsAt: fromVnLocal("2026-10-01", 11 * 60) }] });
});

describe("one trip's calendar", () => {
  it("has one VEVENT per stop with the right UTC instants, across midnight in Vietnam too", async () => {
    const trip = await getPublicTrip(db, slug);
    const events = vevents(tripsCalendar([trip], { now: NOW })).map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(3);
    expect(events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      ["2026-12-05T00:00:00.000Z", "2026-12-05T04:00:00.000Z"],
      ["2026-12-05T13:00:00.000Z", "2026-12-05T19:00:00.000Z"],
      ["2026-12-06T01:00:00.000Z", "2026-12-06T05:00:00.000Z"],
    ]);
    expect(events.map((e) => e.startDate.toString().endsWith("Z") && e.endDate.toString().endsWith("Z"))).toEqual([true, true, true]);
    expect(events[1]!.summary).toBe("Đưa hàng Việt về nông thôn, đợt 1 — Xã Thăng Bình");
    expect(events[0]!.location).toBe("Nhà văn hóa thôn Bình Quế, Xã Thăng Phú, Thành phố Đà Nẵng");
    expect(events.map((e) => e.component.getFirstPropertyValue("status"))).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED"]);
  });

  it("keeps UIDs stable between renderings and bumps SEQUENCE only for the moved stop", async () => {
    const trip = await getPublicTrip(db, slug);
    const first = vevents(tripsCalendar([trip], { now: NOW }));
    const again = vevents(tripsCalendar([trip], { now: new Date("2026-12-01T00:00:00Z") }));
    const uids = first.map((v) => v.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(3);
    expect(again.map((v) => v.getFirstPropertyValue("uid"))).toEqual(uids);
    expect(uids[0]).toBe(`trip-stop-${trip.stops[0]!.id}@localhost:3000`);
    const sequences = first.map((v) => v.getFirstPropertyValue("sequence"));
    expect(sequences[0]).toBeNull();
    expect(sequences[1]).toBeNull();
    expect(sequences[2]).toBe(revisionOf(new Date("2026-11-20T03:00:00Z")));
    expect(revisionOf(new Date("2026-11-21T03:00:00Z"))).toBeGreaterThan(Number(sequences[2]));
    for (const v of first) expect(v.getFirstPropertyValue("last-modified")).not.toBeNull();
  });

  it("one stop alone for 'add this stop to my calendar'", async () => {
    const trip = await getPublicTrip(db, slug);
    const only = vevents(tripsCalendar([trip], { now: NOW, stopId: trip.stops[1]!.id }));
    expect(only).toHaveLength(1);
    expect(new ICAL.Event(only[0]!).location).toContain("Chợ đêm Hà Lam");
  });

  it("marks every stop of a cancelled trip CANCELLED with a sequence above zero", async () => {
    const trip = await getPublicTrip(db, cancelledSlug);
    const [event] = vevents(tripsCalendar([trip], { now: NOW }));
    expect(event!.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event!.getFirstPropertyValue("sequence")).toBeGreaterThan(0);
    expect(new ICAL.Event(event!).description).toContain("Bão số 15");
  });
});

describe("the feeds", () => {
  it("the calendar feed holds upcoming public trips (cancelled included), never drafts or past trips", async () => {
    const trips = await listFeedTrips(db, { upcomingFrom: NOW });
    expect(trips.map((t) => t.slug).sort()).toEqual([slug, cancelledSlug].sort());
    expect(vevents(tripsCalendar(trips, { now: NOW }))).toHaveLength(4);
  });

  it("the JSON lists public trips with stops and approved public participants' names, and nothing private", async () => {
    const trips = await listFeedTrips(db);
    expect(trips.map((t) => t.name)).toContain("Đợt đã qua");
    expect(trips).toHaveLength(3);
    const json = tripJson(trips.find((t) => t.slug === slug)!);
    expect(Object.keys(json).sort()).toEqual(["cancelReason", "description", "endsOn", "ics", "id", "name", "participants", "slug", "startsOn", "status", "stops", "url"].sort());
    expect(json.startsOn).toBe("2026-12-05");
    expect(json.endsOn).toBe("2026-12-06");
    expect(json.stops.map((s) => [s.position, s.startsAt, s.endsAt])).toEqual([
      [1, "2026-12-05T00:00:00.000Z", "2026-12-05T04:00:00.000Z"],
      [2, "2026-12-05T13:00:00.000Z", "2026-12-05T19:00:00.000Z"],
      [3, "2026-12-06T01:00:00.000Z", "2026-12-06T05:00:00.000Z"],
    ]);
    expect(json.stops[2]!.changed).toEqual({ at: "2026-11-20T03:00:00.000Z", previousStartsAt: "2026-12-06T00:00:00.000Z", previousVenue: "Chợ cũ" });
    expect(json.participants).toHaveLength(1);
    expect(Object.keys(json.participants[0]!).sort()).toEqual(["name", "url"]);
    const text = JSON.stringify(json);
    for (const secret of [secretPassCode, "Ghi chú nội bộ", "feeVnd", "250000", "capacity", "visitors", "321", "@example.vn", "waiver", "PENDING", "APPROVED"]) {
      expect(text).not.toContain(secret);
    }
  });
});
