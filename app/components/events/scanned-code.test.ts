import { describe, expect, it } from "vitest";
import { codeFromScan } from "./scanned-code";

describe("codeFromScan", () => {
  it("reads the code from the check-in URL a pass prints", () => {
    expect(codeFromScan("https://hangviet.example/office/fairs/f1/check-in?code=ABCDE12345FGHJK67890")).toBe("ABCDE12345FGHJK67890");
  });
  it("takes a bare code (or any other text) as typed, trimmed", () => {
    expect(codeFromScan("  abcde 12345 fghjk 67890 \n")).toBe("abcde 12345 fghjk 67890");
    expect(codeFromScan("https://example.com/no-code")).toBe("https://example.com/no-code");
  });
});
