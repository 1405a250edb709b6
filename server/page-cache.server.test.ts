// The in-process page cache through the production server on a seeded copy (ADR 0029): an
// anonymous public page is rendered once and then sent from memory, with the CSP of its
// render; any commit to the database — here by another process's connection — ends it; a
// signed-in visitor, a flash cookie or a language change never reads another visitor's copy.
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_EMAILS, startBuiltServer, type RunningServer } from "../tests/support/built-server";
import { builtServerSuite } from "../tests/support/built-server-suite";

const HIT = /cache;desc="hit"/;

describe("page cache of the production server", () => {
  const suite = builtServerSuite({ env: { DISABLE_WORKERS: "1" }, signedInAs: DEMO_EMAILS.officer });
  const { get } = suite;
  const nonceIn = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];

  /** One raw GET asking for gzip, without fetch's transparent decompression. */
  const rawGzip = (path: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const url = new URL(path, suite.server.url);
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });

  it("renders an anonymous public page once, then sends the same bytes with the CSP of that render", async () => {
    const first = await get("/producers");
    const firstHtml = await first.text();
    expect(first.headers.get("server-timing")).not.toMatch(HIT);
    const second = await get("/producers");
    const secondHtml = await second.text();
    expect(second.status).toBe(200);
    expect(second.headers.get("server-timing")).toMatch(HIT);
    expect(secondHtml).toBe(firstHtml);
    // the stored page's scripts carry its render's nonce, and the header allows exactly that one
    const nonce = nonceIn(secondHtml);
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("cache-control")).toMatch(/^public/);
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    // the site-wide security headers come with a stored page as with a rendered one
    for (const name of ["x-content-type-options", "referrer-policy", "cross-origin-opener-policy", "strict-transport-security", "x-frame-options"]) {
      expect(second.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves a page from memory on the very next request, while its gzipped copy is still being made", async () => {
    // the response goes out before the page is stored: a request arriving in between waits
    // for the store instead of rendering again
    for (const query of ["?sort=newest", "?sort=name", "?page=1", "?q=m", "?q=g"]) {
      await (await get(`/products${query}`)).arrayBuffer();
      expect((await get(`/products${query}`)).headers.get("server-timing"), query).toMatch(HIT);
    }
  });

  it("sends a stored page gzipped to a client that accepts it, and a 304 to one that has it", async () => {
    const plain = await (await get("/products")).text();
    const zipped = await rawGzip("/products");
    expect(zipped.status).toBe(200);
    expect(zipped.headers["server-timing"]).toMatch(HIT);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Cookie/);
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(zipped.body).toString("utf8")).toBe(plain);
    const etag = zipped.headers.etag as string;
    const revalidated = await get("/products", { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("content-security-policy")).toBeNull();
  });

  it("stops sending a page as soon as another connection commits a change", async () => {
    const db = new Database(suite.server.databaseFile);
    try {
      const product = db.prepare("SELECT slug, name FROM Product WHERE status = 'APPROVED' ORDER BY slug LIMIT 1").get() as { slug: string; name: string };
      const path = `/products/${product.slug}`;
      await get(path);
      expect((await get(path)).headers.get("server-timing")).toMatch(HIT);
      db.prepare("UPDATE Product SET name = ? WHERE slug = ?").run(`${product.name} (mùa mới)`, product.slug);
      const after = await get(path);
      expect(after.headers.get("server-timing")).not.toMatch(HIT);
      expect(await after.text()).toContain(`${product.name} (mùa mới)`);
      db.prepare("UPDATE Product SET name = ? WHERE slug = ?").run(product.name, product.slug);
    } finally {
      db.close();
    }
  });

  it("never serves a stored page to a signed-in visitor or one with a flash message, and keeps languages apart", async () => {
    await get("/");
    expect((await get("/")).headers.get("server-timing")).toMatch(HIT);
    const signedIn = await get("/", { Cookie: suite.cookie });
    expect(signedIn.headers.get("server-timing")).not.toMatch(HIT);
    expect(signedIn.headers.get("cache-control")).toBe("private, no-cache");
    const withFlash = await get("/", { Cookie: "hv_flash=abc" });
    expect(withFlash.headers.get("server-timing")).not.toMatch(HIT);

    const vietnamese = await (await get("/")).text();
    // the switch answers with the language cookie (and is not shared itself)
    const switched = await get("/?lng=en");
    const languageCookie = switched.headers.get("set-cookie")!.split(";")[0]!;
    expect(languageCookie).toMatch(/^lng=/);
    const english = await get("/", { Cookie: languageCookie });
    const englishHtml = await english.text();
    expect(englishHtml).toMatch(/<html[^>]*lang="en"/);
    expect(vietnamese).toMatch(/<html[^>]*lang="vi"/);
    const englishAgain = await get("/", { Cookie: languageCookie });
    expect(englishAgain.headers.get("server-timing")).toMatch(HIT);
    expect(await englishAgain.text()).toBe(englishHtml);
  });

  it("leaves private pages and open-data routes that chose their own policy to their rules", async () => {
    await get("/login");
    expect((await get("/login")).headers.get("server-timing")).not.toMatch(HIT);
    await get("/verify/KN-0000-0000");
    expect((await get("/verify/KN-0000-0000")).headers.get("server-timing")).not.toMatch(HIT);
  });

  it("serves the public files outside /assets, listed at start", async () => {
    const favicon = await get("/favicon.svg");
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("content-type")).toMatch(/image\/svg\+xml/);
    expect(favicon.headers.get("cache-control")).toBe("public, max-age=3600");
    expect((await get("/favicon.svg.missing")).status).toBe(404);
  });

  it("renders a cold page once for a burst of visitors", async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => get("/sales-points")));
    const rendered = responses.filter((response) => !HIT.test(response.headers.get("server-timing") ?? ""));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(rendered).toHaveLength(1);
    const bodies = new Set(await Promise.all(responses.map((response) => response.text())));
    expect(bodies.size).toBe(1);
  });
});

describe("page cache and the whole-site request limit", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startBuiltServer({ env: { DISABLE_WORKERS: "1", GLOBAL_RATE_LIMIT: "12" } });
  }, 180_000);
  afterAll(async () => server?.cleanup());

  it("counts pages sent from memory like any other request", async () => {
    // one client behind the (trusted, loopback) proxy: its own window, untouched by the
    // start-up health checks, and the same address for the front door and for Express
    const client = { "X-Forwarded-For": "203.0.113.7" };
    const statuses: number[] = [];
    let hits = 0;
    for (let i = 0; i < 14; i++) {
      const response = await fetch(`${server.url}/producers`, { headers: client });
      statuses.push(response.status);
      if (HIT.test(response.headers.get("server-timing") ?? "")) hits += 1;
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([...Array(12).fill(200), 429, 429]);
    // the first renders (a fresh server), the next eleven come from memory
    expect(hits).toBe(11);
    // another client is not held back by the first one's window
    expect((await fetch(`${server.url}/producers`, { headers: { "X-Forwarded-For": "203.0.113.8" } })).status).toBe(200);
  });
});
