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
  analyzeQuery,
  cropSegments,
  haversineKm,
  highlightSegments,
  highlightTerms,
  MIN_WORD_LENGTH_FOR_TYPO,
  normalizeSearchQuery,
  type AnalyzedQuery,
  type QueryClause,
  type SynonymGroups,
  typoVariants,
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
import { emptyFacets, FACET_NAMES } from "./search.types";
import { indexDocumentsTx, removeDocumentsTx } from "./sync.server";
import { loadSynonymGroups } from "./synonyms.server";
import { TermIndex, ZONE_BODY, ZONE_CATEGORY, ZONE_COUNT, ZONE_OLD_PLACES, ZONE_SEPARATOR, ZONE_SUBTITLE, ZONE_TITLE, type PostingList } from "./term-index";
import { accentKey } from "./understand";

/**
 * What a word is worth by where it is found: the name ≫ the producer and place line, the
 * category ≫ the description, and old place names least (they only help when nothing else does).
 */
const ZONE_WEIGHTS: Record<number, number> = {
  [ZONE_TITLE]: 10,
  [ZONE_SUBTITLE]: 3,
  [ZONE_CATEGORY]: 2.5,
  [ZONE_BODY]: 1,
  [ZONE_OLD_PLACES]: 0.6,
};
/** the best zone weight for each combination of zone bits (title handled apart: it is length-normalised) */
const ZONE_MASK_WEIGHT = Float32Array.from({ length: 1 << ZONE_COUNT }, (_, mask) => {
  let best = 0;
  for (let zone = 1; zone < ZONE_COUNT; zone++) if (mask & (1 << zone)) best = Math.max(best, ZONE_WEIGHTS[zone]!);
  return best;
});
/** a title word with other accents than the query's ("dừa" for "dứa") keeps this share */
const ACCENT_MISMATCH = 0.5;
/** a word that only starts with the prefix being typed, against the whole word */
const PREFIX_EXTENSION_WEIGHT = 0.8;
/** typo candidates: a swap of two letters is the commonest slip */
const TRANSPOSITION_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.7;
const TYPO_CANDIDATES = 3;
/**
 * Re-ranking of the best matches by word order in the title: query words next to each other
 * in the title ("Bánh tráng" for "banh tr", not "Bánh ú lá tre"), and the first query word
 * opening the title (Vietnamese names start with the head noun: "Dừa sáp" is a coconut,
 * "Thìa gỗ dừa" a spoon).
 */
const ADJACENT_BONUS = 0.25;
const HEAD_BONUS = 0.15;
const RERANK_MIN = 60;/** A match must cover at least this share of the query's required words, weighted by rarity. */
const COVERAGE_FLOOR = 0.5;
const TIER = 1e6;

