import { describe, expect, it } from "vitest";
import { analyzeQuery, type QueryClause } from "./query";
import { accentKey, readTelex, readTyped, readVni, understandQuery } from "./understand";

const alternatives = (clause: QueryClause) => clause.alternatives.map((a) => a.join(" "));

describe("accentKey", () => {
  it("spells accents in Telex with the tone last, wherever it sits", () => {
    expect(accentKey("dứa")).toBe("duwas");
    expect(accentKey("dừa")).toBe("duwaf");
    expect(accentKey("tương")).toBe("tuwowng");
    expect(accentKey("Đậu")).toBe("ddaauj");
    expect(accentKey("hoà")).toBe(accentKey("hòa"));
  });
});

describe("Telex and VNI readings", () => {
  it("reads Telex leftovers", () => {
    expect(readTelex("banhs")).toEqual({ folded: "banh", key: "banhs" });
    expect(readTelex("chuwng")).toEqual({ folded: "chung", key: "chuwng" });
    expect(readTelex("tuwowng")).toEqual({ folded: "tuong", key: "tuwowng" });
    expect(readTelex("tuowng")?.key).toBe("tuwowng");
    expect(readTelex("ots")).toEqual({ folded: "ot", key: "ots" });
    expect(readTelex("ddaauj")).toEqual({ folded: "dau", key: "ddaauj" });
    expect(readTelex("wowt")?.folded).toBe("uot");
  });

  it("leaves plain words alone: initial s, x, r are consonants", () => {
    for (const word of ["sen", "xoai", "rau", "banh", "nuoc", "mam"]) expect(readTelex(word)).toBeNull();
  });

  it("reads VNI and refuses numbers and codes", () => {
    expect(readVni("tu7o7ng")).toEqual({ folded: "tuong", key: "tuwowng" });
    expect(readVni("o71t")).toEqual({ folded: "ot", key: "owts" });
    expect(readVni("d9a65u")).toEqual({ folded: "dau", key: "ddaauj" });
    expect(readTyped("st25")).toBeNull();
    expect(readTyped("500ml")).toBeNull();
    expect(readTyped("40")).toBeNull();
  });
});

describe("understandQuery", () => {
  it("turns OCOP star phrases into a filter, not text", () => {
    expect(understandQuery("mật ong ocop 4 sao")).toMatchObject({ minStars: 4, ocop: true });
    expect(understandQuery("mật ong ocop 4 sao").words.map((w) => w.folded)).toEqual(["mat", "ong"]);
    expect(understandQuery("5 sao").minStars).toBe(5);
    expect(understandQuery("nước mắm ocop 4*")).toMatchObject({ minStars: 4 });
    expect(understandQuery("ocop 3 sao").words).toEqual([]);
    expect(understandQuery("trà ocop")).toMatchObject({ ocop: true });
    expect(understandQuery("trà ocop").minStars).toBeUndefined();
  });

  it("drops units, single letters and 'sản phẩm'; keeps filler words optional", () => {
    const words = understandQuery("sản phẩm mắm tôm hũ 500 g o Huế ngon ");
    expect(words.words.map((w) => [w.folded, w.role])).toEqual([
      ["mam", "word"],
      ["tom", "word"],
      ["hu", "word"],
      ["500", "optional"],
      ["hue", "word"],
      ["ngon", "optional"],
    ]);
  });

  it("keeps a one-letter last word as a prefix", () => {
    const words = understandQuery("com c").words;
    expect(words.at(-1)).toMatchObject({ folded: "c", prefix: true });
    expect(understandQuery("com c ").words.map((w) => w.folded)).toEqual(["com"]);
  });
});

describe("analyzeQuery", () => {
  const groups = [["lạc", "đậu phộng"], ["thơm", ">", "dứa", "khóm"], ["dứa", "khóm"], ["bắp", "ngô"]];

  it("adds the Telex reading without replacing the typed word", () => {
    const [banh, chung] = analyzeQuery("banhs chuwng", []).clauses;
    expect(alternatives(banh!)).toEqual(["banhs", "banh"]);
    expect(alternatives(chung!)).toEqual(["chuwng", "chung"]);
  });

  it("expands one-way synonyms one way only", () => {
    expect(alternatives(analyzeQuery("thơm ", groups).clauses[0]!)).toEqual(["thom", "dua", "khom"]);
    expect(alternatives(analyzeQuery("dứa ", groups).clauses[0]!)).toEqual(["dua", "khom"]);
    expect(alternatives(analyzeQuery("khóm ", groups).clauses[0]!)).toEqual(["khom", "dua"]);
  });

  it("does not expand a term written with other accents ('dừa' is not 'dứa')", () => {
    expect(alternatives(analyzeQuery("dừa ", groups).clauses[0]!)).toEqual(["dua"]);
    expect(alternatives(analyzeQuery("dua ", groups).clauses[0]!)).toEqual(["dua", "khom"]);
  });

  it("expands a VNI reading through the synonyms", () => {
    expect(alternatives(analyzeQuery("ba81p ", groups).clauses[0]!)).toEqual(["ba81p", "bap", "ngo"]);
  });

  it("reads stars and keeps the accent of a typed word", () => {
    const analyzed = analyzeQuery("nước mắm 5 sao", groups);
    expect(analyzed.minStars).toBe(5);
    expect(analyzed.clauses.map((c) => c.accents[0])).toEqual(["nuwowcs", "mawms"]);
  });
});
