// The production search engine: Meilisearch through its official client (ADR 0005).
// Catalogue writes reach it through the outbox (sync.server.ts): `drainSearchOutbox` re-reads
// the rows named by each message, applies them and waits for Meilisearch's task, retrying with
// backoff. A full rebuild fills a fresh index and swaps it in, so searches never see a half index.
import { Meilisearch, type Filter, type Index, type Settings } from "meilisearch";
import type { PrismaClient } from "~/generated/prisma/client";
import type { Tx } from "~/utils/db.server";
import { allPublicDocuments, buildDocumentsFor, subjectsForDocumentIds } from "./documents.server";
import { analyzeQuery, cropSegments, haversineKm, normalizeSearchQuery, synonymExpansions, type SynonymGroups } from "./query";
import {
  emptyFacets,
  type HighlightSegment,
  type RebuildProgress,
  type SearchDocument,
  type SearchDocumentId,
  type SearchEngine,
  type SearchFacets,
  type SearchQuery,
  type SearchResult,
} from "./search.types";
import { enqueueSearchOutboxTx, SEARCH_INDEX_TOPIC, SEARCH_REMOVE_TOPIC } from "./sync.server";
import { loadSynonymGroups } from "./synonyms.server";

/** What Meilisearch stores: the document, a key it accepts, and `_geo` when located. */
export interface MeiliDocument extends Omit<SearchDocument, "lat" | "lng"> {
  key: string;
  _geo?: { lat: number; lng: number };
}

const FACET_ATTRIBUTES = {
  type: "type",
  category: "categoryId",
  province: "provinceCode",
  commune: "communeCode",
  stars: "ocopStars",
  certified: "certified",
} as const;

// Meilisearch ids allow only [A-Za-z0-9_-]: "salesPoint:abc" becomes "salesPoint_abc".
export function meiliKey(id: SearchDocumentId | string): string {
  return id.replace(":", "_");
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const { lat, lng, ...rest } = doc;
  return { ...rest, key: meiliKey(doc.id), ...(lat !== undefined && lng !== undefined ? { _geo: { lat, lng } } : {}) };
}

/**
 * Index settings. Meilisearch maps synonyms one way only, so every expanding term of a group
 * gets its own entry (one-way groups only their first term); folded, as Meilisearch cannot
 * tell "dứa" from "dừa" in a synonym either. Old place names are searched last, with the least weight.
 */
