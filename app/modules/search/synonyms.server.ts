// Synonym groups kept by the office (SynonymGroup rows, seeded by the search migration).
// Read on every search, so they are cached briefly; whoever edits them calls
// `invalidateSynonymCache()` (and, with Meilisearch, `engine.updateSettings()`).
import type { Tx } from "~/utils/db.server";
import { foldVietnamese } from "~/utils/text";
import { ONE_WAY_MARK, type SynonymGroups } from "./query";

const CACHE_MS = 30_000;
let cache: { at: number; groups: SynonymGroups } | undefined;

export function invalidateSynonymCache(): void {
  cache = undefined;
}

/**
 * Parses SynonymGroup.terms (a JSON array); drops malformed rows. Terms are lower-case words
 * (accents kept where the seed or the office wrote them: "dứa" is not "dừa"); a ">" second
 * element marks a one-way group (see SynonymGroups in query.ts).
 */
export function parseSynonymTerms(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    const oneWay = value[1] === ONE_WAY_MARK;
    const terms = value
      .filter((t): t is string => typeof t === "string" && t !== ONE_WAY_MARK)
      .map(normalizeSynonymTerm)
      .filter(Boolean);
    const unique = [...new Set(terms)];
    return oneWay && unique.length > 1 ? [unique[0]!, ONE_WAY_MARK, ...unique.slice(1)] : unique;
  } catch {
    return [];
  }
}

/** "  Đậu-Phộng " → "đậu phộng": lower case, NFC, words only. */
export function normalizeSynonymTerm(term: string): string {
  return (term.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** The terms of a group without its one-way mark, folded: what must be unique across groups. */
export function expandingTerms(terms: string[]): string[] {
  const oneWay = terms[1] === ONE_WAY_MARK;
  const sources = oneWay ? terms.slice(0, 1) : terms.filter((t) => t !== ONE_WAY_MARK);
  return sources.map((t) => foldVietnamese(t));
}

export async function loadSynonymGroups(client: Pick<Tx, "synonymGroup">, now = Date.now()): Promise<SynonymGroups> {
  if (cache && now - cache.at < CACHE_MS) return cache.groups;
  const rows = await client.synonymGroup.findMany({ select: { terms: true }, orderBy: { createdAt: "asc" } });
  const groups = rows.map((r) => parseSynonymTerms(r.terms)).filter((g) => g.filter((t) => t !== ONE_WAY_MARK).length > 1);
  cache = { at: now, groups };
  return groups;
}
