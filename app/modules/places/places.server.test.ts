import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { seedPlaces } from "../../../prisma/seed/places";
import {
  getCommune,
  listCommunes,
  listProvinces,
  mapOldCommune,
  searchOldCommunes,
} from "./places.server";

beforeAll(async () => {
  await seedPlaces(db);
}, 60_000);

describe("seedPlaces", () => {
  test("loads 34 provinces and 3,321 communes, and keeps the counts on a rerun", async () => {
    const counts = async () => ({
      provinces: await db.province.count(),
      communes: await db.commune.count(),
      mappings: await db.communeMapping.count(),
    });
    const first = await counts();
    expect(first.provinces).toBe(34);
    expect(first.communes).toBe(3321);
    expect(first.mappings).toBeGreaterThan(10_900);

    const result = await seedPlaces(db);
    expect(result.unresolved).toBe(0);
    expect(result.resolvedByName).toBeGreaterThan(0);
    expect(result.mappings).toBe(first.mappings);
    expect(await counts()).toEqual(first);
  });
});

describe("places queries", () => {
  test("lists provinces and the communes of one", async () => {
    const provinces = await listProvinces(db);
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === "48")).toMatchObject({
      name: "Thành phố Đà Nẵng",
      slug: "thanh-pho-da-nang",
    });
    const communes = await listCommunes(db, "48");
    expect(communes.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Xã Thăng An", "Xã Thăng Bình", "Xã Đồng Dương"]),
    );
    expect(communes.every((c) => c.provinceCode === "48")).toBe(true);
  });

  test("gets a commune with its province", async () => {
    expect(await getCommune(db, "20791")).toEqual({
      code: "20791",
      name: "Xã Thăng Bình",
      provinceCode: "48",
      province: { code: "48", name: "Thành phố Đà Nẵng" },
    });
    expect(await getCommune(db, "99999")).toBeNull();
  });
});

describe("old communes", () => {
  test("Xã Bình Triều (Huyện Thăng Bình) became Xã Thăng An in Đà Nẵng", async () => {
    const mapped = await mapOldCommune(db, { oldCode: "20806" });
    expect(mapped?.old).toMatchObject({
      oldName: "Xã Bình Triều",
      oldDistrictName: "Huyện Thăng Bình",
      oldProvinceName: "Tỉnh Quảng Nam",
    });
    expect(mapped?.newCommune).toEqual({
      code: "20794",
      name: "Xã Thăng An",
      province: { code: "48", name: "Thành phố Đà Nẵng" },
    });
  });

  test("Thị trấn Hà Lam became Xã Thăng Bình", async () => {
    const [hit] = await searchOldCommunes(db, "thi tran ha lam");
    expect(hit?.oldName).toBe("Thị trấn Hà Lam");
    const mapped = await mapOldCommune(db, { id: hit!.id });
    expect(mapped?.newCommune.code).toBe("20791");
    expect(mapped?.newCommune.name).toBe("Xã Thăng Bình");
  });

  test("a row with no old code and an unknown new code is resolved by name", async () => {
    // source: "Xã Bình Định Bắc (null) -> Xã Đồng Dương (12811)"; 12811 is not a 2025 commune
    const [hit] = await searchOldCommunes(db, "Bình Định Bắc");
    expect(hit).toMatchObject({ oldName: "Xã Bình Định Bắc", oldCode: null });
    expect(hit?.newCommune.code).toBe("20818");
    expect(await mapOldCommune(db, { id: hit!.id })).toMatchObject({
      newCommune: { code: "20818", name: "Xã Đồng Dương" },
    });
  });

  test("search works without diacritics and across name, district and province", async () => {
    const [first] = await searchOldCommunes(db, "binh trieu");
    expect(first?.oldName).toBe("Xã Bình Triều");
    const [precise, ...rest] = await searchOldCommunes(db, "binh trieu thang binh");
    expect(precise).toMatchObject({ oldName: "Xã Bình Triều", oldDistrictName: "Huyện Thăng Bình" });
    expect(precise?.newCommune.name).toBe("Xã Thăng An");
    expect(rest.every((r) => r.oldDistrictName === "Huyện Thăng Bình")).toBe(true);
    expect(await searchOldCommunes(db, "quang nam", 3)).toHaveLength(3);
  });

  test("empty or unknown queries and codes give nothing", async () => {
    expect(await searchOldCommunes(db, "  %_ ")).toEqual([]);
    expect(await searchOldCommunes(db, "khong co xa nay")).toEqual([]);
    expect(await mapOldCommune(db, { oldCode: "00000-x" })).toBeNull();
  });
});
