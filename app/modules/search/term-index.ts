// The embedded engine's in-memory copy of the FTS5 vocabulary: for every indexed word, the
// rowids of the documents that contain it and in which zones (title, subtitle, category, body,
// old place names), plus the exact accents of title words. FTS5 stays the
// transactional source of truth; this copy is rebuilt from search_document and kept current
// from the search_change log, so it always reflects one committed snapshot.
// Words are tokenised as FTS5's unicode61 tokenizer does on folded text; only [a-z0-9] words
// are kept, because a query can never contain anything else (see foldedTokens in query.ts).

/** Where in a document a word was found: one bit per zone (see ZONE_*). */
export const ZONE_TITLE = 0;
export const ZONE_SUBTITLE = 1;
export const ZONE_CATEGORY = 2;
export const ZONE_BODY = 3;
export const ZONE_OLD_PLACES = 4;
export const ZONE_COUNT = 5;
/**
 * Separates the zones inside the stored body text (search_document.body_folded): subtitle,
 * category, body, old place names. A control character: FTS5 treats it as a separator too.
 */
export const ZONE_SEPARATOR = "\u001e";

/** A growable list of rowids (unordered, no duplicates), with the zones each one matched in. */
class Postings {
  ids = new Int32Array(4);
  zones = new Uint8Array(4);
  length = 0;
  push(rowid: number, zoneBits: number): void {
    if (this.length === this.ids.length) {
      const next = new Int32Array(this.ids.length * 2);
      next.set(this.ids);
      this.ids = next;
      const zones = new Uint8Array(this.ids.length);
      zones.set(this.zones);
      this.zones = zones;
    }
    this.zones[this.length] = zoneBits;
    this.ids[this.length++] = rowid;
  }
  /** Adds a zone to the entry pushed last (the document being added). */
  markLast(zoneBits: number): void {
    this.zones[this.length - 1]! |= zoneBits;
  }
  /** Drops every rowid flagged in `removed`. */
  compact(removed: Uint8Array): void {
    const ids = this.ids;
    const zones = this.zones;
    let k = 0;
    for (let i = 0; i < this.length; i++) {
      const r = ids[i]!;
      if (r >= removed.length || removed[r] !== 1) {
        zones[k] = zones[i]!;
        ids[k++] = r;
      }
    }
    this.length = k;
  }
  view(): Int32Array {
    return this.ids.subarray(0, this.length);
  }
  zoneView(): Uint8Array {
    return this.zones.subarray(0, this.length);
  }
  trim(): void {
    const size = Math.max(4, this.length);
    this.ids = this.ids.slice(0, size);
    this.zones = this.zones.slice(0, size);
  }
  get bytes(): number {
    return this.ids.byteLength + this.zones.byteLength + 48;
  }
}

const EMPTY = new Int32Array(0);
const EMPTY_ZONES = new Uint8Array(0);
const ZONE_BREAK = -2;

export interface PostingList {
  rowids: Int32Array;
  /** per rowid, the zones (bit per ZONE_*) it matched in */
  zones: Uint8Array;
}

