// Test data for the trips tests: a trip with N stops one day apart, built straight in the
// database (positions 1..n in order, so the stop-order triggers accept it).
import type { Db } from "~/utils/db.server";

let counter = 0;
const HOUR = 3_600_000;

export async function createTrip(
  db: Db,
  { stops = 3, capacity = 10, feeVnd = 0, status = "PUBLISHED", now = new Date(), openToApplications = true, verifiedOnly = true }: {
    stops?: number;
    capacity?: number;
    feeVnd?: number;
    status?: "DRAFT" | "PUBLISHED" | "CLOSED" | "FINISHED" | "CANCELLED";
    now?: Date;
    openToApplications?: boolean;
    verifiedOnly?: boolean;
  } = {},
) {
  counter++;
  const first = new Date(now.getTime() + 10 * 24 * HOUR);
  const trip = await db.trip.create({
    data: {
      slug: `chuyen-hang-thu-${counter}-${Date.now().toString(36)}`,
      name: `Chuyến hàng thử ${counter}`,
      startsOn: first,
      endsOn: new Date(first.getTime() + stops * 24 * HOUR),
      status,
      capacity,
      feeVnd,
      openToApplications,
      verifiedOnly,
    },
  });
  for (let i = 0; i < stops; i++) {
    const startsAt = new Date(first.getTime() + i * 24 * HOUR);
    await db.tripStop.create({
      data: { tripId: trip.id, position: i + 1, communeCode: i % 2 ? "20794" : "20791", venue: `Chợ điểm ${i + 1}`, startsAt, endsAt: new Date(startsAt.getTime() + 4 * HOUR) },
    });
  }
  const stopRows = await db.tripStop.findMany({ where: { tripId: trip.id }, orderBy: { position: "asc" } });
  return { trip, stops: stopRows };
}
