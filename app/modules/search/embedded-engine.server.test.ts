// The embedded engine's fast paths must give what the general path gives: a one-word search
// reads its matches from a kept sorted order (shallow pages) or chooses among all of them
// (pages deeper than ORDERED_WINDOW_MAX allows), and results with the same matches share their
// facet records. Writes between searches must show at once, whatever was kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbReady, databaseUrl } from "~/utils/db.server";
import { EmbeddedSearchEngine, ORDERED_WINDOW_MAX } from "./embedded-engine.server";
import { normalizeSearchQuery } from "./query";
import type { SearchDocument, SearchQuery } from "./search.types";

const DOCUMENTS = 900;
const PROVINCES = ["48", "79", "01"];
const COMMUNES = ["20791", "20800", "26734", "00004"];
let engine: EmbeddedSearchEngine;

/**
 * Many documents with the word "khoai" whose keys tie often: titles of a few lengths, all
 * opening with the word (the same word-order bonus for all), publication times that repeat.
 */
function potato(i: number): SearchDocument {
  const extra = ["lang", "lang tím", "môn sấy", "mì Tây Ninh"][i % 4]!;
  return {
    id: `product:potato${i}`,
    type: i % 5 === 0 ? "producer" : "product",
    title: `Khoai ${extra}`,
    subtitle: `Hợp tác xã số ${i}`,
    body: i % 3 === 0 ? "Khoai trồng trên đất đỏ bazan." : "Nông sản sạch.",
    url: `/products/potato-${i}`,
    provinceCode: PROVINCES[i % PROVINCES.length],
    communeCode: COMMUNES[i % COMMUNES.length],
    certified: i % 2 === 0,
    ocopStars: i % 7 === 0 ? 4 : undefined,
    publishedAt: Date.UTC(2026, 0, 1 + (i % 30)),
  };
}

beforeAll(async () => {
  await dbReady;
  engine = new EmbeddedSearchEngine({ db, databaseUrl: databaseUrl() });
  await engine.index(Array.from({ length: DOCUMENTS }, (_, i) => potato(i)));
});

afterAll(() => engine.close());

const search = (query: Partial<SearchQuery> & { q: string }) => engine.search(normalizeSearchQuery(query));
const idsOf = async (query: Partial<SearchQuery> & { q: string }) => (await search(query)).hits.map((h) => h.doc.id);

/** Results `from` to `from + count` read as pages of `perPage`. */
async function slice(query: Partial<SearchQuery> & { q: string }, perPage: number, from: number, count: number) {
  const out: string[] = [];
  for (let page = Math.floor(from / perPage) + 1; out.length < count + (from % perPage); page++) {
    const ids = await idsOf({ ...query, perPage, page });
    if (!ids.length) break;
    out.push(...ids);
  }
  return out.slice(from % perPage, (from % perPage) + count);
}

describe("one-word order", () => {
  for (const [label, filters] of [
    ["without filters", {}],
    ["with filters", { type: "product", certified: true }],
  ] as const) {
    it(`is the same on shallow pages (kept order) and deep pages (chosen among all) ${label}`, async () => {
      const deepPerPage = 100;
      const deepPage = Math.floor(ORDERED_WINDOW_MAX / 3 / deepPerPage) + 1; // its window is over the limit
      expect(deepPage * deepPerPage * 3).toBeGreaterThan(ORDERED_WINDOW_MAX);
      const from = (deepPage - 1) * deepPerPage;
      const total = (await search({ q: "khoai", ...filters })).total;
      expect(total).toBeGreaterThan(from);

      const deep = await idsOf({ q: "khoai", ...filters, perPage: deepPerPage, page: deepPage });
      // Pages of 10 from the same offset keep their windows under the limit: the kept order.
      const shallow = await slice({ q: "khoai", ...filters }, 10, from, deep.length);
      expect(shallow).toEqual(deep);
      expect(new Set(deep).size).toBe(deep.length);

      // And the first results agree whatever the page size.
      expect(await slice({ q: "khoai", ...filters }, 7, 0, 60)).toEqual(await slice({ q: "khoai", ...filters }, 100, 0, 60));
    });
  }
});

describe("facet records", () => {
  it("are shared by results with the same matches and cannot be changed", async () => {
    const first = await search({ q: "khoai", page: 1 });
    const second = await search({ q: "khoai", page: 2, sort: "newest" });
    expect(second.facets).toBe(first.facets);
    expect(Object.isFrozen(first.facets.commune)).toBe(true);
    expect(() => {
      (first.facets.commune as Record<string, number>)["20791"] = 0;
    }).toThrow(TypeError);
    expect(first.facets.type).toEqual({ product: DOCUMENTS - DOCUMENTS / 5, producer: DOCUMENTS / 5 });
  });
});

describe("after a write", () => {
  it("a one-word search shows the new document, its counts and its place in the order", async () => {
    const before = await search({ q: "khoai" });
    const newest: SearchDocument = { ...potato(DOCUMENTS), title: "Khoai", communeCode: "20800", publishedAt: Date.UTC(2026, 5, 1) };
    await engine.index([newest]);
    const after = await search({ q: "khoai" });
    expect(after.total).toBe(before.total + 1);
    expect(after.facets.commune["20800"]).toBe(before.facets.commune["20800"]! + 1);
    // The shortest title and the newest: first.
    expect(after.hits[0]!.doc.id).toBe(newest.id);

    await engine.remove([newest.id]);
    const removed = await search({ q: "khoai" });
    expect(removed.total).toBe(before.total);
    expect(removed.facets).toEqual(before.facets);
    expect(removed.hits.map((h) => h.doc.id)).toEqual(before.hits.map((h) => h.doc.id));
  });

  it("a two-word search (merged clause lists) finds only documents with both words", async () => {
    const result = await search({ q: "khoai tim", perPage: 100 });
    expect(result.total).toBe(DOCUMENTS / 4);
    expect(result.hits.every((h) => h.doc.title === "Khoai lang tím")).toBe(true);
  });
});
