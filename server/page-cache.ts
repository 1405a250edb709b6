// The in-process cache of anonymous public pages (issue #16, ADR 0029). A page an anonymous
// visitor GETs from the public catalogue is the same for every anonymous visitor in the same
// language (http-cache.ts decides which pages those are and marks them with an ETag); on a
// busy day the server renders each such page once and sends the stored bytes — gzipped once —
// to everyone else, the way a reverse proxy in front would.
//
// Never stale beyond what the database says: every entry remembers SQLite's `data_version` as
// it was when its render began, read on a connection of its own; any commit by any connection
// — this process's Prisma client, a worker, a CLI script, another process — changes that
// number, and an entry whose number differs is not served. A render that raced a commit is
// therefore never served either. The TTL only bounds what changes with the clock alone (a
// certificate that lapses at midnight, a registration window that closes).
//
// Only requests without cookies other than the language cookie take part: a session, a
// business choice, a flash message or a complaint-access cookie each make the page personal.
// The stored page keeps the CSP nonce of its render, and is sent with that render's CSP header:
// a nonce lives as long as the content it was rendered with (a write starts a new render with
// a new nonce), so text injected by a later write can never carry a valid one.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type Database from "better-sqlite3";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { etagMatches, isPublicCacheablePath } from "./http-cache";
import type { ReadConnection } from "./read-connection";
import type { RequestCounter } from "./request-guard";

/** The prepared `PRAGMA data_version` of each connection the cache has read through. */
const dataVersionStatements = new WeakMap<Database.Database, Database.Statement>();

const gzipAsync = promisify(gzip);

/** Cookies that do not make a page personal: only the language choice, which is part of the key. */
const LANGUAGE_COOKIE = "lng";

export interface StoredPage {
  status: number;
  /** The headers every response of the site carries (helmet's), as the render's request had them. */
  siteHeaders: [string, string][];
  /** The Remix response's own headers (content type, caching, ETag, Vary), none per request. */
  headers: [string, string][];
  /** The Content-Security-Policy sent with the render, whose nonce is inside the body. */
  csp: string | undefined;
  etag: string;
  body: Buffer;
  gzipped: Buffer;
  /** SQLite's data_version when the render began. */
  dataVersion: number;
  storedAt: number;
}

/** What a render needs to hand its page to the cache. */
export interface PendingPage {
  key: string;
  dataVersion: number;
  /** The site-wide headers already on the render's response when it reached the cache. */
  siteHeaders: [string, string][];
  settle(): void;
}

export interface PageCacheOptions {
  /** A read connection to the site's database; nothing is served while it cannot read. */
  connection: ReadConnection;
  ttlMs: number;
  /** Upper bound of the stored bytes (plain + gzipped); the oldest entries go first. */
  maxBytes?: number;
  now?: () => number;
}

const PER_REQUEST_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "server-timing",
  "set-cookie",
  "x-request-id",
  "content-security-policy",
  "retry-after",
]);

function shareableHeaders(headers: OutgoingHttpHeaders | Headers): [string, string][] {
  const kept: [string, string][] = [];
  const keep = (name: string, value: unknown) => {
    if (value !== undefined && !PER_REQUEST_HEADERS.has(name.toLowerCase())) kept.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  };
  if (headers instanceof Headers) headers.forEach((value, name) => keep(name, value));
  else for (const [name, value] of Object.entries(headers)) keep(name, value);
  return kept;
}

export class PageCache {
  readonly #ttlMs: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  readonly #connection: ReadConnection;
  /** Insertion order is age order (a Map iterates in insertion order): the first key is the oldest. */
  readonly #pages = new Map<string, StoredPage>();
  #bytes = 0;
  /** Renders in progress by key, so a burst of misses for one page waits for one render. */
  readonly #rendering = new Map<string, Promise<void>>();
  readonly stats = { hits: 0, misses: 0, stored: 0, stale: 0 };

  constructor({ connection, ttlMs, maxBytes = 64 * 1024 * 1024, now = Date.now }: PageCacheOptions) {
    this.#connection = connection;
    this.#ttlMs = ttlMs;
    this.#maxBytes = maxBytes;
    this.#now = now;
  }

