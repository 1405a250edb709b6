import { describe, expect, it } from "vitest";
import { SUGGEST_MIN_CHARS } from "~/modules/search/search.schema";
import { HEADER_SUGGEST_MIN_CHARS } from "./header-search";

describe("header search box", () => {
  it("asks for suggestions from the same length the suggest endpoint accepts", () => {
    expect(HEADER_SUGGEST_MIN_CHARS).toBe(SUGGEST_MIN_CHARS);
  });
});
