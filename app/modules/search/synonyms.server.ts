// Synonym groups kept by the office (SynonymGroup rows, seeded by the search migration).
// Read on every search, so they are cached briefly; whoever edits them calls
// `invalidateSynonymCache()` (and, with Meilisearch, `engine.updateSettings()`).
import type { Tx } from "~/utils/db.server";
import { foldVietnamese } from "~/utils/text";
import type { SynonymGroups } from "./query";

const CACHE_MS = 30_000;
let cache: { at: number; groups: SynonymGroups } | undefined;

export function invalidateSynonymCache(): void {
  cache = undefined;
}

/** Parses SynonymGroup.terms (a JSON array); folds defensively and drops malformed rows. */
export function parseSynonymTerms(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    const terms = value
      .filter((t): t is string => typeof t === "string")
      .map((t) => foldVietnamese(t).replace(/[^a-z0-9]+/g, " ").trim())
      .filter(Boolean);
    return [...new Set(terms)];
  } catch {
    return [];
  }
}

export async function loadSynonymGroups(client: Pick<Tx, "synonymGroup">, now = Date.now()): Promise<SynonymGroups> {
  if (cache && now - cache.at < CACHE_MS) return cache.groups;
  const rows = await client.synonymGroup.findMany({ select: { terms: true }, orderBy: { createdAt: "asc" } });
  const groups = rows.map((r) => parseSynonymTerms(r.terms)).filter((g) => g.length > 1);
  cache = { at: now, groups };
  return groups;
}