/** How many required words a document may miss: all for short queries, then one, then two. */
export function allowedMissing(requiredWords: number): number {
  return requiredWords >= 6 ? 2 : requiredWords >= 3 ? 1 : 0;
}

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
      const plan = this.#plan(query.q, synonyms);
      const { analyzed, corrected } = plan;
      const hasText = query.q.trim() !== "";
      if (hasText && !analyzed.clauses.length && analyzed.minStars === undefined && !analyzed.ocop) {
        // Only units, single letters or filler words: nothing to look for.
        return { hits: [], total: 0, facets: emptyFacets() };
      }
      // "ocop" in the text means OCOP-rated: the star filter, never a word to match.
      const minStars = Math.max(query.minStars ?? 0, analyzed.minStars ?? 0, analyzed.ocop ? 3 : 0);
      const effective: SearchQuery = minStars > 0 ? { ...query, minStars } : query;
      const outcome = this.#run(effective, plan);
      const docs = this.#fetchDocuments(outcome.pageRowids);
      const terms = plan.highlight;
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
      const didYouMean = corrected && outcome.total > 0 ? corrected : undefined;
      return { hits, total: outcome.total, facets: outcome.facets, ...(didYouMean ? { didYouMean } : {}) };
    })();
  }

  /** Approximate bytes held by the in-memory term index (bench:search reports it). */
  termIndexBytes(): number {
    return this.#store.terms.memoryBytes();
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
    this.#plans.clear();
  }

  /**
   * The query as the index reads it, made once per query text and index version: understood
   * words, typo candidates, posting lists (prefix completions and phrases resolved), idf, and
   * which clauses drive the scoring. People repeat queries and type them letter by letter, so
   * most searches skip all of this; any write to the index moves its version and starts over.
   */
  #plan(q: string, synonyms: SynonymGroups): QueryPlan {
    const terms = this.#store.terms;
    const cached = this.#plans.get(q);
    if (cached && cached.terms === terms && cached.version === terms.version && cached.synonyms === synonyms) {
      // Least recently used goes first: re-inserting moves a hit to the end.
      this.#plans.delete(q);
      this.#plans.set(q, cached);
      return cached;
    }
    const analyzed = analyzeQuery(q, synonyms);
    const { clauses, corrected } = this.#candidates(analyzed.clauses);
    const plan: QueryPlan = {
      terms,
      version: terms.version,
      synonyms,
      analyzed,
      clauses,
      corrected,
      highlight: highlightTerms(clauses),
      accepts: clauses.map(clauseMatcher),
      scoring: clauses.length ? this.#scoringPlan(clauses) : undefined,
    };
    this.#plans.set(q, plan);
    if (this.#plans.size > PLAN_CACHE_SIZE) this.#plans.delete(this.#plans.keys().next().value!);
    return plan;
  }

  readonly #plans = new Map<string, QueryPlan>();

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
   * Completes the clauses against the vocabulary: Telex/VNI readings the index does not know
   * are dropped, and a word the index does not know (4+ letters; 3 letters: swapped letters
   * only) gets its indexed one-edit neighbours as candidates, swaps first, then the most
   * frequent. A known word is never "corrected", so typo tolerance cannot flood the results.
   */
  #candidates(clauses: QueryClause[]): { clauses: QueryClause[]; corrected?: string } {
    const terms = this.#store.terms;
    let changed = false;
    const known = (token: string, prefix: boolean) => (prefix ? terms.hasPrefix(token) : terms.documentFrequency(token) > 0);
    const next = clauses.map((clause): QueryClause => {
      const keep = clause.alternatives.map((phrase, index) => index === 0 || clause.synonym || phrase.every((t) => terms.documentFrequency(t) > 0));
      const pruned: QueryClause = {
        ...clause,
        alternatives: clause.alternatives.filter((_, i) => keep[i]),
        weights: clause.weights.filter((_, i) => keep[i]),
        accents: clause.accents.filter((_, i) => keep[i]),
      };
      const word = clause.typed[0]!;
      if (clause.synonym || clause.optional || clause.typed.length !== 1 || word.length < 3 || /[0-9]/.test(word)) return pruned;
      if (known(word, clause.prefix) || pruned.alternatives.length > 1) return pruned;
      const found = typoVariants(word)
        .filter(({ variant, swap }) => word.length >= MIN_WORD_LENGTH_FOR_TYPO || swap || variant.length > word.length)
        .map(({ variant, swap }) => [variant, terms.documentFrequency(variant), swap ? 1 : 0] as const)
        .filter(([, df]) => df > 0)
        .sort(([a, x, sa], [b, y, sb]) => sb - sa || y - x || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, TYPO_CANDIDATES);
      if (!found.length) return pruned;
      changed = true;
      return {
        ...pruned,
        typed: [found[0]![0]],
        alternatives: [...pruned.alternatives, ...found.map(([term]) => [term])],
        weights: [...pruned.weights, ...found.map(([, , swap]) => (swap ? TRANSPOSITION_WEIGHT : TYPO_WEIGHT))],
        accents: [...pruned.accents, ...found.map(() => undefined)],
      };
    });
    return changed ? { clauses: next, corrected: next.map((c) => c.typed.join(" ")).join(" ") } : { clauses: next };
  }

  /**
   * Resolves each clause to the posting lists it reads and their worth: alternative weight,
   * prefix completions weighted by frequency, phrases intersected, the clause's rarity (idf).
   * Then picks the driving clauses: a document may miss at most allowedMissing() required
   * clauses, so every match contains at least one of the allowed + 1 cheapest required ones.
   */
  #scoringPlan(clauses: QueryClause[]): ScoringPlan {
    const store = this.#store;
    const terms = store.terms;
    const documents = Math.max(1, store.count);
    // With no required clause (only filler words), every clause counts as required.
    const allOptional = clauses.every((c) => c.optional);
    let requiredMask = 0;
    let requiredIdf = 0;
    const planned = clauses.map((clause, c): PlannedClause => {
      const lists: PlannedList[] = [];
      clause.alternatives.forEach((phrase, index) => {
        const weight = clause.weights[index] ?? 1;
        const accent = clause.accents[index];
        if (phrase.length > 1) lists.push(plannedList(terms.phrase(phrase), weight, null));
        else if (clause.prefix && index === 0) {
          // Completions of the word being typed: the commoner the word, the likelier it is meant
          // ("nuoc m" is "nước mắm" before "nước mía").
          const completions = terms.termsWithPrefix(phrase[0]!);
          let most = 1;
          for (const term of completions) most = Math.max(most, terms.documentFrequency(term));
          const scale = Math.log(1 + most);
          for (const term of completions) {
            const share = Math.log(1 + terms.documentFrequency(term)) / scale;
            const completion = term === phrase[0] ? weight : weight * PREFIX_EXTENSION_WEIGHT * (0.75 + 0.25 * share);
            const exact = term === phrase[0] ? accent : undefined;
            lists.push(plannedList(terms.postingList(term), completion, exact ? terms.accentPostings(exact) : null));
          }
        } else lists.push(plannedList(terms.postingList(phrase[0]!), weight, accent ? terms.accentPostings(accent) : null));
      });
      let df = 0;
      for (const { rowids, weight } of lists) if (weight >= 0.9) df = Math.max(df, rowids.length);
      if (df === 0) for (const { rowids } of lists) df = Math.max(df, rowids.length);
      const idf = Math.max(0.05, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
      const required = !clause.optional || allOptional;
      if (required) {
        requiredMask |= 1 << c;
        requiredIdf += idf;
      }
      let cost = 0;
      for (const { rowids } of lists) cost += rowids.length;
      const key = JSON.stringify([clause.alternatives, clause.weights, clause.accents, clause.prefix]);
      return { key, lists, idf, cost, required };
    });
    const requiredCount = popcount(requiredMask);
    const allowed = allowedMissing(requiredCount);
    const drivers = planned
      .map((p, c) => ({ c, p }))
      .filter(({ p }) => p.required)
      .sort((a, b) => a.p.cost - b.p.cost || a.c - b.c)
      .slice(0, allowed + 1)
      .map(({ c }) => c);
    const order = [...drivers, ...planned.map((_, c) => c).filter((c) => !drivers.includes(c))];
    // Per combination of matched clauses: the required clauses missed, and the rarity covered
    // (summed in clause order in float32, as a per-document accumulator would).
    const combinations = 1 << clauses.length;
    const missingByMask = new Uint8Array(combinations);
    const coverageByMask = new Float32Array(combinations);
    for (let mask = 0; mask < combinations; mask++) {
      missingByMask[mask] = requiredCount - popcount(mask & requiredMask);
      let covered = 0;
      for (let c = 0; c < clauses.length; c++) if (mask & requiredMask & (1 << c)) covered = Math.fround(covered + planned[c]!.idf);
      coverageByMask[mask] = covered;
    }
    const average = store.averageTitleLength;
    const titleNorm = new Float32Array(TITLE_LENGTH_BUCKETS);
    for (let length = 0; length < TITLE_LENGTH_BUCKETS; length++) titleNorm[length] = titleWeight(length, average);
    return {
      planned,
      order,
      drivers: drivers.length,
      allowed,
      floor: requiredIdf * COVERAGE_FLOOR - 1e-9,
      missingByMask,
      coverageByMask,
      titleNorm,
      averageTitleLength: average,
    };
  }

  /**
   * Scores the documents that can match, in memory. A clause scores the best of its
   * alternatives: alternative weight × zone weight (the title length-normalised as in BM25,
   * an accent mismatch in the title discounted) × the clause's rarity (idf). The driving
   * clauses are read in full; the others only for documents a driver found (one typed-array
   * test per posting), which keeps "banh t" from scoring every document with a t-word.
   * Documents missing more required clauses than allowedMissing(), or covering less than
   * COVERAGE_FLOOR of the query's rarity, are dropped; the rest rank by tier (missing
   * clauses), then score. Writes the matches and their keys into `out` (scratch arrays, no
   * allocation per search) and returns how many there are.
   */
  #score(plan: ScoringPlan, out: { rowids: Int32Array; keys: Float64Array }): number {
    const store = this.#store;
    const scratch = this.#scratchFor(store.capacity);
    if (plan.planned.length === 1) {
      // One clause (one word, however many completions): every document it lists is a match
      // of tier 0, and its key is its value × idf rounded as the float32 accumulator below
      // rounds it. No accumulation, no second pass.
      const { rowids, values } = this.#clauseValues(plan.planned[0]!, plan, scratch);
      const idf = plan.planned[0]!.idf;
      if (plan.missingByMask[1]! > plan.allowed || plan.coverageByMask[1]! < plan.floor) return 0;
      let n = 0;
      for (let i = 0; i < rowids.length; i++) {
        out.rowids[n] = rowids[i]!;
        out.keys[n++] = -Math.fround(values[i]! * idf);
      }
      return n;
    }
    if (plan.allowed === 0) return this.#scoreAllRequired(plan, out);
    const { score, mask, touched, candidates } = scratch;
    let touchedCount = 0;
    for (let o = 0; o < plan.order.length; o++) {
      const c = plan.order[o]!;
      const clause = plan.planned[c]!;
      if (o === plan.drivers) {
        // Every possible match is known now: a bit set of them (13 KiB for 100k documents)
        // stays in the first-level cache while the other clauses' postings stream past it.
        candidates.fill(0, 0, (store.capacity >> 5) + 1);
        for (let i = 0; i < touchedCount; i++) candidates[touched[i]! >> 5]! |= 1 << (touched[i]! & 31);
      }
      const { rowids, values, dense } = this.#clauseValues(clause, plan, scratch);
      const bit = 1 << c;
      const idf = clause.idf;
      if (o >= plan.drivers && dense !== null && touchedCount < rowids.length) {
        // A clause most documents match ("t…"): look the few candidates up instead.
        for (let i = 0; i < touchedCount; i++) {
          const r = touched[i]!;
          const value = dense[r]!;
          if (value === 0) continue;
          score[r]! += value * idf;
          mask[r]! |= bit;
        }
        continue;
      }
      const filter = o < plan.drivers ? null : candidates;
      for (let i = 0; i < rowids.length; i++) {
        const r = rowids[i]!;
        if (filter !== null && ((filter[r >> 5]! >>> (r & 31)) & 1) === 0) continue;
        if (mask[r] === 0) touched[touchedCount++] = r;
        score[r]! += values[i]! * idf;
        mask[r]! |= bit;
      }
    }
    const { allowed, floor, missingByMask, coverageByMask } = plan;
    const { rowids, keys } = out;
    let n = 0;
    for (let i = 0; i < touchedCount; i++) {
      const r = touched[i]!;
      const m = mask[r]!;
      const missing = missingByMask[m]!;
      // No presence test: filterAndCount, which reads every match's columns anyway, skips absent ones.
      if (missing <= allowed && coverageByMask[m]! >= floor) {
        rowids[n] = r;
        keys[n++] = missing * TIER - score[r]!;
      }
      score[r] = 0;
      mask[r] = 0;
    }
    return n;
  }

  /**
   * #score when a match must have every required clause (queries of one or two required
   * words, the common case): the driving clause's documents are the candidates, and each
   * further clause is merged into them in rowid order (clause lists are sorted), a required
   * one dropping the candidates it lacks. Short sequential passes, instead of scattering
   * scores over per-document arrays and gathering them again. The arithmetic is #score's:
   * the float32 sum in plan.order.
   */
  #scoreAllRequired(plan: ScoringPlan, out: { rowids: Int32Array; keys: Float64Array }): number {
    const store = this.#store;
    const scratch = this.#scratchFor(store.capacity);
    let requiredMask = 0;
    for (let c = 0; c < plan.planned.length; c++) if (plan.planned[c]!.required) requiredMask |= 1 << c;
    // Every match has exactly the required clauses, so the same coverage.
    if (plan.coverageByMask[requiredMask]! < plan.floor) return 0;
    const candidates = out.rowids;
    const sums = scratch.sums;
    const driver = plan.planned[plan.order[0]!]!;
    const first = this.#clauseValues(driver, plan, scratch);
    // No presence test here: the term index only lists present documents, and filterAndCount
    // (which reads each match's columns anyway) skips any that is not.
    const n0 = first.rowids.length;
    for (let i = 0; i < n0; i++) {
      candidates[i] = first.rowids[i]!;
      sums[i] = first.values[i]! * driver.idf;
    }
    let n = n0;
    for (let o = 1; o < plan.order.length && n > 0; o++) {
      const clause = plan.planned[plan.order[o]!]!;
      const values = this.#clauseValues(clause, plan, scratch);
      n = mergeClause(candidates, sums, n, values, clause.idf, clause.required);
    }
    for (let i = 0; i < n; i++) out.keys[i] = -sums[i]!;
    return n;
  }

  /**
   * A clause's value in every document that matches it (the best of its alternatives, zone
   * and accent weighted): one list however many completions, readings or synonyms the clause
   * has. Kept for the index version, least recently used out first, within
   * CLAUSE_CACHE_BYTES: "banh t" then reads one list of the documents with a t-word instead
   * of the postings of two thousand t-words.
   */
  #clauseValues(clause: PlannedClause, plan: ScoringPlan, scratch: Scratch): ClauseValues {
    const terms = this.#store.terms;
    if (this.#clauseTerms !== terms || this.#clauseVersion !== terms.version) {
      this.#clauseCache.clear();
      this.#clauseBytes = 0;
      this.#clauseTerms = terms;
      this.#clauseVersion = terms.version;
    }
    const cached = this.#clauseCache.get(clause.key);
    if (cached) {
      this.#clauseCache.delete(clause.key);
      this.#clauseCache.set(clause.key, cached);
      return cached;
    }
    const { best, accentMark, clauseTouched } = scratch;
    const columns: ListColumns = {
      titleLength: this.#store.titleLengthColumn,
      titleNorm: plan.titleNorm,
      average: plan.averageTitleLength,
      best,
      accentMark,
      clauseTouched,
    };
    let count = 0;
    for (const list of clause.lists) {
      const stamp = ++scratch.stamp;
      const accents = list.accentRowids;
      if (accents !== null) for (let i = 0; i < accents.length; i++) accentMark[accents[i]!] = stamp;
      count = scoreList(list, accents === null ? 0 : stamp, columns, count);
    }
    // In rowid order: every later pass over the list (scores, filters, facet counts) then walks
    // the per-document arrays forwards, which the processor prefetches, instead of jumping
    // between the completions' lists. A broad clause is cheaper to collect by scanning.
    const capacity = this.#store.capacity;
    const rowids = new Int32Array(count);
    if (count * 16 > capacity) {
      let k = 0;
      for (let r = 0; r < capacity && k < count; r++) if (best[r] !== 0) rowids[k++] = r;
    } else {
      rowids.set(clauseTouched.subarray(0, count));
      rowids.sort();
    }
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const r = rowids[i]!;
      values[i] = best[r]!;
      best[r] = 0;
    }
    // A list of more than an eighth of the documents also gets a by-rowid copy (4 bytes per
    // document, half what the list itself takes).
    let dense: Float32Array | null = null;
    if (count * 8 > capacity) {
      dense = new Float32Array(capacity);
      for (let i = 0; i < count; i++) dense[rowids[i]!] = values[i]!;
    }
    const merged: ClauseValues = { rowids, values, dense, order: null, counts: null, searches: 0 };
    const size = clauseValuesSize(merged);
    if (size <= CLAUSE_CACHE_BYTES) {
      this.#clauseCache.set(clause.key, merged);
      this.#clauseBytes += size;
      this.#trimClauseCache();
    }
    return merged;
  }

  /** Counts bytes added to a kept clause (its order, its counts), then keeps within the limit. */
  #growClause(key: string, values: ClauseValues, bytes: number): void {
    if (this.#clauseCache.get(key) !== values) return;
    this.#clauseBytes += bytes;
    this.#trimClauseCache();
  }

  /** Least recently used out first, down to CLAUSE_CACHE_BYTES. */
  #trimClauseCache(): void {
    for (const [key, old] of this.#clauseCache) {
      if (this.#clauseBytes <= CLAUSE_CACHE_BYTES) break;
      this.#clauseCache.delete(key);
      this.#clauseBytes -= clauseValuesSize(old);
    }
  }

  readonly #clauseCache = new Map<string, ClauseValues>();
  #clauseBytes = 0;
  #clauseTerms: TermIndex | undefined;
  #clauseVersion = -1;

  #scratch: Scratch | undefined;

  #scratchFor(capacity: number): Scratch {
    if (!this.#scratch || this.#scratch.score.length < capacity) {
      this.#scratch = {
        score: new Float32Array(capacity),
        mask: new Int32Array(capacity),
        best: new Float32Array(capacity),
        accentMark: new Int32Array(capacity),
        candidates: new Int32Array((capacity >> 5) + 1),
        touched: new Int32Array(capacity),
        clauseTouched: new Int32Array(capacity),
        matchRowids: new Int32Array(capacity),
        matchKeys: new Float64Array(capacity),
        sums: new Float32Array(capacity),
        stamp: 0,
      };
    }
    return this.#scratch;
  }

  /** Filters, facet counts and the requested page over the scored matches, in memory. */
  #run(query: SearchQuery, plan: QueryPlan): { total: number; facets: SearchFacets; pageRowids: number[] } {
    const store = this.#store;
    const scoring = plan.scoring;
    const useDistance = query.sort === "distance" && query.near;
    const useRelevance = !useDistance && query.sort === "relevance" && scoring !== undefined;
    const filter = store.filterOf(query);
    const start = (query.page - 1) * query.perPage;
    // Word order only reorders the best matches: a cheap pass over a few dozen titles.
    const window = Math.max(RERANK_MIN, (start + query.perPage) * 3);
    const scratch = this.#scratchFor(store.capacity);
    // A one-clause search uses the clause's kept order from its second search in the index
    // version on: sorting a broad word's matches costs ~20 ms, more than choosing the best
    // once, so a word searched only once never pays for it.
    const oneClause = scoring?.planned.length === 1 ? this.#clauseValues(scoring.planned[0]!, scoring, scratch) : null;
    if (useRelevance && oneClause !== null && window <= ORDERED_WINDOW_MAX && (oneClause.order !== null || oneClause.searches++ > 0)) {
      return this.#runOneClause(scoring, plan.accepts, filter, start, query.perPage, window);
    }
    const kept = scratch.matchRowids;
    const keys = scratch.matchKeys;
    const found = scoring ? this.#score(scoring, { rowids: kept, keys }) : store.allRowidsInto(kept);
    // The filter compacts the matches in place; with relevance it carries each one's key along.
    const { total, counts } = store.filterAndCount(kept, found, filter, kept, useRelevance ? keys : null);
    // The same counts #clauseCounts would make: keep them with the clause.
    if (oneClause !== null && oneClause.counts === null && isNoFilter(filter)) this.#keepClauseCounts(scoring!.planned[0]!.key, oneClause, { total, counts });
    if (useDistance) {
      for (let i = 0; i < total; i++) keys[i] = store.distanceKey(kept[i]!, query.near!);
    } else if (!useRelevance) {
      const published = store.publishedColumn;
      for (let i = 0; i < total; i++) keys[i] = -published[kept[i]!]!;
    }
    let order: number[];
    if (useRelevance) {
      const best = bestK(keys, kept, store.publishedColumn, total, window);
      const rowids = best.map((i) => kept[i]!);
      const bestKeys = best.map((i) => keys[i]!);
      order = this.#rerank(rowids, bestKeys, plan.accepts).slice(0, start + query.perPage);
      return { total, facets: store.facetRecords(counts), pageRowids: order.slice(start).map((i) => rowids[i]!) };
    }
    order = bestK(keys, kept, store.publishedColumn, total, start + query.perPage);
    return { total, facets: store.facetRecords(counts), pageRowids: order.slice(start).map((i) => kept[i]!) };
  }

  /**
   * Relevance order for a one-clause query (one word, the commonest search), without looking
   * at every match twice: the clause's documents are kept sorted by key (ClauseValues.order,
   * made once per clause and index version), so the best matches that pass the filters are
   * the first ones met. Only the facet counts still read every match.
   */
  #runOneClause(
    scoring: ScoringPlan,
    accepts: QueryPlan["accepts"],
    filter: ColumnFilter,
    start: number,
    perPage: number,
    window: number,
  ): { total: number; facets: SearchFacets; pageRowids: number[] } {
    const store = this.#store;
    const clause = scoring.planned[0]!;
    const values = this.#clauseValues(clause, scoring, this.#scratchFor(store.capacity));
    if (scoring.missingByMask[1]! > scoring.allowed || scoring.coverageByMask[1]! < scoring.floor) {
      return { total: 0, facets: store.facetRecords(store.newFacetCounts()), pageRowids: [] };
    }
    const { total, counts } = this.#clauseCounts(clause.key, values, filter);
    const order = this.#clauseOrder(clause.key, values, clause.idf);
    const rowids: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i < order.length && rowids.length < window; i++) {
      const at = order[i]!;
      const r = values.rowids[at]!;
      if (!store.passes(r, filter)) continue;
      rowids.push(r);
      keys.push(-Math.fround(values.values[at]! * clause.idf));
    }
    const ranked = this.#rerank(rowids, keys, accepts).slice(0, start + perPage);
    return { total, facets: store.facetRecords(counts), pageRowids: ranked.slice(start).map((i) => rowids[i]!) };
  }

  /**
   * The word-order bonuses on the best matches (in key order), then their final order:
   * indices into `rowids`, best first (ties: newest, then highest rowid, as bestK).
   */
  #rerank(rowids: number[], keys: number[], accepts: QueryPlan["accepts"]): number[] {
    const store = this.#store;
    for (let i = 0; i < rowids.length; i++) keys[i] = rerankKey(keys[i]!, store.terms.titleTerms(rowids[i]!), accepts);
    const published = store.publishedColumn;
    return rowids
      .map((_, i) => i)
      .sort((a, b) => keys[a]! - keys[b]! || published[rowids[b]!]! - published[rowids[a]!]! || rowids[b]! - rowids[a]!);
  }

  /**
   * Total and facet counts of a clause's matches under the filters. Without filters they only
   * depend on the clause, so they are kept with its values (a one-word search then reads no
   * match to count them); with filters they are counted.
   */
  #clauseCounts(key: string, values: ClauseValues, filter: ColumnFilter): { total: number; counts: FacetCounts } {
    const store = this.#store;
    const unfiltered = isNoFilter(filter);
    if (unfiltered && values.counts !== null) return values.counts;
    const counted = store.filterAndCount(values.rowids, values.rowids.length, filter, null, null);
    if (unfiltered) this.#keepClauseCounts(key, values, counted);
    return counted;
  }

  #keepClauseCounts(key: string, values: ClauseValues, counted: { total: number; counts: FacetCounts }): void {
    values.counts = counted;
    this.#growClause(key, values, facetCountsBytes(counted.counts));
  }

  /**
   * A clause's matches sorted best first by the key a one-clause query gives them (value × idf
   * as float32, then newest, then highest rowid: bestK's order), kept with the clause's
   * values. The sort costs ~20 ms on a broad word (see #run for when it is made); each later
   * search of the word reads the first few dozen entries instead of choosing among all.
   */
  #clauseOrder(key: string, values: ClauseValues, idf: number): Int32Array {
    if (values.order !== null) return values.order;
    const { rowids } = values;
    const keys = new Float64Array(rowids.length);
    for (let i = 0; i < rowids.length; i++) keys[i] = -Math.fround(values.values[i]! * idf);
    const published = this.#store.publishedColumn;
    const order = Int32Array.from({ length: rowids.length }, (_, i) => i);
    order.sort((a, b) => keys[a]! - keys[b]! || published[rowids[b]!]! - published[rowids[a]!]! || rowids[b]! - rowids[a]!);
    values.order = order;
    this.#growClause(key, values, order.byteLength);
    return order;
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
/** titles up to this many words take their weight from a per-query table */
const TITLE_LENGTH_BUCKETS = 32;

