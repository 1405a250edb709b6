// Keeps the search index in step with the catalogue inside the caller's transaction:
// `syncSearch(tx, { productIds: [id] })` after any change that can alter what the public sees.
// The embedded index (search_document + FTS5) is written right here, so a search right after
// the commit finds the change; when Meilisearch is configured an outbox message is written in
// the same transaction and the worker (meili-engine.server.ts) applies it later.
import type { Tx } from "~/utils/db.server";
import { foldVietnamese } from "~/utils/text";
import { buildDocumentsFor, type SearchSubjects } from "./documents.server";
import type { SearchDocument, SearchDocumentId } from "./search.types";
import { ZONE_SEPARATOR } from "./term-index";

export const SEARCH_INDEX_TOPIC = "search.index";
export const SEARCH_REMOVE_TOPIC = "search.remove";

type RawTx = Pick<Tx, "$executeRawUnsafe">;

const COLUMNS = [
  "id",
  "type",
  "title",
  "subtitle",
  "body",
  "url",
  "category_id",
  "category_slug",
  "province_code",
  "commune_code",
  "ocop_stars",
  "certified",
  "lat",
  "lng",
  "published_at",
  "title_folded",
  "body_folded",
] as const;
// SQLite allows 32,766 bound parameters; stay far below it.
const ROWS_PER_STATEMENT = 200;

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]/g;

/**
 * The text the embedded index searches: folded so "nuoc mam" finds "Nước mắm". The body holds
 * four zones in a fixed order, each weighted on its own when ranking (term-index.ts): subtitle
 * (producer and place), category, body (description…), old place names.
 */
export function foldedFields(doc: SearchDocument): { titleFolded: string; bodyFolded: string } {
  const fold = (text: string | undefined) => foldVietnamese((text ?? "").replace(CONTROL_CHARACTERS, " "));
  return {
    titleFolded: fold(doc.title),
    bodyFolded: [doc.subtitle, doc.categorySlug?.replace(/-/g, " "), doc.body, doc.oldPlaceNames].map(fold).join(ZONE_SEPARATOR),
  };
}

function rowValues(doc: SearchDocument): unknown[] {
  const { titleFolded, bodyFolded } = foldedFields(doc);
  return [
    doc.id,
    doc.type,
    doc.title,
    doc.subtitle,
    doc.body,
    doc.url,
    doc.categoryId ?? null,
    doc.categorySlug ?? null,
    doc.provinceCode ?? null,
    doc.communeCode ?? null,
    doc.ocopStars ?? null,
    doc.certified ? 1 : 0,
    doc.lat ?? null,
    doc.lng ?? null,
    Math.trunc(doc.publishedAt),
    titleFolded,
    bodyFolded,
  ];
}

/** Upserts documents into the embedded index (triggers keep the FTS table in step). */
export async function indexDocumentsTx(tx: RawTx, docs: SearchDocument[]): Promise<void> {
  const updates = COLUMNS.filter((c) => c !== "id")
    .map((c) => `"${c}" = excluded."${c}"`)
    .join(", ");
  for (let i = 0; i < docs.length; i += ROWS_PER_STATEMENT) {
    const chunk = docs.slice(i, i + ROWS_PER_STATEMENT);
    const placeholders = chunk.map(() => `(${COLUMNS.map(() => "?").join(", ")})`).join(", ");
    await tx.$executeRawUnsafe(
      `INSERT INTO search_document (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${placeholders}
       ON CONFLICT("id") DO UPDATE SET ${updates}`,
      ...chunk.flatMap(rowValues),
    );
  }
  if (docs.length) await pruneChangeLogTx(tx);
}

export async function removeDocumentsTx(tx: RawTx, ids: SearchDocumentId[]): Promise<void> {
  for (let i = 0; i < ids.length; i += ROWS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + ROWS_PER_STATEMENT);
    await tx.$executeRawUnsafe(`DELETE FROM search_document WHERE id IN (${chunk.map(() => "?").join(", ")})`, ...chunk);
  }
  if (ids.length) await pruneChangeLogTx(tx);
}

/** Readers further behind than this many changes reload everything instead of catching up. */
export const CHANGE_LOG_KEEP = 10_000;

export async function pruneChangeLogTx(tx: RawTx): Promise<void> {
  await tx.$executeRawUnsafe(
    `DELETE FROM search_change WHERE seq <= (SELECT max(seq) FROM search_change) - ${CHANGE_LOG_KEEP}`,
  );
}

export function isMeilisearchConfigured(): boolean {
  return Boolean(process.env.MEILI_HOST);
}

/**
 * Records, in the caller's transaction, that Meilisearch must catch up on these documents.
 * The worker re-reads the rows when it drains the message, so retries and reordering can
 * never resurrect a document that has since been unpublished.
 */
export async function enqueueSearchOutboxTx(
  tx: Pick<Tx, "outboxMessage">,
  change: { indexIds: SearchDocumentId[]; removeIds: SearchDocumentId[] },
): Promise<void> {
  const data = [];
  if (change.indexIds.length) data.push({ topic: SEARCH_INDEX_TOPIC, payload: JSON.stringify({ ids: change.indexIds }) });
  if (change.removeIds.length) data.push({ topic: SEARCH_REMOVE_TOPIC, payload: JSON.stringify({ ids: change.removeIds }) });
  if (data.length) await tx.outboxMessage.createMany({ data });
}

export interface SyncSearchOptions {
  /** write outbox messages for Meilisearch; defaults to whether MEILI_HOST is set */
  outbox?: boolean;
  now?: Date;
}

/**
 * The one entry point for catalogue code: call it inside the transaction that changed
 * products, businesses, sales points or their certificates. Documents that became public are
 * (re)indexed; the others are removed.
 */
export async function syncSearch(
  tx: Tx,
  subjects: SearchSubjects,
  options: SyncSearchOptions = {},
): Promise<{ indexed: number; removed: number }> {
  const { docs, removeIds } = await buildDocumentsFor(tx, subjects, options.now);
  await indexDocumentsTx(tx, docs);
  await removeDocumentsTx(tx, removeIds);
  if (options.outbox ?? isMeilisearchConfigured()) {
    await enqueueSearchOutboxTx(tx, { indexIds: docs.map((d) => d.id), removeIds });
  }
  return { indexed: docs.length, removed: removeIds.length };
}
