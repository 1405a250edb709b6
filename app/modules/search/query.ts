// Pure query handling shared by both engines: folding and tokenising what people type,
// expanding office synonyms, the FTS5 MATCH expression, one-edit typo candidates,
// highlight segments and great-circle distance. No I/O here, so it is unit-tested directly.
import { foldVietnamese } from "~/utils/text";
import type { HighlightSegment, SearchQuery } from "./search.types";
import { accentKey, hasDiacritics, MAX_QUERY_WORDS, understandQuery, type QueryWord } from "./understand";

export const MAX_QUERY_TOKENS = MAX_QUERY_WORDS;
export const MAX_PER_PAGE = 100;
/** Words at least this long (folded) tolerate one typo when the index does not know them. */
export const MIN_WORD_LENGTH_FOR_TYPO = 4;
/** The last word is matched as a prefix (search as you type) from this length on. */
export const MIN_PREFIX_LENGTH = 1;

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
  /** per alternative: how much a match through it is worth (the typed word is 1) */
  weights: number[];
  /** per alternative: the exact-accent key a title word must have for the accent bonus */
  accents: (string | undefined)[];
  /** the last typed word, matched as a prefix */
  prefix: boolean;
  /** came from a synonym group: never typo-corrected */
  synonym: boolean;
  /** a filler word ("đặc sản", "ngon", a number): raises a match, never required */
  optional: boolean;
}

/**
 * Synonym groups as stored by the office: terms (folded, or with accents when the accent is
 * what tells words apart, e.g. "dứa" pineapple and "dừa" coconut). A group with ">" as its
 * second element is one-way: its first term expands to the others, never back
 * (["thơm", ">", "dứa", "khóm"]: "thơm" also means fragrant, as in "gạo thơm").
 */
export type SynonymGroups = string[][];

export const ONE_WAY_MARK = ">";

interface SynonymTerm {
  tokens: string[];
  /** per token, the accent key when the term was written with accents */
  accents: (string | undefined)[];
}

interface Expansion {
  from: SynonymTerm;
  to: string[][];
}

function synonymTerm(term: string): SynonymTerm {
  const raw = term.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens: string[] = [];
  const accents: (string | undefined)[] = [];
  for (const word of raw) {
    const folded = foldedTokens(word);
    folded.forEach((token) => {
      tokens.push(token);
      accents.push(folded.length === 1 && hasDiacritics(word) ? accentKey(word) : undefined);
    });
  }
  return { tokens, accents };
}

const compiled = new WeakMap<SynonymGroups, Expansion[]>();

/** Every term that expands, with what it expands to (one-way groups expand their first term only). */
export function synonymExpansions(groups: SynonymGroups): Expansion[] {
  let expansions = compiled.get(groups);
  if (expansions) return expansions;
  expansions = [];
  for (const group of groups) {
    const oneWay = group[1] === ONE_WAY_MARK;
    const terms = group.filter((t) => t !== ONE_WAY_MARK).map(synonymTerm).filter((t) => t.tokens.length > 0);
    const sources = oneWay ? terms.slice(0, 1) : terms;
    for (const from of sources) {
      const to = terms.filter((t) => t !== from && t.tokens.join(" ") !== from.tokens.join(" ")).map((t) => t.tokens);
      if (to.length) expansions.push({ from, to });
    }
  }
  compiled.set(groups, expansions);
  return expansions;
}

/** The longest synonym term starting at word i: accents must agree when both sides have them. */
function synonymAt(words: QueryWord[], i: number, expansions: Expansion[]): Expansion | undefined {
  let best: Expansion | undefined;
  for (const expansion of expansions) {
    const { tokens, accents } = expansion.from;
    if (tokens.length <= (best?.from.tokens.length ?? 0)) continue;
    const fits = tokens.every((token, k) => {
      const word = words[i + k];
      if (!word || word.folded !== token) return false;
      return !(word.accent && accents[k] && word.accent !== accents[k]);
    });
    if (fits) best = expansion;
  }
  return best;
}

export interface AnalyzedQuery {
  clauses: QueryClause[];
  /** minimum OCOP stars asked for in the text ("ocop 4 sao") */
  minStars?: number;
  /** "ocop" was typed: OCOP-rated documents first */
  ocop: boolean;
}

/** Reading weight: a Telex/VNI reading is nearly as good as the typed word. */
const READING_WEIGHT = 0.95;
const SYNONYM_WEIGHT = 0.9;

