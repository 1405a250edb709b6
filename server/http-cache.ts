// HTTP caching of the public site (issue #16, ADR 0020): a page an anonymous visitor GETs from
// the public catalogue is the same for every anonymous visitor in the same language, so it
// carries `Cache-Control: public` with a short shared-cache lifetime and stale-while-revalidate
// (a reverse proxy or CDN in front absorbs a busy day) and a weak ETag over its body (a phone
// that has the page gets a bodiless 304). Nothing else is shared:
// - a request with a session cookie (a signed-in user) gets `private, no-cache`;
// - a response that sets a cookie (language switch, flash message) is never cached;
// - only the families listed in PUBLIC_FAMILIES qualify: portals, office, log-in, complaint
//   tracking, files and everything not listed stay private;
// - `/verify` is left out on purpose: a revoked certificate must read as revoked at once.
// Pages vary by the language cookie, hence `Vary: Cookie`.
import { createHash } from "node:crypto";

/** Shared caches keep a page a minute and may serve it stale for five while they refresh it; browsers revalidate (304). */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** For responses that show a signed-in user or anything private, when the route chose nothing. */
export const PRIVATE_CACHE_CONTROL = "private, no-cache";

/** Marks a 304 whose Content-Security-Policy the server must drop (the express layer reads it). */
export const KEEP_STORED_CSP = "X-Keep-Stored-Csp";

/** First path segments of the public pages and open data an anonymous visitor may share. */
const PUBLIC_FAMILIES = new Set(["", "_root", "products", "producers", "sales-points", "search", "fairs", "trips", "news", "open-data", "stats", "api"]);
/** Cookies that mean someone is signed in (the session, and the business switch that goes with it). */
const SIGNED_IN_COOKIES = ["hv_session", "hv_business"];

/** Whether a path belongs to the public site that anonymous visitors may share from a cache. */
export function isPublicCacheablePath(pathname: string): boolean {
  const first = pathname.split("/")[1] ?? "";
  // "/products.data" (single fetch) belongs to "/products"; "/_root.data" is the home page.
  const family = first.replace(/\.data$/, "");
  if (family === "api") return pathname.startsWith("/api/v1/");
  return PUBLIC_FAMILIES.has(family);
}

export function isSignedIn(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => SIGNED_IN_COOKIES.includes(pair.split("=")[0]!.trim()));
}

/** Weak, because the bytes on the wire differ by compression while the page is the same. */
export function weakEtag(body: Uint8Array): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** RFC 9110 weak comparison against an If-None-Match list (or `*`). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim() === "*" || opaque(candidate) === opaque(etag));
}

function withoutNonce(body: Uint8Array, nonce: string): Uint8Array {
  return Buffer.from(Buffer.from(body).toString("utf8").replaceAll(nonce, ""), "utf8");
}

const PAGE_TYPES = /^(text\/html|application\/json|text\/x-script|application\/geo\+json)/i;

export interface CacheableRequest {
  /** The CSP nonce written into this response's HTML: left out of the ETag, which would otherwise never repeat. */
  nonce?: string | undefined;
  method: string;
  pathname: string;
  cookie: string | null | undefined;
  ifNoneMatch: string | null | undefined;
  /** Called with the page when it may be shared (the in-process page cache keeps it, ADR 0029). */
  keep?: ((page: { status: number; headers: Headers; body: Uint8Array }) => void) | undefined;
}

/**
 * The response to send, with caching headers decided here: the same response (headers
 * completed) or a 304. Reads the body only when the response may be shared (to hash it).
 */
export async function applyHttpCaching(request: CacheableRequest, response: Response): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return response;
  const routeChoice = response.headers.get("Cache-Control");
  const isPage = PAGE_TYPES.test(response.headers.get("Content-Type") ?? "");
  const shareable =
    request.method === "GET" &&
    response.status === 200 &&
    isPage &&
    response.body !== null &&
    !response.headers.has("Set-Cookie") &&
    !isSignedIn(request.cookie) &&
    isPublicCacheablePath(request.pathname) &&
    (routeChoice === null || /(^|,)\s*public\b/i.test(routeChoice));

  if (!shareable) {
    // A route that chose its own policy keeps it; a page that did not must not land in a shared cache.
    if (routeChoice === null && isPage) response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    return response;
  }

  const body = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  const etag = weakEtag(request.nonce ? withoutNonce(body, request.nonce) : body);
  headers.set("ETag", etag);
  if (routeChoice === null) {
    headers.set("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
    // The page depends on the language cookie (and the absence of a session cookie).
    headers.append("Vary", "Cookie");
  }
  request.keep?.({ status: response.status, headers: new Headers(headers), body });
  if (etagMatches(request.ifNoneMatch, etag)) {
    headers.delete("Content-Type");
    headers.delete("Content-Length");
    // The copy the client keeps carries the nonce of the request that fetched it, and its CSP
    // header with it: the server must not replace that header with this request's nonce.
    headers.set(KEEP_STORED_CSP, "1");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