/** The title zone's weight, saturated and normalised by title length as in BM25F. */
function titleWeight(titleLength: number, averageTitleLength: number): number {
  const lengthNorm = 1 - BM25_B + (BM25_B * titleLength) / averageTitleLength;
  return (ZONE_WEIGHTS[ZONE_TITLE]! * (BM25_K1 + 1)) / (1 + BM25_K1 * lengthNorm);
}

/**
 * Adds a clause's value × idf to the sums of the candidates (sorted rowids) it has; a required
 * clause also drops the candidates it lacks (compacting in place). Returns the candidates left.
 * Three ways to find a candidate's value, each its own tight loop: by rowid (a broad clause
 * with a dense copy), two cursors through a list of similar length, galloping through a much
 * longer one. A zero value counts as absent, as in #score.
 */
function mergeClause(candidates: Int32Array, sums: Float32Array, n: number, clause: ClauseValues, idf: number, required: boolean): number {
  const { rowids, values, dense } = clause;
  if (dense !== null) return mergeDense(candidates, sums, n, dense, idf, required);
  if (rowids.length <= 8 * n) return mergeCursors(candidates, sums, n, rowids, values, idf, required);
  let kept = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const r = candidates[i]!;
    j = firstAtOrAfter(rowids, r, j);
    const value = j < rowids.length && rowids[j] === r ? values[j]! : 0;
    if (value === 0 && required) continue;
    candidates[kept] = r;
    sums[kept++] = value === 0 ? sums[i]! : sums[i]! + value * idf;
  }
  return kept;
}

