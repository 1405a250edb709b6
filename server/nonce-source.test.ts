import { describe, expect, it } from "vitest";
import { NonceSource } from "./app";

describe("CSP nonces", () => {
  it("are 16 random bytes in base64, never repeated across pool refills", () => {
    const source = new NonceSource();
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const nonce = source.next();
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
      seen.add(nonce);
    }
    expect(seen.size).toBe(1000);
    // two sources draw their own bytes
    expect(new NonceSource().next()).not.toBe(new NonceSource().next());
  });
});
