// Public verification codes for /verify/:code: 20 characters of Crockford base32 carry
// 100 bits from the OS random source, so codes cannot be guessed or enumerated. The
// alphabet leaves out I, L, O and U so a code read aloud or typed from paper survives.
import { randomBytes } from "node:crypto";

export const VERIFICATION_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const VERIFICATION_CODE_LENGTH = 20;
export const VERIFICATION_CODE_BITS = VERIFICATION_CODE_LENGTH * Math.log2(VERIFICATION_ALPHABET.length);
const CODE_PATTERN = new RegExp(`^[${VERIFICATION_ALPHABET}]{${VERIFICATION_CODE_LENGTH}}$`);

export function generateVerificationCode(): string {
  const bytes = randomBytes(VERIFICATION_CODE_LENGTH);
  let code = "";
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (const byte of bytes) code += VERIFICATION_ALPHABET[byte % VERIFICATION_ALPHABET.length];
  return code;
}

/**
 * Accepts what a person may type and returns the canonical code: lower case, spaces and dashes
 * (any Unicode dash or space) are fine, and the letters Crockford base32 leaves out are read as
 * the digits they look like: O as 0, I and L as 1.
 */
export function normaliseVerificationCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\p{Pd}]/gu, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return CODE_PATTERN.test(code) ? code : null;
}