function mergeDense(candidates: Int32Array, sums: Float32Array, n: number, dense: Float32Array, idf: number, required: boolean): number {
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const r = candidates[i]!;
    const value = dense[r]!;
    if (value === 0 && required) continue;
    candidates[kept] = r;
    sums[kept++] = value === 0 ? sums[i]! : sums[i]! + value * idf;
  }
  return kept;
}

/**
 * Two cursors, one step of one of them per turn: far fewer mispredicted branches than an
 * inner "skip ahead" loop (3–4× faster on two lists of ~10,000).
 */
function mergeCursors(
  candidates: Int32Array,
  sums: Float32Array,
  n: number,
  rowids: Int32Array,
  values: Float32Array,
  idf: number,
  required: boolean,
): number {
  const length = rowids.length;
  let i = 0;
  let j = 0;
  if (!required) {
    // An optional clause only adds to the candidates it has: every one stays.
    while (i < n && j < length) {
      const r = candidates[i]!;
      const other = rowids[j]!;
      if (r === other) {
        sums[i] = sums[i]! + values[j]! * idf;
        i++;
        j++;
      } else if (r < other) i++;
      else j++;
    }
    return n;
  }
  let kept = 0;
  while (i < n && j < length) {
    const r = candidates[i]!;
    const other = rowids[j]!;
    if (r === other) {
      const value = values[j]!;
      if (value !== 0) {
        candidates[kept] = r;
        sums[kept++] = sums[i]! + value * idf;
      }
      i++;
      j++;
    } else if (r < other) i++;
    else j++;
  }
  return kept;
}

