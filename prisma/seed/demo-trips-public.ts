// Demo data for the public trip pages on top of the demo trip that demo.ts creates: the stops'
// coordinates (so /trips/:slug draws the route and "near a commune" can measure distances) and
// its publication date. Idempotent: only fills what is missing.
import type { Prisma } from "../../app/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DEMO_TRIP = "dua-hang-viet-ve-nong-thon-thang-phu-thang-truong";

/** Approximate WGS 84 positions of the demo venues, by stop position. */
const STOP_COORDINATES: Record<number, { latitude: number; longitude: number }> = {
  1: { latitude: 15.6745, longitude: 108.3352 }, // Nhà văn hóa thôn Bình Quế, Thăng Phú
  2: { latitude: 15.6609, longitude: 108.3491 }, // Chợ Bình Phú, Thăng Phú
  3: { latitude: 15.7251, longitude: 108.4412 }, // Sân UBND xã Thăng Trường
};

export async function seedDemoTripsPublic(tx: Tx) {
  const trip = await tx.trip.findUnique({ where: { slug: DEMO_TRIP }, include: { stops: true } });
  if (!trip) return;
  if (trip.status !== "DRAFT" && trip.publishedAt === null) {
    await tx.trip.update({ where: { id: trip.id }, data: { publishedAt: new Date("2026-11-15T01:00:00Z") } });
  }
  for (const stop of trip.stops) {
    const at = STOP_COORDINATES[stop.position];
    if (at && stop.latitude === null) await tx.tripStop.update({ where: { id: stop.id }, data: at });
  }
}
