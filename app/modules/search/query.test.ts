import { describe, expect, it } from "vitest";
import {
  cropSegments,
  haversineKm,
  highlightSegments,
  highlightTerms,
  normalizeSearchQuery,
  oneEditVariants,
  parseQuery,
  toFtsMatch,
} from "./query";

const SYNONYMS = [["lac", "dau phong"], ["tphcm", "ho chi minh"]];

describe("parseQuery and toFtsMatch", () => {
  it("folds, ANDs the words and treats the last one as a prefix while typing", () => {
    expect(toFtsMatch(parseQuery("Bánh tr", []))).toBe('"banh" AND "tr"*');
    expect(toFtsMatch(parseQuery("bánh tráng ", []))).toBe('"banh" AND "trang"');
  });

  it("expands synonyms both ways, phrases included", () => {
    expect(toFtsMatch(parseQuery("lạc rang", SYNONYMS))).toBe('("lac" OR "dau phong") AND "rang"*');
    expect(toFtsMatch(parseQuery("đậu phộng", SYNONYMS))).toBe('("dau phong" OR "lac")');
    expect(toFtsMatch(parseQuery("TP.HCM", []))).toBe('"tp" AND "hcm"*');
    expect(toFtsMatch(parseQuery("Hồ Chí Minh", SYNONYMS))).toBe('("ho chi minh" OR "tphcm")');
  });

  it("cannot be escaped by quotes or FTS5 syntax in the input", () => {
    expect(toFtsMatch(parseQuery('nuoc" AND * NOT(', []))).toBe('"nuoc" AND "and" AND "not"*');
  });

  it("returns no clauses for an empty or punctuation-only query", () => {
    expect(parseQuery("  ,.; ", SYNONYMS)).toEqual([]);
  });
});

describe("oneEditVariants", () => {
  it("covers deletion, transposition, substitution and insertion", () => {
    const variants = new Set(oneEditVariants("trang"));
    for (const word of ["tang", "tarng", "trsng", "tranng", "xtrang"]) expect(variants.has(word)).toBe(true);
    expect(variants.has("trang")).toBe(false);
  });
});

describe("highlightSegments", () => {
  it("marks folded matches in the original text and keeps it intact", () => {
    const terms = highlightTerms(parseQuery("nuoc mam", []));
    const segments = highlightSegments("Nước mắm cá cơm", terms);
    expect(segments).toEqual([
      { text: "Nước mắm", match: true },
      { text: " cá cơm", match: false },
    ]);
  });

  it("marks prefixes and synonyms", () => {
    const terms = highlightTerms(parseQuery("lac banh tr", SYNONYMS));
    const text = highlightSegments("Bánh tráng, đậu phộng", terms)
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(text).toEqual(["Bánh tráng", "đậu phộng"]);
  });

  it("crops long text around the first match", () => {
    const long = `${"chữ ".repeat(100)}mắm ${"chữ ".repeat(100)}`;
    const cropped = cropSegments(highlightSegments(long, highlightTerms(parseQuery("mam ", []))), 60);
    expect(cropped[0]).toEqual({ text: "…", match: false });
    expect(cropped.some((s) => s.match && s.text === "mắm")).toBe(true);
    expect(cropped.map((s) => s.text).join("").length).toBeLessThanOrEqual(62);
  });
});

describe("normalizeSearchQuery", () => {
  it("clamps paging and needs a point to sort by distance", () => {
    const q = normalizeSearchQuery({ q: "x", page: -3, perPage: 10_000, sort: "distance" });
    expect(q).toMatchObject({ page: 1, perPage: 100, sort: "relevance" });
  });
});

describe("haversineKm", () => {
  it("measures great-circle distance", () => {
    // Hà Nội – Hồ Chí Minh City is about 1,140 km as the crow flies.
    expect(haversineKm({ lat: 21.0285, lng: 105.8542 }, { lat: 10.7769, lng: 106.7009 })).toBeCloseTo(1139, -1);
  });
});
