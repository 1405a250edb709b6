// The open-data GeoJSON feed: valid RFC 7946 structure, coordinates in [lng, lat] order, and
// no private field anywhere in the output.
import { beforeAll, describe, expect, it } from "vitest";
import { salesPointsGeoJson, openDataSalesPoints } from "~/modules/sales-points/public.server";
import {
  createBusinessWithOwner,
  createCertificate,
  createSalesPoint,
  seedPlacesAndCategories,
  vn,
} from "~/modules/sales-points/public.test-factories";
import { db } from "~/utils/db.server";

const NOW = vn("2026-11-23T09:00:00");

/** A small structural validator for a FeatureCollection of Points; returns the problems found. */
function geoJsonProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(doc)) return ["root is not an object"];
  if (doc.type !== "FeatureCollection") problems.push(`root type is ${String(doc.type)}`);
  if (!Array.isArray(doc.features)) return [...problems, "features is not an array"];
  doc.features.forEach((feature: unknown, i) => {
    const at = `features[${i}]`;
    if (!isObject(feature)) return problems.push(`${at} is not an object`);
    if (feature.type !== "Feature") problems.push(`${at}.type is ${String(feature.type)}`);
    if (feature.id !== undefined && typeof feature.id !== "string" && typeof feature.id !== "number") problems.push(`${at}.id has a bad type`);
    if (feature.properties !== null && !isObject(feature.properties)) problems.push(`${at}.properties is not an object or null`);
    const geometry = feature.geometry;
    if (!isObject(geometry) || geometry.type !== "Point") return problems.push(`${at}.geometry is not a Point`);
    const coordinates = geometry.coordinates;
    if (!Array.isArray(coordinates) || coordinates.length !== 2 || !coordinates.every((n) => typeof n === "number" && Number.isFinite(n))) {
      return problems.push(`${at}.geometry.coordinates is not two finite numbers`);
    }
    const [lng, lat] = coordinates as [number, number];
    if (lng < -180 || lng > 180) problems.push(`${at} longitude ${lng} out of range`);
    if (lat < -90 || lat > 90) problems.push(`${at} latitude ${lat} out of range`);
  });
  return problems;
}

const PRIVATE_FIELDS = [
  "ownerPersonalId",
  "povertyStatus",
  "povertyConfirmedById",
  "storageKey",
  "isPrivate",
  "email",
  "passwordHash",
  "documentFileId",
  "statusReason",
  "complainant",
  "enterpriseCode",
  "registrationNo",
];

function keysDeep(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, keys));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      keysDeep(v, keys);
    }
  }
  return keys;
}

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  const { business } = await createBusinessWithOwner(db);
  // private data that must never leak into the feed
  await db.business.update({ where: { id: business.id }, data: { ownerPersonalId: "048190001234", povertyStatus: "POOR", email: "chu@example.vn" } });
  const a = await createSalesPoint(db, { businessId: business.id, name: "Cửa hàng Hà Lam", lat: 15.7378, lng: 108.3642 });
  await createSalesPoint(db, { businessId: business.id, name: "Quầy Bình Trung", lat: 15.7021, lng: 108.4093 });
  await createSalesPoint(db, { businessId: business.id, name: "Chưa có toạ độ", lat: null, lng: null });
  const doc = await db.storedFile.create({ data: { storageKey: "private/cert.pdf", mimeType: "application/pdf", sizeBytes: 9, isPrivate: true } });
  await createCertificate(db, { businessId: business.id, salesPointId: a.id, expiresOn: vn("2028-04-20T00:00:00"), documentFileId: doc.id });
});

describe("/api/v1/sales-points.geojson", () => {
  it("is a valid FeatureCollection of Points", async () => {
    const result = await salesPointsGeoJson(db, { params: new URLSearchParams(), now: NOW });
    if (!result.ok) throw new Error("expected ok");
    const parsed: unknown = JSON.parse(JSON.stringify(result.body));
    expect(geoJsonProblems(parsed)).toEqual([]);
    expect(result.body.features).toHaveLength(2);
  });

  it("puts longitude first: Đà Nẵng is at about 108° E, 15.7° N", async () => {
    const result = await salesPointsGeoJson(db, { params: new URLSearchParams(), now: NOW });
    if (!result.ok) throw new Error("expected ok");
    for (const feature of result.body.features) {
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThan(107.5);
      expect(lng).toBeLessThan(108.8);
      expect(lat).toBeGreaterThan(15.3);
      expect(lat).toBeLessThan(16.2);
    }
  });

  it("carries no private field, in the feed or the JSON", async () => {
    const geo = await salesPointsGeoJson(db, { params: new URLSearchParams(), now: NOW });
    const json = await openDataSalesPoints(db, { params: new URLSearchParams(), now: NOW });
    for (const result of [geo, json]) {
      if (!result.ok) throw new Error("expected ok");
      const keys = keysDeep(result.body);
      for (const field of PRIVATE_FIELDS) expect(keys.has(field), field).toBe(false);
      const text = JSON.stringify(result.body);
      for (const secret of ["048190001234", "POOR", "chu@example.vn", "private/cert.pdf"]) expect(text).not.toContain(secret);
    }
  });
});