/**
 * The first index ≥ `from` where the sorted `rowids` holds `rowid` or more: galloping then
 * binary search, so merging a few candidates into a long list skips most of it.
 */
function firstAtOrAfter(rowids: Int32Array, rowid: number, from: number): number {
  const length = rowids.length;
  if (from >= length || rowids[from]! >= rowid) return from;
  let step = 1;
  let lo = from;
  while (lo + step < length && rowids[lo + step]! < rowid) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(length, lo + step);
  // rowids[lo] < rowid ≤ rowids[hi] (or hi = length)
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rowids[mid]! < rowid) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function popcount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

/** Whether a title word satisfies a clause (any single-word alternative, the prefix included). */
function clauseMatcher(clause: QueryClause): (word: string) => boolean {
  const exact = new Set(clause.alternatives.filter((a) => a.length === 1).map((a) => a[0]!));
  const prefix = clause.prefix ? clause.alternatives[0]![0]! : undefined;
  const firstWords = new Set(clause.alternatives.filter((a) => a.length > 1).map((a) => a[0]!));
  return (word) => exact.has(word) || firstWords.has(word) || (prefix !== undefined && word.startsWith(prefix));
}

/** The key with the word-order bonuses: keys are negative scores within a tier. */
function rerankKey(key: number, title: string[], accepts: ((word: string) => boolean)[]): number {
  const tier = Math.round(key / TIER) * TIER;
  const score = tier - key;
  if (score <= 0 || !title.length) return key;
  let adjacent = 0;
  for (let c = 0; c + 1 < accepts.length; c++) {
    for (let p = 0; p + 1 < title.length; p++) {
      if (accepts[c]!(title[p]!) && accepts[c + 1]!(title[p + 1]!)) {
        adjacent++;
        break;
      }
    }
  }
  let factor = 1;
  if (accepts.length > 1) factor += (ADJACENT_BONUS * adjacent) / (accepts.length - 1);
  if (accepts[0]!(title[0]!)) factor += HEAD_BONUS;
  return tier - score * factor;
}

