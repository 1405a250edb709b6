import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db, dbReady } from "~/utils/db.server";
import { EmbeddedSearchEngine } from "./embedded-engine.server";
import { getSearchEngine } from "./index.server";
import { searchApiBody, searchPublic, suggestPublic } from "./public-search.server";
import { parseSearchParams, SUGGEST_LIMIT } from "./search.schema";
import { syncSearch } from "./sync.server";

let ref: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
beforeAll(async () => {
  await dbReady;
  ref = await seedPlacesAndCategories(db);
  const { business } = await createBusinessWithOwner(db, { communeCode: ref.communes.thangAn });
  await db.business.update({ where: { id: business.id }, data: { name: "Cơ sở Nước mắm Cửa Khe", verifiedAt: new Date() } });
  const productIds: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const p = await db.product.create({
      data: {
        slug: `nuoc-mam-${i}`,
        businessId: business.id,
        name: `Nước mắm cá cơm loại ${i}`,
        categoryId: ref.sauce.id,
        originCommuneCode: ref.communes.thangAn,
        status: "APPROVED",
        publishedAt: new Date(Date.UTC(2026, 0, i)),
      },
    });
    productIds.push(p.id);
  }
  await db.$transaction((tx) => syncSearch(tx, { productIds, businessIds: [business.id] }));
});
afterAll(() => {
  const engine = getSearchEngine();
  if (engine instanceof EmbeddedSearchEngine) engine.close();
});

const params = (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};

describe("parseSearchParams", () => {
  it("reads filters and near=lat,lng; strict mode reports bad values, lenient drops them", () => {
    expect(params("q=nuoc+mam&type=product&stars=4&certified=true&near=15.7,108.3&sort=distance")).toMatchObject({
      q: "nuoc mam",
      type: "product",
      stars: 4,
      certified: "true",
      near: { lat: 15.7, lng: 108.3 },
      sort: "distance",
      page: 1,
    });
    const bad = new URLSearchParams("q=x&type=shop&near=200,1&page=0");
    const strict = parseSearchParams(bad);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(Object.keys(strict.errors).sort()).toEqual(["near", "page", "type"]);
    expect(parseSearchParams(bad, { lenient: true })).toMatchObject({ ok: true, value: { q: "x", page: 1 } });
  });
});

describe("searchPublic", () => {
  it("labels facets with catalogue names and narrows by a facet", async () => {
    const all = await searchPublic(db, { params: params("q=nuoc mam"), language: "vi" });
    expect(all.total).toBe(11);
    expect(all.facets.type).toEqual([
      { value: "product", count: 10 },
      { value: "producer", count: 1 },
    ]);
    expect(all.facets.category).toEqual([{ value: ref.sauce.id, label: "Nước mắm và gia vị", count: 10 }]);
    expect(all.facets.commune[0]).toMatchObject({ value: ref.communes.thangAn, label: "Xã Thăng An, Đà Nẵng" });
    expect(all.facets.province[0]).toMatchObject({ value: "48", label: "Thành phố Đà Nẵng", count: 11 });

    const producers = await searchPublic(db, { params: params("q=nuoc mam&type=producer"), language: "en" });
    expect(producers.total).toBe(1);
    expect(producers.hits.every((h) => h.type === "producer")).toBe(true);

    const english = await searchPublic(db, { params: params(`q=nuoc mam&category=${ref.sauce.id}`), language: "en" });
    expect(english.names.category[ref.sauce.id]).toBe("Fish sauce");
  });

  it("builds the open-data body with absolute URLs and segment highlights", async () => {
    const p = params("q=nuoc mam&type=product&perPage=3&page=2");
    const body = searchApiBody(p, await searchPublic(db, { params: p, language: "vi" }));
    expect(body).toMatchObject({ query: { q: "nuoc mam", type: "product", sort: "relevance" }, total: 10, page: 2, perPage: 3, pages: 4 });
    expect(body.data).toHaveLength(3);
    expect(body.data[0]!.url).toMatch(/^https?:\/\/[^/]+\/products\//);
    expect(body.data[0]!.highlight.title[0]).toEqual({ text: "Nước mắm", match: true });
  });
});

describe("suggestPublic", () => {
  it("gives at most eight small suggestions from two characters on", async () => {
    expect(await suggestPublic({ q: "n" })).toEqual([]);
    const suggestions = await suggestPublic({ q: "nuoc m" });
    expect(suggestions).toHaveLength(SUGGEST_LIMIT);
    expect(Object.keys(suggestions[0]!).sort()).toEqual(["highlight", "subtitle", "title", "type", "url"]);
    expect((await suggestPublic({ q: "nuoc mam cua k" }))[0]).toMatchObject({ type: "producer", title: "Cơ sở Nước mắm Cửa Khe" });
    // "nuoc m": the single trailing letter still narrows and is marked as a prefix.
    expect(suggestions[0]!.highlight.filter((s) => s.match).map((s) => s.text)).toEqual(["Nước mắm"]);
    expect(await suggestPublic({ q: "nuoc z" })).toEqual([]);
  });
});
