import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./rate-limit.server";

describe("AttemptLimiter", () => {
  it("locks a key after the maximum failures and frees it after the window", () => {
    const limiter = new AttemptLimiter(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs("a", t0 + i)).toBe(0);
      limiter.fail("a", t0 + i);
    }
    expect(limiter.retryAfterMs("a", t0 + 10)).toBeGreaterThan(59_000);
    expect(limiter.retryAfterMs("b", t0 + 10)).toBe(0);
    expect(limiter.retryAfterMs("a", t0 + 60_001)).toBe(0);
  });

  it("forgets failures after a successful attempt", () => {
    const limiter = new AttemptLimiter(2, 60_000);
    limiter.fail("a", 1);
    limiter.fail("a", 2);
    limiter.reset("a");
    expect(limiter.retryAfterMs("a", 3)).toBe(0);
  });
});