/**
 * Pages deeper than this (window = 3 × the last result wanted) take the general path: walking
 * a sorted clause past thousands of filtered-out entries is no cheaper than choosing.
 */
export const ORDERED_WINDOW_MAX = 1024;
/** Query plans kept (by query text): a few hundred distinct queries cover the busy ones. */
const PLAN_CACHE_SIZE = 512;
/** Clause value lists kept, at most this many bytes (a third of the term index at 100k documents). */
const CLAUSE_CACHE_BYTES = 24 * 1024 * 1024;

/** Per document matching a clause, the clause's value there (before idf). */
interface ClauseValues {
  rowids: Int32Array;
  values: Float32Array;
  /** the values by rowid (0: no match), for clauses matching many documents; else null */
  dense: Float32Array | null;
  /** indices of `rowids`, best first for a one-clause query (see #clauseOrder); made on its second search */
  order: Int32Array | null;
  /** total and facet counts without filters (see #clauseCounts); made on first use */
  counts: { total: number; counts: FacetCounts } | null;
  /** one-clause relevance searches that read these values (the order is made on the second) */
  searches: number;
}

function clauseValuesSize(values: ClauseValues): number {
  return values.rowids.byteLength + values.values.byteLength + (values.dense?.byteLength ?? 0) + (values.order?.byteLength ?? 0) + (values.counts ? facetCountsBytes(values.counts.counts) : 0);
}

function facetCountsBytes(counts: FacetCounts): number {
  let bytes = 0;
  for (const name of FACET_NAMES) bytes += counts[name].byteLength;
  return bytes;
}

/** One posting list a clause reads, with what a match through it is worth. */
interface PlannedList {
  rowids: Int32Array;
  zones: Uint8Array;
  weight: number;
  /** documents whose title has the word with the query's exact accents (accent bonus), or null */
  accentRowids: Int32Array | null;
}

/** Always the same object shape: the scoring loop then stays monomorphic. */
function plannedList(list: PostingList, weight: number, accentRowids: Int32Array | null): PlannedList {
  return { rowids: list.rowids, zones: list.zones, weight, accentRowids };
}

/** What scoreList reads and writes besides the list itself. */
interface ListColumns {
  titleLength: Uint16Array;
  titleNorm: Float32Array;
  average: number;
  /** per rowid, the clause's best value so far (0: not yet seen in this clause) */
  best: Float32Array;
  /** per rowid, the stamp of the last accent list that holds it */
  accentMark: Int32Array;
  /** rowids seen in this clause, in order of first sight */
  clauseTouched: Int32Array;
}

/**
 * One posting list into the clause's best values: zone weight (the title length-normalised,
 * halved for another accent when `accentStamp` is set) × the list's weight. Returns the new
 * count of clauseTouched.
 */
