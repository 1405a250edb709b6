// The default search engine: SQLite FTS5 in the application database (ADR 0005).
// Writes go through Prisma inside the caller's transaction (sync.server.ts). Reads use one
// dedicated better-sqlite3 connection on the same file: it caches prepared statements and
// returns plain arrays, which keeps a query over 100k documents in a few milliseconds.
// In WAL mode that connection sees every committed write at once.
import path from "node:path";
import Database from "better-sqlite3";
import type { PrismaClient } from "~/generated/prisma/client";
import type { Tx } from "~/utils/db.server";
import { allPublicDocuments } from "./documents.server";
import {
  cropSegments,
  haversineKm,
  highlightSegments,
  highlightTerms,
  MIN_WORD_LENGTH_FOR_TYPO,
  normalizeSearchQuery,
  oneEditVariants,
  parseQuery,
  toFtsMatch,
  type QueryClause,
} from "./query";
import type {
  RebuildProgress,
  SearchDocument,
  SearchDocumentId,
  SearchDocumentType,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "./search.types";
import { emptyFacets } from "./search.types";
import { indexDocumentsTx, removeDocumentsTx } from "./sync.server";
import { loadSynonymGroups } from "./synonyms.server";

/** bm25 weights: a word in the title counts four times a word in the body. */
const TITLE_WEIGHT = 4.0;
const BODY_WEIGHT = 1.0;

interface DocumentRow {
  id: string;
  type: string;
  title: string;
  subtitle: string;
  body: string;
  url: string;
  category_id: string | null;
  category_slug: string | null;
  province_code: string | null;
  commune_code: string | null;
  ocop_stars: number | null;
  certified: number;
  lat: number | null;
  lng: number | null;
  published_at: number;
}


export interface EmbeddedEngineOptions {
  /** Prisma client for writes, rebuilds and synonyms */
  db: PrismaClient;
  /** the same database as `db`, e.g. "file:./data/hang-viet.db" */
  databaseUrl: string;
}

export function sqliteFileFromUrl(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (!file || file === ":memory:") throw new Error("The embedded search engine needs a database file");
  // Same rule as the Prisma adapter: a relative path is relative to the working directory.
  return path.resolve(file);
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  readonly #db: PrismaClient;
  readonly #file: string;
  #reader: Database.Database | undefined;
  readonly #statements = new Map<string, Database.Statement>();
  #store = new DocumentColumns();

  constructor(options: EmbeddedEngineOptions) {
    this.#db = options.db;
    this.#file = sqliteFileFromUrl(options.databaseUrl);
  }

  async index(docs: SearchDocument[], tx?: Tx): Promise<void> {
    if (tx) return indexDocumentsTx(tx, docs);
    await this.#db.$transaction((t) => indexDocumentsTx(t, docs));
  }

  async remove(ids: SearchDocumentId[], tx?: Tx): Promise<void> {
    if (tx) return removeDocumentsTx(tx, ids);
    await this.#db.$transaction((t) => removeDocumentsTx(t, ids));
  }

  /**
   * Replaces the whole index in one transaction: readers keep seeing the old index until the
   * commit, then the new one. Holds the write lock for the duration (seconds per 100k rows).
   */
  async rebuild(onProgress?: RebuildProgress): Promise<{ documents: number }> {
    let documents = 0;
    await this.#db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("DELETE FROM search_document");
        for await (const batch of allPublicDocuments(tx)) {
          await indexDocumentsTx(tx, batch.docs);
          documents += batch.docs.length;
          onProgress?.({ done: batch.scanned, total: batch.total, phase: "index" });
        }
        onProgress?.({ done: documents, total: documents, phase: "optimize" });
        await tx.$executeRawUnsafe("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
      },
      { timeout: 60 * 60_000, maxWait: 30_000 },
    );
    return { documents };
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const query = normalizeSearchQuery(input);
    const synonyms = await loadSynonymGroups(this.#db);
    const reader = this.#connection();
    // One read transaction: the in-memory columns and the FTS index see the same snapshot.
    return reader.transaction(() => {
      this.#store.catchUp((sql) => this.#statement(sql));
      let clauses = parseQuery(query.q, synonyms);
      let outcome = this.#run(query, clauses);
      let didYouMean: string | undefined;
      if (outcome.total === 0 && clauses.length > 0) {
        const corrected = this.#correctTypos(clauses);
        if (corrected) {
          const retry = this.#run(query, corrected.clauses);
          if (retry.total > 0) {
            outcome = retry;
            clauses = corrected.clauses;
            didYouMean = corrected.text;
          }
        }
      }
      const docs = this.#fetchDocuments(outcome.pageRowids);
      const terms = highlightTerms(clauses);
      const hits: SearchHit[] = docs.map((doc) => ({
        doc,
        highlight: {
          title: highlightSegments(doc.title, terms),
          body: cropSegments(highlightSegments(doc.body || doc.subtitle, terms)),
        },
        distanceKm:
          query.near && doc.lat !== undefined && doc.lng !== undefined
            ? haversineKm(query.near, { lat: doc.lat, lng: doc.lng })
            : undefined,
      }));
      return { hits, total: outcome.total, facets: outcome.facets, ...(didYouMean ? { didYouMean } : {}) };
    })();
  }

  /** Loads the in-memory columns now rather than on the first search (server start). */
  warmUp(): void {
    const reader = this.#connection();
    reader.transaction(() => this.#store.catchUp((sql) => this.#statement(sql)))();
  }

  /** Closes the read connection (tests, shutdown). */
  close(): void {
    this.#statements.clear();
    this.#reader?.close();
    this.#reader = undefined;
    this.#store = new DocumentColumns();
  }

  #connection(): Database.Database {
    if (!this.#reader) {
      const reader = new Database(this.#file, { fileMustExist: true });
      reader.pragma("busy_timeout = 5000");
      reader.pragma("cache_size = -65536"); // 64 MiB: the FTS index of 100k documents stays hot
      reader.pragma("mmap_size = 268435456");
      reader.pragma("query_only = 1");
      this.#reader = reader;
    }
    return this.#reader;
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#connection().prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Rowids of every document matching the clauses, straight from the FTS5 doclists. */
  #matchingRowids(clauses: QueryClause[]): Int32Array {
    // group_concat returns one string instead of one JS row per match: ~5x cheaper per match.
    const list = this.#statement("SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH ?")
      .pluck()
      .get(toFtsMatch(clauses)) as string | null;
    return parseIntegerList(list);
  }

  /**
   * Filters, facet counts and the requested page over the matches, in memory. Relevance is
   * BM25F-style: each clause scores more when it matches the title (saturated and normalised
   * by title length) than when it only matches the body; ties go to the newest document.
   */
  #run(query: SearchQuery, clauses: QueryClause[]): { total: number; facets: SearchFacets; pageRowids: number[] } {
    const store = this.#store;
    const candidates = clauses.length > 0 ? this.#matchingRowids(clauses) : store.allRowids();
    const { kept, total, counts } = store.filterAndCount(candidates, query);
    const keys = new Float64Array(total);
    const useDistance = query.sort === "distance" && query.near;
    const useRelevance = query.sort === "relevance" && clauses.length > 0;
    const titleMatchers = useRelevance ? clauses.map(titleMatcher) : [];
    for (let i = 0; i < total; i++) {
      const rowid = kept[i]!;
      if (useDistance) keys[i] = store.distanceKm(rowid, query.near!);
      else if (useRelevance) keys[i] = -relevance(store, rowid, titleMatchers);
      else keys[i] = -store.publishedAt(rowid);
    }
    const start = (query.page - 1) * query.perPage;
    const order = smallestK(keys, total, start + query.perPage, (a, b) => store.publishedAt(kept[b]!) - store.publishedAt(kept[a]!) || kept[b]! - kept[a]!);
    return { total, facets: store.facetRecords(counts), pageRowids: order.slice(start).map((i) => kept[i]!) };
  }

  /**
   * Typo tolerance: for each typed word of MIN_WORD_LENGTH_FOR_TYPO+ letters that the index
   * does not contain, the indexed words one edit away become its alternatives. The most
   * frequent one makes the "did you mean" text.
   */
  #correctTypos(clauses: QueryClause[]): { clauses: QueryClause[]; text: string } | null {
    let changed = false;
    const next = clauses.map((clause) => {
      const word = clause.typed[0]!;
      if (clause.synonym || clause.typed.length !== 1 || word.length < MIN_WORD_LENGTH_FOR_TYPO) return clause;
      const probe = clause.prefix ? `"${word}"*` : `"${word}"`;
      if (this.#statement("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1").get(probe)) return clause;
      const variants = oneEditVariants(word);
      const found = this.#statement(
        `SELECT term, doc FROM search_vocab WHERE term IN (${variants.map(() => "?").join(",")}) ORDER BY doc DESC, term`,
      )
        .raw(true)
        .all(...variants) as [string, number][];
      if (!found.length) return clause;
      changed = true;
      return { typed: [found[0]![0]], alternatives: found.slice(0, 5).map(([term]) => [term]), prefix: false, synonym: false };
    });
    if (!changed) return null;
    return { clauses: next, text: next.map((c) => c.typed.join(" ")).join(" ") };
  }

  #fetchDocuments(rowids: number[]): SearchDocument[] {
    if (!rowids.length) return [];
    const rows = this.#statement(
      `SELECT doc_rowid, id, type, title, subtitle, body, url, category_id, category_slug, province_code, commune_code,
              ocop_stars, certified, lat, lng, published_at
       FROM search_document WHERE doc_rowid IN (${rowids.map(() => "?").join(",")})`,
    ).all(...rowids) as (DocumentRow & { doc_rowid: number })[];
    const byRowid = new Map(rows.map((r) => [r.doc_rowid, r]));
    return rowids
      .map((rowid) => byRowid.get(rowid))
      .filter((r): r is DocumentRow & { doc_rowid: number } => !!r)
      .map(toDocument);
  }
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;

