// Pure query handling shared by both engines: folding and tokenising what people type,
// expanding office synonyms, the FTS5 MATCH expression, one-edit typo candidates,
// highlight segments and great-circle distance. No I/O here, so it is unit-tested directly.
import { foldVietnamese } from "~/utils/text";
import type { HighlightSegment, SearchQuery } from "./search.types";

export const MAX_QUERY_TOKENS = 8;
export const MAX_PER_PAGE = 100;
/** Words at least this long (folded) tolerate one typo, as Meilisearch does by default. */
export const MIN_WORD_LENGTH_FOR_TYPO = 5;
/** The last word is matched as a prefix (search as you type) from this length on. */
export const MIN_PREFIX_LENGTH = 2;

/** Fills defaults and clamps paging, so engines can trust the query they are given. */
export function normalizeSearchQuery(input: Partial<SearchQuery> & { q?: string }): SearchQuery {
  const perPage = clampInt(input.perPage ?? 20, 1, MAX_PER_PAGE);
  const page = clampInt(input.page ?? 1, 1, 1000);
  const near =
    input.near && Number.isFinite(input.near.lat) && Number.isFinite(input.near.lng) ? input.near : undefined;
  let sort = input.sort ?? "relevance";
  if (sort === "distance" && !near) sort = "relevance";
  return { ...input, q: (input.q ?? "").slice(0, 200), near, sort, page, perPage };
}

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Folded words of a text, in order: "Nước mắm, 500ml" → ["nuoc", "mam", "500ml"]. */
export function foldedTokens(text: string): string[] {
  return foldVietnamese(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/** One part of a query that a document must match: any one of its alternatives. */
export interface QueryClause {
  /** the word(s) the person typed, folded */
  typed: string[];
  /** each alternative is a phrase of folded tokens (a single token for plain words) */
  alternatives: string[][];
  /** the last typed word, matched as a prefix */
  prefix: boolean;
  /** came from a synonym group: never typo-corrected */
  synonym: boolean;
}

/** Synonym groups as arrays of folded phrases, e.g. [["lac", "dau phong"], ...]. */
export type SynonymGroups = string[][];

export function parseQuery(q: string, synonyms: SynonymGroups): QueryClause[] {
  const tokens = foldedTokens(q).slice(0, MAX_QUERY_TOKENS);
  const typingLastWord = !/\s$/.test(q);
  const groups = synonyms.map((group) => group.map((term) => foldedTokens(term)).filter((t) => t.length > 0));
  const clauses: QueryClause[] = [];
  let i = 0;
  while (i < tokens.length) {
    // The longest synonym phrase that starts here wins ("dau phong" before "dau").
    let best: { length: number; group: string[][] } | undefined;
    for (const group of groups) {
      for (const phrase of group) {
        if (phrase.length > (best?.length ?? 0) && phrase.every((t, k) => tokens[i + k] === t)) {
          best = { length: phrase.length, group };
        }
      }
    }
    if (best) {
      const typed = tokens.slice(i, i + best.length);
      const others = best.group.filter((phrase) => phrase.join(" ") !== typed.join(" "));
      clauses.push({ typed, alternatives: [typed, ...others], prefix: false, synonym: true });
      i += best.length;
      continue;
    }
    const token = tokens[i]!;
    const isLast = i === tokens.length - 1;
    clauses.push({
      typed: [token],
      alternatives: [[token]],
      prefix: isLast && typingLastWord && token.length >= MIN_PREFIX_LENGTH,
      synonym: false,
    });
    i += 1;
  }
  return clauses;
}

/**
 * FTS5 MATCH expression: clauses are ANDed, alternatives ORed, phrases quoted. Tokens are
 * [a-z0-9]+ only, so quoting cannot be escaped by user input.
 */
export function toFtsMatch(clauses: QueryClause[]): string {
  return clauses
    .map((clause) => {
      const alternatives = clause.alternatives.map((phrase, index) => {
        const quoted = `"${phrase.join(" ")}"`;
        return clause.prefix && index === 0 ? `${quoted}*` : quoted;
      });
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" OR ")})`;
    })
    .join(" AND ");
}

/** Every string one edit (delete, swap, replace, insert) away from `word`, over [a-z0-9]. */
export function oneEditVariants(word: string): string[] {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of alphabet) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}

/** The words a highlighter should mark: every alternative's tokens; prefixes separately. */
export function highlightTerms(clauses: QueryClause[]): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const clause of clauses) {
    clause.alternatives.forEach((phrase, index) => {
      if (clause.prefix && index === 0) prefixes.push(phrase[0]!);
      else for (const token of phrase) exact.add(token);
    });
  }
  return { exact, prefixes };
}

const WORD = /[\p{L}\p{N}]+/gu;
const foldedWords = new Map<string, string>();

/** foldVietnamese for one word, memoised: result pages repeat the same few hundred words. */
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldVietnamese(word);
    if (foldedWords.size > 20_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * Splits `text` into matched and unmatched runs by folding each word the same way as the
 * index does. Neighbouring matched words join into one run ("Nước mắm" stays together).
 */
export function highlightSegments(
  text: string,
  terms: { exact: Set<string>; prefixes: string[] },
): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let cursor = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const start = found.index ?? 0;
    const gap = text.slice(cursor, start);
    const folded = foldWord(word);
    const match = terms.exact.has(folded) || terms.prefixes.some((p) => folded.startsWith(p));
    const last = segments[segments.length - 1];
    if (match && last?.match && /^\s+$/.test(gap)) {
      push(gap, true);
    } else {
      push(gap, false);
    }
    push(word, match);
    cursor = start + word.length;
  }
  push(text.slice(cursor), false);
  return segments;
}

/** Keeps a long body readable: about `maxChars` around the first match, with ellipses. */
export function cropSegments(segments: HighlightSegment[], maxChars = 180): HighlightSegment[] {
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  if (total <= maxChars) return segments;
  let offset = 0;
  let firstMatch = 0;
  for (const s of segments) {
    if (s.match) {
      firstMatch = offset;
      break;
    }
    offset += s.text.length;
  }
  const start = Math.max(0, Math.min(firstMatch - 40, total - maxChars));
  const end = start + maxChars;
  const out: HighlightSegment[] = [];
  offset = 0;
  for (const s of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + s.text.length);
    if (to > from) out.push({ text: s.text.slice(from - offset, to - offset), match: s.match });
    offset += s.text.length;
  }
  if (start > 0) out.unshift({ text: "…", match: false });
  if (end < total) out.push({ text: "…", match: false });
  return out;
}

const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
