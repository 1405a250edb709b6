// The reference-data cache: one query per kind while nothing changes, fresh data after the
// writer that changes it (the office calendar for holidays) or an explicit invalidation, and
// the public pages that read it ("open now", category filters) follow at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateCalendar } from "~/modules/complaints/calendar.server";
import { listPublicSalesPoints, parseSalesPointQuery } from "~/modules/sales-points/public.server";
import { createBusinessWithOwner, createSalesPoint, everyDay, h, seedPlacesAndCategories, vn } from "~/modules/sales-points/public.test-factories";
import { db } from "~/utils/db.server";
import { currentTiming, withRequestTiming } from "~/utils/request-timing.server";
import { categoryIdsForSlug, categoryTree, holidayDates, invalidateReferenceData, placeDirectory, setReferenceCacheTtlForTests } from "./reference-data.server";

// Monday 23 November 2026, 09:00 in Vietnam.
const NOW = vn("2026-11-23T09:00:00");

/** How many SQL statements `work` sent (the request-timing counter of the adapter). */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  return withRequestTiming(async () => {
    await work();
    return currentTiming()!.dbQueries;
  });
}

let places: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
let officer: { userId: string; name: string; email: string; role: "OFFICER"; memberships: [] };

beforeAll(async () => {
  places = await seedPlacesAndCategories(db);
  const user = await db.user.create({ data: { email: "canbo-cache@example.vn", name: "Cán bộ", passwordHash: "x", role: "OFFICER" } });
  officer = { userId: user.id, name: user.name, email: user.email, role: "OFFICER", memberships: [] };
  const { business } = await createBusinessWithOwner(db);
  await createSalesPoint(db, { businessId: business.id, name: "Cửa hàng mở cả tuần", hours: everyDay(h(7), h(21)), lat: 15.7, lng: 108.4 });
  setReferenceCacheTtlForTests(60_000);
});
afterAll(() => setReferenceCacheTtlForTests(0));

describe("the reference-data cache", () => {
  it("queries each kind once, then answers from memory", async () => {
    invalidateReferenceData();
    expect(await statementsOf(() => Promise.all([categoryTree(db), placeDirectory(db), holidayDates(db)]))).toBeGreaterThan(0);
    expect(await statementsOf(() => Promise.all([categoryTree(db), placeDirectory(db), holidayDates(db), categoryIdsForSlug(db, "thuc-pham")]))).toBe(0);
  });

  it("includes a parent's children in its ids and names provinces and communes", async () => {
    const tree = await categoryTree(db);
    const parent = tree.roots.find((r) => r.children.some((c) => c.slug === places.sauce.slug));
    expect(parent).toBeDefined();
    const parentIds = await categoryIdsForSlug(db, parent!.slug);
    expect(parentIds).toContain(places.sauce.id);
    expect(await categoryIdsForSlug(db, "khong-co")).toEqual([]);
    const directory = await placeDirectory(db);
    expect(directory.communes.get(places.communes.thangAn)?.provinceCode).toBe("48");
    expect(directory.provinces.get("48")?.shortName).toBe("Đà Nẵng");
  });

  it("keeps serving the cached categories until they are invalidated", async () => {
    await categoryTree(db);
    await db.category.create({ data: { slug: "mat-ong", nameVi: "Mật ong", nameEn: "Honey", position: 99 } });
    expect((await categoryTree(db)).roots.map((r) => r.slug)).not.toContain("mat-ong");
    invalidateReferenceData("categories");
    expect((await categoryTree(db)).roots.map((r) => r.slug)).toContain("mat-ong");
  });

  it("sees a holiday the office adds at once: the shop is no longer open now", async () => {
    const query = () => {
      const parsed = parseSalesPointQuery(new URLSearchParams({ open: "1" }));
      if (!parsed.ok) throw new Error("bad query");
      return parsed.value;
    };
    const openNames = async () => (await listPublicSalesPoints(db, { query: query(), now: NOW })).items.map((i) => i.name);
    expect(await openNames()).toContain("Cửa hàng mở cả tuần");
    await updateCalendar(db, { actor: officer, change: { intent: "add", kind: "HOLIDAY", date: "2026-11-23", name: "Ngày thử" } });
    expect((await holidayDates(db)).has("2026-11-23")).toBe(true);
    expect(await openNames()).not.toContain("Cửa hàng mở cả tuần");
    await updateCalendar(db, { actor: officer, change: { intent: "remove", kind: "HOLIDAY", date: "2026-11-23" } });
    expect(await openNames()).toContain("Cửa hàng mở cả tuần");
  });

  it("keeps each test database's data apart (one cache per client)", async () => {
    const other = { category: { findMany: async () => [{ id: "x", slug: "khac", nameVi: "Khác", nameEn: "Other", parentId: null, position: 0 }] } };
    const tree = await categoryTree(other as unknown as typeof db);
    expect(tree.roots.map((r) => r.slug)).toEqual(["khac"]);
    expect((await categoryTree(db)).roots.map((r) => r.slug)).not.toContain("khac");
  });
});
