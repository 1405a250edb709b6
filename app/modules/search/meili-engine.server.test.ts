import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "~/utils/db.server";
import {
  buildMeiliFilter,
  buildMeiliQuery,
  buildMeiliSettings,
  buildMeiliSort,
  drainSearchOutbox,
  MAX_ATTEMPTS,
  MeiliSearchEngine,
  retryDelayMs,
  segmentsFromFormatted,
  toMeiliDocument,
} from "./meili-engine.server";
import { normalizeSearchQuery } from "./query";
import { SEARCH_INDEX_TOPIC } from "./sync.server";

describe("buildMeiliSettings", () => {
  it("declares searchable, filterable and sortable attributes, _geo and Vietnamese", () => {
    const settings = buildMeiliSettings([]);
    expect(settings.searchableAttributes).toEqual(["title", "subtitle", "body", "oldPlaceNames"]);
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["type", "categoryId", "provinceCode", "communeCode", "ocopStars", "certified", "_geo"]),
    );
    expect(settings.sortableAttributes).toEqual(["publishedAt", "_geo"]);
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ["title", "subtitle", "body", "oldPlaceNames"], locales: ["vie"] }]);
    expect(settings.typoTolerance?.minWordSizeForTypos?.oneTypo).toBe(4);
  });

  it("expands one-way groups one way and folds accented terms", () => {
    const { synonyms } = buildMeiliSettings([["thom", ">", "dứa", "khom"], ["dứa", "khom"]]);
    expect(synonyms).toEqual({ thom: ["dua", "khom"], dua: ["khom"], khom: ["dua"] });
  });

  it("makes synonym groups symmetric", () => {
    const { synonyms } = buildMeiliSettings([["lac", "dau phong"], ["heo", "lon"], ["lac", "lac tien"]]);
    expect(synonyms).toEqual({
      lac: ["dau phong", "lac tien"],
      "dau phong": ["lac"],
      heo: ["lon"],
      lon: ["heo"],
      "lac tien": ["lac"],
    });
  });
});

describe("buildMeiliQuery", () => {
  it("sends Telex/VNI words as their reading, drops units and filler words, reads stars as a filter", () => {
    expect(buildMeiliQuery("banhs chuwng", [])).toEqual({ q: "banh chung" });
    expect(buildMeiliQuery("tu7o7ng o71t", [])).toEqual({ q: "tuong ot" });
    expect(buildMeiliQuery("sản phẩm mắm tôm 500 g ngon", [])).toEqual({ q: "mam tom" });
    expect(buildMeiliQuery("nước mắm ocop 4 sao", [])).toEqual({ q: "nuoc mam", minStars: 4 });
    expect(buildMeiliQuery("trà ocop", [])).toEqual({ q: "tra", minStars: 3 });
    expect(buildMeiliQuery("g", [])).toBeNull();
    expect(buildMeiliQuery("", [])).toEqual({ q: "" });
  });
});

describe("buildMeiliFilter", () => {
  it("ANDs every filter and quotes string values", () => {
    const filter = buildMeiliFilter(
      normalizeSearchQuery({
        q: "",
        type: "salesPoint",
        categoryId: 'c"1',
        provinceCode: "48",
        communeCode: "20791",
        minStars: 4,
        certified: true,
      }),
    );
    expect(filter).toEqual([
      'type = "salesPoint"',
      'categoryId = "c\\"1"',
      'provinceCode = "48"',
      'communeCode = "20791"',
      "ocopStars >= 4",
      "certified = true",
    ]);
  });

  it("is empty without filters", () => {
    expect(buildMeiliFilter(normalizeSearchQuery({ q: "mam" }))).toEqual([]);
  });
});

describe("buildMeiliSort", () => {
  it("sorts by _geoPoint, newest, or leaves relevance to the ranking rules", () => {
    expect(buildMeiliSort(normalizeSearchQuery({ q: "x", sort: "distance", near: { lat: 15.7, lng: 108.3 } }))).toEqual([
      "_geoPoint(15.7, 108.3):asc",
    ]);
    expect(buildMeiliSort(normalizeSearchQuery({ q: "x", sort: "newest" }))).toEqual(["publishedAt:desc"]);
    expect(buildMeiliSort(normalizeSearchQuery({ q: "x" }))).toBeUndefined();
    expect(buildMeiliSort(normalizeSearchQuery({ q: "" }))).toEqual(["publishedAt:desc"]);
  });
});

describe("documents and highlights", () => {
  it("gives Meilisearch an accepted key and a _geo point", () => {
    const doc = toMeiliDocument({
      id: "salesPoint:abc",
      type: "salesPoint",
      title: "Cửa hàng",
      subtitle: "",
      body: "",
      url: "/sales-points/abc",
      certified: true,
      lat: 15.7,
      lng: 108.3,
      publishedAt: 1,
    });
    expect(doc).toMatchObject({ key: "salesPoint_abc", id: "salesPoint:abc", _geo: { lat: 15.7, lng: 108.3 } });
    expect(doc).not.toHaveProperty("lat");
  });

  it("turns _formatted tags into segments", () => {
    expect(segmentsFromFormatted("\u0002Nước mắm\u0003 cá cơm")).toEqual([
      { text: "Nước mắm", match: true },
      { text: " cá cơm", match: false },
    ]);
  });
});

describe("drainSearchOutbox", () => {
  afterEach(() => vi.restoreAllMocks());
  const engine = new MeiliSearchEngine({ db, host: "http://127.0.0.1:9" });

  it("applies due messages and marks them done", async () => {
    const message = await db.outboxMessage.create({
      data: { topic: SEARCH_INDEX_TOPIC, payload: JSON.stringify({ ids: ["product:a", "producer:b"] }) },
    });
    const sync = vi.spyOn(engine, "syncDocuments").mockResolvedValue();
    expect(await drainSearchOutbox(db, engine)).toEqual({ done: 1, failed: 0 });
    expect(sync).toHaveBeenCalledWith(["product:a", "producer:b"]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "DONE", attempts: 1 });
  });

  it("retries with backoff, then gives up", async () => {
    const message = await db.outboxMessage.create({
      data: { topic: SEARCH_INDEX_TOPIC, payload: JSON.stringify({ ids: ["product:a"] }) },
    });
    vi.spyOn(engine, "syncDocuments").mockRejectedValue(new Error("meilisearch unreachable"));
    let now = new Date();
    expect(await drainSearchOutbox(db, engine, { now: () => now })).toEqual({ done: 0, failed: 1 });
    let row = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "meilisearch unreachable" });
    expect(row.availableAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Not due yet: nothing happens.
    expect(await drainSearchOutbox(db, engine, { now: () => now })).toEqual({ done: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + retryDelayMs(attempt - 1) + 1);
      await drainSearchOutbox(db, engine, { now: () => now });
    }
    row = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("backs off exponentially up to ten minutes", () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(30)).toBe(600_000);
  });
});