export function analyzeQuery(q: string, synonyms: SynonymGroups): AnalyzedQuery {
  const understood = understandQuery(q);
  const words = understood.words;
  const expansions = synonymExpansions(synonyms);
  const clauses: QueryClause[] = [];
  for (let i = 0; i < words.length; ) {
    const expansion = synonymAt(words, i, expansions);
    if (expansion) {
      const length = expansion.from.tokens.length;
      const typed = words.slice(i, i + length);
      clauses.push({
        typed: typed.map((w) => w.folded),
        alternatives: [typed.map((w) => w.folded), ...expansion.to],
        weights: [1, ...expansion.to.map(() => SYNONYM_WEIGHT)],
        accents: [length === 1 ? typed[0]!.accent : undefined, ...expansion.to.map(() => undefined)],
        prefix: false,
        synonym: true,
        optional: typed.every((w) => w.role === "optional"),
      });
      i += length;
      continue;
    }
    const word = words[i]!;
    const clause: QueryClause = {
      typed: [word.folded],
      alternatives: [[word.folded]],
      weights: [1],
      accents: [word.accent],
      prefix: word.prefix && word.folded.length >= MIN_PREFIX_LENGTH,
      synonym: false,
      optional: word.role === "optional",
    };
    if (word.reading && word.reading.folded !== word.folded) {
      clause.alternatives.push([word.reading.folded]);
      clause.weights.push(READING_WEIGHT);
      clause.accents.push(word.reading.key);
      // A reading can be a regional word too ("ba85p" is "bắp", which is "ngô").
      const readingWord: QueryWord = { folded: word.reading.folded, role: word.role, prefix: false };
      const more = synonymAt([readingWord], 0, expansions.filter((e) => e.from.tokens.length === 1));
      for (const phrase of more?.to ?? []) {
        clause.alternatives.push(phrase);
        clause.weights.push(READING_WEIGHT * SYNONYM_WEIGHT);
        clause.accents.push(undefined);
      }
    }
    clauses.push(clause);
    i += 1;
  }
  return { clauses, ...(understood.minStars !== undefined ? { minStars: understood.minStars } : {}), ocop: understood.ocop };
}

export function parseQuery(q: string, synonyms: SynonymGroups): QueryClause[] {
  return analyzeQuery(q, synonyms).clauses;
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

const KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
const NEIGHBOURS = new Map<string, string>();
KEYBOARD_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const around = [row[i - 1], row[i + 1], KEYBOARD_ROWS[r - 1]?.[i], KEYBOARD_ROWS[r - 1]?.[i + 1], KEYBOARD_ROWS[r + 1]?.[i], KEYBOARD_ROWS[r + 1]?.[i - 1]];
    NEIGHBOURS.set(row[i]!, around.filter(Boolean).join(""));
  }
});

/**
 * The slips people actually make, one per word: two neighbouring letters swapped, a letter
 * typed twice or left out, a key next to the right one. The first letter stays (rarely wrong,
 * and changing it turns "thue" into "hue"); words over five letters allow any one edit.
 */
export function typoVariants(word: string): { variant: string; swap: boolean }[] {
  const out = new Map<string, boolean>();
  const add = (variant: string, swap: boolean) => {
    if (variant !== word && variant.length >= 2 && !out.has(variant)) out.set(variant, swap);
  };
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), true);
  }
  if (word.length > 5) {
    for (const variant of oneEditVariants(word)) if (variant[0] === word[0]) add(variant, false);
  } else {
    for (let i = 1; i < word.length; i++) {
      // a letter typed twice
      if (word[i] === word[i - 1]) add(word.slice(0, i) + word.slice(i + 1), false);
      // a neighbouring key
      for (const c of NEIGHBOURS.get(word[i]!) ?? "") add(word.slice(0, i) + c + word.slice(i + 1), false);
    }
    // a letter left out (not before the first)
    for (let i = 1; i <= word.length; i++) for (const c of "abcdefghijklmnopqrstuvwxyz") add(word.slice(0, i) + c + word.slice(i), false);
  }
  return [...out].map(([variant, swap]) => ({ variant, swap }));
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

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** per UTF-16 code unit outside ASCII: 0 not yet known, 1 a letter or number, 2 neither */
const wordUnits = new Uint8Array(0x10000);
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
 * The width in code units of the letter or number (\p{L}, \p{N}) at `i`, 0 when there is
 * none. The same words as /[\p{L}\p{N}]+/u finds, without running a Unicode regex over
 * every character: ASCII by range, other code units looked up once each.
 */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wordUnits[c]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnits[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * Splits `text` into matched and unmatched runs by folding each word the same way as the
 * index does. Neighbouring matched words join into one run ("Nước mắm" stays together).
 * Runs on every title and body of a result page, so it scans characters by hand.
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
  const { exact, prefixes } = terms;
  let cursor = 0;
  let i = 0;
  while (i < text.length) {
    let width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += width;
    while (i < text.length && (width = wordCharWidth(text, i)) > 0);
    const word = text.slice(start, i);
    const gap = text.slice(cursor, start);
    const folded = foldWord(word);
    let match = exact.has(folded);
    for (let p = 0; !match && p < prefixes.length; p++) match = folded.startsWith(prefixes[p]!);
    const last = segments[segments.length - 1];
    push(gap, match && last !== undefined && last.match && /^\s+$/.test(gap));
    push(word, match);
    cursor = i;
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
