// The embedded engine's in-memory copy of the FTS5 vocabulary: for every indexed word, the
// rowids of the documents that contain it (anywhere, and in the title). FTS5 stays the
// transactional source of truth; this copy is rebuilt from search_document and kept current
// from the search_change log, so it always reflects one committed snapshot.
// Words are tokenised as FTS5's unicode61 tokenizer does on folded text; only [a-z0-9] words
// are kept, because a query can never contain anything else (see foldedTokens in query.ts).

/** A growable list of rowids (unordered, no duplicates). */
class Postings {
  ids = new Int32Array(4);
  length = 0;
  push(rowid: number): void {
    if (this.length === this.ids.length) {
      const next = new Int32Array(this.ids.length * 2);
      next.set(this.ids);
      this.ids = next;
    }
    this.ids[this.length++] = rowid;
  }
  /** Drops every rowid flagged in `removed`. */
  compact(removed: Uint8Array): void {
    const ids = this.ids;
    let k = 0;
    for (let i = 0; i < this.length; i++) {
      const r = ids[i]!;
      if (r >= removed.length || removed[r] !== 1) ids[k++] = r;
    }
    this.length = k;
  }
  view(): Int32Array {
    return this.ids.subarray(0, this.length);
  }
}

const EMPTY = new Int32Array(0);

export class TermIndex {
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #all: Postings[] = [];
  readonly #title: Postings[] = [];
  #sorted: string[] | null = null;
  /**
   * per document: its words in order as term ids (-1 for a word no query can match), title
   * then body, for phrases and removal. A phrase never spans the two columns, as in FTS5.
   */
  #pool = new Int32Array(1 << 16);
  #poolLength = 0;
  #docStart = new Int32Array(0);
  #docCount = new Int32Array(0);
  #docTitleCount = new Int32Array(0);
  /** per term: the last add() call (stamp) that listed it, to skip repeated words */
  #seenAll = new Int32Array(1024);
  #seenTitle = new Int32Array(1024);
  #stamp = 0;

  get size(): number {
    return this.#terms.length;
  }

  /** Rowids of the documents containing `term` (title or body). Valid until the next change. */
  postings(term: string): Int32Array {
    const id = this.#termIds.get(term);
    return id === undefined ? EMPTY : this.#all[id]!.view();
  }

  titlePostings(term: string): Int32Array {
    const id = this.#termIds.get(term);
    return id === undefined ? EMPTY : this.#title[id]!.view();
  }

  /** Number of documents containing the word, as fts5vocab's `doc` column. */
  documentFrequency(term: string): number {
    const id = this.#termIds.get(term);
    return id === undefined ? 0 : this.#all[id]!.length;
  }

  /** Indexed words starting with `prefix` that occur in at least one document. */
  termsWithPrefix(prefix: string): string[] {
    const sorted = (this.#sorted ??= [...this.#terms].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      if (this.documentFrequency(sorted[i]!) > 0) out.push(sorted[i]!);
    }
    return out;
  }

