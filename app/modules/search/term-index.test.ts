import { describe, expect, it } from "vitest";
import { forEachWord, TermIndex } from "./term-index";

const words = (text: string) => {
  const out: (string | null)[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
};
const sorted = (a: Int32Array) => [...a].sort((x, y) => x - y);

describe("forEachWord", () => {
  it("splits folded text where FTS5's unicode61 does and marks unmatchable words", () => {
    expect(words("nuoc mam, 500ml\n- ca com")).toEqual(["nuoc", "mam", "500ml", "ca", "com"]);
    expect(words("abcßdef tra")).toEqual([null, "tra"]);
    expect(words("")).toEqual([]);
  });
});

describe("TermIndex", () => {
  it("finds words, prefixes and phrases, in the title or anywhere", () => {
    const index = new TermIndex();
    index.add(1, ["banh trang", "dac san thang binh"]);
    index.add(2, ["nuoc mam", "dau phong rang, banh"]);
    index.add(3, ["dau phong rang muoi", ""]);
    expect(sorted(index.postings("banh"))).toEqual([1, 2]);
    const banh = index.postingList("banh");
    expect([...banh.rowids].map((r, i) => [r, banh.zones[i]])).toEqual([[1, 0b1], [2, 0b10]]);
    expect(index.termsWithPrefix("tr")).toEqual(["trang"]);
    expect(index.documentFrequency("rang")).toBe(2);
    const phrase = index.phrase(["dau", "phong"]);
    expect(sorted(phrase.rowids)).toEqual([2, 3]);
    expect([...phrase.rowids].map((r, i) => [r, phrase.zones[i]])).toEqual([[2, 0b10], [3, 0b1]]);
    // A phrase never spans the end of the title and the start of the body.
    expect(index.phrase(["trang", "dac"]).rowids.length).toBe(0);
    expect(index.phrase(["phong", "mam"]).rowids.length).toBe(0);
  });

  it("forgets removed documents and re-adds changed ones", () => {
    const index = new TermIndex();
    index.add(1, ["banh trang", ""], ["banhs", "trangs"]);
    index.add(2, ["banh pia", ""], ["banhs"]);
    index.removeMany([1]);
    expect(sorted(index.postings("banh"))).toEqual([2]);
    expect(index.termsWithPrefix("tr")).toEqual([]);
    expect(sorted(index.accentPostings("banhs"))).toEqual([2]);
    index.add(1, ["banh trang nuong", ""], ["banhs"]);
    expect(sorted(index.postings("banh"))).toEqual([1, 2]);
    expect(sorted(index.accentPostings("banhs"))).toEqual([1, 2]);
    expect(sorted(index.phrase(["trang", "nuong"]).rowids)).toEqual([1]);
  });
});

describe("TermIndex zones", () => {
  it("records every zone a word is found in and keeps phrases inside one zone", () => {
    const index = new TermIndex();
    index.add(7, ["mat ong", "htx ong mat", "mat ong", "ong nuoi", "binh thuan"]);
    expect([...index.postingList("ong").zones]).toEqual([0b1111]);
    expect([...index.phrase(["mat", "ong"]).zones]).toEqual([0b101]);
    // "nuoi" ends the body zone and "binh" starts the old-places zone: no phrase across them.
    expect(index.phrase(["nuoi", "binh"]).rowids.length).toBe(0);
    expect(index.memoryBytes()).toBeGreaterThan(0);
  });
});

describe("TermIndex for cached readers", () => {
  it("moves its version on every add and removal, tells whether a prefix is in use, and intersects phrases", () => {
    const index = new TermIndex();
    const start = index.version;
    index.add(1, ["banh da nem", "banh trang"]);
    index.add(2, ["da banh", "nem chua"]);
    index.add(3, ["banh da", ""]);
    expect(index.version).toBeGreaterThan(start);
    expect(index.hasPrefix("ne")).toBe(true);
    expect(index.hasPrefix("x")).toBe(false);
    // Both words in document 2, but not next to each other in that order.
    expect(sorted(index.phrase(["banh", "da"]).rowids)).toEqual([1, 3]);
    expect(sorted(index.phrase(["banh", "da", "nem"]).rowids)).toEqual([1]);
    const before = index.version;
    index.removeMany([1]);
    expect(index.version).toBeGreaterThan(before);
    expect(index.hasPrefix("tr")).toBe(false);
    expect(sorted(index.phrase(["banh", "da"]).rowids)).toEqual([3]);
  });
});