function scoreList(list: PlannedList, accentStamp: number, columns: ListColumns, count: number): number {
  const { rowids, zones, weight } = list;
  const { titleLength, titleNorm, average, best, accentMark, clauseTouched } = columns;
  let n = count;
  for (let i = 0; i < rowids.length; i++) {
    const r = rowids[i]!;
    const z = zones[i]!;
    let value = ZONE_MASK_WEIGHT[z]!;
    if (z & 1) {
      const length = titleLength[r]!;
      let title = length < TITLE_LENGTH_BUCKETS ? titleNorm[length]! : titleWeight(length, average);
      if (accentStamp !== 0 && accentMark[r] !== accentStamp) title *= ACCENT_MISMATCH;
      if (title > value) value = title;
    }
    value *= weight;
    const previous = best[r]!;
    if (previous === 0) clauseTouched[n++] = r;
    if (value > previous) best[r] = value;
  }
  return n;
}

interface PlannedClause {
  /** what makes the clause's values: alternatives, weights, accents, prefix */
  key: string;
  lists: PlannedList[];
  idf: number;
  /** postings to read: what reading the clause in full costs */
  cost: number;
  /** counts towards the tier and coverage (not a filler word) */
  required: boolean;
}

interface ScoringPlan {
  planned: PlannedClause[];
  /** clause indices, the driving clauses first */
  order: number[];
  /** how many of `order` drive (are read in full) */
  drivers: number;
  allowed: number;
  /** minimum rarity a match must cover */
  floor: number;
  /** by bit mask of matched clauses */
  missingByMask: Uint8Array;
  coverageByMask: Float32Array;
  /** title weight by title length, for titles under TITLE_LENGTH_BUCKETS words */
  titleNorm: Float32Array;
  averageTitleLength: number;
}

interface QueryPlan {
  /** the index, its version and the synonyms the plan was made from: any change makes it stale */
  terms: TermIndex;
  version: number;
  synonyms: SynonymGroups;
  analyzed: AnalyzedQuery;
  clauses: QueryClause[];
  corrected?: string;
  highlight: ReturnType<typeof highlightTerms>;
  /** per clause, whether a title word satisfies it (word-order re-ranking) */
  accepts: ((word: string) => boolean)[];
  /** undefined when there is no word to match */
  scoring?: ScoringPlan;
}

interface Scratch {
  score: Float32Array;
  mask: Int32Array;
  best: Float32Array;
  accentMark: Int32Array;
  /** bit per rowid: the documents the driving clauses found */
  candidates: Int32Array;
  touched: Int32Array;
  clauseTouched: Int32Array;
  /** a search's matches and their sort keys, compacted in place by the filters */
  matchRowids: Int32Array;
  matchKeys: Float64Array;
  /** per candidate (not per rowid): the float32 score sum of #scoreAllRequired */
  sums: Float32Array;
  stamp: number;
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
/** "no filter" in a ColumnFilter; -2 is "a value the index has never seen", -1 "absent" */
const NO_FILTER = -3;

/** A query's filters as column codes (NO_FILTER where unset; minStars 0 where unset). */
interface ColumnFilter {
  type: number;
  category: number;
  province: number;
  commune: number;
  minStars: number;
  certified: number;
}

function isNoFilter(filter: ColumnFilter): boolean {
  return (
    filter.type === NO_FILTER &&
    filter.category === NO_FILTER &&
    filter.province === NO_FILTER &&
    filter.commune === NO_FILTER &&
    filter.minStars === 0 &&
    filter.certified === NO_FILTER
  );
}

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

  /**
   * The non-zero counts by value as a plain object. A broad query counts ~3,000 communes;
   * adding that many keys one by one costs V8 over a millisecond (hidden-class transitions,
   * then a dictionary), JSON.parse of the same pairs about half of it.
   */
  record(counts: Int32Array): Record<string, number> {
    let json = "";
    for (let i = 0; i < counts.length; i++) {
      if (counts[i]! > 0) json += `${json ? "," : ""}${this.#quoted(i)}${counts[i]!}`;
    }
    return json ? (JSON.parse(`{${json}}`) as Record<string, number>) : {};
  }

  readonly #quotedKeys: string[] = [];