export class TermIndex {
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #all: Postings[] = [];
  #sorted: string[] | null = null;
  /**
   * per document: its words in order as term ids (-1 for a word no query can match, -2
   * between zones), for phrases and removal. A phrase never spans two zones, as FTS5 columns.
   */
  #pool = new Int32Array(1 << 16);
  #poolLength = 0;
  #docStart = new Int32Array(0);
  #docCount = new Int32Array(0);
  /** exact-accent keys of title words ("duwas" for "dứa") → documents, for the accent bonus */
  readonly #accentIds = new Map<string, number>();
  readonly #accents: Postings[] = [];
  #accentPool = new Int32Array(1 << 14);
  #accentPoolLength = 0;
  #docAccentStart = new Int32Array(0);
  #docAccentCount = new Int32Array(0);
  /** per term: the last add() call (stamp) that listed it, to skip repeated words */
  #seen = new Int32Array(1024);
  #stamp = 0;
  /** bumped by every add and removal: what a reader cached from the index is stale once it moves */
  #version = 0;
  /** per document: the last phrase() call (stamp) that found all its words so far */
  #phraseMark = new Int32Array(0);
  #phraseStamp = 0;

  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#terms.length;
  }

  /** Rowids of the documents containing `term` (any zone). Valid until the next change. */
  postings(term: string): Int32Array {
    const id = this.#termIds.get(term);
    return id === undefined ? EMPTY : this.#all[id]!.view();
  }

  /** Rowids and the zones they contain `term` in. Valid until the next change. */
  postingList(term: string): PostingList {
    const id = this.#termIds.get(term);
    if (id === undefined) return { rowids: EMPTY, zones: EMPTY_ZONES };
    const list = this.#all[id]!;
    return { rowids: list.view(), zones: list.zoneView() };
  }

  /** Documents whose title contains a word spelled exactly so (accent key, see understand.ts). */
  accentPostings(key: string): Int32Array {
    const id = this.#accentIds.get(key);
    return id === undefined ? EMPTY : this.#accents[id]!.view();
  }

  /** The words of a document's title, in order (unmatchable words left out). */
  titleTerms(rowid: number): string[] {
    const out: string[] = [];
    if (rowid >= this.#docCount.length) return out;
    const start = this.#docStart[rowid]!;
    const end = start + this.#docCount[rowid]!;
    for (let p = start; p < end; p++) {
      const id = this.#pool[p]!;
      if (id === ZONE_BREAK) break;
      if (id >= 0) out.push(this.#terms[id]!);
    }
    return out;
  }

  /** Number of documents containing the word, as fts5vocab's `doc` column. */
  documentFrequency(term: string): number {
    const id = this.#termIds.get(term);
    return id === undefined ? 0 : this.#all[id]!.length;
  }

  /** Indexed words starting with `prefix` that occur in at least one document, in order. */
  termsWithPrefix(prefix: string): string[] {
    const sorted = this.#sortedTerms();
    const out: string[] = [];
    for (let i = this.#firstAtOrAfter(prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      if (this.documentFrequency(sorted[i]!) > 0) out.push(sorted[i]!);
    }
    return out;
  }

  /** Whether any indexed word in use starts with `prefix` (stops at the first one). */
  hasPrefix(prefix: string): boolean {
    const sorted = this.#sortedTerms();
    for (let i = this.#firstAtOrAfter(prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      if (this.documentFrequency(sorted[i]!) > 0) return true;
    }
    return false;
  }

  /** The vocabulary in code-unit order; built once, again only after a new word arrives. */
  #sortedTerms(): string[] {
    return (this.#sorted ??= [...this.#terms].sort());
  }

  /** Binary search: the index of the first sorted word ≥ `prefix`. */
  #firstAtOrAfter(prefix: string): number {
    const sorted = this.#sortedTerms();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Indexes one document; it must not be indexed already (remove it first). `zones` are folded
   * texts by zone (ZONE_TITLE first); `accentKeys` the exact-accent keys of its title words.
   */
  add(rowid: number, zones: readonly string[], accentKeys: readonly string[] = []): void {
    this.#ensureDoc(rowid);
    this.#version++;
    // A new stamp per call: a document removed and added again keeps its rowid.
    const stamp = ++this.#stamp;
    const start = this.#poolLength;
    zones.forEach((text, zone) => {
      if (zone > 0) this.#poolPush(ZONE_BREAK);
      const bit = 1 << zone;
      forEachWord(text, (word) => {
        if (word === null) return this.#poolPush(-1);
        const id = this.#intern(word);
        this.#poolPush(id);
        if (this.#seen[id] === stamp) return this.#all[id]!.markLast(bit);
        this.#seen[id] = stamp;
        this.#all[id]!.push(rowid, bit);
      });
    });
    this.#docStart[rowid] = start;
    this.#docCount[rowid] = this.#poolLength - start;
    const accentStart = this.#accentPoolLength;
    for (const key of new Set(accentKeys)) {
      let id = this.#accentIds.get(key);
      if (id === undefined) {
        id = this.#accents.length;
        this.#accentIds.set(key, id);
        this.#accents.push(new Postings());
      }
      this.#accents[id]!.push(rowid, 1);
      if (this.#accentPoolLength === this.#accentPool.length) this.#accentPool = grown(this.#accentPool, this.#accentPool.length * 2);
      this.#accentPool[this.#accentPoolLength++] = id;
    }
    this.#docAccentStart[rowid] = accentStart;
    this.#docAccentCount[rowid] = this.#accentPoolLength - accentStart;
  }

  /**
   * Removes documents in one pass over the postings of the words they contained: cost is the
   * length of those postings, not the size of the index.
   */
  removeMany(rowids: readonly number[]): void {
    const touched = new Set<number>();
    const touchedAccents = new Set<number>();
    let max = 0;
    for (const rowid of rowids) {
      if (rowid >= this.#docCount.length || this.#docCount[rowid] === 0) continue;
      const start = this.#docStart[rowid]!;
      for (let i = 0; i < this.#docCount[rowid]!; i++) {
        const id = this.#pool[start + i]!;
        if (id >= 0) touched.add(id);
      }
      const accentStart = this.#docAccentStart[rowid]!;
      for (let i = 0; i < this.#docAccentCount[rowid]!; i++) touchedAccents.add(this.#accentPool[accentStart + i]!);
      max = Math.max(max, rowid);
    }
    if (!touched.size && !touchedAccents.size) return;
    this.#version++;
    const removed = new Uint8Array(max + 1);
    for (const rowid of rowids) {
      if (rowid < this.#docCount.length && this.#docCount[rowid]! > 0) {
        removed[rowid] = 1;
        this.#docCount[rowid] = 0;
        this.#docAccentCount[rowid] = 0;
      }
    }
    for (const id of touched) this.#all[id]!.compact(removed);
    for (const id of touchedAccents) this.#accents[id]!.compact(removed);
    // The pools only grow; a full reload (after a rebuild or a long absence) reclaims them.
  }

  /**
   * Documents containing the words as a phrase (consecutive, in one zone), with the zones it
   * was found in. Intersects the words' postings first (rarest to commonest, by stamps: a
   * sequential pass per word), then scans the word sequence of the documents holding them all
   * ("bánh đa" reads ~9,000 documents where "bánh" alone has 21,000).
   */
  phrase(words: readonly string[]): PostingList {
    const ids: number[] = [];
    for (const word of words) {
      const id = this.#termIds.get(word);
      if (id === undefined) return { rowids: EMPTY, zones: EMPTY_ZONES };
      ids.push(id);
    }
    const byRarity = [...new Set(ids)].sort((a, b) => this.#all[a]!.length - this.#all[b]!.length);
    if (this.#phraseMark.length < this.#docCount.length) this.#phraseMark = new Int32Array(this.#docCount.length);
    const mark = this.#phraseMark;
    let stamp = 0;
    for (let w = 1; w < byRarity.length; w++) {
      const list = this.#all[byRarity[w]!]!;
      const next = ++this.#phraseStamp;
      for (let i = 0; i < list.length; i++) {
        const r = list.ids[i]!;
        if (w === 1 || mark[r] === stamp) mark[r] = next;
      }
      stamp = next;
    }
    const rarest = this.#all[byRarity[0]!]!;
    const candidates = rarest.view();
    const rowids = new Int32Array(candidates.length);
    const zones = new Uint8Array(candidates.length);
    let n = 0;
    const pool = this.#pool;
    const first = ids[0]!;
    const width = ids.length;
    for (let i = 0; i < candidates.length; i++) {
      const rowid = candidates[i]!;
      if (stamp !== 0 && mark[rowid] !== stamp) continue;
      const start = this.#docStart[rowid]!;
      const end = start + this.#docCount[rowid]!;
      let zone = 0;
      let found = 0;
      for (let p = start; p + width <= end; p++) {
        const id = pool[p]!;
        if (id === ZONE_BREAK) zone++;
        if (id !== first) continue;
        let k = 1;
        while (k < width && pool[p + k] === ids[k]) k++;
        if (k === width) found |= 1 << zone;
      }
      if (found) {
        rowids[n] = rowid;
        zones[n++] = found;
      }
    }
    return { rowids: rowids.subarray(0, n), zones: zones.subarray(0, n) };
  }

  /** Gives back the slack of the doubling growth after a full load (~half the memory). */
  trim(): void {
    this.#pool = grown(this.#pool.subarray(0, this.#poolLength), this.#poolLength + (this.#poolLength >> 3) + 16);
    this.#accentPool = grown(this.#accentPool.subarray(0, this.#accentPoolLength), this.#accentPoolLength + 16);
    for (const list of this.#all) list.trim();
    for (const list of this.#accents) list.trim();
  }

  /**
   * Approximate bytes held: typed arrays exactly, plus an estimate of 64 bytes per vocabulary
   * entry (Map slot, string, array slot) for the words and accent keys.
   */
  memoryBytes(): number {
    let bytes = this.#pool.byteLength + this.#accentPool.byteLength + this.#seen.byteLength + this.#phraseMark.byteLength;
    bytes += this.#docStart.byteLength + this.#docCount.byteLength + this.#docAccentStart.byteLength + this.#docAccentCount.byteLength;
    for (const list of this.#all) bytes += list.bytes;
    for (const list of this.#accents) bytes += list.bytes;
    for (const term of this.#terms) bytes += 64 + term.length;
    for (const key of this.#accentIds.keys()) bytes += 64 + key.length;
    return bytes;
  }

  #intern(word: string): number {
    let id = this.#termIds.get(word);
    if (id === undefined) {
      id = this.#terms.length;
      this.#termIds.set(word, id);
      this.#terms.push(word);
      this.#all.push(new Postings());
      this.#sorted = null;
      if (id >= this.#seen.length) this.#seen = grown(this.#seen, this.#seen.length * 2);
    }
    return id;
  }

  #poolPush(id: number): void {
    if (this.#poolLength === this.#pool.length) this.#pool = grown(this.#pool, this.#pool.length * 2);
    this.#pool[this.#poolLength++] = id;
  }

  #ensureDoc(rowid: number): void {
    if (rowid < this.#docCount.length) return;
    const capacity = Math.max(rowid + 1, this.#docCount.length * 2, 1024);
    this.#docStart = grown(this.#docStart, capacity);
    this.#docCount = grown(this.#docCount, capacity);
    this.#docAccentStart = grown(this.#docAccentStart, capacity);
    this.#docAccentCount = grown(this.#docAccentCount, capacity);
  }
}

function grown(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(old.subarray(0, Math.min(old.length, size)));
  return next;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Calls `visit` for each word of folded text, splitting where unicode61 does (on anything that
 * is not a letter or a number). Words with characters outside [a-z0-9] are visited as null:
 * no folded query token can equal them, but they still separate the words of a phrase.
 */
export function forEachWord(text: string, visit: (word: string | null) => void): void {
  let start = -1;
  let plain = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      continue;
    }
    let wordChar: boolean;
    if (c < 128) {
      // Folded text is lower-case; an upper-case letter means unfolded input: a word, unmatchable.
      wordChar = c >= 65 && c <= 90;
    } else {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      wordChar = NON_ASCII_WORD_CHAR.test(text.slice(i, i + width));
      if (wordChar) i += width - 1;
      else if (start >= 0) {
        visit(plain ? text.slice(start, i) : null);
        start = -1;
        i += width - 1;
        continue;
      } else {
        i += width - 1;
        continue;
      }
    }
    if (wordChar) {
      if (start < 0) start = i;
      plain = false;
    } else if (start >= 0) {
      visit(plain ? text.slice(start, i) : null);
      start = -1;
    }
  }
  if (start >= 0) visit(plain ? text.slice(start) : null);
}
