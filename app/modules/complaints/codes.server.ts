// Tracking codes and PINs (node:crypto, so server only).
import { randomBytes, randomInt } from "node:crypto";

// Crockford's base 32: no I, L, O or U, so a code read out on the phone cannot be misheard
// as 1/0 or spell a word. 8 symbols = 40 random bits.
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A tracking code such as "KN-7F3K-Q2MX". */
export function generateTrackingCode(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let symbols = "";
  for (let i = 0; i < 8; i++) {
    symbols = CROCKFORD[Number(bits & 31n)]! + symbols;
    bits >>= 5n;
  }
  return `KN-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** A 6-digit PIN, leading zeros kept. */
export function generatePin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}
