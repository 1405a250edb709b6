// Test data for the public trip tests: places in two provinces and trips with stops, built
// straight in the database (the office use cases that create them have their own tests).
import { seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import type { Db } from "~/utils/db.server";

let counter = 0;

/** Đà Nẵng (48): Thăng Bình, Thăng An, Thăng Phú; Quảng Ngãi (51): Tịnh Khê. */
export async function seedTripPlaces(db: Db) {
  const base = await seedPlacesAndCategories(db);
  await db.commune.upsert({ where: { code: "20800" }, update: {}, create: { code: "20800", name: "Xã Thăng Phú", folded: "xa thang phu", provinceCode: "48" } });
  await db.province.upsert({
    where: { code: "51" },
    update: {},
    create: { code: "51", name: "Tỉnh Quảng Ngãi", shortName: "Quảng Ngãi", slug: "quang-ngai", placeType: "Tỉnh" },
  });
  await db.commune.upsert({ where: { code: "21400" }, update: {}, create: { code: "21400", name: "Xã Tịnh Khê", folded: "xa tinh khe", provinceCode: "51" } });
  return { ...base, communes: { thangBinh: "20791", thangAn: "20794", thangPhu: "20800", tinhKhe: "21400" } };
}

export interface StopInput {
  communeCode: string;
  venue?: string;
  startsAt: Date;
  endsAt: Date;
  lat?: number;
  lng?: number;
  changedAt?: Date;
  previousStartsAt?: Date;
  previousVenue?: string;
}

export async function createTrip(
  db: Db,
  {
    status = "PUBLISHED",
    publishedAt = status === "DRAFT" ? null : new Date("2026-11-01T00:00:00Z"),
    cancelReason = null,
    stops,
    name,
  }: {
    status?: "DRAFT" | "PUBLISHED" | "CLOSED" | "FINISHED" | "CANCELLED";
    publishedAt?: Date | null;
    cancelReason?: string | null;
    stops: StopInput[];
    name?: string;
  },
) {
  counter++;
  const first = Math.min(...stops.map((s) => s.startsAt.getTime()));
  const last = Math.max(...stops.map((s) => s.endsAt.getTime()));
  return db.trip.create({
    data: {
      slug: `phien-cho-thu-${counter}-${Date.now().toString(36)}`,
      name: name ?? `Phiên chợ thử ${counter}`,
      description: "Hàng Việt về xã; có hàng bình ổn giá.",
      startsOn: new Date(first),
      endsOn: new Date(last),
      status,
      publishedAt,
      cancelReason,
      feeVnd: 250_000,
      capacity: 10,
      stops: {
        create: stops.map((s, i) => ({
          position: i + 1,
          communeCode: s.communeCode,
          venue: s.venue ?? `Nhà văn hóa ${i + 1}`,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          latitude: s.lat ?? null,
          longitude: s.lng ?? null,
          changedAt: s.changedAt ?? null,
          previousStartsAt: s.previousStartsAt ?? null,
          previousVenue: s.previousVenue ?? null,
        })),
      },
    },
    include: { stops: { orderBy: { position: "asc" } } },
  });
}
