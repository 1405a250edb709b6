// Transfer notes: the short code a business types (or its banking app copies from the VietQR)
// into the transfer description, so the office can tell which payment a credit pays.
// Shape: "HV" + 6 base32 characters + 1 check character (Luhn mod 32), upper-case A–Z2–7 only,
// because banks upper-case, strip diacritics and punctuation, drop spaces and add their own
// prefixes ("MBVCB.3412.HVK3QZ7PA.CT tu ..."). The check character rejects a mistyped note
// (any single wrong character, any swap of two neighbours) instead of matching another payment.
import { randomBytes } from "node:crypto";

export const NOTE_PREFIX = "HV";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BODY_LENGTH = 6;
export const NOTE_LENGTH = NOTE_PREFIX.length + BODY_LENGTH + 1;

/** Luhn mod N over the base32 body (N = 32). */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const codePoint = ALPHABET.indexOf(body[i]!);
    if (codePoint < 0) throw new RangeError(`Not a base32 character: ${body[i]}`);
    let addend = factor * codePoint;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

export function isValidNote(note: string): boolean {
  if (note.length !== NOTE_LENGTH || !note.startsWith(NOTE_PREFIX)) return false;
  const body = note.slice(NOTE_PREFIX.length, -1);
  if (![...body].every((c) => ALPHABET.includes(c))) return false;
  return checkCharacter(body) === note.at(-1);
}

/** A fresh random note; uniqueness is the database's (Payment.reference is unique). */
export function generateTransferNote(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(BODY_LENGTH);
  const body = [...bytes].map((b) => ALPHABET[b % 32]).join("");
  return `${NOTE_PREFIX}${body}${checkCharacter(body)}`;
}

/** Upper-case ASCII letters and digits only: what survives every bank's mangling. */
export function compactText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/** Every valid note inside a bank description, whatever the bank added around it. */
export function findTransferNotes(description: string): string[] {
  const text = compactText(description);
  const found = new Set<string>();
  for (let i = text.indexOf(NOTE_PREFIX); i >= 0; i = text.indexOf(NOTE_PREFIX, i + 1)) {
    const candidate = text.slice(i, i + NOTE_LENGTH);
    if (isValidNote(candidate)) found.add(candidate);
  }
  return [...found];
}
