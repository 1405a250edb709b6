// Reference data every public page reads — categories, provinces and communes, holidays — kept
// in memory instead of queried on each request (issue #16, ADR 0020). It changes rarely and
// only through known writers: the module functions that write it call
// `invalidateReferenceData(kind)` after their transaction commits (holidays: the office
// calendar). Categories and places are written only by the seed, which runs before the server;
// a lifetime of REFERENCE_TTL_MS bounds how long a write from outside the process (a seed or
// script run against a live database) can go unseen.
//
// The cache is per Prisma client (each test database has its own). Under NODE_ENV=test it is
// off unless a test turns it on, because test factories write categories and places directly.
import type { Db, Tx } from "~/utils/db.server";

type Reader = object;
type CategoryReader = Pick<Tx, "category"> | Db;
type PlaceReader = Pick<Tx, "province" | "commune"> | Db;
type HolidayReader = Pick<Tx, "holiday"> | Db;

export const REFERENCE_TTL_MS = 5 * 60_000;

export interface CategoryNode {
  id: string;
  parentId: string | null;
  slug: string;
  nameVi: string;
  nameEn: string;
}
export interface CategoryTree {
  /** top-level categories in display order, each with its children in display order */
  roots: Array<{ slug: string; nameVi: string; nameEn: string; children: Array<{ slug: string; nameVi: string; nameEn: string }> }>;
  byId: ReadonlyMap<string, CategoryNode>;
  /** a category's id and its children's ids, by slug (a filter on a parent includes its children) */
  idsBySlug: ReadonlyMap<string, readonly string[]>;
}

export interface PlaceDirectory {
  provinces: ReadonlyMap<string, { code: string; name: string; shortName: string }>;
  communes: ReadonlyMap<string, { code: string; name: string; provinceCode: string }>;
}

interface Loaders {
  categories: CategoryTree;
  places: PlaceDirectory;
  /** every holiday as a Vietnamese date key (YYYY-MM-DD) */
  holidays: ReadonlySet<string>;
}
export type ReferenceKind = keyof Loaders;

interface Entry<T> {
  value: Promise<T>;
  loadedAt: number;
  generation: number;
}

const caches = new WeakMap<object, Map<ReferenceKind, Entry<unknown>>>();
/** Bumped by invalidation; an entry from an older generation is stale (a WeakMap cannot be walked to clear it). */
const generation: Record<ReferenceKind, number> = { categories: 0, places: 0, holidays: 0 };
let ttlMs = process.env.NODE_ENV === "test" ? 0 : REFERENCE_TTL_MS;
/** Every invalidation, so a test can check a writer calls it. */
let invalidations = 0;

/** Tests of the cache itself turn it on (0 turns it off again). */
export function setReferenceCacheTtlForTests(ms: number) {
  ttlMs = ms;
}

export function referenceInvalidations(): number {
  return invalidations;
}

/** Forgets cached reference data of one kind (or all), in every client; call after the write commits. */
export function invalidateReferenceData(kind?: ReferenceKind) {
  invalidations += 1;
  if (kind) generation[kind] += 1;
  else for (const k of Object.keys(generation) as ReferenceKind[]) generation[k] += 1;
}

function cached<K extends ReferenceKind>(client: Reader, kind: K, load: () => Promise<Loaders[K]>): Promise<Loaders[K]> {
  if (ttlMs <= 0) return load();
  let byKind = caches.get(client);
  if (!byKind) caches.set(client, (byKind = new Map()));
  const entry = byKind.get(kind) as Entry<Loaders[K]> | undefined;
  const now = Date.now();
  if (entry && now - entry.loadedAt < ttlMs && entry.generation === generation[kind]) return entry.value;
  const value = load();
  const fresh = { value, loadedAt: now, generation: generation[kind] };
  byKind.set(kind, fresh);
  // A failed load is not kept: the next request tries again.
  value.catch(() => {
    if (byKind.get(kind) === fresh) byKind.delete(kind);
  });
  return value;
}

const byPositionThenSlug = (a: { position: number; slug: string }, b: { position: number; slug: string }) =>
  a.position - b.position || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

export function categoryTree(client: CategoryReader): Promise<CategoryTree> {
  return cached(client, "categories", async () => {
    const rows = await client.category.findMany({ select: { id: true, slug: true, nameVi: true, nameEn: true, parentId: true, position: true } });
    const children = new Map<string, typeof rows>();
    for (const row of rows) if (row.parentId) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
    const name = (r: (typeof rows)[number]) => ({ slug: r.slug, nameVi: r.nameVi, nameEn: r.nameEn });
    return {
      roots: rows
        .filter((r) => r.parentId === null)
        .sort(byPositionThenSlug)
        .map((r) => ({ ...name(r), children: [...(children.get(r.id) ?? [])].sort(byPositionThenSlug).map(name) })),
      byId: new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parentId, ...name(r) }])),
      idsBySlug: new Map(rows.map((r) => [r.slug, [r.id, ...(children.get(r.id) ?? []).map((c) => c.id)]])),
    };
  });
}

/** A category's id and its children's, by slug; empty for an unknown slug (the filter then matches nothing). */
export async function categoryIdsForSlug(client: CategoryReader, slug: string): Promise<string[]> {
  return [...((await categoryTree(client)).idsBySlug.get(slug) ?? [])];
}

export function placeDirectory(client: PlaceReader): Promise<PlaceDirectory> {
  return cached(client, "places", async () => {
    const [provinces, communes] = await Promise.all([
      client.province.findMany({ select: { code: true, name: true, shortName: true } }),
      client.commune.findMany({ select: { code: true, name: true, provinceCode: true } }),
    ]);
    return { provinces: new Map(provinces.map((p) => [p.code, p])), communes: new Map(communes.map((c) => [c.code, c])) };
  });
}

/** A commune with its province, as the public pages show places; null for an unknown code. */
export function placeOf(directory: PlaceDirectory, communeCode: string | null | undefined) {
  const commune = communeCode ? directory.communes.get(communeCode) : undefined;
  const province = commune ? directory.provinces.get(commune.provinceCode) : undefined;
  return commune && province ? { code: commune.code, name: commune.name, province } : null;
}

export function holidayDates(client: HolidayReader): Promise<ReadonlySet<string>> {
  return cached(client, "holidays", async () => new Set((await client.holiday.findMany({ select: { date: true } })).map((h) => h.date)));
}
