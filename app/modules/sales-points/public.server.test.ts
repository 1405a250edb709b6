import { beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "~/modules/errors";
import { db } from "~/utils/db.server";
import {
  getPublicSalesPoint,
  listPublicSalesPoints,
  openDataSalesPoints,
  parseSalesPointQuery,
  salesPointFilterOptions,
  salesPointsGeoJson,
  SalesPointQuerySchema,
} from "./public.server";
import { createBusinessWithOwner, createCertificate, createSalesPoint, everyDay, h, seedPlacesAndCategories, vn } from "./public.test-factories";

// Monday 23 November 2026, 09:00 in Vietnam (02:00 UTC).
const NOW = vn("2026-11-23T09:00:00");
const query = (extra: Record<string, string> = {}) => {
  const parsed = parseSalesPointQuery(new URLSearchParams(extra));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const names = (items: Array<{ name: string }>) => items.map((i) => i.name).sort();

let ids: Record<string, string> = {};
let places: Awaited<ReturnType<typeof seedPlacesAndCategories>>;

beforeAll(async () => {
  places = await seedPlacesAndCategories(db);
  const { business } = await createBusinessWithOwner(db);
  const { business: pending } = await createBusinessWithOwner(db, { status: "PENDING" });
  const { business: suspendedBusiness } = await createBusinessWithOwner(db, { status: "SUSPENDED" });
  const b = business.id;
  const valid = await createSalesPoint(db, { businessId: b, name: "A Hợp lệ", lat: 15.7378, lng: 108.3642, categoryIds: [places.sauce.id] });
  const soon = await createSalesPoint(db, { businessId: b, name: "B Sắp hết hạn", lat: 15.7562, lng: 108.4185, communeCode: places.communes.thangAn });
  const revoked = await createSalesPoint(db, { businessId: b, name: "C Thu hồi", status: "REJECTED", lat: 15.7183, lng: 108.4367 });
  const suspended = await createSalesPoint(db, { businessId: b, name: "D Tạm đình chỉ", lat: 15.6612, lng: 108.3485 });
  const lapsed = await createSalesPoint(db, { businessId: b, name: "E Hết hạn theo ngày", lat: 15.7021, lng: 108.4093 });
  const expired = await createSalesPoint(db, { businessId: b, name: "F Hết hạn", lat: 15.69, lng: 108.40 });
  const applied = await createSalesPoint(db, { businessId: b, name: "G Mới nộp", status: "APPLIED", lat: null, lng: null, categoryIds: [places.sweets.id] });
  const night = await createSalesPoint(db, { businessId: b, name: "H Chợ đêm", hours: everyDay(h(17), h(1)), lat: 15.7349, lng: 108.3611 });
  const weekdays = await createSalesPoint(db, {
    businessId: b,
    name: "I Thứ Hai đến Thứ Sáu",
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: h(8, 30), closesAt: h(17) })),
  });
  await createSalesPoint(db, { businessId: b, name: "Z Bản nháp", status: "DRAFT" });
  await createSalesPoint(db, { businessId: pending.id, name: "Y Doanh nghiệp chờ xác minh" });
  await createSalesPoint(db, { businessId: suspendedBusiness.id, name: "X Doanh nghiệp bị đình chỉ" });

  const expiresLater = vn("2028-04-20T00:00:00");
  await createCertificate(db, { businessId: b, salesPointId: valid.id, expiresOn: expiresLater });
  await createCertificate(db, { businessId: b, salesPointId: soon.id, expiresOn: vn("2026-12-10T00:00:00") });
  await createCertificate(db, {
    businessId: b,
    salesPointId: revoked.id,
    expiresOn: expiresLater,
    status: "REVOKED",
    statusChangedAt: vn("2026-10-14T15:00:00"),
    statusReason: "Tỷ lệ hàng Việt 62 %",
  });
  await createCertificate(db, { businessId: b, salesPointId: suspended.id, expiresOn: expiresLater, status: "SUSPENDED" });
  // still ACTIVE in the table (the daily job has not run) but its expiry day was yesterday
  await createCertificate(db, { businessId: b, salesPointId: lapsed.id, expiresOn: vn("2026-11-22T00:00:00") });
  await createCertificate(db, { businessId: b, salesPointId: expired.id, issuedOn: vn("2024-01-01T00:00:00"), expiresOn: vn("2026-01-01T00:00:00"), status: "EXPIRED" });
  for (const point of [night, weekdays]) await createCertificate(db, { businessId: b, salesPointId: point.id, expiresOn: expiresLater });

  ids = { valid: valid.id, soon: soon.id, revoked: revoked.id, applied: applied.id, night: night.id, weekdays: weekdays.id };
});

