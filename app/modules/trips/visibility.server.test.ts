// The public trip rules: each Prisma `where` and its predicate agree on every status, on a real
// SQLite database; drafts never show, a trip cancelled after publication does.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { fromVnLocal } from "~/utils/dates";
import { createTrip, seedTripPlaces } from "./public.test-factories";
import { isPublicTrip, isPublicTripParticipant, PUBLIC_TRIP_PARTICIPANT_WHERE, PUBLIC_TRIP_WHERE } from "./visibility";

const TRIP_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED", "FINISHED", "CANCELLED"] as const;
const PARTICIPANT_STATUSES = ["INVITED", "PENDING", "APPROVED", "WAITLISTED", "DECLINED", "REJECTED", "CANCELLED"] as const;
const BUSINESS_STATUSES = ["DRAFT", "PENDING", "VERIFIED", "REJECTED", "SUSPENDED"] as const;

const oneStop = () => [{ communeCode: "20791", startsAt: fromVnLocal("2026-12-05", 7 * 60), endsAt: fromVnLocal("2026-12-05", 11 * 60) }];

beforeAll(async () => {
  await seedTripPlaces(db);
});

describe("which trips are public", () => {
  beforeAll(async () => {
    for (const status of TRIP_STATUSES) {
      for (const published of [true, false]) {
        await createTrip(db, { status, publishedAt: published ? new Date("2026-11-01T00:00:00Z") : null, name: `${status} ${published ? "published" : "never"}`, stops: oneStop() });
      }
    }
  });

  it("where and predicate agree for every status, with and without a publication date", async () => {
    const all = await db.trip.findMany({ select: { id: true, name: true, status: true, publishedAt: true } });
    expect(all).toHaveLength(TRIP_STATUSES.length * 2);
    const byWhere = (await db.trip.findMany({ where: PUBLIC_TRIP_WHERE, select: { id: true } })).map((t) => t.id).sort();
    expect(byWhere).toEqual(all.filter(isPublicTrip).map((t) => t.id).sort());
  });

  it("drafts never show; a trip cancelled after publication shows, one cancelled before does not", async () => {
    const names = (await db.trip.findMany({ where: PUBLIC_TRIP_WHERE, select: { name: true } })).map((t) => t.name).sort();
    expect(names).toEqual(
      ["CANCELLED published", "CLOSED never", "CLOSED published", "FINISHED never", "FINISHED published", "PUBLISHED never", "PUBLISHED published"].sort(),
    );
    expect(isPublicTrip({ status: "DRAFT", publishedAt: new Date() })).toBe(false);
    expect(isPublicTrip({ status: "CANCELLED", publishedAt: null })).toBe(false);
    expect(isPublicTrip({ status: "CANCELLED", publishedAt: new Date() })).toBe(true);
  });
});

describe("which participants are public", () => {
  beforeAll(async () => {
    const businesses = [];
    for (const status of BUSINESS_STATUSES) businesses.push((await createBusinessWithOwner(db, { status })).business);
    // one trip per participant status: a business holds one live participation per trip
    for (const status of PARTICIPANT_STATUSES) {
      const trip = await createTrip(db, { name: `participants ${status}`, stops: oneStop() });
      for (const business of businesses) {
        await db.tripParticipant.create({
          data: { tripId: trip.id, businessId: business.id, status, feeVnd: 0, waitlistedAt: status === "WAITLISTED" ? new Date() : null, note: `${business.status}` },
        });
      }
    }
  });

  it("where and predicate agree for every participant × business status; only APPROVED of verified producers", async () => {
    const all = await db.tripParticipant.findMany({ select: { id: true, status: true, business: { select: { status: true } } } });
    expect(all).toHaveLength(PARTICIPANT_STATUSES.length * BUSINESS_STATUSES.length);
    const byWhere = (await db.tripParticipant.findMany({ where: PUBLIC_TRIP_PARTICIPANT_WHERE, select: { id: true } })).map((p) => p.id).sort();
    expect(byWhere).toEqual(all.filter(isPublicTripParticipant).map((p) => p.id).sort());
    const shown = await db.tripParticipant.findMany({ where: { id: { in: byWhere } }, select: { status: true, business: { select: { status: true } } } });
    expect(shown).toEqual([{ status: "APPROVED", business: { status: "VERIFIED" } }]);
  });
});
