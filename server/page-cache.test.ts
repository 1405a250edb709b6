// The page cache's rules on their own: who takes part, how long a page lives, what evicts it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptsGzip, anonymousLanguage, PageCache } from "./page-cache";
import { ReadConnection } from "./read-connection";
import { RequestCounter } from "./request-guard";

describe("anonymousLanguage", () => {
  it("accepts no cookie or only the language cookie, and refuses any other", () => {
    expect(anonymousLanguage(undefined)).toBe("");
    expect(anonymousLanguage("lng=ImVuIg%3D%3D")).toBe("ImVuIg%3D%3D");
    expect(anonymousLanguage(" lng=abc ; ")).toBe("abc");
    expect(anonymousLanguage("hv_session=x")).toBeNull();
    expect(anonymousLanguage("lng=abc; hv_flash=y")).toBeNull();
    expect(anonymousLanguage("hv_complaint=z")).toBeNull();
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding as RFC 9110 does for gzip", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("RequestCounter", () => {
  it("allows the limit per address per window, then refuses until the window restarts", () => {
    let now = 0;
    const counter = new RequestCounter(3, 60_000, () => now);
    expect([1, 2, 3, 4].map(() => counter.allow("a"))).toEqual([true, true, true, false]);
    expect(counter.allow("b")).toBe(true);
    expect(counter.retryAfterSeconds("a")).toBe(60);
    now = 59_000;
    expect(counter.allow("a")).toBe(false);
    expect(counter.retryAfterSeconds("a")).toBe(1);
    now = 60_000;
    expect(counter.allow("a")).toBe(true);
  });
});

describe("PageCache", () => {
  let dir: string;
  let file: string;
  let writer: Database.Database;
  let clock: number;
  const connections: ReadConnection[] = [];
  const cacheOf = (options: { ttlMs?: number; maxBytes?: number } = {}) => {
    const connection = new ReadConnection(file);
    connections.push(connection);
    return new PageCache({ connection, ttlMs: options.ttlMs ?? 30_000, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), now: () => clock });
  };
  const request = (originalUrl: string, cookie?: string, method = "GET") => ({
    method,
    originalUrl,
    path: originalUrl.split("?")[0]!,
    headers: cookie ? { cookie } : {},
  });
  const page = (body: string) => ({ status: 200, headers: new Headers({ ETag: `W/"${body.length}"`, "Content-Type": "text/html" }), csp: "script-src 'nonce-a'", body: Buffer.from(body) });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "page-cache-"));
    file = path.join(dir, "db.sqlite");
    writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec("CREATE TABLE t (x INTEGER)");
    clock = 1_000_000;
  });
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.close();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keys only anonymous GETs of public pages, by language and full URL", () => {
    const cache = cacheOf();
    expect(cache.keyOf(request("/products?page=2"))).toBe("\u0000/products?page=2");
    expect(cache.keyOf(request("/products", "lng=en"))).not.toBe(cache.keyOf(request("/products")));
    expect(cache.keyOf(request("/products", "hv_session=abc"))).toBeNull();
    expect(cache.keyOf(request("/products", undefined, "POST"))).toBeNull();
    expect(cache.keyOf(request("/products?lng=en"))).toBeNull();
    expect(cache.keyOf(request("/office"))).toBeNull();
    expect(cache.keyOf(request("/verify/KN-1"))).toBeNull();
    expect(cacheOf({ ttlMs: 0 }).keyOf(request("/products"))).toBeNull();
  });

  it("serves a page until its lifetime ends or the database changes", async () => {
    const cache = cacheOf({ ttlMs: 1_000 });
    const pending = cache.beginRender("k")!;
    await cache.store(pending, page("<p>a</p>"));
    pending.settle();
    expect(cache.lookup("k")?.body.toString()).toBe("<p>a</p>");
    clock += 999;
    expect(cache.lookup("k")).not.toBeNull();
    clock += 1;
    expect(cache.lookup("k")).toBeNull();

    const again = cache.beginRender("k")!;
    await cache.store(again, page("<p>b</p>"));
    again.settle();
    expect(cache.lookup("k")).not.toBeNull();
    writer.prepare("INSERT INTO t VALUES (1)").run();
    expect(cache.lookup("k")).toBeNull();
  });

  it("never keeps a render that a commit overtook", async () => {
    const cache = cacheOf();
    const pending = cache.beginRender("k")!;
    writer.prepare("INSERT INTO t VALUES (2)").run();
    await cache.store(pending, page("<p>old</p>"));
    pending.settle();
    expect(cache.lookup("k")).toBeNull();
  });

  it("lets waiters know when a render ends and evicts the oldest pages beyond its size", async () => {
    const cache = cacheOf({ maxBytes: 150 });
    const first = cache.beginRender("a")!;
    expect(cache.rendering("a")).toBeDefined();
    await cache.store(first, page("x".repeat(60)));
    first.settle();
    expect(cache.rendering("a")).toBeUndefined();
    const second = cache.beginRender("b")!;
    await cache.store(second, page("y".repeat(60)));
    second.settle();
    // each page holds its plain and gzipped bytes: (60 + ~25 bytes), so the second pushes the total past 150
    expect(cache.lookup("a")).toBeNull();
    expect(cache.lookup("b")).not.toBeNull();
    expect(cache.size).toBe(1);
  });
});
