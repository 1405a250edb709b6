// The contract every search engine keeps. It runs on the embedded engine always and on
// Meilisearch when MEILI_HOST is set (ARCHITECTURE.md §4). Data goes in the way catalogue
// code puts it in: rows written with Prisma, then `syncSearch(tx, ...)` in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbReady, databaseUrl } from "~/utils/db.server";
import { EmbeddedSearchEngine } from "./embedded-engine.server";
import { drainSearchOutbox, MeiliSearchEngine } from "./meili-engine.server";
import { haversineKm, normalizeSearchQuery } from "./query";
import type { SearchEngine, SearchQuery, SearchResult } from "./search.types";
import { syncSearch } from "./sync.server";

interface EngineUnderTest {
  engine: SearchEngine;
  /** waits until writes made through syncSearch are searchable */
  settle: () => Promise<void>;
  /** whether syncSearch must write outbox messages for this engine */
  outbox: boolean;
  close?: () => Promise<void> | void;
}

const THANG_BINH = { lat: 15.7406, lng: 108.3601 };
const ids = { products: [] as string[], businesses: [] as string[], salesPoints: [] as string[] };
let seq = 0;

async function seedCatalogue(outbox: boolean) {
  await db.province.upsert({
    where: { code: "48" },
    update: {},
    create: { code: "48", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", slug: "da-nang", placeType: "Thành phố Trung Ương" },
  });
  await db.province.upsert({
    where: { code: "79" },
    update: {},
    create: { code: "79", name: "Thành phố Hồ Chí Minh", shortName: "Hồ Chí Minh", slug: "ho-chi-minh", placeType: "Thành phố Trung Ương" },
  });
  for (const [code, name, provinceCode] of [
    ["20791", "Xã Thăng Bình", "48"],
    ["20800", "Xã Thăng An", "48"],
    ["26734", "Phường Sài Gòn", "79"],
  ] as const) {
    await db.commune.upsert({ where: { code }, update: {}, create: { code, name, folded: name.toLowerCase(), provinceCode } });
  }
  const category = async (slug: string, nameVi: string) =>
    (await db.category.upsert({ where: { slug }, update: {}, create: { slug, nameVi, nameEn: slug } })).id;
  const giaVi = await category("gia-vi", "Gia vị, nước chấm");
  const nongSan = await category("nong-san", "Nông sản");
  const banhKeo = await category("banh-keo", "Bánh kẹo");

  const tag = `${Date.now().toString(36)}${(seq++).toString(36)}`;
  const business = (name: string, status: "VERIFIED" | "DRAFT", communeCode: string, provinceCode = "48") =>
    db.business.create({
      data: { slug: `${tag}-${name.length}-${Math.random().toString(36).slice(2, 8)}`, legalForm: "COOPERATIVE", name, status, provinceCode, communeCode, verifiedAt: new Date() },
    });
  const cuaDai = await business("Hợp tác xã Nước mắm Cửa Đại", "VERIFIED", "20800");
  const thangBinh = await business("Cơ sở Bánh tráng Thăng Bình", "VERIFIED", "20791");
  const hidden = await business("Cơ sở Mật ong chưa duyệt", "DRAFT", "20791");
  const saiGon = await business("Công ty TNHH Đặc sản Sài Gòn", "VERIFIED", "26734", "79");

  let day = 0;
  const product = async (
    businessId: string,
    name: string,
    status: "APPROVED" | "DRAFT",
    categoryId: string,
    extra: { description?: string; stars?: number; communeCode?: string } = {},
  ) => {
    day++;
    const row = await db.product.create({
      data: {
        slug: `${tag}-p${day}`,
        businessId,
        name,
        status,
        categoryId,
        description: extra.description,
        originCommuneCode: extra.communeCode,
        publishedAt: status === "APPROVED" ? new Date(Date.UTC(2025, 0, day)) : null,
      },
    });
    if (extra.stars) {
      await db.certificate.create({
        data: {
          kind: "OCOP",
          number: `OCOP-${tag}-${day}`,
          issuer: "UBND thành phố Đà Nẵng",
          issuedOn: new Date(Date.UTC(2025, 0, 1)),
          expiresOn: new Date(Date.now() + 365 * 86_400_000),
          stars: extra.stars,
          checkState: "CHECKED",
          checkedAt: new Date(Date.UTC(2025, 0, 2)),
          verificationCode: `V${tag}P${day}`.toUpperCase(),
          businessId,
          productId: row.id,
        },
      });
    }
    ids.products.push(row.id);
    return row;
  };
  await product(cuaDai.id, "Nước mắm cá cơm Cửa Đại", "APPROVED", giaVi, { description: "Ủ chượp 12 tháng trong thùng gỗ.", stars: 4, communeCode: "20800" });
  await product(cuaDai.id, "Mắm tôm chua", "DRAFT", giaVi);
  await product(thangBinh.id, "Đậu phộng rang muối", "APPROVED", nongSan, { description: "Hạt chắc, rang củi.", stars: 3 });
  await product(thangBinh.id, "Bánh tráng phơi sương Thăng Bình", "APPROVED", banhKeo, { description: "Bánh tráng cuốn thịt heo." });
  await product(thangBinh.id, "Kẹo gương Thăng Bình", "APPROVED", banhKeo, { description: "Kẹo làm từ mạch nha và lạc." });
  await product(hidden.id, "Mật ong rừng chưa duyệt", "APPROVED", nongSan);

  const salesPoint = async (
    name: string,
    businessId: string,
    point: { lat: number; lng: number },
    certificate: "ACTIVE" | "REVOKED" | null,
    communeCode = "20791",
    provinceCode = "48",
  ) => {
    day++;
    const row = await db.salesPoint.create({
      data: {
        name,
        businessId,
        provinceCode,
        communeCode,
        streetAddress: `${day} Hùng Vương`,
        latitude: point.lat,
        longitude: point.lng,
        vietGoodsShare: 90,
        status: certificate ? "CERTIFIED" : "APPLIED",
      },
    });
    if (certificate) {
      await db.certificate.create({
        data: {
          kind: "SALES_POINT",
          number: `DB-${tag}-${day}`,
          issuer: "Phòng Kinh tế",
          issuedOn: new Date(Date.UTC(2025, 5, day)),
          expiresOn: new Date(Date.now() + 365 * 86_400_000),
          verificationCode: `V${tag}S${day}`.toUpperCase(),
          origin: "OFFICE",
          checkState: "ISSUED",
          status: certificate,
          businessId,
          salesPointId: row.id,
        },
      });
    }
    ids.salesPoints.push(row.id);
  };
  await salesPoint("Cửa hàng đặc sản Thăng Bình", thangBinh.id, { lat: 15.742, lng: 108.362 }, "ACTIVE");
  await salesPoint("Điểm bán hàng Việt Nam Hội An", cuaDai.id, { lat: 15.88, lng: 108.33 }, "ACTIVE", "20800");
  await salesPoint("Cửa hàng đặc sản Tam Kỳ", thangBinh.id, { lat: 15.57, lng: 108.47 }, "ACTIVE");
  await salesPoint("Siêu thị mini Sài Gòn", saiGon.id, { lat: 10.776, lng: 106.701 }, "ACTIVE", "26734", "79");
  await salesPoint("Cửa hàng đặc sản bị thu hồi", thangBinh.id, { lat: 15.741, lng: 108.361 }, "REVOKED");
  await salesPoint("Cửa hàng đặc sản đang xin", thangBinh.id, { lat: 15.741, lng: 108.361 }, null);

  ids.businesses.push(cuaDai.id, thangBinh.id, hidden.id, saiGon.id);
  await db.$transaction((tx) =>
    syncSearch(tx, { productIds: ids.products, businessIds: ids.businesses, salesPointIds: ids.salesPoints }, { outbox }),
  );
}

const titles = (result: SearchResult) => result.hits.map((h) => h.doc.title);

export function runSearchContract(makeEngine: () => Promise<EngineUnderTest>) {
  let subject: EngineUnderTest;
  const search = (query: Partial<SearchQuery> & { q: string }) => subject.engine.search(normalizeSearchQuery(query));

  beforeAll(async () => {
    await dbReady;
    subject = await makeEngine();
    await seedCatalogue(subject.outbox);
    await subject.settle();
  });
  afterAll(async () => {
    await subject.close?.();
  });

  it("folds Vietnamese: 'nuoc mam' finds 'Nước mắm …' and marks the matched words", async () => {
    const result = await search({ q: "nuoc mam" });
    expect(titles(result)[0]).toBe("Nước mắm cá cơm Cửa Đại");
    const marked = result.hits[0]!.highlight.title.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(marked.join(" ")).toContain("nước mắm");
    expect(result.hits[0]!.highlight.title.map((s) => s.text).join("")).toBe("Nước mắm cá cơm Cửa Đại");
  });

  it("'dau phong' finds 'Đậu phộng'", async () => {
    expect(titles(await search({ q: "dau phong" }))).toContain("Đậu phộng rang muối");
  });

  it("'lac' finds 'Đậu phộng' through the office's synonyms", async () => {
    expect(titles(await search({ q: "lac" }))).toContain("Đậu phộng rang muối");
  });

  it("a mis-accented 'nươc mắm' works", async () => {
    expect(titles(await search({ q: "nươc mắm" }))[0]).toBe("Nước mắm cá cơm Cửa Đại");
  });

  it("matches the last word as a prefix while typing: 'banh tr' finds 'Bánh tráng'", async () => {
    expect(titles(await search({ q: "banh tr" }))).toContain("Bánh tráng phơi sương Thăng Bình");
  });

  it("tolerates one typo in a five-letter word", async () => {
    expect(titles(await search({ q: "suomg" }))).toContain("Bánh tráng phơi sương Thăng Bình");
    expect(titles(await search({ q: "banh trsng" }))).toContain("Bánh tráng phơi sương Thăng Bình");
  });

  it("never shows what is not public", async () => {
    const all = await search({ q: "", perPage: 100 });
    const shown = titles(all);
    expect(shown).not.toContain("Mắm tôm chua"); // draft product
    expect(shown).not.toContain("Mật ong rừng chưa duyệt"); // product of an unverified business
    expect(shown).not.toContain("Cơ sở Mật ong chưa duyệt"); // unverified producer
    expect(shown).not.toContain("Cửa hàng đặc sản bị thu hồi"); // revoked certificate
    expect(shown).not.toContain("Cửa hàng đặc sản đang xin"); // not certified yet
    expect(shown).toContain("Hợp tác xã Nước mắm Cửa Đại");
    expect(all.total).toBe(4 + 3 + 4); // products, producers, sales points
  });

  it("filters by type, province, commune, stars and certification", async () => {
    expect((await search({ q: "", type: "salesPoint" })).total).toBe(4);
    expect(titles(await search({ q: "", provinceCode: "79" }))).toEqual(
      expect.arrayContaining(["Siêu thị mini Sài Gòn", "Công ty TNHH Đặc sản Sài Gòn"]),
    );
    expect((await search({ q: "", provinceCode: "79" })).total).toBe(2);
    expect(titles(await search({ q: "", minStars: 4, type: "product" }))).toEqual(["Nước mắm cá cơm Cửa Đại"]);
    expect(titles(await search({ q: "", communeCode: "20800", type: "salesPoint" }))).toEqual(["Điểm bán hàng Việt Nam Hội An"]);
    const certifiedProducts = await search({ q: "", type: "product", certified: true });
    expect(certifiedProducts.total).toBe(2);
  });

  it("facet counts equal the number of matching documents", async () => {
    for (const q of ["", "thang binh", "dac san"]) {
      const result = await search({ q });
      expect(Object.values(result.facets.type).reduce((a, b) => a + b, 0)).toBe(result.total);
      expect(Object.values(result.facets.certified).reduce((a, b) => a + b, 0)).toBe(result.total);
      for (const [type, count] of Object.entries(result.facets.type)) {
        expect((await search({ q, type: type as SearchQuery["type"] })).total).toBe(count);
      }
      for (const [provinceCode, count] of Object.entries(result.facets.province)) {
        expect((await search({ q, provinceCode })).total).toBe(count);
      }
      for (const [communeCode, count] of Object.entries(result.facets.commune)) {
        expect((await search({ q, communeCode })).total).toBe(count);
      }
      for (const [categoryId, count] of Object.entries(result.facets.category)) {
        expect((await search({ q, categoryId })).total).toBe(count);
      }
      for (const [certified, count] of Object.entries(result.facets.certified)) {
        expect((await search({ q, certified: certified === "true" })).total).toBe(count);
      }
    }
    const stars = (await search({ q: "", type: "product" })).facets.stars;
    expect(stars).toEqual({ "3": 1, "4": 1 });
  });

  it("sorts by true distance from a point", async () => {
    const result = await search({ q: "", type: "salesPoint", near: THANG_BINH, sort: "distance" });
    expect(titles(result)).toEqual([
      "Cửa hàng đặc sản Thăng Bình",
      "Điểm bán hàng Việt Nam Hội An", // ~15.5 km
      "Cửa hàng đặc sản Tam Kỳ", // ~22 km
      "Siêu thị mini Sài Gòn",
    ]);
    const distances = result.hits.map((h) => h.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const hit of result.hits) {
      expect(hit.distanceKm).toBeCloseTo(haversineKm(THANG_BINH, { lat: hit.doc.lat!, lng: hit.doc.lng! }), 6);
    }
    // With text too, and documents without a location after those with one.
    const mixed = await search({ q: "thang binh", near: THANG_BINH, sort: "distance" });
    expect(mixed.hits[0]!.doc.title).toBe("Cửa hàng đặc sản Thăng Bình");
    const located = mixed.hits.map((h) => h.doc.lat !== undefined);
    expect(located.indexOf(false) === -1 || !located.slice(located.indexOf(false)).includes(true)).toBe(true);
  });

  it("sorts by newest and pages through results", async () => {
    const newest = await search({ q: "", type: "product", sort: "newest" });
    const times = newest.hits.map((h) => h.doc.publishedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const page1 = await search({ q: "", type: "product", sort: "newest", perPage: 2, page: 1 });
    const page2 = await search({ q: "", type: "product", sort: "newest", perPage: 2, page: 2 });
    expect(page1.total).toBe(4);
    expect([...titles(page1), ...titles(page2)]).toEqual(titles(newest));
  });

  it("sees a change as soon as the transaction that made it commits", async () => {
    const draftId = ids.products[1]!; // "Mắm tôm chua"
    await db.$transaction(async (tx) => {
      await tx.product.update({ where: { id: draftId }, data: { status: "APPROVED", publishedAt: new Date() } });
      await syncSearch(tx, { productIds: [draftId] }, { outbox: subject.outbox });
    });
    await subject.settle();
    expect(titles(await search({ q: "mam tom" }))).toContain("Mắm tôm chua");

    await db.$transaction(async (tx) => {
      await tx.product.update({ where: { id: draftId }, data: { status: "UNPUBLISHED" } });
      await syncSearch(tx, { productIds: [draftId] }, { outbox: subject.outbox });
    });
    await subject.settle();
    expect(titles(await search({ q: "mam tom" }))).not.toContain("Mắm tôm chua");
  });

  it("a rolled-back transaction leaves the index untouched", async () => {
    const draftId = ids.products[1]!;
    await expect(
      db.$transaction(async (tx) => {
        await tx.product.update({ where: { id: draftId }, data: { status: "APPROVED" } });
        await syncSearch(tx, { productIds: [draftId] }, { outbox: subject.outbox });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await subject.settle();
    expect(titles(await search({ q: "mam tom" }))).not.toContain("Mắm tôm chua");
  });

  // One test per kind of query that used to fail (issue #15); their documents are added here.
  describe("what shoppers type", () => {
    beforeAll(async () => {
      await db.communeMapping.upsert({
        where: { id: 990_001 },
        update: {},
        create: {
          id: 990_001,
          oldName: "Xã Bình Triều",
          oldDistrictName: "Huyện Thăng Bình",
          oldProvinceName: "Tỉnh Quảng Nam",
          oldFolded: "xa binh trieu huyen thang binh tinh quang nam",
          newCommuneCode: "20800",
        },
      });
      const category = (await db.category.findUniqueOrThrow({ where: { slug: "nong-san" } })).id;
      const business = await db.business.create({
        data: { slug: `shop-${Date.now().toString(36)}`, legalForm: "HOUSEHOLD", name: "Hộ kinh doanh Lê Thị Ba", status: "VERIFIED", provinceCode: "48", communeCode: "20791", verifiedAt: new Date() },
      });
      const made: string[] = [];
      for (const [name, description] of [
        ["Cơm cháy chà bông", "Cơm cháy giòn rắc chà bông."],
        ["Tương ớt Hà Lam", "Ớt tươi xay, tỏi."],
        ["Dứa Đồng Giao", "Trái dứa mắt nông."],
        ["Kẹo dừa Bến Tre", "Nấu từ nước cốt dừa."],
        ["Gạo nàng thơm Chợ Đào", "Gạo dẻo thơm."],
        ["Muối mè đen", "Mè rang giã với muối."],
      ] as const) {
        const row = await db.product.create({
          data: { slug: `${business.slug}-${made.length}`, businessId: business.id, name, description, status: "APPROVED", categoryId: category, publishedAt: new Date() },
        });
        made.push(row.id);
      }
      ids.products.push(...made);
      // The Cửa Đại fish sauce is made in 20800, which the mapping above says was in Quảng Nam.
      await db.$transaction((tx) => syncSearch(tx, { productIds: ids.products, businessIds: [business.id] }, { outbox: subject.outbox }));
      await subject.settle();
    });

    it("reads Telex and VNI leftovers as Vietnamese", async () => {
      expect(titles(await search({ q: "banhs trangs" }))[0]).toBe("Bánh tráng phơi sương Thăng Bình");
      expect(titles(await search({ q: "tuwowng ots" }))[0]).toBe("Tương ớt Hà Lam");
      expect(titles(await search({ q: "tu7o7ng o71t" }))[0]).toBe("Tương ớt Hà Lam");
    });

    it("corrects a typo in a short syllable, without correcting known words", async () => {
      expect(titles(await search({ q: "bahn trang" }))[0]).toBe("Bánh tráng phơi sương Thăng Bình");
      expect(titles(await search({ q: "nuco mam" }))[0]).toBe("Nước mắm cá cơm Cửa Đại");
      expect(titles(await search({ q: "nuco mma" }))[0]).toBe("Nước mắm cá cơm Cửa Đại");
    });

    it("still finds the product when the query has one word it lacks", async () => {
      expect(titles(await search({ q: "nước mắm cá cơm Cửa Đại nhà làm" }))[0]).toBe("Nước mắm cá cơm Cửa Đại");
      expect(titles(await search({ q: "kẹo gương Thăng Bình giòn" }))[0]).toBe("Kẹo gương Thăng Bình");
    });

    it("reads the last word as a prefix from one letter on", async () => {
      expect(titles(await search({ q: "com ch" }))[0]).toBe("Cơm cháy chà bông");
      expect(titles(await search({ q: "keo g" }))[0]).toBe("Kẹo gương Thăng Bình");
    });

    it("ignores units, single letters and 'sản phẩm'", async () => {
      expect(titles(await search({ q: "sản phẩm kẹo gương 500 g" }))[0]).toBe("Kẹo gương Thăng Bình");
      expect((await search({ q: "g" })).total).toBe(0);
      expect((await search({ q: "sản phẩm" })).total).toBe(0);
    });

    it("knows the district and province a commune belonged to before 2025", async () => {
      expect(titles(await search({ q: "nước mắm Quảng Nam" }))[0]).toBe("Nước mắm cá cơm Cửa Đại");
    });

    it("reads OCOP stars in the text as a filter", async () => {
      const four = await search({ q: "ocop 4 sao", type: "product" });
      expect(titles(four)).toEqual(["Nước mắm cá cơm Cửa Đại"]);
      expect(titles(await search({ q: "đậu phộng ocop 3 sao" }))).toEqual(["Đậu phộng rang muối"]);
      expect(titles(await search({ q: "kẹo ocop" }))).toEqual([]);
    });

    it("knows regional words, and one-way ones only one way", async () => {
      expect(titles(await search({ q: "muối vừng" }))[0]).toBe("Muối mè đen");
      expect(titles(await search({ q: "thơm " }))).toContain("Dứa Đồng Giao");
      expect(titles(await search({ q: "dứa " }))).not.toContain("Gạo nàng thơm Chợ Đào");
    });

    it("ranks the exact accents first when the query carries them", async () => {
      expect(titles(await search({ q: "dứa" }))[0]).toBe("Dứa Đồng Giao");
      expect(titles(await search({ q: "dừa" }))[0]).toBe("Kẹo dừa Bến Tre");
    });

    it("returns nothing for a query the catalogue cannot answer", async () => {
      expect((await search({ q: "máy giặt samsung" })).total).toBe(0);
      expect((await search({ q: "thuê nhà" })).total).toBe(0);
    });
  });

  it("rebuilds the whole index from the database", async () => {
    const before = await search({ q: "", perPage: 100 });
    const { documents } = await subject.engine.rebuild();
    expect(documents).toBe(before.total);
    const after = await search({ q: "", perPage: 100 });
    expect(after.total).toBe(before.total);
    expect(titles(await search({ q: "nuoc mam" }))[0]).toBe("Nước mắm cá cơm Cửa Đại");
  });
}

describe("search contract: embedded engine (SQLite FTS5)", () => {
  runSearchContract(async () => {
    const engine = new EmbeddedSearchEngine({ db, databaseUrl: databaseUrl() });
    return { engine, settle: async () => {}, outbox: false, close: () => engine.close() };
  });
});

describe.runIf(Boolean(process.env.MEILI_HOST))("search contract: Meilisearch", () => {
  runSearchContract(async () => {
    const engine = new MeiliSearchEngine({
      db,
      host: process.env.MEILI_HOST!,
      apiKey: process.env.MEILI_API_KEY,
      indexUid: `contract_${process.pid}_${Date.now().toString(36)}`,
    });
    await engine.updateSettings();
    return {
      engine,
      outbox: true,
      settle: async () => {
        while ((await drainSearchOutbox(db, engine, { limit: 500 })).done > 0) {
          // drain until empty
        }
      },
      close: async () => {
        await engine.client.deleteIndexIfExists(engine.indexUid);
      },
    };
  });
});