describe("listPublicSalesPoints", () => {
  it("lists points of verified businesses only, never drafts", async () => {
    const result = await listPublicSalesPoints(db, { query: query(), now: NOW });
    expect(result.total).toBe(9);
    expect(result.items.map((i) => i.name)).not.toEqual(expect.arrayContaining(["Z Bản nháp"]));
    for (const hidden of ["Z Bản nháp", "Y Doanh nghiệp chờ xác minh", "X Doanh nghiệp bị đình chỉ"]) {
      expect(result.items.some((i) => i.name === hidden)).toBe(false);
    }
    // by name when no origin is given
    expect(result.items[0]!.name).toBe("A Hợp lệ");
  });

  it("certified only keeps valid and expiring-soon certificates, not revoked, suspended or expired ones", async () => {
    const result = await listPublicSalesPoints(db, { query: query({ certified: "1" }), now: NOW });
    expect(names(result.items)).toEqual(["A Hợp lệ", "B Sắp hết hạn", "H Chợ đêm", "I Thứ Hai đến Thứ Sáu"]);
    const soon = result.items.find((i) => i.id === ids.soon)!;
    expect(soon.certified && soon.expiringSoon).toBe(true);
    expect(result.items.find((i) => i.id === ids.valid)!.expiringSoon).toBe(false);
  });

  it("shows the revoked certificate as the point's latest, not as certified", async () => {
    const all = await listPublicSalesPoints(db, { query: query(), now: NOW });
    const revoked = all.items.find((i) => i.id === ids.revoked)!;
    expect(revoked.certified).toBe(false);
    expect(revoked.certificate?.state).toBe("revoked");
    expect(all.items.find((i) => i.id === ids.applied)!.certificate).toBeNull();
  });

  it("decides 'open now' in Vietnam time", async () => {
    // 09:00 in Vietnam is 02:00 UTC: a UTC reading would call everything closed
    const open = await listPublicSalesPoints(db, { query: query({ open: "1", certified: "1" }), now: NOW });
    expect(names(open.items)).toEqual(["A Hợp lệ", "B Sắp hết hạn", "I Thứ Hai đến Thứ Sáu"]);
    // Tuesday 00:30: only the night market, whose Monday-evening shift runs past midnight
    const lateNight = await listPublicSalesPoints(db, { query: query({ open: "1" }), now: vn("2026-11-24T00:30:00") });
    expect(names(lateNight.items)).toEqual(["H Chợ đêm"]);
    // Sunday 10:00: the weekday-only point is closed; E's certificate is still valid on its expiry day
    const sunday = await listPublicSalesPoints(db, { query: query({ open: "1", certified: "1" }), now: vn("2026-11-22T10:00:00") });
    expect(names(sunday.items)).toEqual(["A Hợp lệ", "B Sắp hết hạn", "E Hết hạn theo ngày"]);
  });

  it("closes points on a public holiday from the Holiday table", async () => {
    await db.holiday.create({ data: { date: "2026-11-23", name: "Ngày lễ thử" } });
    try {
      const result = await listPublicSalesPoints(db, { query: query({ open: "1" }), now: NOW });
      expect(result.items).toEqual([]);
      const all = await listPublicSalesPoints(db, { query: query(), now: NOW });
      expect(all.items.every((i) => !i.openNow)).toBe(true);
    } finally {
      await db.holiday.delete({ where: { date: "2026-11-23" } });
    }
  });

  it("sorts by distance from 'near', reports it, and puts unmapped points last", async () => {
    const result = await listPublicSalesPoints(db, { query: query({ near: "15.74,108.36" }), now: NOW });
    expect(result.origin).toEqual({ point: { lat: 15.74, lng: 108.36 }, source: "location" });
    const distances = result.items.map((i) => i.distanceKm);
    const mapped = distances.filter((d): d is number => d !== null);
    expect(mapped).toEqual([...mapped].sort((a, b) => a - b));
    expect(result.items.at(-1)!.id).toBe(ids.applied);
    expect(result.items.at(-1)!.distanceKm).toBeNull();
    // "A Hợp lệ" (15.7378, 108.3642) is about 510 m from 15.74,108.36; "H Chợ đêm" about 580 m
    expect(result.items[0]!.name).toBe("A Hợp lệ");
    expect(result.items[0]!.distanceKm).toBeCloseTo(0.51, 1);
    expect(result.items.find((i) => i.id === ids.night)!.distanceKm).toBeCloseTo(0.58, 1);
  });

  it("'near a commune' measures from the mean of its mapped points", async () => {
    const result = await listPublicSalesPoints(db, { query: query({ nearCommune: places.communes.thangAn }), now: NOW });
    expect(result.origin?.source).toBe("commune");
    expect(result.items[0]!.id).toBe(ids.soon);
    expect(result.items[0]!.distanceKm).toBeCloseTo(0, 5);
    const unknown = await listPublicSalesPoints(db, { query: query({ nearCommune: "99999" }), now: NOW });
    expect(unknown.origin).toBeNull();
    expect(unknown.nearCommuneUnknown).toBe(true);
  });

  it("filters by commune, province and category (a parent category includes its children)", async () => {
    const thangAn = await listPublicSalesPoints(db, { query: query({ province: "48", commune: places.communes.thangAn }), now: NOW });
    expect(names(thangAn.items)).toEqual(["B Sắp hết hạn"]);
    const otherProvince = await listPublicSalesPoints(db, { query: query({ province: "01" }), now: NOW });
    expect(otherProvince.total).toBe(0);
    const sauce = await listPublicSalesPoints(db, { query: query({ category: "nuoc-mam-gia-vi" }), now: NOW });
    expect(names(sauce.items)).toEqual(["A Hợp lệ"]);
    const food = await listPublicSalesPoints(db, { query: query({ category: "nong-san-thuc-pham" }), now: NOW });
    expect(names(food.items)).toEqual(["A Hợp lệ", "G Mới nộp"]);
  });

  it("pages 20 at a time by default", async () => {
    const parsed = SalesPointQuerySchema.parse({});
    expect(parsed.perPage).toBe(20);
    const second = await listPublicSalesPoints(db, { query: { ...parsed, perPage: 4, page: 2 }, now: NOW });
    expect(second).toMatchObject({ total: 9, page: 2, pages: 3 });
    expect(second.items).toHaveLength(4);
  });
});