type TitleMatcher = (paddedTitle: string) => boolean;

function titleMatcher(clause: QueryClause): TitleMatcher {
  const needles = clause.alternatives.map((phrase, index) =>
    clause.prefix && index === 0 ? ` ${phrase.join(" ")}` : ` ${phrase.join(" ")} `,
  );
  return (title) => needles.some((needle) => title.includes(needle));
}

function relevance(store: DocumentColumns, rowid: number, matchers: TitleMatcher[]): number {
  const title = store.paddedTitle(rowid);
  const lengthNorm = 1 - BM25_B + (BM25_B * store.titleLength(rowid)) / store.averageTitleLength;
  const titleScore = (TITLE_WEIGHT * (BM25_K1 + 1)) / (1 + BM25_K1 * lengthNorm);
  let score = 0;
  for (const matches of matchers) score += matches(title) ? titleScore : BODY_WEIGHT;
  return score;
}

function parseIntegerList(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) count++;
  const out = new Int32Array(count);
  let n = 0;
  let k = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out[k++] = n;
      n = 0;
    } else n = n * 10 + (c - 48);
  }
  out[k] = n;
  return out;
}

/** Indices of the `k` smallest keys (ties broken by `tie`), without sorting all of them. */
function smallestK(keys: Float64Array, length: number, k: number, tie: (a: number, b: number) => number): number[] {
  const compare = (a: number, b: number) => keys[a]! - keys[b]! || tie(a, b);
  if (k <= 0 || length === 0) return [];
  const best: number[] = [];
  for (let i = 0; i < length; i++) {
    if (best.length === k && compare(i, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(best[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}

const TYPE_CODES: SearchDocumentType[] = ["product", "producer", "salesPoint"];

/** Interns strings (category ids, commune codes) as small integers for array-based counting. */
class Dictionary {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();
  code(value: string | null): number {
    if (value === null) return -1;
    let code = this.#index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#index.set(value, code);
    }
    return code;
  }
  find(value: string): number {
    return this.#index.get(value) ?? -2;
  }
}

type ColumnRow = [number, string, string | null, string | null, string | null, number | null, number, number | null, number | null, number, string];

interface FacetCounts {
  type: Int32Array;
  category: Int32Array;
  province: Int32Array;
  commune: Int32Array;
  stars: Int32Array;
  certified: Int32Array;
}

/**
 * The facet, filter and sort columns of every document, by rowid, in typed arrays: scanning
 * 20,000 matches here takes well under a millisecond, against ~1 µs per row through SQL.
 * Kept current from the search_change log (written by triggers in the writers' transactions).
 */
class DocumentColumns {
  #capacity = 0;
  #present = new Uint8Array(0);
  #type = new Int8Array(0);
  #category = new Int32Array(0);
  #province = new Int32Array(0);
  #commune = new Int32Array(0);
  #stars = new Int8Array(0);
  #certified = new Uint8Array(0);
  #lat = new Float64Array(0);
  #lng = new Float64Array(0);
  #published = new Float64Array(0);
  #titleLength = new Uint16Array(0);
  #title: string[] = [];
  #count = 0;
  #titleLengthSum = 0;
  #lastSeq = -1;
  readonly #categories = new Dictionary();
  readonly #provinces = new Dictionary();
  readonly #communes = new Dictionary();

  get averageTitleLength(): number {
    return this.#count ? this.#titleLengthSum / this.#count : 1;
  }

  has(rowid: number): boolean {
    return rowid < this.#capacity && this.#present[rowid] === 1;
  }
  publishedAt(rowid: number): number {
    return this.#published[rowid]!;
  }
  paddedTitle(rowid: number): string {
    return this.#title[rowid]!;
  }
  titleLength(rowid: number): number {
    return this.#titleLength[rowid]!;
  }
  distanceKm(rowid: number, near: { lat: number; lng: number }): number {
    const lat = this.#lat[rowid]!;
    return Number.isNaN(lat) ? Number.POSITIVE_INFINITY : haversineKm(near, { lat, lng: this.#lng[rowid]! });
  }

  allRowids(): Int32Array {
    const out = new Int32Array(this.#count);
    let k = 0;
    for (let rowid = 0; rowid < this.#capacity; rowid++) if (this.#present[rowid] === 1) out[k++] = rowid;
    return out.subarray(0, k);
  }

  /**
   * Keeps the candidates that pass the filters and counts their facets in one tight loop
   * (plain typed-array reads, no per-row closures: this is the hot path of every search).
   */
  filterAndCount(candidates: Int32Array, query: SearchQuery): { kept: Int32Array; total: number; counts: FacetCounts } {
    const NONE = -3; // "no filter"; -2 is "a value the index has never seen"
    const wantType = query.type ? TYPE_CODES.indexOf(query.type) : NONE;
    const wantCategory = query.categoryId ? this.#categories.find(query.categoryId) : NONE;
    const wantProvince = query.provinceCode ? this.#provinces.find(query.provinceCode) : NONE;
    const wantCommune = query.communeCode ? this.#communes.find(query.communeCode) : NONE;
    const minStars = query.minStars ?? 0;
    const wantCertified = query.certified === undefined ? NONE : query.certified ? 1 : 0;
    const present = this.#present;
    const type = this.#type;
    const category = this.#category;
    const province = this.#province;
    const commune = this.#commune;
    const stars = this.#stars;
    const certified = this.#certified;
    const capacity = this.#capacity;
    const counts = this.newFacetCounts();
    const kept = new Int32Array(candidates.length);
    let total = 0;
    for (let i = 0; i < candidates.length; i++) {
      const r = candidates[i]!;
      if (r >= capacity || present[r] !== 1) continue;
      if (wantType !== NONE && type[r] !== wantType) continue;
      if (wantCategory !== NONE && category[r] !== wantCategory) continue;
      if (wantProvince !== NONE && province[r] !== wantProvince) continue;
      if (wantCommune !== NONE && commune[r] !== wantCommune) continue;
      if (minStars > 0 && stars[r]! < minStars) continue;
      if (wantCertified !== NONE && certified[r] !== wantCertified) continue;
      kept[total++] = r;
      counts.type[type[r]!]!++;
      const c = category[r]!;
      if (c >= 0) counts.category[c]!++;
      const p = province[r]!;
      if (p >= 0) counts.province[p]!++;
      const m = commune[r]!;
      if (m >= 0) counts.commune[m]!++;
      const s = stars[r]!;
      if (s > 0) counts.stars[s]!++;
      counts.certified[certified[r]!]!++;
    }
    return { kept, total, counts };
  }

  newFacetCounts(): FacetCounts {
    return {
      type: new Int32Array(TYPE_CODES.length),
      category: new Int32Array(this.#categories.values.length),
      province: new Int32Array(this.#provinces.values.length),
      commune: new Int32Array(this.#communes.values.length),
      stars: new Int32Array(6),
      certified: new Int32Array(2),
    };
  }

  facetRecords(counts: FacetCounts): SearchFacets {
    const facets = emptyFacets();
    const fill = (target: Record<string, number>, values: readonly string[], c: Int32Array) => {
      for (let i = 0; i < c.length; i++) if (c[i]! > 0) target[values[i]!] = c[i]!;
    };
    fill(facets.type, TYPE_CODES, counts.type);
    fill(facets.category, this.#categories.values, counts.category);
    fill(facets.province, this.#provinces.values, counts.province);
    fill(facets.commune, this.#communes.values, counts.commune);
    fill(facets.stars, ["0", "1", "2", "3", "4", "5"], counts.stars);
    fill(facets.certified, ["false", "true"], counts.certified);
    return facets;
  }

  /** Applies every change committed since the last call; reloads all when too far behind. */
  catchUp(prepare: (sql: string) => Database.Statement): void {
    const { minSeq, maxSeq } = prepare("SELECT min(seq) AS minSeq, max(seq) AS maxSeq FROM search_change")
      .get() as { minSeq: number | null; maxSeq: number | null };
    const latest = maxSeq ?? 0;
    if (this.#lastSeq >= 0 && latest === this.#lastSeq) return;
    const behind = this.#lastSeq < 0 || (minSeq !== null && minSeq > this.#lastSeq + 1) || latest - this.#lastSeq > 20_000;
    if (behind) {
      this.#reset();
      const rows = prepare(COLUMN_SELECT).raw(true).iterate() as IterableIterator<ColumnRow>;
      for (const row of rows) this.#set(row);
    } else {
      const changed = prepare("SELECT DISTINCT doc_rowid FROM search_change WHERE seq > ?")
        .pluck()
        .all(this.#lastSeq) as number[];
      for (const rowid of changed) this.#delete(rowid);
      const load = prepare(`${COLUMN_SELECT} WHERE doc_rowid = ?`).raw(true);
      for (const rowid of changed) {
        const row = load.get(rowid) as ColumnRow | undefined;
        if (row) this.#set(row);
      }
    }
    this.#lastSeq = latest;
  }

  #reset(): void {
    this.#capacity = 0;
    this.#count = 0;
    this.#titleLengthSum = 0;
    this.#grow(1024);
  }

  #grow(min: number): void {
    if (min <= this.#capacity) return;
    const capacity = Math.max(min + 1, this.#capacity * 2, 1024);
    const copy = <T extends { set(a: ArrayLike<number>): void }>(make: (n: number) => T, old: T & ArrayLike<number>) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.#present = copy((n) => new Uint8Array(n), this.#present.subarray(0, this.#capacity));
    this.#type = copy((n) => new Int8Array(n), this.#type.subarray(0, this.#capacity));
    this.#category = copy((n) => new Int32Array(n), this.#category.subarray(0, this.#capacity));
    this.#province = copy((n) => new Int32Array(n), this.#province.subarray(0, this.#capacity));
    this.#commune = copy((n) => new Int32Array(n), this.#commune.subarray(0, this.#capacity));
    this.#stars = copy((n) => new Int8Array(n), this.#stars.subarray(0, this.#capacity));
    this.#certified = copy((n) => new Uint8Array(n), this.#certified.subarray(0, this.#capacity));
    this.#lat = copy((n) => new Float64Array(n), this.#lat.subarray(0, this.#capacity));
    this.#lng = copy((n) => new Float64Array(n), this.#lng.subarray(0, this.#capacity));
    this.#published = copy((n) => new Float64Array(n), this.#published.subarray(0, this.#capacity));
    this.#titleLength = copy((n) => new Uint16Array(n), this.#titleLength.subarray(0, this.#capacity));
    this.#title.length = capacity;
    this.#capacity = capacity;
  }

  #set(row: ColumnRow): void {
    const [rowid, type, category, province, commune, stars, certified, lat, lng, published, titleFolded] = row;
    this.#grow(rowid + 1);
    if (this.#present[rowid] === 1) this.#delete(rowid);
    const words = titleFolded.split(/[^a-z0-9]+/).filter(Boolean);
    this.#present[rowid] = 1;
    this.#type[rowid] = TYPE_CODES.indexOf(type as SearchDocumentType);
    this.#category[rowid] = this.#categories.code(category);
    this.#province[rowid] = this.#provinces.code(province);
    this.#commune[rowid] = this.#communes.code(commune);
    this.#stars[rowid] = stars ?? 0;
    this.#certified[rowid] = certified ? 1 : 0;
    this.#lat[rowid] = lat ?? Number.NaN;
    this.#lng[rowid] = lng ?? Number.NaN;
    this.#published[rowid] = published;
    this.#titleLength[rowid] = Math.min(words.length, 65_535);
    this.#title[rowid] = ` ${words.join(" ")} `;
    this.#count++;
    this.#titleLengthSum += words.length;
  }

  #delete(rowid: number): void {
    if (!this.has(rowid)) return;
    this.#present[rowid] = 0;
    this.#count--;
    this.#titleLengthSum -= this.#titleLength[rowid]!;
    this.#title[rowid] = "";
  }
}

const COLUMN_SELECT = `SELECT doc_rowid, type, category_id, province_code, commune_code, ocop_stars, certified, lat, lng,
  published_at, title_folded FROM search_document`;

function toDocument(row: DocumentRow): SearchDocument {
  const doc: SearchDocument = {
    id: row.id as SearchDocumentId,
    type: row.type as SearchDocumentType,
    title: row.title,
    subtitle: row.subtitle,
    body: row.body,
    url: row.url,
    certified: row.certified === 1,
    publishedAt: row.published_at,
  };
  if (row.category_id !== null) doc.categoryId = row.category_id;
  if (row.category_slug !== null) doc.categorySlug = row.category_slug;
  if (row.province_code !== null) doc.provinceCode = row.province_code;
  if (row.commune_code !== null) doc.communeCode = row.commune_code;
  if (row.ocop_stars !== null) doc.ocopStars = row.ocop_stars;
  if (row.lat !== null) doc.lat = row.lat;
  if (row.lng !== null) doc.lng = row.lng;
  return doc;
}