  /** Indexes one document; it must not be indexed already (remove it first). */
  add(rowid: number, titleFolded: string, bodyFolded: string): void {
    this.#ensureDoc(rowid);
    // A new stamp per call: a document removed and added again keeps its rowid.
    const stamp = ++this.#stamp;
    const start = this.#poolLength;
    forEachWord(titleFolded, (word) => {
      if (word === null) return this.#poolPush(-1);
      const id = this.#intern(word);
      this.#poolPush(id);
      if (this.#seenTitle[id] === stamp) return;
      this.#seenTitle[id] = stamp;
      this.#title[id]!.push(rowid);
      this.#seenAll[id] = stamp;
      this.#all[id]!.push(rowid);
    });
    const titleCount = this.#poolLength - start;
    forEachWord(bodyFolded, (word) => {
      if (word === null) return this.#poolPush(-1);
      const id = this.#intern(word);
      this.#poolPush(id);
      if (this.#seenAll[id] === stamp) return;
      this.#seenAll[id] = stamp;
      this.#all[id]!.push(rowid);
    });
    this.#docStart[rowid] = start;
    this.#docCount[rowid] = this.#poolLength - start;
    this.#docTitleCount[rowid] = titleCount;
  }

  /**
   * Removes documents in one pass over the postings of the words they contained: cost is the
   * length of those postings, not the size of the index.
   */
  removeMany(rowids: readonly number[]): void {
    const touchedAll = new Set<number>();
    const touchedTitle = new Set<number>();
    let max = 0;
    for (const rowid of rowids) {
      if (rowid >= this.#docCount.length || this.#docCount[rowid] === 0) continue;
      const start = this.#docStart[rowid]!;
      const titleCount = this.#docTitleCount[rowid]!;
      for (let i = 0; i < this.#docCount[rowid]!; i++) {
        const id = this.#pool[start + i]!;
        if (id < 0) continue;
        touchedAll.add(id);
        if (i < titleCount) touchedTitle.add(id);
      }
      max = Math.max(max, rowid);
    }
    if (!touchedAll.size) return;
    const removed = new Uint8Array(max + 1);
    for (const rowid of rowids) {
      if (rowid < this.#docCount.length && this.#docCount[rowid]! > 0) {
        removed[rowid] = 1;
        this.#docCount[rowid] = 0;
        this.#docTitleCount[rowid] = 0;
      }
    }
    for (const id of touchedAll) this.#all[id]!.compact(removed);
    for (const id of touchedTitle) this.#title[id]!.compact(removed);
    // The pool only grows; a full reload (after a rebuild or a long absence) reclaims it.
  }

  /**
   * Documents containing the words as a phrase (consecutive, in one column), and those of
   * them where the phrase is in the title. Scans the word sequence of each document holding
   * the rarest of the words.
   */
  phrase(words: readonly string[]): { rowids: Int32Array; inTitle: Int32Array } {
    const ids: number[] = [];
    for (const word of words) {
      const id = this.#termIds.get(word);
      if (id === undefined) return { rowids: EMPTY, inTitle: EMPTY };
      ids.push(id);
    }
    let rarest = this.#all[ids[0]!]!;
    for (const id of ids) if (this.#all[id]!.length < rarest.length) rarest = this.#all[id]!;
    const candidates = rarest.view();
    const rowids = new Int32Array(candidates.length);
    const inTitle = new Int32Array(candidates.length);
    let n = 0;
    let t = 0;
    const pool = this.#pool;
    const first = ids[0]!;
    const width = ids.length;
    for (let i = 0; i < candidates.length; i++) {
      const rowid = candidates[i]!;
      const start = this.#docStart[rowid]!;
      const titleEnd = start + this.#docTitleCount[rowid]!;
      const end = start + this.#docCount[rowid]!;
      let where = 0; // 1: body, 2: title
      for (let p = start; p + width <= end && where < 2; p++) {
        if (pool[p] !== first) continue;
        let k = 1;
        while (k < width && pool[p + k] === ids[k]) k++;
        if (k < width) continue;
        // The phrase must not straddle the end of the title.
        if (p < titleEnd && p + width > titleEnd) continue;
        where = p < titleEnd ? 2 : 1;
      }
      if (where > 0) rowids[n++] = rowid;
      if (where === 2) inTitle[t++] = rowid;
    }
    return { rowids: rowids.subarray(0, n), inTitle: inTitle.subarray(0, t) };
  }

  /** Gives back the slack of the doubling growth after a full load (~half the memory). */
  trim(): void {
    const pool = new Int32Array(this.#poolLength + (this.#poolLength >> 3) + 16);
    pool.set(this.#pool.subarray(0, this.#poolLength));
    this.#pool = pool;
    for (const list of [...this.#all, ...this.#title]) list.ids = list.ids.slice(0, Math.max(4, list.length));
  }

  #intern(word: string): number {
    let id = this.#termIds.get(word);
    if (id === undefined) {
      id = this.#terms.length;
      this.#termIds.set(word, id);
      this.#terms.push(word);
      this.#all.push(new Postings());
      this.#title.push(new Postings());
      this.#sorted = null;
      if (id >= this.#seenAll.length) {
        const grow = (old: Int32Array) => {
          const next = new Int32Array(old.length * 2);
          next.set(old);
          return next;
        };
        this.#seenAll = grow(this.#seenAll);
        this.#seenTitle = grow(this.#seenTitle);
      }
    }
    return id;
  }

  #poolPush(id: number): void {
    if (this.#poolLength === this.#pool.length) {
      const next = new Int32Array(this.#pool.length * 2);
      next.set(this.#pool);
      this.#pool = next;
    }
    this.#pool[this.#poolLength++] = id;
  }

  #ensureDoc(rowid: number): void {
    if (rowid < this.#docCount.length) return;
    const capacity = Math.max(rowid + 1, this.#docCount.length * 2, 1024);
    const grow = (old: Int32Array) => {
      const next = new Int32Array(capacity);
      next.set(old);
      return next;
    };
    this.#docStart = grow(this.#docStart);
    this.#docCount = grow(this.#docCount);
    this.#docTitleCount = grow(this.#docTitleCount);
  }
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
