// The public trip queries: the list (upcoming first, province filter), one trip's schedule and
// participants, and "coming near me" from a commune (own stops first, then by distance from
// what is mapped there, or by date) and from a position.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner } from "~/modules/catalog/test-factories";
import { NotFound } from "~/modules/errors";
import { db } from "~/utils/db.server";
import { fromVnLocal } from "~/utils/dates";
import { getPublicTrip, listPublicTrips, nearbyStops } from "./public.server";
import { createTrip, seedTripPlaces } from "./public.test-factories";

const NOW = fromVnLocal("2026-12-01", 12 * 60);
const at = (day: string, hour: number) => fromVnLocal(day, hour * 60);
const slugs: Record<string, string> = {};

beforeAll(async () => {
  await seedTripPlaces(db);
  // Đà Nẵng: Thăng Phú (20800) is mapped around 15.660,108.400; Thăng An (20794) at 15.740,108.380
  slugs.soon = (
    await createTrip(db, {
      name: "Sắp tới",
      stops: [
        { communeCode: "20794", venue: "Thăng An xa", startsAt: at("2026-12-03", 7), endsAt: at("2026-12-03", 11), lat: 15.74, lng: 108.38 },
        { communeCode: "20800", venue: "Thăng Phú", startsAt: at("2026-12-04", 7), endsAt: at("2026-12-04", 11), lat: 15.66, lng: 108.4 },
        { communeCode: "20791", venue: "Thăng Bình không tọa độ", startsAt: at("2026-12-02", 7), endsAt: at("2026-12-02", 11) },
      ],
    })
  ).slug;
  slugs.later = (
    await createTrip(db, {
      name: "Sau nữa",
      stops: [
        { communeCode: "21400", venue: "Tịnh Khê gần biên", startsAt: at("2026-12-20", 7), endsAt: at("2026-12-20", 11), lat: 15.45, lng: 108.55 },
        { communeCode: "21400", venue: "Tịnh Khê xa", startsAt: at("2026-12-21", 7), endsAt: at("2026-12-21", 11), lat: 15.1, lng: 108.9 },
      ],
    })
  ).slug;
  slugs.past = (await createTrip(db, { status: "FINISHED", name: "Đã qua", stops: [{ communeCode: "20800", venue: "Thăng Phú cũ", startsAt: at("2026-11-01", 7), endsAt: at("2026-11-01", 11), lat: 15.661, lng: 108.401 }] })).slug;
  slugs.cancelled = (
    await createTrip(db, { status: "CANCELLED", cancelReason: "Mưa lớn", name: "Đã hủy", stops: [{ communeCode: "20800", venue: "Thăng Phú hủy", startsAt: at("2026-12-05", 7), endsAt: at("2026-12-05", 11) }] })
  ).slug;
  slugs.draft = (await createTrip(db, { status: "DRAFT", name: "Nháp", stops: [{ communeCode: "20800", venue: "Thăng Phú nháp", startsAt: at("2026-12-06", 7), endsAt: at("2026-12-06", 11), lat: 15.0, lng: 107.0 }] })).slug;
});

describe("the list", () => {
  it("shows upcoming trips first by their first stop, then past ones; never drafts", async () => {
    const { upcoming, past, provinces } = await listPublicTrips(db, { now: NOW });
    expect(upcoming.map((t) => t.name)).toEqual(["Sắp tới", "Đã hủy", "Sau nữa"]);
    expect(past.map((t) => t.name)).toEqual(["Đã qua"]);
    expect(upcoming[0]!.stops.map((s) => s.position)).toEqual([1, 2, 3]);
    expect(provinces.map((p) => p.code).sort()).toEqual(["48", "51"]);
  });

  it("filters by the province of any stop", async () => {
    const { upcoming, past } = await listPublicTrips(db, { now: NOW, province: "51" });
    expect(upcoming.map((t) => t.name)).toEqual(["Sau nữa"]);
    expect(past).toEqual([]);
  });
});

describe("one trip", () => {
  it("has its stops in order and only approved, public participants with at most three public products", async () => {
    const trip = await db.trip.findUniqueOrThrow({ where: { slug: slugs.soon! } });
    const shown = await createBusinessWithOwner(db, { status: "VERIFIED" });
    const hidden = await createBusinessWithOwner(db, { status: "VERIFIED" });
    for (const [i, status] of (["APPROVED", "APPROVED", "APPROVED", "APPROVED", "DRAFT"] as const).entries()) {
      await db.product.create({ data: { slug: `sp-${shown.business.slug}-${i}`, name: `Sản phẩm ${i}`, status, businessId: shown.business.id } });
    }
    await db.tripParticipant.create({ data: { tripId: trip.id, businessId: shown.business.id, status: "APPROVED", feeVnd: 0 } });
    await db.tripParticipant.create({ data: { tripId: trip.id, businessId: hidden.business.id, status: "INVITED", feeVnd: 0 } });
    const view = await getPublicTrip(db, slugs.soon!);
    expect(view.stops.map((s) => s.venue)).toEqual(["Thăng An xa", "Thăng Phú", "Thăng Bình không tọa độ"]);
    expect(view.participants.map((p) => p.business.name)).toEqual([shown.business.name]);
    expect(view.participants[0]!.business.products.map((p) => p.name)).toEqual(["Sản phẩm 0", "Sản phẩm 1", "Sản phẩm 2"]);
  });

  it("a cancelled trip opens with its reason; a draft is not found", async () => {
    expect((await getPublicTrip(db, slugs.cancelled!)).cancelReason).toBe("Mưa lớn");
    await expect(getPublicTrip(db, slugs.draft!)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("coming near me", () => {
  it("from a commune: its own next stops first, then by distance from what is mapped there (past stops count as landmarks)", async () => {
    const near = await nearbyStops(db, { communeCode: "20800", now: NOW });
    expect(near?.origin.kind).toBe("commune");
    // reference point: the mean of the two Thăng Phú stops (one of a past trip), never the draft's
    expect(near?.origin.point?.lat).toBeCloseTo(15.6605, 4);
    expect(near?.stops.map((s) => s.stop.venue)).toEqual([
      "Thăng Phú", // in the commune
      "Thăng An xa", // ~9 km
      "Tịnh Khê gần biên", // other province, ~26 km: inside the radius
      "Thăng Bình không tọa độ", // same province, unmapped: after the mapped ones
    ]);
    expect(near?.stops[0]!.inCommune).toBe(true);
    expect(near?.stops[1]!.distanceKm).toBeGreaterThan(8);
    expect(near?.stops[1]!.distanceKm).toBeLessThan(10);
  });

  it("from a commune with nothing mapped: its own stops, then the province's by date", async () => {
    const near = await nearbyStops(db, { communeCode: "20791", now: NOW });
    expect(near?.origin).toMatchObject({ kind: "commune", point: null });
    expect(near?.stops.map((s) => s.stop.venue)).toEqual(["Thăng Bình không tọa độ", "Thăng An xa", "Thăng Phú"]);
    expect(near?.stops.every((s) => s.distanceKm === null)).toBe(true);
  });

  it("from a position: by distance, unmapped stops last; cancelled and past trips never", async () => {
    const near = await nearbyStops(db, { point: { lat: 15.1, lng: 108.88 }, now: NOW });
    expect(near?.stops.map((s) => s.stop.venue)).toEqual(["Tịnh Khê xa", "Tịnh Khê gần biên", "Thăng Phú", "Thăng An xa", "Thăng Bình không tọa độ"]);
  });

  it("an unknown commune answers null", async () => {
    expect(await nearbyStops(db, { communeCode: "99999", now: NOW })).toBeNull();
  });
});
