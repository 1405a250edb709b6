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
import { TermIndex } from "./term-index";

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

  /**
   * Rowids of every document matching the clauses (each clause: any of its alternatives), and
   * when ranking needs it, which clauses each document matches in its title (bit per clause).
   * Everything comes from the in-memory copy of the index (term-index.ts), phrases included:
   * one FTS5 query for a common word costs more than the whole search should.
   */
  #match(clauses: QueryClause[], wantTitles: boolean): { rowids: Int32Array; titleBits: Uint8Array | undefined } {
    const store = this.#store;
    const terms = store.terms;
    const capacity = store.capacity;
    const lists: Int32Array[][] = [];
    const phraseTitles: { clause: number; rowids: Int32Array }[] = [];
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      const list: Int32Array[] = [];
      clause.alternatives.forEach((phrase, index) => {
        if (phrase.length > 1) {
          const { rowids, inTitle } = terms.phrase(phrase);
          phraseTitles.push({ clause: c, rowids: inTitle });
          list.push(rowids);
        } else if (clause.prefix && index === 0) {
          for (const term of terms.termsWithPrefix(phrase[0]!)) list.push(terms.postings(term));
        } else list.push(terms.postings(phrase[0]!));
      });
      if (!list.some((l) => l.length > 0)) return { rowids: new Int32Array(0), titleBits: undefined };
      lists.push(list);
    }
    // mark[r] === c: r matched the first c clauses. Alternatives of one clause that share a
    // document move it on once, so the result has no duplicates.
    const mark = new Uint8Array(capacity);
    const last = lists.length - 1;
    for (let c = 0; c < last; c++) {
      for (const list of lists[c]!) {
        for (let i = 0; i < list.length; i++) {
          const r = list[i]!;
          if (r < capacity && mark[r] === c) mark[r] = c + 1;
        }
      }
    }
    let bound = 0;
    for (const list of lists[last]!) bound += list.length;
    const out = new Int32Array(bound);
    let k = 0;
    for (const list of lists[last]!) {
      for (let i = 0; i < list.length; i++) {
        const r = list[i]!;
        if (r < capacity && mark[r] === last) {
          mark[r] = last + 1;
          out[k++] = r;
        }
      }
    }
    if (!wantTitles || k === 0) return { rowids: out.subarray(0, k), titleBits: undefined };
    const titleBits = new Uint8Array(capacity);
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      const bit = 1 << c;
      clause.alternatives.forEach((phrase, index) => {
        if (phrase.length > 1) return;
        const lists = clause.prefix && index === 0 ? terms.termsWithPrefix(phrase[0]!).map((t) => terms.titlePostings(t)) : [terms.titlePostings(phrase[0]!)];
        for (const list of lists) for (let i = 0; i < list.length; i++) titleBits[list[i]!]! |= bit;
      });
    }
    for (const { clause, rowids } of phraseTitles) {
      for (let i = 0; i < rowids.length; i++) titleBits[rowids[i]!]! |= 1 << clause;
    }
    return { rowids: out.subarray(0, k), titleBits };
  }

  /**
   * Filters, facet counts and the requested page over the matches, in memory. Relevance is
   * BM25F-style: each clause scores more when it matches the title (saturated and normalised
   * by title length) than when it only matches the body; ties go to the newest document.
   */
  #run(query: SearchQuery, clauses: QueryClause[]): { total: number; facets: SearchFacets; pageRowids: number[] } {
    const store = this.#store;
    const useDistance = query.sort === "distance" && query.near;
    const useRelevance = !useDistance && query.sort === "relevance" && clauses.length > 0;
    const matched = clauses.length > 0 ? this.#match(clauses, useRelevance) : undefined;
    const candidates = matched ? matched.rowids : store.allRowids();
    const { kept, total, counts } = store.filterAndCount(candidates, query);
    const keys = new Float64Array(total);
    if (useDistance) {
      for (let i = 0; i < total; i++) keys[i] = store.distanceKey(kept[i]!, query.near!);
    } else if (useRelevance && matched?.titleBits) {
      // The score depends only on which clauses hit the title and on the title's length:
      // one table per query instead of the BM25 arithmetic per match.
      const titleBits = matched.titleBits;
      const titleLength = store.titleLengthColumn;
      const n = clauses.length;
      const average = store.averageTitleLength;
      const table = new Float64Array(TITLE_LENGTH_BUCKETS << n);
      for (let length = 0; length < TITLE_LENGTH_BUCKETS; length++) {
        const lengthNorm = 1 - BM25_B + (BM25_B * length) / average;
        const titleScore = (TITLE_WEIGHT * (BM25_K1 + 1)) / (1 + BM25_K1 * lengthNorm);
        for (let bits = 0; bits < 1 << n; bits++) {
          let score = 0;
          for (let c = 0; c < n; c++) score += bits & (1 << c) ? titleScore : BODY_WEIGHT;
          table[(length << n) | bits] = -score;
        }
      }
      for (let i = 0; i < total; i++) {
        const rowid = kept[i]!;
        const length = titleLength[rowid]!;
        if (length < TITLE_LENGTH_BUCKETS) keys[i] = table[(length << n) | titleBits[rowid]!]!;
        else keys[i] = -relevanceScore(length, average, titleBits[rowid]!, n);
      }
    } else {
      const published = store.publishedColumn;
      for (let i = 0; i < total; i++) keys[i] = -published[kept[i]!]!;
    }
    const start = (query.page - 1) * query.perPage;
    const order = bestK(keys, kept, store.publishedColumn, total, start + query.perPage);
    return { total, facets: store.facetRecords(counts), pageRowids: order.slice(start).map((i) => kept[i]!) };
  }

  /**
   * Typo tolerance: for each typed word of MIN_WORD_LENGTH_FOR_TYPO+ letters that the index
   * does not contain, the indexed words one edit away become its alternatives. The most
   * frequent one makes the "did you mean" text.
   */
  #correctTypos(clauses: QueryClause[]): { clauses: QueryClause[]; text: string } | null {
    const terms = this.#store.terms;
    let changed = false;
    const next = clauses.map((clause) => {
      const word = clause.typed[0]!;
      if (clause.synonym || clause.typed.length !== 1 || word.length < MIN_WORD_LENGTH_FOR_TYPO) return clause;
      const known = clause.prefix ? terms.termsWithPrefix(word).length > 0 : terms.documentFrequency(word) > 0;
      if (known) return clause;
      const found = oneEditVariants(word)
        .map((term) => [term, terms.documentFrequency(term)] as const)
        .filter(([, doc]) => doc > 0)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
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
/** titles up to this many words score from a per-query table (longer ones are computed) */
const TITLE_LENGTH_BUCKETS = 32;

function relevanceScore(titleLength: number, averageTitleLength: number, titleBits: number, clauses: number): number {
  const lengthNorm = 1 - BM25_B + (BM25_B * titleLength) / averageTitleLength;
  const titleScore = (TITLE_WEIGHT * (BM25_K1 + 1)) / (1 + BM25_K1 * lengthNorm);
  let score = 0;
  for (let c = 0; c < clauses; c++) score += titleBits & (1 << c) ? titleScore : BODY_WEIGHT;
  return score;
}

/**
 * Indices of the `k` best matches: smallest key, then newest, then highest rowid. Comparisons
 * are inlined (no callbacks): on a broad word this loop sees tens of thousands of ties.
 */
function bestK(keys: Float64Array, kept: Int32Array, published: Float64Array, length: number, k: number): number[] {
  if (k <= 0 || length === 0) return [];
  const before = (a: number, b: number) =>
    keys[a]! < keys[b]! ||
    (keys[a] === keys[b] &&
      (published[kept[a]!]! > published[kept[b]!]! || (published[kept[a]!] === published[kept[b]!] && kept[a]! > kept[b]!)));
  if (k > 256) {
    // Deep pages: a full sort beats k-element insertion.
    const all = Array.from({ length }, (_, i) => i);
    all.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return all.slice(0, k);
  }
  const best: number[] = [];
  let worstKey = Number.POSITIVE_INFINITY;
  let worstPublished = 0;
  let worstRowid = 0;
  for (let i = 0; i < length; i++) {
    const key = keys[i]!;
    if (best.length === k) {
      // Inline "is i before the current k-th?"; most candidates stop at the first test.
      if (key > worstKey) continue;
      if (key === worstKey) {
        const p = published[kept[i]!]!;
        if (p < worstPublished || (p === worstPublished && kept[i]! < worstRowid)) continue;
      }
    }
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(best[mid]!, i)) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > k) best.pop();
    if (best.length === k) {
      const last = best[k - 1]!;
      worstKey = keys[last]!;
      worstPublished = published[kept[last]!]!;
      worstRowid = kept[last]!;
    }
  }
  return best;
}