describe("getPublicSalesPoint", () => {
  it("returns hours, certificates, public photos only and a directions link", async () => {
    const file = (isPrivate: boolean) =>
      db.storedFile.create({ data: { storageKey: `k-${Math.random()}`, mimeType: "image/webp", sizeBytes: 10, isPrivate } });
    const [publicFile, privateFile] = [await file(false), await file(true)];
    await db.salesPointPhoto.createMany({
      data: [
        { salesPointId: ids.valid!, fileId: privateFile.id, position: 0 },
        { salesPointId: ids.valid!, fileId: publicFile.id, position: 1 },
      ],
    });
    const point = await getPublicSalesPoint(db, { id: ids.valid!, now: NOW });
    expect(point.photos).toEqual([{ fileId: publicFile.id, url: `/files/${publicFile.id}`, thumbUrl: `/files/${publicFile.id}?size=thumb` }]);
    expect(point.hours).toHaveLength(7);
    expect(point.openNow).toBe(true);
    expect(point.certificates).toHaveLength(1);
    expect(point.certificates[0]!.verifyPath).toMatch(/^\/verify\/[0-9A-Z]{20}$/);
    expect(point.directionsUrl).toBe("https://www.openstreetmap.org/directions?to=15.7378%2C108.3642");
    expect(point.geoUri).toBe("geo:15.7378,108.3642");
    expect(point.business.url).toMatch(/^\/producers\//);
  });

  it("is NotFound for drafts, unverified businesses and unknown ids", async () => {
    const hidden = await db.salesPoint.findMany({ where: { name: { in: ["Z Bản nháp", "Y Doanh nghiệp chờ xác minh"] } } });
    for (const id of [...hidden.map((p) => p.id), "nope"]) {
      await expect(getPublicSalesPoint(db, { id, now: NOW })).rejects.toBeInstanceOf(NotFound);
    }
  });
});

describe("open data", () => {
  it("JSON pages with links and near → distanceKm", async () => {
    const result = await openDataSalesPoints(db, { params: new URLSearchParams({ perPage: "2", near: "15.74,108.36" }), now: NOW });
    if (!result.ok) throw new Error("expected ok");
    expect(result.body).toMatchObject({ page: 1, perPage: 2, total: 9 });
    expect(result.body.links.next).toContain("/api/v1/sales-points?");
    expect(result.body.links.next).toContain("page=2");
    expect(result.body.links.prev).toBeNull();
    expect(typeof result.body.data[0]!.distanceKm).toBe("number");
    expect(result.body.data[0]!.url).toMatch(/^https?:\/\/.+\/sales-points\//);
  });

  it("rejects malformed parameters instead of ignoring them", async () => {
    const result = await openDataSalesPoints(db, { params: new URLSearchParams({ near: "north", perPage: "1000" }), now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["near", "perPage"]);
  });

  it("GeoJSON has only mapped points, as [lng, lat]", async () => {
    const result = await salesPointsGeoJson(db, { params: new URLSearchParams(), now: NOW });
    if (!result.ok) throw new Error("expected ok");
    expect(result.body.type).toBe("FeatureCollection");
    expect(result.body.features).toHaveLength(8);
    const valid = result.body.features.find((f) => f.id === ids.valid)!;
    expect(valid.geometry).toEqual({ type: "Point", coordinates: [108.3642, 15.7378] });
    expect(valid.properties.certified).toBe(true);
  });
});

describe("filter options", () => {
  it("offers only places with public points and the communes of the chosen province", async () => {
    const options = await salesPointFilterOptions(db, { province: "48" });
    expect(options.provinces.map((p) => p.code)).toEqual(["48"]);
    expect(options.communes.map((c) => c.code).sort()).toEqual([places.communes.thangBinh, places.communes.thangAn].sort());
    expect(options.nearCommunes.length).toBe(2);
    expect(options.categories[0]!.children.length).toBeGreaterThan(0);
  });
});
