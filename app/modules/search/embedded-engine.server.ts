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

// [doc_rowid, type, category_id, province_code, commune_code, ocop_stars, certified, sortKey]
type MatchRow = [number, string, string | null, string | null, string | null, number | null, number, number | null];

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
        query.near && doc.lat !== undefined && doc.lng !== undefined ? haversineKm(query.near, { lat: doc.lat, lng: doc.lng }) : undefined,
    }));
    return { hits, total: outcome.total, facets: outcome.facets, ...(didYouMean ? { didYouMean } : {}) };
  }

  /** Closes the read connection (tests, shutdown). */
  close(): void {
    this.#statements.clear();
    this.#reader?.close();
    this.#reader = undefined;
  }

  #connection(): Database.Database {
    if (!this.#reader) {
      const reader = new Database(this.#file, { fileMustExist: true });
      reader.pragma("busy_timeout = 5000");
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

  /** One pass over every match: facet counts and the rows of the requested page. */
  #run(query: SearchQuery, clauses: QueryClause[]): { total: number; facets: SearchFacets; pageRowids: number[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    let from = "search_document d";
    let key: string;
    let keyParams: unknown[] = [];
    if (clauses.length > 0) {
      from = "search_fts JOIN search_document d ON d.doc_rowid = search_fts.rowid";
      where.push("search_fts MATCH ?");
      params.push(toFtsMatch(clauses));
    }
    if (query.type) (where.push("d.type = ?"), params.push(query.type));
    if (query.categoryId) (where.push("d.category_id = ?"), params.push(query.categoryId));
    if (query.provinceCode) (where.push("d.province_code = ?"), params.push(query.provinceCode));
    if (query.communeCode) (where.push("d.commune_code = ?"), params.push(query.communeCode));
    if (query.minStars !== undefined) (where.push("d.ocop_stars >= ?"), params.push(query.minStars));
    if (query.certified !== undefined) (where.push("d.certified = ?"), params.push(query.certified ? 1 : 0));

    if (query.sort === "distance" && query.near) {
      // Exact great-circle distance (SQLite's math functions), so the order is true distance.
      key = `2 * 6371.0088 * asin(min(1.0, sqrt(
          pow(sin(radians(d.lat - ?) / 2), 2) +
          cos(radians(?)) * cos(radians(d.lat)) * pow(sin(radians(d.lng - ?) / 2), 2))))`;
      keyParams = [query.near.lat, query.near.lat, query.near.lng];
    } else if (query.sort === "newest" || clauses.length === 0) {
      key = "-d.published_at";
    } else {
      key = `bm25(search_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`;
    }
    const sql = `SELECT d.doc_rowid, d.type, d.category_id, d.province_code, d.commune_code, d.ocop_stars, d.certified, ${key}
      FROM ${from} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
    const rows = this.#statement(sql)
      .raw(true)
      .all(...keyParams, ...params) as MatchRow[];

    const facets = emptyFacets();
    const count = (facet: Record<string, number>, value: string | number | null) => {
      if (value === null) return;
      facet[value] = (facet[value] ?? 0) + 1;
    };
    for (const row of rows) {
      count(facets.type, row[1]);
      count(facets.category, row[2]);
      count(facets.province, row[3]);
      count(facets.commune, row[4]);
      count(facets.stars, row[5]);
      facets.certified[row[6] ? "true" : "false"] = (facets.certified[row[6] ? "true" : "false"] ?? 0) + 1;
    }
    const start = (query.page - 1) * query.perPage;
    const page = smallestK(rows, start + query.perPage).slice(start);
    return { total: rows.length, facets, pageRowids: page.map((r) => r[0]) };
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
      if (this.#indexHasWord(word, clause.prefix)) return clause;
      const variants = oneEditVariants(word);
      const found = this.#statement(
        `SELECT term, doc FROM search_vocab WHERE term IN (${variants.map(() => "?").join(",")}) ORDER BY doc DESC`,
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

  #indexHasWord(word: string, asPrefix: boolean): boolean {
    if (asPrefix) {
      return Boolean(this.#statement("SELECT 1 FROM search_vocab WHERE term >= ? AND term < ? LIMIT 1").get(word, `${word}\u007f`));
    }
    return Boolean(this.#statement("SELECT 1 FROM search_vocab WHERE term = ?").get(word));
  }

  #fetchDocuments(rowids: number[]): SearchDocument[] {
    if (!rowids.length) return [];
    const rows = this.#statement(
      `SELECT doc_rowid, id, type, title, subtitle, body, url, category_id, category_slug, province_code, commune_code,
              ocop_stars, certified, lat, lng, published_at
       FROM search_document WHERE doc_rowid IN (${rowids.map(() => "?").join(",")})`,
    ).all(...rowids) as (DocumentRow & { doc_rowid: number })[];
    const byRowid = new Map(rows.map((r) => [r.doc_rowid, r]));
    return rowids.map((rowid) => byRowid.get(rowid)).filter((r): r is DocumentRow & { doc_rowid: number } => !!r).map(toDocument);
  }
}

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

/** Sort order: key ascending (nulls last), then newest row first, for a stable order. */
function compareRows(a: MatchRow, b: MatchRow): number {
  const ka = a[7];
  const kb = b[7];
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka - kb;
  }
  return b[0] - a[0];
}

/** The first `k` rows in sort order without sorting all of them (k is a page or a few). */
function smallestK(rows: MatchRow[], k: number): MatchRow[] {
  if (k <= 0) return [];
  if (k * 8 >= rows.length) return [...rows].sort(compareRows).slice(0, k);
  const best: MatchRow[] = [];
  for (const row of rows) {
    if (best.length === k && compareRows(row, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRows(best[mid]!, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, row);
    if (best.length > k) best.pop();
  }
  return best;
}