const TYPE_CODES: SearchDocumentType[] = ["product", "producer", "salesPoint"];
const PRESENT = 1;

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

type ColumnRow = [
  number,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  number,
  number | null,
  number | null,
  number,
  string,
  string,
];

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
  /**
   * Four int32 per document, so that one cache line serves the filter and facet loop:
   * [flags (bit 0 present, bits 1–2 type, bit 3 certified, bits 4–7 OCOP stars), category code,
   * province code, commune code] (codes are -1 when absent).
   */
  #packed = new Int32Array(0);
  #lat = new Float64Array(0);
  #lng = new Float64Array(0);
  #published = new Float64Array(0);
  #titleLength = new Uint16Array(0);
  #count = 0;
  #titleLengthSum = 0;
  #lastSeq = -1;
  readonly #categories = new Dictionary();
  readonly #provinces = new Dictionary();
  readonly #communes = new Dictionary();
  /** the words of every document, for matching without a round trip through FTS5 */
  terms = new TermIndex();

  get capacity(): number {
    return this.#capacity;
  }

  get averageTitleLength(): number {
    return this.#count ? this.#titleLengthSum / this.#count : 1;
  }

  has(rowid: number): boolean {
    return rowid < this.#capacity && (this.#packed[rowid * 4]! & PRESENT) !== 0;
  }
  /** by rowid; valid until the next catchUp */
  get publishedColumn(): Float64Array {
    return this.#published;
  }
  get titleLengthColumn(): Uint16Array {
    return this.#titleLength;
  }
  /** Orders like the haversine distance (it is its monotonic core), without asin and sqrt. */
  distanceKey(rowid: number, near: { lat: number; lng: number }): number {
    const lat = this.#lat[rowid]!;
    if (Number.isNaN(lat)) return Number.POSITIVE_INFINITY;
    const toRad = Math.PI / 180;
    const sinLat = Math.sin(((lat - near.lat) * toRad) / 2);
    const sinLng = Math.sin(((this.#lng[rowid]! - near.lng) * toRad) / 2);
    return sinLat * sinLat + Math.cos(near.lat * toRad) * Math.cos(lat * toRad) * sinLng * sinLng;
  }

  allRowids(): Int32Array {
    const out = new Int32Array(this.#count);
    let k = 0;
    const packed = this.#packed;
    for (let rowid = 0; rowid < this.#capacity; rowid++) if ((packed[rowid * 4]! & PRESENT) !== 0) out[k++] = rowid;
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
    const packed = this.#packed;
    const capacity = this.#capacity;
    const counts = this.newFacetCounts();
    const typeCounts = counts.type;
    const categoryCounts = counts.category;
    const provinceCounts = counts.province;
    const communeCounts = counts.commune;
    const starCounts = counts.stars;
    const certifiedCounts = counts.certified;
    const kept = new Int32Array(candidates.length);
    let total = 0;
    for (let i = 0; i < candidates.length; i++) {
      const r = candidates[i]!;
      if (r >= capacity) continue;
      const at = r * 4;
      const flags = packed[at]!;
      if ((flags & PRESENT) === 0) continue;
      const type = (flags >> 1) & 3;
      const certified = (flags >> 3) & 1;
      const stars = (flags >> 4) & 15;
      const c = packed[at + 1]!;
      const p = packed[at + 2]!;
      const m = packed[at + 3]!;
      if (wantType !== NONE && type !== wantType) continue;
      if (wantCategory !== NONE && c !== wantCategory) continue;
      if (wantProvince !== NONE && p !== wantProvince) continue;
      if (wantCommune !== NONE && m !== wantCommune) continue;
      if (minStars > 0 && stars < minStars) continue;
      if (wantCertified !== NONE && certified !== wantCertified) continue;
      kept[total++] = r;
      typeCounts[type]!++;
      if (c >= 0) categoryCounts[c]!++;
      if (p >= 0) provinceCounts[p]!++;
      if (m >= 0) communeCounts[m]!++;
      if (stars > 0) starCounts[stars]!++;
      certifiedCounts[certified]!++;
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
    // Two subqueries, not `SELECT min(seq), max(seq)`: SQLite only answers a lone min() or
    // max() from the primary key; both together scan the log (~10,000 rows, ms per search).
    const { minSeq, maxSeq } = prepare(
      "SELECT (SELECT min(seq) FROM search_change) AS minSeq, (SELECT max(seq) FROM search_change) AS maxSeq",
    ).get() as { minSeq: number | null; maxSeq: number | null };
    const latest = maxSeq ?? 0;
    if (this.#lastSeq >= 0 && latest === this.#lastSeq) return;
    const behind = this.#lastSeq < 0 || (minSeq !== null && minSeq > this.#lastSeq + 1) || latest - this.#lastSeq > 20_000;
    if (behind) {
      this.#reset();
      const rows = prepare(COLUMN_SELECT).raw(true).iterate() as IterableIterator<ColumnRow>;
      for (const row of rows) this.#set(row);
      this.terms.trim();
    } else {
      const changed = prepare("SELECT DISTINCT doc_rowid FROM search_change WHERE seq > ?")
        .pluck()
        .all(this.#lastSeq) as number[];
      for (const rowid of changed) this.#delete(rowid);
      this.terms.removeMany(changed);
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
    this.terms = new TermIndex();
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
    const packed = new Int32Array(capacity * 4);
    packed.set(this.#packed.subarray(0, this.#capacity * 4));
    this.#packed = packed;
    this.#lat = copy((n) => new Float64Array(n), this.#lat.subarray(0, this.#capacity));
    this.#lng = copy((n) => new Float64Array(n), this.#lng.subarray(0, this.#capacity));
    this.#published = copy((n) => new Float64Array(n), this.#published.subarray(0, this.#capacity));
    this.#titleLength = copy((n) => new Uint16Array(n), this.#titleLength.subarray(0, this.#capacity));
    this.#capacity = capacity;
  }

  #set(row: ColumnRow): void {
    const [rowid, type, category, province, commune, stars, certified, lat, lng, published, titleFolded, bodyFolded] = row;
    this.#grow(rowid + 1);
    if (this.has(rowid)) {
      this.#delete(rowid);
      this.terms.removeMany([rowid]);
    }
    const words = titleFolded.split(/[^a-z0-9]+/).filter(Boolean); // BM25 length normalisation
    const at = rowid * 4;
    const typeCode = Math.max(0, TYPE_CODES.indexOf(type as SearchDocumentType));
    this.#packed[at] = PRESENT | (typeCode << 1) | ((certified ? 1 : 0) << 3) | (Math.min(15, Math.max(0, stars ?? 0)) << 4);
    this.#packed[at + 1] = this.#categories.code(category);
    this.#packed[at + 2] = this.#provinces.code(province);
    this.#packed[at + 3] = this.#communes.code(commune);
    this.#lat[rowid] = lat ?? Number.NaN;
    this.#lng[rowid] = lng ?? Number.NaN;
    this.#published[rowid] = published;
    this.#titleLength[rowid] = Math.min(words.length, 65_535);
    this.#count++;
    this.#titleLengthSum += words.length;
    this.terms.add(rowid, titleFolded, bodyFolded);
  }

  #delete(rowid: number): void {
    if (!this.has(rowid)) return;
    this.#packed[rowid * 4] = 0;
    this.#count--;
    this.#titleLengthSum -= this.#titleLength[rowid]!;
  }
}

const COLUMN_SELECT = `SELECT doc_rowid, type, category_id, province_code, commune_code, ocop_stars, certified, lat, lng,
  published_at, title_folded, body_folded FROM search_document`;

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

