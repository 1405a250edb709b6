// What a shopper's query means, independent of the engine: Telex and VNI leftovers read as
// Vietnamese, units and filler words set aside, OCOP star phrases turned into a star filter.
// Typed words are never replaced: a Telex or VNI reading is one more candidate for the word.
// Pure functions only (no I/O), shared by the embedded engine and the Meilisearch builders.
import { foldVietnamese } from "~/utils/text";

/** Tone marks in Telex order: sắc, huyền, hỏi, ngã, nặng. */
const TONE_LETTERS = "sfrxj";
const TONE_MARKS: Record<string, string> = { "\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j" };
const VOWELS = "aeiouy";

/**
 * A word's exact spelling as ASCII, independent of where the tone sits: each marked letter in
 * Telex (â→aa, ă→aw, ơ→ow, ư→uw, đ→dd) and the tone letter last. "dứa" → "duwas", "dừa" →
 * "duwaf", "tương" → "tuwowng". Two words with the same key are the same word with the same accents.
 */
export function accentKey(word: string): string {
  let key = "";
  let tone = "";
  for (const char of word.toLowerCase().normalize("NFD")) {
    if (char === "\u0302") key += key.at(-1) ?? "";
    else if (char === "\u0306" || char === "\u031b") key += "w";
    else if (TONE_MARKS[char]) tone = TONE_MARKS[char]!;
    else if (char === "đ") key += "dd";
    else key += char;
  }
  return key + tone;
}

/** Whether the word carries Vietnamese diacritics (then its accents are meant). */
export function hasDiacritics(word: string): boolean {
  return foldVietnamese(word) !== word.toLowerCase();
}

/** A reading of a typed ASCII word: the folded word it spells and its exact-accent key. */
export interface Reading {
  folded: string;
  key: string;
}

/**
 * Reads an ASCII word typed in Telex ("banhs" → bánh, "tuwowngf" → tường, "ddaauj" → đậu).
 * Tone letters count only after a vowel (so "sen", "xoai", "rau" keep their initial);
 * null when nothing in the word is Telex.
 */
export function readTelex(word: string): Reading | null {
  if (!/^[a-z]+$/.test(word)) return null;
  let base = "";
  let key = "";
  let tone = "";
  let sawVowel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const previous = base.at(-1);
    if (sawVowel && TONE_LETTERS.includes(c) && !tone) {
      tone = c;
      continue;
    }
    if (c === "z" && sawVowel) continue; // Telex "remove tone"
    if (c === "w") {
      if (previous === "o" && key.endsWith("uo")) {
        key = `${key.slice(0, -1)}wow`; // "uow" → ươ
        continue;
      }
      if (previous && "aou".includes(previous) && !key.endsWith("w")) {
        key += "w";
        continue;
      }
      // A lone w is ư.
      base += "u";
      key += "uw";
      sawVowel = true;
      continue;
    }
    if (previous === c && "aeod".includes(c) && key.at(-1) === c && key.at(-2) !== c) {
      key += c; // aa â, ee ê, oo ô, dd đ
      continue;
    }
    base += c;
    key += c;
    if (VOWELS.includes(c)) sawVowel = true;
  }
  if (base === word || !base || !sawVowel) return null;
  return { folded: base, key: key + tone };
}

const VNI_TONES: Record<string, string> = { "1": "s", "2": "f", "3": "r", "4": "x", "5": "j" };

/**
 * Reads a word typed in VNI ("tu7o7ng" → tương, "o71t" → ớt, "d9a65u" → đậu): digits 1–5 are
 * tones, 6 a circumflex, 7 a horn, 8 a breve, 9 đ, each after the letter it marks. Null when a
 * digit cannot apply (so "st25", "500ml" or "40" are never read as VNI).
 */
export function readVni(word: string): Reading | null {
  if (!/^[a-z][a-z0-9]*$/.test(word) || !/[1-9]/.test(word) || /0/.test(word)) return null;
  const letters: { c: string; mark: string }[] = [];
  let tone = "";
  for (const c of word) {
    if (c >= "a" && c <= "z") {
      letters.push({ c, mark: "" });
      continue;
    }
    const lastVowel = [...letters].reverse().find((l) => VOWELS.includes(l.c));
    if (VNI_TONES[c]) {
      if (!lastVowel || tone) return null;
      tone = VNI_TONES[c]!;
      continue;
    }
    const target = [...letters].reverse().find(
      (l) => !l.mark && ((c === "6" && "aeo".includes(l.c)) || (c === "7" && "ou".includes(l.c)) || (c === "8" && l.c === "a") || (c === "9" && l.c === "d")),
    );
    if (!target) return null;
    target.mark = c === "6" || c === "9" ? target.c : "w";
  }
  const folded = letters.map((l) => l.c).join("");
  return { folded, key: letters.map((l) => l.c + l.mark).join("") + tone };
}

/** The Telex or VNI reading of a typed word, if it is one. */
export function readTyped(word: string): Reading | null {
  return /[0-9]/.test(word) ? readVni(word) : readTelex(word);
}

/** Units and packaging sizes: they match "300 g" on every jar, never what is wanted. */
export const UNIT_WORDS = new Set(["g", "gr", "gam", "gram", "kg", "mg", "ml", "l", "lit", "cc", "oz", "kgs"]);

