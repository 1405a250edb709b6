import { describe, expect, test } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { convexHull, outlineRing, salesPointAreaOutlines, type LngLat } from "./outlines.server";

describe("convexHull", () => {
  test("keeps the corners and drops the points inside and on the edges", () => {
    const square: LngLat[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ];
    const inside: LngLat[] = [
      [1, 1],
      [0.5, 1.5],
      [1, 0],
    ];
    const hull = convexHull([...inside, ...square, [0, 0]]);
    expect(hull).toHaveLength(4);
    expect(new Set(hull.map((p) => p.join(",")))).toEqual(new Set(square.map((p) => p.join(","))));
  });

  test("one or two points are their own hull", () => {
    expect(convexHull([[1, 1]])).toEqual([[1, 1]]);
    expect(convexHull([[1, 1], [1, 1], [2, 2]])).toEqual([[1, 1], [2, 2]]);
  });
});

describe("outlineRing", () => {
  test("a single shop becomes a closed octagon about the margin away from it", () => {
    const ring = outlineRing([[108.36, 15.74]], 1);
    expect(ring).toHaveLength(9);
    expect(ring[0]).toEqual(ring[8]);
    for (const [lng, lat] of ring) {
      const km = Math.hypot((lng - 108.36) * 111.32 * Math.cos((15.74 * Math.PI) / 180), (lat - 15.74) * 110.574);
      expect(km).toBeGreaterThan(0.99);
      expect(km).toBeLessThan(1.01);
    }
  });

  test("the ring encloses every shop", () => {
    const shops: LngLat[] = [
      [108.3, 15.7],
      [108.4, 15.72],
      [108.35, 15.8],
      [108.36, 15.74],
    ];
    const ring = outlineRing(shops, 0.5);
    // every shop is left of (inside) each counter-clockwise edge
    for (const [x, y] of shops) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[i + 1]!;
        expect((bx - ax) * (y - ay) - (by - ay) * (x - ax)).toBeGreaterThan(0);
      }
    }
  });
});

describe("salesPointAreaOutlines", () => {
  test("outlines only the communes and provinces of public, mapped shops", async () => {
    await seedPlacesAndCategories(db);
    const verified = await createBusinessWithOwner(db);
    const pending = await createBusinessWithOwner(db, { status: "PENDING", communeCode: "20794" });
    const shop = (businessId: string, communeCode: string, status: "CERTIFIED" | "DRAFT", at: [number, number] | null) =>
      db.salesPoint.create({
        data: {
          businessId,
          name: `Cửa hàng ${Math.random()}`,
          provinceCode: "48",
          communeCode,
          streetAddress: "1 Tiểu La",
          vietGoodsShare: 90,
          status,
          latitude: at?.[0] ?? null,
          longitude: at?.[1] ?? null,
        },
      });
    await shop(verified.business.id, "20791", "CERTIFIED", [15.74, 108.36]);
    await shop(verified.business.id, "20791", "CERTIFIED", [15.75, 108.37]);
    await shop(verified.business.id, "20791", "CERTIFIED", null); // not on the map
    await shop(verified.business.id, "20791", "DRAFT", [15.9, 108.6]); // not public
    await shop(pending.business.id, "20794", "CERTIFIED", [15.7, 108.4]); // producer not verified

    const outlines = await salesPointAreaOutlines(db);
    expect(outlines.map((o) => `${o.level}:${o.code}:${o.name}`)).toEqual(["province:48:Thành phố Đà Nẵng", "commune:20791:Xã Thăng Bình"]);
    const commune = outlines[1]!;
    const lats = commune.ring.map(([, lat]) => lat);
    // the hidden draft at 15.9 is not inside the outline; the two shops are, with their margin
    expect(Math.max(...lats)).toBeLessThan(15.77);
    expect(Math.min(...lats)).toBeLessThan(15.74);
  });
});
