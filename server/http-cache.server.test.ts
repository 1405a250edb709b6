// HTTP caching and Server-Timing through the production server on a seeded copy: anonymous
// public pages get an ETag and 304, signed-in visitors and private pages are never shared.
import { describe, expect, it } from "vitest";
import { DEMO_EMAILS } from "../tests/support/built-server";
import { builtServerSuite } from "../tests/support/built-server-suite";

describe("HTTP caching of the production server", () => {
  const suite = builtServerSuite({ env: { DISABLE_WORKERS: "1" }, signedInAs: DEMO_EMAILS.officer });
  const { get } = suite;

  it("gives an anonymous public page a shared-cache policy, an ETag and Server-Timing", async () => {
    const response = await get("/products");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public, .*stale-while-revalidate=\d+/);
    expect(response.headers.get("vary")).toMatch(/Cookie/);
    expect(response.headers.get("etag")).toMatch(/^W\/"/);
    expect(response.headers.get("server-timing")).toMatch(/db;desc="SQL, \d+ queries";dur=[\d.]+, data;desc="loaders";dur=[\d.]+, render;dur=[\d.]+, total;dur=[\d.]+/);
    // the same page again (new CSP nonce) keeps its ETag
    expect((await get("/products")).headers.get("etag")).toBe(response.headers.get("etag"));
  });

  it("sends each render with a CSP that allows exactly its own scripts' nonce", async () => {
    const pages = await Promise.all([1, 2, 3].map(() => get("/login")));
    const nonces = new Set<string>();
    for (const page of pages) {
      const html = await page.text();
      const nonce = /<script nonce="([^"]+)"/.exec(html)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const policy = page.headers.get("content-security-policy")!;
      expect(policy).toContain(`script-src 'self' 'nonce-${nonce}'`);
      expect(policy).not.toContain("slot");
      expect(policy).toMatch(/frame-ancestors 'none'/);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(3);
  });

  it("answers 304 without a body to a matching If-None-Match, keeping the stored CSP", async () => {
    const etag = (await get("/products")).headers.get("etag")!;
    const response = await get("/products", { "If-None-Match": etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect((await get("/products", { "If-None-Match": 'W/"stale"' })).status).toBe(200);
  });

  it("never shares a signed-in visitor's page, even a public one", async () => {
    const response = await get("/products", { Cookie: suite.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("etag")).toBeNull();
    const etag = (await get("/products")).headers.get("etag")!;
    expect((await get("/products", { Cookie: suite.cookie, "If-None-Match": etag })).status).toBe(200);
  });

  it("keeps office pages private and never shares a response that sets a cookie", async () => {
    const office = await get("/office", { Cookie: suite.cookie });
    expect(office.status).toBe(200);
    expect(office.headers.get("cache-control")).not.toMatch(/public/);
    expect(office.headers.get("etag")).toBeNull();
    const switched = await get("/?lng=en");
    expect(switched.headers.get("set-cookie")).toMatch(/lng=/);
    expect(switched.headers.get("cache-control")).not.toMatch(/public/);
    expect(switched.headers.get("etag")).toBeNull();
  });

  it("adds an ETag and Server-Timing to open data, keeping its own policy", async () => {
    const response = await get("/api/v1/products");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("etag")).toMatch(/^W\/"/);
    expect(response.headers.get("server-timing")).toMatch(/total;dur=/);
  });
});
