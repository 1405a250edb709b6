import { describe, expect, it } from "vitest";
import { cleanText, foldVietnamese, slugify } from "./text";

describe("foldVietnamese", () => {
  it("strips tones and marks and lowercases", () => {
    expect(foldVietnamese("Nước mắm")).toBe("nuoc mam");
    expect(foldVietnamese("ĐẬU PHỘNG")).toBe("dau phong");
    expect(foldVietnamese("Bánh tráng Đại Lộc")).toBe("banh trang dai loc");
  });
  it("folds decomposed (NFD) input like composed input", () => {
    expect(foldVietnamese("Nước mắm".normalize("NFD"))).toBe("nuoc mam");
  });
  it("treats a mis-accented word like the right one", () => {
    expect(foldVietnamese("nươc mắm")).toBe(foldVietnamese("nước mắm"));
  });
});

describe("slugify", () => {
  it("makes ASCII slugs", () => {
    expect(slugify("Nước mắm Cửa Đại – loại 1 (500 ml)")).toBe("nuoc-mam-cua-dai-loai-1-500-ml");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("muc");
  });
});

describe("cleanText", () => {
  it("normalises to NFC and collapses whitespace", () => {
    const cleaned = cleanText("  Nước \n  mắm ".normalize("NFD"));
    expect(cleaned).toBe("Nước mắm");
    expect(cleaned).toBe(cleaned.normalize("NFC"));
  });
});
