import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words";

describe("amountInWords", () => {
  it.each([
    [0, "Không đồng"],
    [5, "Năm đồng"],
    [15, "Mười lăm đồng"],
    [21, "Hai mươi mốt đồng"],
    [105, "Một trăm linh năm đồng"],
    [1_000_005, "Một triệu không trăm linh năm đồng"],
    [150_000, "Một trăm năm mươi nghìn đồng"],
    [2_500_000_000, "Hai tỷ năm trăm triệu đồng"],
    [24, "Hai mươi tư đồng"],
    [14, "Mười bốn đồng"],
    [11, "Mười một đồng"],
    [45, "Bốn mươi lăm đồng"],
    [1_500_000, "Một triệu năm trăm nghìn đồng"],
    [2_800_000, "Hai triệu tám trăm nghìn đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [1_500_000_000_000, "Một nghìn năm trăm tỷ đồng"],
    [3_000_021, "Ba triệu không trăm hai mươi mốt đồng"],
  ])("%i → %s", (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it("says “lẻ” when asked", () => {
    expect(amountInWords(105, { zeroTen: "lẻ" })).toBe("Một trăm lẻ năm đồng");
  });

  it("refuses fractions and negative amounts", () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
  });
});