  get enabled(): boolean {
    return this.#ttlMs > 0;
  }

  /** The key of a request that may be served from (and fill) the cache, or null. */
  keyOf(req: Pick<Request, "method" | "originalUrl" | "path" | "headers">): string | null {
    if (!this.enabled || req.method !== "GET" || !isPublicCacheablePath(req.path)) return null;
    const language = anonymousLanguage(req.headers.cookie);
    if (language === null) return null;
    // ?lng= switches the language and sets its cookie: that response is not shared anyway.
    if (/[?&]lng=/.test(req.originalUrl)) return null;
    return `${language}\u0000${req.originalUrl}`;
  }

  /** SQLite's count of commits seen on the server's read connection; null when unreadable. */
  currentDataVersion(): number | null {
    try {
      return this.#connection.read((db) => {
        let statement = dataVersionStatements.get(db);
        if (!statement) dataVersionStatements.set(db, (statement = db.prepare("PRAGMA data_version").pluck()));
        return statement.get() as number;
      });
    } catch {
      return null;
    }
  }

  /** A page still valid for this key, or null (and a stale one is dropped). */
  lookup(key: string): StoredPage | null {
    const page = this.#pages.get(key);
    if (!page) return null;
    if (this.#now() - page.storedAt < this.#ttlMs && page.dataVersion === this.currentDataVersion()) return page;
    this.stats.stale += 1;
    this.#drop(key, page);
    return null;
  }

  /** The render of this key in progress, if any. */
  rendering(key: string): Promise<void> | undefined {
    return this.#rendering.get(key);
  }

  /** Marks the start of a render; the caller must call `settle()` whether it stores or not. */
  beginRender(key: string, siteHeaders: OutgoingHttpHeaders = {}): PendingPage | null {
    const dataVersion = this.currentDataVersion();
    if (dataVersion === null) return null;
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    this.#rendering.set(key, done);
    return {
      key,
      dataVersion,
      siteHeaders: shareableHeaders(siteHeaders),
      settle: () => {
        if (this.#rendering.get(key) === done) this.#rendering.delete(key);
        settle();
      },
    };
  }

  /** Stores a rendered page; gzip runs off the event loop, before the entry becomes visible. */
  async store(pending: PendingPage, page: { status: number; headers: Headers; csp: string | undefined; body: Uint8Array }): Promise<void> {
    const etag = page.headers.get("ETag");
    if (!etag) return;
    const body = Buffer.from(page.body);
    const gzipped = await gzipAsync(body, { level: 6 });
    const previous = this.#pages.get(pending.key);
    if (previous) this.#drop(pending.key, previous);
    const entry: StoredPage = {
      status: page.status,
      siteHeaders: pending.siteHeaders,
      headers: shareableHeaders(page.headers),
      csp: page.csp,
      etag,
      body,
      gzipped,
      dataVersion: pending.dataVersion,
      storedAt: this.#now(),
    };
    this.#pages.set(pending.key, entry);
    this.#bytes += body.length + gzipped.length;
    this.stats.stored += 1;
    for (const [oldestKey, oldest] of this.#pages) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#drop(oldestKey, oldest);
    }
  }

  get size(): number {
    return this.#pages.size;
  }

  #drop(key: string, page: StoredPage): void {
    this.#pages.delete(key);
    this.#bytes -= page.body.length + page.gzipped.length;
  }
}

/** The language cookie's value ("" when absent), or null when any other cookie is present. */
export function anonymousLanguage(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return "";
  let language = "";
  for (const pair of cookieHeader.split(";")) {
    const trimmed = pair.trim();
    if (trimmed === "") continue;
    const equals = trimmed.indexOf("=");
    const name = equals === -1 ? trimmed : trimmed.slice(0, equals);
    if (name !== LANGUAGE_COOKIE) return null;
    language = trimmed.slice(equals + 1);
  }
  return language;
}

/** How long a miss waits for the render of the same page already under way. */
const WAIT_FOR_RENDER_MS = 5_000;