export function buildMeiliSettings(synonyms: SynonymGroups): Settings {
  const map: Record<string, string[]> = {};
  for (const { from, to } of synonymExpansions(synonyms)) {
    const term = from.tokens.join(" ");
    map[term] = [...new Set([...(map[term] ?? []), ...to.map((t) => t.join(" "))])];
  }
  return {
    searchableAttributes: ["title", "subtitle", "body", "oldPlaceNames"],
    displayedAttributes: ["*"],
    filterableAttributes: ["type", "categoryId", "categorySlug", "provinceCode", "communeCode", "ocopStars", "certified", "_geo"],
    sortableAttributes: ["publishedAt", "_geo"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms: map,
    // Vietnamese syllables are short: one typo from four letters, as the embedded engine.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    localizedAttributes: [{ attributePatterns: ["title", "subtitle", "body", "oldPlaceNames"], locales: ["vie"] }],
    faceting: { maxValuesPerFacet: 5000 },
    pagination: { maxTotalHits: 100_000 },
  };
}

/**
 * The query Meilisearch gets, from the same understanding as the embedded engine: star
 * phrases become a filter, units, single letters and filler words are left out (with
 * `matchingStrategy: "last"` dropping trailing words when nothing matches them all), and a
 * Telex/VNI word is sent as its reading (Meilisearch cannot OR two readings of one word; the
 * typed form would match nothing). Null when the text held nothing to search for.
 */
export function buildMeiliQuery(q: string, synonyms: SynonymGroups): { q: string; minStars?: number } | null {
  const analyzed = analyzeQuery(q, synonyms);
  const words = analyzed.clauses
    .filter((clause) => !clause.optional)
    .map((clause) => {
      const readingAt = clause.synonym ? -1 : clause.accents.findIndex((key, i) => i > 0 && key !== undefined);
      return (readingAt > 0 ? clause.alternatives[readingAt]! : clause.typed).join(" ");
    });
  const minStars = Math.max(analyzed.minStars ?? 0, analyzed.ocop ? 3 : 0);
  if (q.trim() && !words.length && !minStars) return null;
  return { q: words.join(" "), ...(minStars ? { minStars } : {}) };
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Filter expressions ANDed by Meilisearch (an array means AND). */
export function buildMeiliFilter(query: SearchQuery): Filter {
  const filter: string[] = [];
  if (query.type) filter.push(`type = ${quote(query.type)}`);
  if (query.categoryId) filter.push(`categoryId = ${quote(query.categoryId)}`);
  if (query.provinceCode) filter.push(`provinceCode = ${quote(query.provinceCode)}`);
  if (query.communeCode) filter.push(`communeCode = ${quote(query.communeCode)}`);
  if (query.minStars !== undefined) filter.push(`ocopStars >= ${Math.trunc(query.minStars)}`);
  if (query.certified !== undefined) filter.push(`certified = ${query.certified ? "true" : "false"}`);
  return filter;
}

export function buildMeiliSort(query: SearchQuery): string[] | undefined {
  if (query.sort === "distance" && query.near) return [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`];
  if (query.sort === "newest" || (query.sort === "relevance" && !query.q.trim())) return ["publishedAt:desc"];
  return undefined;
}

const PRE = "\u0002";
const POST = "\u0003";

/** Meilisearch's `_formatted` text with our private tags → segments React can render safely. */
export function segmentsFromFormatted(formatted: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  for (const [index, part] of formatted.split(new RegExp(`[${PRE}${POST}]`)).entries()) {
    if (part) segments.push({ text: part, match: index % 2 === 1 });
  }
  return segments;
}

export interface MeiliEngineOptions {
  db: PrismaClient;
  host: string;
  apiKey?: string;
  /** index uid; the rebuild uses `${indexUid}_tmp` */
  indexUid?: string;
  /** how long to wait for one Meilisearch task */
  taskTimeoutMs?: number;
}

export class MeiliSearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly client: Meilisearch;
  readonly indexUid: string;
  readonly #db: PrismaClient;
  readonly #wait: { timeout: number; interval: number };

  constructor(options: MeiliEngineOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.indexUid = options.indexUid ?? "hang_viet";
    this.#db = options.db;
    this.#wait = { timeout: options.taskTimeoutMs ?? 30_000, interval: 50 };
  }

  #index(uid = this.indexUid): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(uid);
  }

  /** Creates the index if needed and applies the settings (also after synonyms change). */
  async updateSettings(uid = this.indexUid): Promise<void> {
    const synonyms = await loadSynonymGroups(this.#db, 0);
    const existing = await this.client.getRawIndex(uid).catch(() => null);
    if (!existing) await this.client.createIndex(uid, { primaryKey: "key" }).waitTask(this.#wait);
    await this.#index(uid).updateSettings(buildMeiliSettings(synonyms)).waitTask(this.#wait);
  }

  /** With `tx`: written to the outbox and applied by the worker after commit. */
  async index(docs: SearchDocument[], tx?: Tx): Promise<void> {
    if (tx) return enqueueSearchOutboxTx(tx, { indexIds: docs.map((d) => d.id), removeIds: [] });
    if (!docs.length) return;
    await this.#ensureIndex();
    await this.#index().addDocuments(docs.map(toMeiliDocument), { primaryKey: "key" }).waitTask(this.#wait);
  }

  async remove(ids: SearchDocumentId[], tx?: Tx): Promise<void> {
    if (tx) return enqueueSearchOutboxTx(tx, { indexIds: [], removeIds: ids });
    if (!ids.length) return;
    await this.#ensureIndex();
    await this.#index().deleteDocuments(ids.map(meiliKey)).waitTask(this.#wait);
  }

  /** Applies the current database state of these documents (what an outbox message names). */
  async syncDocuments(ids: string[]): Promise<void> {
    const { docs, removeIds } = await buildDocumentsFor(this.#db, subjectsForDocumentIds(ids));
    await this.index(docs);
    await this.remove(removeIds);
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const query = normalizeSearchQuery(input);
    const understood = buildMeiliQuery(query.q, await loadSynonymGroups(this.#db));
    if (!understood) return { hits: [], total: 0, facets: emptyFacets() };
    const effective: SearchQuery = understood.minStars ? { ...query, minStars: Math.max(query.minStars ?? 0, understood.minStars) } : query;
    await this.#ensureIndex();
    const response = await this.#index().search(understood.q, {
      filter: buildMeiliFilter(effective),
      sort: buildMeiliSort({ ...effective, q: understood.q }),
      facets: Object.values(FACET_ATTRIBUTES),
      page: query.page,
      hitsPerPage: query.perPage,
      matchingStrategy: "last",
      attributesToHighlight: ["title", "body"],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const facets: SearchFacets = emptyFacets();
    for (const [name, attribute] of Object.entries(FACET_ATTRIBUTES) as [keyof SearchFacets, string][]) {
      facets[name] = { ...(response.facetDistribution?.[attribute] ?? {}) };
    }
    return {
      total: response.totalHits,
      facets,
      hits: response.hits.map((hit) => {
        const { key: _key, _geo, _formatted, _geoDistance: _distance, ...rest } = hit as MeiliDocument & {
          _formatted?: Partial<Record<string, unknown>>;
          _geoDistance?: number;
        };
        const doc: SearchDocument = { ...(rest as Omit<SearchDocument, "lat" | "lng">), ...(_geo ? { lat: _geo.lat, lng: _geo.lng } : {}) };
        const formattedTitle = typeof _formatted?.title === "string" ? _formatted.title : doc.title;
        const formattedBody = typeof _formatted?.body === "string" ? _formatted.body : doc.body;
        return {
          doc,
          highlight: { title: segmentsFromFormatted(formattedTitle), body: cropSegments(segmentsFromFormatted(formattedBody)) },
          distanceKm: query.near && _geo ? haversineKm(query.near, _geo) : undefined,
        };
      }),
    };
  }

  /** Fills `${uid}_tmp` from the database, then swaps it with the live index atomically. */
  async rebuild(onProgress?: RebuildProgress): Promise<{ documents: number }> {
    const tmp = `${this.indexUid}_tmp`;
    await this.client.deleteIndexIfExists(tmp);
    await this.updateSettings(tmp);
    await this.#ensureIndex();
    let documents = 0;
    for await (const batch of allPublicDocuments(this.#db)) {
      if (batch.docs.length) {
        await this.#index(tmp).addDocuments(batch.docs.map(toMeiliDocument), { primaryKey: "key" }).waitTask(this.#wait);
      }
      documents += batch.docs.length;
      onProgress?.({ done: batch.scanned, total: batch.total, phase: "index" });
    }
    onProgress?.({ done: documents, total: documents, phase: "swap" });
    await this.client.swapIndexes([{ indexes: [this.indexUid, tmp], rename: false }]).waitTask(this.#wait);
    await this.client.deleteIndex(tmp).waitTask(this.#wait);
    return { documents };
  }

  #ready: Promise<void> | undefined;
  #ensureIndex(): Promise<void> {
    this.#ready ??= this.updateSettings().catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return this.#ready;
  }
}

// ───────────── outbox worker ─────────────

export const SEARCH_TOPICS = [SEARCH_INDEX_TOPIC, SEARCH_REMOVE_TOPIC];
export const MAX_ATTEMPTS = 8;

/** 1 s, 2 s, 4 s … capped at 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(600_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

export interface OutboxMessageLike {
  id: string;
  topic: string;
  payload: string;
  attempts: number;
}

/** Applies one search outbox message; throws so the caller can retry. */
export async function handleSearchOutboxMessage(engine: MeiliSearchEngine, message: OutboxMessageLike): Promise<void> {
  const payload = JSON.parse(message.payload) as { ids?: unknown };
  const ids = Array.isArray(payload.ids) ? payload.ids.filter((id): id is string => typeof id === "string") : [];
  // Both topics re-read the rows: a retried or reordered message can never resurrect a
  // document that has since been unpublished, nor drop one that was re-approved.
  await engine.syncDocuments(ids);
}

/**
 * Drains due search messages in creation order, at most `limit`. A failure leaves the message
 * PENDING with a later `availableAt` (exponential backoff); after MAX_ATTEMPTS it is FAILED.
 */
export async function drainSearchOutbox(
  db: PrismaClient,
  engine: MeiliSearchEngine,
  { limit = 100, now = () => new Date() }: { limit?: number; now?: () => Date } = {},
): Promise<{ done: number; failed: number }> {
  const messages = await db.outboxMessage.findMany({
    where: { status: "PENDING", topic: { in: SEARCH_TOPICS }, availableAt: { lte: now() } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let done = 0;
  let failed = 0;
  for (const message of messages) {
    try {
      await handleSearchOutboxMessage(engine, message);
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "DONE", processedAt: now(), attempts: message.attempts + 1 } });
      done++;
    } catch (error) {
      const attempts = message.attempts + 1;
      failed++;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
          status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          availableAt: new Date(now().getTime() + retryDelayMs(attempts)),
        },
      });
    }
  }
  return { done, failed };
}

/** The in-process worker: drains every `intervalMs` until stopped. */
export function startSearchOutboxWorker(db: PrismaClient, engine: MeiliSearchEngine, intervalMs = 1000): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      while (!stopped && (await drainSearchOutbox(db, engine)).done > 0) {
        // keep draining while there is work
      }
    } catch (error) {
      console.error("search outbox worker", error);
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, 0);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
