// The end of a stored file's life. A file lives while a row points at it (a product or
// sales-point photo, a logo, a certificate document, an inspection photo, a complaint
// attachment...). When the last reference goes, the StoredFile row is deleted in the same
// transaction (so /files/:id answers 404 from the commit on) and the bytes are removed after
// the commit. The sweep catches everything a crash or a rollback left behind (ADR 0010).
import type { Db, Tx } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { getFileStore, type FileStore } from "./file-store.server";

/** Files younger than this are never swept: an upload may be between prepare and commit. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

type Client = Db | Tx;
type Reference = { table: string; column: string };

/**
 * Every column that references StoredFile, read from the schema itself (SQLite's foreign-key
 * list), so a model added later (fairs, complaints, payments) is respected without editing
 * this file. A hard-coded list here would let the sweep delete a file a new feature still uses.
 */
async function fileReferences(client: Client): Promise<Reference[]> {
  const rows = await client.$queryRawUnsafe<Reference[]>(
    `SELECT m.name AS "table", f."from" AS "column"
       FROM sqlite_master m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND f."table" = 'StoredFile'`,
  );
  return rows.map((r) => ({ table: String(r.table), column: String(r.column) }));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The ids among `fileIds` that some row still points at. */
async function referencedIds(client: Client, fileIds: readonly string[] | "all"): Promise<Set<string>> {
  const references = await fileReferences(client);
  if (references.length === 0 || (fileIds !== "all" && fileIds.length === 0)) return new Set();
  const filter = (column: string) =>
    fileIds === "all" ? `${quote(column)} IS NOT NULL` : `${quote(column)} IN (${fileIds.map(() => "?").join(", ")})`;
  const sql = references.map((r) => `SELECT ${quote(r.column)} AS id FROM ${quote(r.table)} WHERE ${filter(r.column)}`).join(" UNION ");
  const params = fileIds === "all" ? [] : references.flatMap(() => fileIds);
  const rows = await client.$queryRawUnsafe<{ id: string }[]>(sql, ...params);
  return new Set(rows.map((r) => r.id));
}

/** Storage keys whose bytes must go once the transaction that released them has committed. */
export type ReleasedFiles = { keys: string[] };

/**
 * Inside the transaction that removed a reference (a photo deleted, a logo replaced): deletes
 * the StoredFile rows nobody points at any more and returns their keys for `removeReleasedBytes`.
 */
export async function releaseFiles(tx: Tx, fileIds: readonly (string | null | undefined)[]): Promise<ReleasedFiles> {
  const ids = [...new Set(fileIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return { keys: [] };
  const stillUsed = await referencedIds(tx, ids);
  const free = ids.filter((id) => !stillUsed.has(id));
  if (free.length === 0) return { keys: [] };
  const rows = await tx.storedFile.findMany({ where: { id: { in: free } }, select: { storageKey: true, thumbKey: true } });
  await tx.storedFile.deleteMany({ where: { id: { in: free } } });
  return { keys: rows.flatMap((r) => [r.storageKey, ...(r.thumbKey ? [r.thumbKey] : [])]) };
}

/** After the commit: removes released bytes. A failure only leaves work for the sweep. */
export async function removeReleasedBytes(released: ReleasedFiles, store: FileStore = getFileStore()): Promise<void> {
  const results = await Promise.allSettled(released.keys.map((key) => store.remove(key)));
  const failed = results.filter((r) => r.status === "rejected").length;
  if (failed) logger.warn({ failed }, "released file bytes not removed; the orphan sweep will retry");
}

export type SweepResult = { rowsDeleted: number; bytesRemoved: number };

/**
 * (a) StoredFile rows older than the grace period that nothing references are deleted with
 * their bytes; (b) stored bytes older than the grace period with no row (a rolled-back or
 * crashed upload, a half-written temp file) are removed. Safe to run at any time.
 */
export async function sweepOrphanFiles(
  db: Db,
  { now = new Date(), store = getFileStore() }: { now?: Date; store?: FileStore } = {},
): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - ORPHAN_GRACE_MS);

  const old = await db.storedFile.findMany({ where: { createdAt: { lt: cutoff } }, select: { id: true } });
  const used = await referencedIds(db, "all");
  const unreferenced = old.map((f) => f.id).filter((id) => !used.has(id));
  let rowsDeleted = 0;
  const keys: string[] = [];
  for (const id of unreferenced) {
    // One short transaction per file, re-checking inside it: a reference added meanwhile wins.
    const released = await db.$transaction((tx) => releaseFiles(tx, [id]));
    if (released.keys.length) rowsDeleted++;
    keys.push(...released.keys);
  }
  await removeReleasedBytes({ keys }, store);

  const known = new Set<string>();
  for (const row of await db.storedFile.findMany({ select: { storageKey: true, thumbKey: true } })) {
    known.add(row.storageKey);
    if (row.thumbKey) known.add(row.thumbKey);
  }
  let bytesRemoved = keys.length;
  for await (const entry of store.list()) {
    if (known.has(entry.key) || entry.modifiedAt >= cutoff) continue;
    await removeStrayKey(store, entry.key);
    bytesRemoved++;
  }
  return { rowsDeleted, bytesRemoved };
}

/** A key listed by the store may be a temp file name the key check refuses; remove it anyway. */
async function removeStrayKey(store: FileStore, key: string) {
  try {
    await store.remove(key);
  } catch (error) {
    logger.warn({ err: error, key }, "orphan file not removed");
  }
}