/**
 * Serves a stored page when there is a valid one; otherwise lets the request through to Remix
 * with `res.locals.pendingPage` set, so the handler stores what it renders (app.ts).
 * Sits after the request-protection layer and before compression (stored pages are gzipped).
 */
export function servePageCache(cache: PageCache): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const key = cache.keyOf(req);
    if (key === null) return next();
    const serveOrRender = (mayWait: boolean) => {
      const page = cache.lookup(key);
      if (page) {
        cache.stats.hits += 1;
        sendStored(req, res, page);
        return;
      }
      const inFlight = cache.rendering(key);
      if (inFlight && mayWait) {
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_RENDER_MS).unref());
        void Promise.race([inFlight, timeout]).then(() => serveOrRender(false));
        return;
      }
      cache.stats.misses += 1;
      const pending = inFlight ? null : cache.beginRender(key, res.getHeaders());
      // Whatever answers this request in the end (Remix, a static file, an error page), the
      // visitors waiting for this render must not wait longer than the response.
      if (pending) res.once("close", pending.settle);
      res.locals.pendingPage = pending;
      next();
    };
    serveOrRender(true);
  };
}

export interface FrontDoorOptions {
  cache: PageCache;
  /** The whole-site request limit, counted here too. */
  counter: RequestCounter;
  /** The client address as Express's `req.ip` computes it (trust proxy included). */
  clientAddress(req: IncomingMessage): string;
  requestId(req: IncomingMessage): string;
  /** Writes the access-log line of an answered request. */
  logAnswered(req: IncomingMessage, status: number, startedAt: bigint, requestId: string): void;
}

/**
 * The page cache in front of Express: a GET of a page stored and still valid is answered here,
 * with the headers its render had, without the middleware stack. Everything else — misses,
 * signed-in visitors, every other method, an address over its limit — returns false and goes
 * through Express, which applies the whole protection layer. Skipping that layer here is safe
 * because its checks of a GET depend only on the URL, and only URLs it once let through (to a
 * render) have a stored page: a broken URL or a `?_data` URL never reaches one.
 */
export function pageCacheFrontDoor({ cache, counter, clientAddress, requestId, logAnswered }: FrontDoorOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? "/";
    const queryStart = url.indexOf("?");
    const key = cache.keyOf({ method: req.method ?? "GET", originalUrl: url, path: queryStart === -1 ? url : url.slice(0, queryStart), headers: req.headers });
    if (key === null) return false;
    const page = cache.lookup(key);
    if (!page) return false;
    if (!counter.allow(clientAddress(req))) return false;
    const startedAt = process.hrtime.bigint();
    const id = requestId(req);
    res.setHeader("X-Request-Id", id);
    cache.stats.hits += 1;
    sendStored(req, res, page);
    logAnswered(req, res.statusCode, startedAt, id);
    return true;
  };
}

function sendStored(req: IncomingMessage, res: ServerResponse, page: StoredPage): void {
  for (const [name, value] of page.siteHeaders) res.setHeader(name, value);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader("Server-Timing", 'cache;desc="hit"');
  res.setHeader("Vary", mergeVary(res.getHeader("Vary"), "Accept-Encoding"));
  if (etagMatches(req.headers["if-none-match"], page.etag)) {
    // The client keeps the copy it has, with the CSP header that came with it.
    res.removeHeader("Content-Security-Policy");
    res.removeHeader("Content-Type");
    res.statusCode = 304;
    res.end();
    return;
  }
  if (page.csp) res.setHeader("Content-Security-Policy", page.csp);
  const gzipped = acceptsGzip(req.headers["accept-encoding"]);
  const body = gzipped ? page.gzipped : page.body;
  if (gzipped) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.statusCode = page.status;
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Whether Accept-Encoding allows gzip: named (or `*`) without q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    if (coding.trim() === "gzip") return !refused;
    if (coding.trim() === "*") star = !refused;
  }
  return star;
}

function mergeVary(current: number | string | string[] | undefined, add: string): string {
  const names = (Array.isArray(current) ? current.join(",") : String(current ?? ""))
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.some((name) => name.toLowerCase() === add.toLowerCase())) names.push(add);
  return names.join(", ");
}