  /** `"value":`, made once per value */
  #quoted(code: number): string {
    return (this.#quotedKeys[code] ??= `${JSON.stringify(this.values[code]!)}:`);
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

/** facet records kept by their counts: a handful of recent result sets (~100 KiB each at most) */
const FACET_RECORDS_KEPT = 32;

/** FNV-1a over every count: a few microseconds for the ~3,400 values of 100k documents. */
function facetCountsHash(counts: FacetCounts): number {
  let hash = 0x811c9dc5;
  for (const name of FACET_NAMES) {
    const values = counts[name];
    hash = Math.imul(hash ^ values.length, 0x01000193);
    for (let i = 0; i < values.length; i++) hash = Math.imul(hash ^ values[i]!, 0x01000193);
  }
  return hash;
}

function sameFacetCounts(a: FacetCounts, b: FacetCounts): boolean {
  for (const name of FACET_NAMES) {
    const x = a[name];
    const y = b[name];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}

function copyFacetCounts(counts: FacetCounts): FacetCounts {
  return {
    type: counts.type.slice(),
    category: counts.category.slice(),
    province: counts.province.slice(),
    commune: counts.commune.slice(),
    stars: counts.stars.slice(),
    certified: counts.certified.slice(),
  };
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

  /** documents present */
  get count(): number {
    return this.#count;
  }

  /** OCOP stars of a document (0 when none) */
  stars(rowid: number): number {
    return (this.#packed[rowid * 4]! >> 4) & 15;
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

  /** Writes the rowids of every present document into `out`; returns how many. */
  allRowidsInto(out: Int32Array): number {
    let k = 0;
    const packed = this.#packed;
    for (let rowid = 0; rowid < this.#capacity; rowid++) if ((packed[rowid * 4]! & PRESENT) !== 0) out[k++] = rowid;
    return k;
  }

  /** A query's filters as the codes the columns hold, made once per search. */
  filterOf(query: SearchQuery): ColumnFilter {
    return {
      type: query.type ? TYPE_CODES.indexOf(query.type) : NO_FILTER,
      category: query.categoryId ? this.#categories.find(query.categoryId) : NO_FILTER,
      province: query.provinceCode ? this.#provinces.find(query.provinceCode) : NO_FILTER,
      commune: query.communeCode ? this.#communes.find(query.communeCode) : NO_FILTER,
      minStars: query.minStars ?? 0,
      certified: query.certified === undefined ? NO_FILTER : query.certified ? 1 : 0,
    };
  }

  /** Whether a document is present and passes the filters (the same tests as filterAndCount). */
  passes(r: number, filter: ColumnFilter): boolean {
    if (r >= this.#capacity) return false;
    const at = r * 4;
    const flags = this.#packed[at]!;
    if ((flags & PRESENT) === 0) return false;
    return (
      (filter.type === NO_FILTER || ((flags >> 1) & 3) === filter.type) &&
      (filter.category === NO_FILTER || this.#packed[at + 1] === filter.category) &&
      (filter.province === NO_FILTER || this.#packed[at + 2] === filter.province) &&
      (filter.commune === NO_FILTER || this.#packed[at + 3] === filter.commune) &&
      (filter.minStars === 0 || ((flags >> 4) & 15) >= filter.minStars) &&
      (filter.certified === NO_FILTER || ((flags >> 3) & 1) === filter.certified)
    );
  }

  /**
   * Counts the facets of the candidates that pass the filters in one tight loop (plain
   * typed-array reads, no per-row closures: this is the hot path of every search). With
   * `kept`, also writes the ones that pass there (it may be `candidates` itself: compacting
   * in place), and moves their `keys` along.
   */
  filterAndCount(
    candidates: Int32Array,
    length: number,
    filter: ColumnFilter,
    kept: Int32Array | null,
    keys: Float64Array | null,
  ): { total: number; counts: FacetCounts } {
    const { type: wantType, category: wantCategory, province: wantProvince, commune: wantCommune, minStars, certified: wantCertified } = filter;
    const packed = this.#packed;
    const capacity = this.#capacity;
    const counts = this.newFacetCounts();
    const typeCounts = counts.type;
    const categoryCounts = counts.category;
    const provinceCounts = counts.province;
    const communeCounts = counts.commune;
    const starCounts = counts.stars;
    const certifiedCounts = counts.certified;
    let total = 0;
    for (let i = 0; i < length; i++) {
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
      if (wantType !== NO_FILTER && type !== wantType) continue;
      if (wantCategory !== NO_FILTER && c !== wantCategory) continue;
      if (wantProvince !== NO_FILTER && p !== wantProvince) continue;
      if (wantCommune !== NO_FILTER && m !== wantCommune) continue;
      if (minStars > 0 && stars < minStars) continue;
      if (wantCertified !== NO_FILTER && certified !== wantCertified) continue;
      if (kept !== null) {
        if (keys !== null) keys[total] = keys[i]!;
        kept[total] = r;
      }
      total++;
      typeCounts[type]!++;
      if (c >= 0) categoryCounts[c]!++;
      if (p >= 0) provinceCounts[p]!++;
      if (m >= 0) communeCounts[m]!++;
      if (stars > 0) starCounts[stars]!++;
      certifiedCounts[certified]!++;
    }
    return { total, counts };
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

  /**
   * The facet counts as records. A broad word counts ~3,000 communes, and making an object of
   * that many keys costs V8 half a millisecond however it is built — the largest single cost
   * of such a search. The same matches give the same counts (the next page, another sort, the
   * same word searched again), so the last few records are kept by their counts and shared:
   * frozen, since every result that has the same counts gets the same objects. Codes never
   * change meaning within these columns, so a kept record never goes stale.
   */
  facetRecords(counts: FacetCounts): SearchFacets {
    const hash = facetCountsHash(counts);
    const kept = this.#facetRecords;
    for (let i = 0; i < kept.length; i++) {
      const entry = kept[i]!;
      if (entry.hash === hash && sameFacetCounts(entry.counts, counts)) {
        // Most recently used last.
        kept.splice(i, 1);
        kept.push(entry);
        return entry.facets;
      }
    }
    const facets = this.#makeFacetRecords(counts);
    kept.push({ hash, counts: copyFacetCounts(counts), facets });
    if (kept.length > FACET_RECORDS_KEPT) kept.shift();
    return facets;
  }

  readonly #facetRecords: { hash: number; counts: FacetCounts; facets: SearchFacets }[] = [];

  #makeFacetRecords(counts: FacetCounts): SearchFacets {
    const facets = emptyFacets();
    const fill = (target: Record<string, number>, values: readonly string[], c: Int32Array) => {
      for (let i = 0; i < c.length; i++) if (c[i]! > 0) target[values[i]!] = c[i]!;
    };
    fill(facets.type, TYPE_CODES, counts.type);
    fill(facets.category, this.#categories.values, counts.category);
    fill(facets.province, this.#provinces.values, counts.province);
    facets.commune = this.#communes.record(counts.commune);
    fill(facets.stars, ["0", "1", "2", "3", "4", "5"], counts.stars);
    fill(facets.certified, ["false", "true"], counts.certified);
    for (const record of Object.values(facets)) Object.freeze(record);
    return Object.freeze(facets);
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
    const [rowid, type, category, province, commune, stars, certified, lat, lng, published, titleFolded, bodyFolded, title] = row;
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
    this.terms.add(rowid, [titleFolded, ...bodyFolded.split(ZONE_SEPARATOR)], titleAccentKeys(title));
  }

  #delete(rowid: number): void {
    if (!this.has(rowid)) return;
    this.#packed[rowid * 4] = 0;
    this.#count--;
    this.#titleLengthSum -= this.#titleLength[rowid]!;
  }
}

const COLUMN_SELECT = `SELECT doc_rowid, type, category_id, province_code, commune_code, ocop_stars, certified, lat, lng,
  published_at, title_folded, body_folded, title FROM search_document`;

const NON_ASCII = /[^\u0000-\u007f]/;
/** accent keys by title word: titles repeat a few thousand words over 100k documents */
const accentKeys = new Map<string, string>();

/** The exact-accent keys of a title's words that carry diacritics ("Khô cá dứa" → kho, ca, duwas). */
function titleAccentKeys(title: string): string[] {
  const keys: string[] = [];
  // Plain ASCII words carry no accent: skip them without normalising (this runs per title at load).
  for (const word of title.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!NON_ASCII.test(word)) continue;
    let key = accentKeys.get(word);
    if (key === undefined) {
      key = accentKey(word);
      if (accentKeys.size > 50_000) accentKeys.clear();
      accentKeys.set(word, key);
    }
    keys.push(key);
  }
  return keys;
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