/** Phrases that say nothing about the product ("sản phẩm", "sp"): dropped. */
const DROPPED_PHRASES = [["san", "pham"], ["sp"], ["hang", "viet", "nam"]];

/**
 * Words shoppers add that a product need not contain ("đặc sản", "ngon", "loại 1", "tỉnh"):
 * they raise a document that has them, but a document without them still matches.
 */
const OPTIONAL_PHRASES = [
  ["dac", "san"], ["nong", "san"], ["ngon"], ["loai"], ["chinh", "hang"], ["gia", "re"], ["gia", "tot"], ["mua"], ["ban", "si"],
  ["chat", "luong"], ["cao", "cap"], ["thuong", "hang"], ["tinh"], ["huyen"], ["thanh", "pho"], ["tp"], ["thi", "xa"],
  ["xa"], ["quan"], ["phuong"], ["cua"], ["o"], ["tai"], ["va"], ["voi"], ["cho"],
];

export type WordRole = "word" | "optional";

export interface QueryWord {
  /** folded, as typed */
  folded: string;
  /** exact-accent key when the word was typed with diacritics */
  accent?: string;
  /** Telex or VNI reading, when it spells another word */
  reading?: Reading;
  role: WordRole;
  /** the last word, still being typed: matched as a prefix */
  prefix: boolean;
}

export interface UnderstoodQuery {
  words: QueryWord[];
  /** from "ocop 4 sao", "5 sao", "4*": a minimum OCOP rating */
  minStars?: number;
  /** "ocop" was typed: only OCOP-rated documents (at least minStars, or 3) */
  ocop: boolean;
}

export const MAX_QUERY_WORDS = 8;

const STAR_PHRASE = /(?:\bocop\s*)?\b([3-5])\s*(?:sao\b|\*)|\bocop\s*([3-5])\b/g;

/** Words of the raw query with their accents and folded forms, in order. */
function rawWords(q: string): { raw: string; folded: string }[] {
  const out: { raw: string; folded: string }[] = [];
  for (const match of q.normalize("NFC").matchAll(/[\p{L}\p{N}]+/gu)) {
    const raw = match[0].toLowerCase();
    for (const folded of foldVietnamese(raw).split(/[^a-z0-9]+/).filter(Boolean)) out.push({ raw, folded });
  }
  return out;
}

function phraseAt(words: { folded: string }[], i: number, phrases: string[][]): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length > best && phrase.every((t, k) => words[i + k]?.folded === t)) best = phrase.length;
  }
  return best;
}

export function understandQuery(q: string): UnderstoodQuery {
  let minStars: number | undefined;
  let ocop = false;
  const raw = q.normalize("NFC");
  const folded = foldVietnamese(raw);
  // Star phrases are found in the folded text and blanked in the raw one, so the other words
  // keep their accents (folding keeps an NFC string's length).
  let source = raw;
  for (const match of folded.matchAll(STAR_PHRASE)) {
    minStars = Math.max(minStars ?? 0, Number(match[1] ?? match[2]));
    const start = match.index ?? 0;
    source = folded.length === raw.length ? source.slice(0, start) + " ".repeat(match[0].length) + source.slice(start + match[0].length) : folded.replace(STAR_PHRASE, " ");
  }
  const starsRemoved = minStars !== undefined;
  const all = rawWords(source);
  const typingLastWord = !/\s$/.test(q) && !(starsRemoved && /(sao|\*|ocop\s*[3-5])\s*$/.test(foldVietnamese(q)));
  const words: QueryWord[] = [];
  for (let i = 0; i < all.length && words.length < MAX_QUERY_WORDS; ) {
    const isLast = (k: number) => i + k === all.length;
    const { folded } = all[i]!;
    if (folded === "ocop") {
      ocop = true;
      i++;
      continue;
    }
    const dropped = phraseAt(all, i, DROPPED_PHRASES);
    if (dropped) {
      i += dropped;
      continue;
    }
    // The last word is being typed (a prefix) unless it is a unit after a number ("500 g") or a
    // lone letter with nothing before it.
    const afterNumber = i > 0 && /^[0-9]+$/.test(all[i - 1]!.folded);
    const prefix = isLast(1) && typingLastWord && !(UNIT_WORDS.has(folded) && afterNumber) && (folded.length > 1 || words.length > 0);
    if (!prefix && (UNIT_WORDS.has(folded) || (folded.length === 1 && !/[0-9]/.test(folded)))) {
      i++;
      continue;
    }
    const optional = phraseAt(all, i, OPTIONAL_PHRASES);
    const count = Math.max(1, optional);
    for (let k = 0; k < count && i + k < all.length; k++) {
      const word = all[i + k]!;
      const wordIsLast = isLast(k + 1);
      const reading = readTyped(word.folded);
      words.push({
        folded: word.folded,
        ...(hasDiacritics(word.raw) && foldVietnamese(word.raw) === word.folded ? { accent: accentKey(word.raw) } : {}),
        ...(reading ? { reading } : {}),
        role: optional || /^[0-9]+$/.test(word.folded) ? "optional" : "word",
        prefix: wordIsLast && typingLastWord,
      });
    }
    i += count;
  }
  return { words, ...(minStars !== undefined ? { minStars } : {}), ocop: ocop || minStars !== undefined };
}
