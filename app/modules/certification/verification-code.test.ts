import { describe, expect, it } from "vitest";
import {
  VERIFICATION_ALPHABET,
  VERIFICATION_CODE_BITS,
  VERIFICATION_CODE_LENGTH,
  generateVerificationCode,
  normaliseVerificationCode,
} from "./verification-code";

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{20}$/;

describe("verification codes", () => {
  it("carry at least 80 bits of entropy", () => {
    expect(VERIFICATION_ALPHABET).toHaveLength(32);
    expect(new Set(VERIFICATION_ALPHABET).size).toBe(32);
    expect(VERIFICATION_CODE_LENGTH).toBe(20);
    expect(VERIFICATION_CODE_BITS).toBeGreaterThanOrEqual(80);
    expect(VERIFICATION_CODE_BITS).toBe(100);
  });
  it("use Crockford base32 without I, L, O or U", () => {
    expect(VERIFICATION_ALPHABET).not.toMatch(/[ILOU]/);
    for (let i = 0; i < 100; i++) expect(generateVerificationCode()).toMatch(CROCKFORD);
  });
  it("do not repeat over 10,000 draws and use the whole alphabet", () => {
    const codes = Array.from({ length: 10_000 }, generateVerificationCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join("")).size).toBe(32);
  });
});

describe("normaliseVerificationCode", () => {
  const code = "0123456789ABCDEFGHJK";
  it("accepts what people type: lowercase, dashes and spaces", () => {
    expect(normaliseVerificationCode(code)).toBe(code);
    expect(normaliseVerificationCode("01234-56789-abcde-fghjk")).toBe(code);
    expect(normaliseVerificationCode(" 0123 4567 89ab cdef ghjk ")).toBe(code);
  });
  it.each([
    ["O read as 0", "O123456789ABCDEFGHJK"],
    ["o read as 0", "o123456789abcdefghjk"],
    ["I read as 1", "0I23456789ABCDEFGHJK"],
    ["i read as 1", "0i23456789ABCDEFGHJK"],
    ["L read as 1", "0L23456789ABCDEFGHJK"],
    ["l read as 1", "0l23456789ABCDEFGHJK"],
    ["dashes, spaces and O/I/L together", "o1 23-456-789 ab-cdef ghjk"],
    ["an en dash and a non-breaking space", "01234\u201356789\u00a0ABCDEFGHJK"],
  ])("forgives %s (Crockford)", (_reason, input) => {
    expect(normaliseVerificationCode(input)).toBe(code);
  });
  it("round-trips generated codes", () => {
    const generated = generateVerificationCode();
    expect(normaliseVerificationCode(generated.toLowerCase())).toBe(generated);
  });
  it.each([
    ["too short", "0123456789ABCDEFGHJ"],
    ["too long", "0123456789ABCDEFGHJKM"],
    ["empty", ""],
    ["U (not read as anything: V would be a guess)", "0123456789ABCDEFGHJu"],
    ["punctuation", "0123456789ABCDEFGH.K"],
  ])("rejects %s", (_reason, input) => {
    expect(normaliseVerificationCode(input)).toBeNull();
  });
});
