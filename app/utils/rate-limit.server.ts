// Counts failed attempts per key (e-mail + IP) in a sliding window, in memory. A single
// process serves the site (SQLite), so memory is the right store; a restart forgives.
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();
  constructor(
    readonly maxAttempts: number,
    readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.attempts.set(key, list);
    else this.attempts.delete(key);
    return list;
  }

  /** Milliseconds until the key may try again, or 0 when it may now. */
  retryAfterMs(key: string, now = Date.now()): number {
    const list = this.recent(key, now);
    if (list.length < this.maxAttempts) return 0;
    return this.windowMs - (now - list[list.length - this.maxAttempts]!);
  }

  fail(key: string, now = Date.now()): void {
    this.attempts.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }
}

/** Five wrong passwords for one e-mail from one address lock it for 15 minutes. */
export const loginLimiter = new AttemptLimiter(5, 15 * 60 * 1000);

export function clientIp(request: Request): string {
  return request.headers.get("X-Client-IP") ?? "local";
}
