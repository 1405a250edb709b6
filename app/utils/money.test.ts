import { describe, expect, it } from "vitest";
import { formatVnd, parseVnd } from "./money";

describe("formatVnd", () => {
  it("groups thousands with dots and uses a plain space before ₫", () => {
    expect(formatVnd(150000)).toBe("150.000 ₫");
    expect(formatVnd(1234567890)).toBe("1.234.567.890 ₫");
    expect(formatVnd(0)).toBe("0 ₫");
    expect(formatVnd(999)).toBe("999 ₫");
    expect(formatVnd(150000)).not.toMatch(/[\u00a0\u202f]/);
  });
  it("uses the same shape in English", () => {
    expect(formatVnd(150000, "en")).toBe("150.000 ₫");
  });
  it("shows refunds with a minus sign", () => {
    expect(formatVnd(-150000)).toBe("-150.000 ₫");
  });
  it("refuses fractions and unsafe integers", () => {
    expect(() => formatVnd(1.5)).toThrow(RangeError);
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
    expect(() => formatVnd(2 ** 53)).toThrow(RangeError);
  });
});

describe("parseVnd", () => {
  it.each([
    ["150.000", 150000],
    ["150000", 150000],
    ["150.000 ₫", 150000],
    ["150.000₫", 150000],
    ["150,000", 150000],
    ["150 000", 150000],
    ["150\u00a0000\u00a0₫", 150000],
    ["1.500", 1500],
    ["1.234.567", 1234567],
    ["  25.000 đ ", 25000],
    ["25000 VND", 25000],
    ["0", 0],
  ])("reads %j as %d", (input, expected) => {
    expect(parseVnd(input)).toBe(expected);
  });

  it.each([
    "",
    "₫",
    "1.5",
    "1,50",
    "150.000,50",
    "1.500,000",
    "1.50.000",
    "-150000",
    "-150.000",
    "12a",
    "abc",
    "1e5",
    "99999999999999999999",
  ])("rejects %j", (input) => {
    expect(parseVnd(input)).toBeNull();
  });

  it("round-trips what formatVnd prints", () => {
    for (const amount of [0, 5, 150000, 1234567890]) expect(parseVnd(formatVnd(amount))).toBe(amount);
  });
});
