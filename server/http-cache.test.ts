// The caching policy on plain Request/Response objects; http-cache.server.test.ts checks the
// same rules through the production server.
import { describe, expect, it } from "vitest";
import {
  applyHttpCaching,
  etagMatches,
  isPublicCacheablePath,
  isSignedIn,
  KEEP_STORED_CSP,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_PAGE_CACHE_CONTROL,
  weakEtag,
  type CacheableRequest,
} from "./http-cache";

const page = (body = "<!DOCTYPE html><p>Nước mắm</p>", headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });
const get = (pathname: string, extra: Partial<CacheableRequest> = {}): CacheableRequest => ({
  method: "GET",
  pathname,
  cookie: undefined,
  ifNoneMatch: undefined,
  ...extra,
});

describe("which paths may be shared", () => {
  it("takes the public catalogue, its single-fetch data and open data", () => {
    for (const path of ["/", "/_root.data", "/products", "/products.data", "/products/nuoc-mam", "/sales-points", "/search", "/api/v1/products"]) {
      expect(isPublicCacheablePath(path), path).toBe(true);
    }
  });
  it("leaves out portals, office, log-in, complaints, files, verification and internal APIs", () => {
    for (const path of ["/business", "/business/products", "/office", "/office.data", "/login", "/complaints/track", "/files/abc", "/verify/ABC", "/api/places/communes"]) {
      expect(isPublicCacheablePath(path), path).toBe(false);
    }
  });
});

describe("isSignedIn", () => {
  it("sees the session cookie among others, and only by its exact name", () => {
    expect(isSignedIn("lng=en; hv_session=abc")).toBe(true);
    expect(isSignedIn("hv_business=x")).toBe(true);
    expect(isSignedIn("lng=en; not_hv_session=abc")).toBe(false);
    expect(isSignedIn(undefined)).toBe(false);
  });
});

describe("ETags", () => {
  it("are weak, stable for the same body and differ for another", () => {
    const a = weakEtag(new TextEncoder().encode("một"));
    expect(a).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(weakEtag(new TextEncoder().encode("một"))).toBe(a);
    expect(weakEtag(new TextEncoder().encode("hai"))).not.toBe(a);
  });
  it("match weakly, in a list, or with *", () => {
    expect(etagMatches('W/"x"', 'W/"x"')).toBe(true);
    expect(etagMatches('"x"', 'W/"x"')).toBe(true);
    expect(etagMatches('W/"y", W/"x"', 'W/"x"')).toBe(true);
    expect(etagMatches("*", 'W/"x"')).toBe(true);
    expect(etagMatches('W/"y"', 'W/"x"')).toBe(false);
    expect(etagMatches(undefined, 'W/"x"')).toBe(false);
  });
});

describe("applyHttpCaching", () => {
  it("gives an anonymous public page a shared-cache policy, Vary: Cookie and an ETag, with the body intact", async () => {
    const response = await applyHttpCaching(get("/products"), page());
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(response.headers.get("Cache-Control")).toMatch(/public.*stale-while-revalidate=\d+/);
    expect(response.headers.get("Vary")).toContain("Cookie");
    expect(response.headers.get("ETag")).toBe(weakEtag(new TextEncoder().encode("<!DOCTYPE html><p>Nước mắm</p>")));
    expect(await response.text()).toBe("<!DOCTYPE html><p>Nước mắm</p>");
  });

  it("answers 304 without a body when If-None-Match holds the page's ETag", async () => {
    const etag = (await applyHttpCaching(get("/products"), page())).headers.get("ETag")!;
    const response = await applyHttpCaching(get("/products", { ifNoneMatch: etag }), page());
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Cache-Control")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  });

  it("leaves the per-request CSP nonce out of the ETag, and marks the 304 to keep the stored CSP", async () => {
    const html = (nonce: string) => page(`<script nonce="${nonce}">1</script>`);
    const first = await applyHttpCaching(get("/", { nonce: "AAAA" }), html("AAAA"));
    const second = await applyHttpCaching(get("/", { nonce: "BBBB" }), html("BBBB"));
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect(await second.text()).toContain('nonce="BBBB"');
    const revalidated = await applyHttpCaching(get("/", { nonce: "CCCC", ifNoneMatch: first.headers.get("ETag") }), html("CCCC"));
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get(KEEP_STORED_CSP)).toBe("1");
  });

  it("sends the new page when the ETag is outdated", async () => {
    const response = await applyHttpCaching(get("/products", { ifNoneMatch: 'W/"old"' }), page());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Nước mắm");
  });

  it("keeps a signed-in visitor's page private, without an ETag", async () => {
    const response = await applyHttpCaching(get("/products", { cookie: "hv_session=abc" }), page());
    expect(response.headers.get("Cache-Control")).toBe(PRIVATE_CACHE_CONTROL);
    expect(response.headers.get("ETag")).toBeNull();
  });

  it("never shares a response that sets a cookie (language switch, flash)", async () => {
    const response = await applyHttpCaching(get("/products"), page("x", { "Set-Cookie": "lng=en; Path=/" }));
    expect(response.headers.get("Cache-Control")).toBe(PRIVATE_CACHE_CONTROL);
    expect(response.headers.get("ETag")).toBeNull();
  });

  it("keeps portal and office pages private even for an anonymous request", async () => {
    for (const path of ["/office", "/business/products", "/login"]) {
      const response = await applyHttpCaching(get(path), page());
      expect(response.headers.get("Cache-Control"), path).toBe(PRIVATE_CACHE_CONTROL);
      expect(response.headers.get("ETag"), path).toBeNull();
    }
  });

  it("leaves errors, writes and a route's own private policy alone", async () => {
    expect((await applyHttpCaching(get("/products/nope"), page("x", {}, 404))).headers.get("Cache-Control")).toBe(PRIVATE_CACHE_CONTROL);
    const post = await applyHttpCaching(get("/products", { method: "POST" }), page());
    expect(post.headers.get("Cache-Control")).toBeNull();
    const own = await applyHttpCaching(get("/products"), page("x", { "Cache-Control": "no-store" }));
    expect(own.headers.get("Cache-Control")).toBe("no-store");
    expect(own.headers.get("ETag")).toBeNull();
  });

  it("keeps an open-data route's own public policy and adds the ETag", async () => {
    const json = new Response('{"data":[]}', { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
    const response = await applyHttpCaching(get("/api/v1/products"), json);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("ETag")).toMatch(/^W\//);
  });
});
