// The request-protection layer: every way into an action (page POST, `?_data=…`, single-fetch
// `*.data`, with or without JavaScript) passes here before Remix sees it.
// - Same origin: a non-GET/HEAD request must come from the app's own origin (APP_URL or the
//   Host it was sent to). `Origin: null` and foreign origins are refused; without Origin the
//   browser's Sec-Fetch-Site or Referer decides; a request with none of them is not from a
//   browser and cannot ride a visitor's cookie. `/webhooks/` is exempt: it is signed.
// - Rate limits per route family: `/login`, `/login.data`, `/LOGIN/`, `/l%6Fgin` and
//   `/login?_data=…` all count against one `/login` budget per client address.
// - Broken percent-encoding in the URL is a 400, not a crash in a router; so is the legacy
//   `?_data` protocol, which a single-fetch app does not speak (after the origin check, so a
//   cross-origin attempt is still reported as such).
// Refusals are a friendly Vietnamese page (or a small JSON body for data requests), never 500.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import rateLimit from "express-rate-limit";

const SAFE_METHODS = new Set(["GET", "HEAD"]);
const SIGNED_PREFIXES = ["/webhooks/"];

/** Public forms that a stranger can submit: each has its own per-address budget. */
export const RATE_LIMITED_FAMILIES = [
  "/login",
  "/signup",
  "/forgot-password",
  "/reset-password",
  "/complaints/new",
  "/complaints/track",
] as const;

export type ProblemKind = "cross-origin" | "rate-limited" | "bad-request" | "not-found" | "server-error";

const PROBLEMS: Record<ProblemKind, { status: number; title: string; lead: string; english: string }> = {
  "cross-origin": {
    status: 403,
    title: "Yêu cầu bị từ chối",
    lead: "Biểu mẫu này được gửi từ một trang web khác nên chúng tôi không thực hiện. Hãy mở trang trên Hàng Việt rồi gửi lại.",
    english: "This form was sent from another website, so it was not carried out. Open the page on Hàng Việt and send it again.",
  },
  "rate-limited": {
    status: 429,
    title: "Quá nhiều yêu cầu",
    lead: "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại.",
    english: "Too many requests in a short time. Please wait a minute and try again.",
  },
  "bad-request": {
    status: 400,
    title: "Yêu cầu không hợp lệ",
    lead: "Địa chỉ hoặc dữ liệu gửi lên không đọc được. Hãy kiểm tra lại đường dẫn hoặc mở lại trang rồi gửi lại.",
    english: "The address or the data sent could not be read. Check the link, or reopen the page and send it again.",
  },
  "not-found": {
    status: 404,
    title: "Không tìm thấy trang",
    lead: "Trang bạn tìm không tồn tại.",
    english: "The page you are looking for does not exist.",
  },
  "server-error": {
    status: 500,
    title: "Đã có lỗi xảy ra",
    lead: "Máy chủ gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.",
    english: "The server failed while handling the request. Please try again in a few minutes.",
  },
};

export function problemStatus(kind: ProblemKind): number {
  return PROBLEMS[kind].status;
}

export function problemPage(kind: ProblemKind): string {
  const { title, lead, english } = PROBLEMS[kind];
  return (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${title} — Hàng Việt</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5">` +
    '<main style="max-width:40rem;margin:3rem auto;padding:0 1rem">' +
    `<h1>${title}</h1><p>${lead}</p><p lang="en">${english}</p><p><a href="/">Về trang chủ / Home</a></p>` +
    "</main></body></html>"
  );
}

/** Remix's data requests: single-fetch `*.data` URLs and the older `?_data=route-id`. */
export function isDataRequest(req: Pick<Request, "path" | "originalUrl">): boolean {
  return req.path.endsWith(".data") || /[?&]_data(=|&|$)/.test(req.originalUrl);
}

export function sendProblem(req: Request, res: Response, kind: ProblemKind, status = PROBLEMS[kind].status): void {
  const { lead } = PROBLEMS[kind];
  res.status(status).set("Cache-Control", "no-store");
  if (isDataRequest(req)) res.json({ error: kind, message: lead });
  else res.type("html").send(problemPage(kind));
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export interface OriginSignals {
  origin?: string | undefined;
  secFetchSite?: string | undefined;
  referer?: string | undefined;
}

/** Whether a state-changing request may proceed, given the origins that count as ours. */
export function isSameOrigin(signals: OriginSignals, ownOrigins: readonly string[]): boolean {
  if (signals.origin !== undefined) return ownOrigins.includes(signals.origin.trim().toLowerCase());
  if (signals.secFetchSite !== undefined) return signals.secFetchSite === "same-origin" || signals.secFetchSite === "none";
  if (signals.referer !== undefined) {
    const refererOrigin = originOf(signals.referer);
    return refererOrigin !== null && ownOrigins.includes(refererOrigin.toLowerCase());
  }
  return true;
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function sameOriginGuard({ appUrl }: { appUrl: string }): RequestHandler {
  const appOrigin = originOf(appUrl)?.toLowerCase();
  return (req, res, next) => {
    // A signed webhook is called at its own URL; its ".data" twin is a browser data request like any other.
    const signed = SIGNED_PREFIXES.some((prefix) => req.path.startsWith(prefix)) && !req.path.endsWith(".data");
    if (SAFE_METHODS.has(req.method) || signed) return next();
    const host = req.get("host");
    const ownOrigins = [appOrigin, host ? `${req.protocol}://${host}`.toLowerCase() : undefined].filter((o): o is string => !!o);
    const signals = { origin: header(req, "origin"), secFetchSite: header(req, "sec-fetch-site"), referer: header(req, "referer") };
    if (isSameOrigin(signals, ownOrigins)) return next();
    sendProblem(req, res, "cross-origin");
  };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The route family a path belongs to, as the router would match it: decoded, lower-case (Remix
 * matches case-insensitively), without the single-fetch `.data` suffix, repeated or trailing
 * slashes. `/_root.data` is the index route.
 */
export function routeFamily(pathname: string): string {
  const decoded = safeDecode(pathname) ?? pathname;
  let path = decoded.toLowerCase().replace(/\/{2,}/g, "/");
  if (path.endsWith(".data")) path = path.slice(0, -".data".length);
  if (path === "/_root") path = "/";
  path = path.replace(/\/+$/, "");
  return path === "" ? "/" : path;
}

export function formRateLimit({ limit, windowMs = 60_000 }: { limit: number; windowMs?: number }): RequestHandler {
  const families = new Set<string>(RATE_LIMITED_FAMILIES);
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    skip: (req) => SAFE_METHODS.has(req.method) || !families.has(routeFamily(req.path)),
    keyGenerator: (req) => `${routeFamily(req.path)}|${req.ip ?? "unknown"}`,
    handler: (req, res) => sendProblem(req, res, "rate-limited"),
  });
}

/**
 * Requests per client address in fixed windows: the whole-site limit. One counter serves the
 * Express layer and the page cache's front door (ADR 0029), so a page sent from memory counts
 * like any other request.
 */
export class RequestCounter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  #sweptAt = 0;
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; false when the address has used up its window. */
  allow(address: string): boolean {
    const now = this.now();
    if (now - this.#sweptAt >= this.windowMs) this.#sweep(now);
    let window = this.#windows.get(address);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.#windows.set(address, window);
    }
    window.count += 1;
    return window.count <= this.limit;
  }

  /** Seconds until the address's window starts again. */
  retryAfterSeconds(address: string): number {
    const window = this.#windows.get(address);
    return window ? Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000)) : 1;
  }

  #sweep(now: number): void {
    this.#sweptAt = now;
    for (const [address, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(address);
  }
}

export function globalRateLimit(counter: RequestCounter): RequestHandler {
  return (req, res, next) => {
    const address = req.ip ?? "unknown";
    if (counter.allow(address)) return next();
    res.set("Retry-After", String(counter.retryAfterSeconds(address)));
    sendProblem(req, res, "rate-limited");
  };
}

/** A URL whose path or query cannot be percent-decoded is answered here, before any router. */
export function rejectBrokenUrls(req: Request, res: Response, next: NextFunction): void {
  const url = req.originalUrl;
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1);
  const decodable = safeDecode(path) !== null && query.split("&").every((pair) => safeDecode(pair.replace(/\+/g, " ")) !== null);
  if (decodable) return next();
  sendProblem(req, res, "bad-request");
}

/**
 * The pre-single-fetch `?_data=route-id` protocol: this app's client never uses it (it speaks
 * single fetch, `*.data`), and Remix serves it only half (an action returning `data(…, { status
 * })` crashes with a RangeError). A protocol nobody uses is not served: 400.
 */
export function refuseLegacyDataRequests(req: Request, res: Response, next: NextFunction): void {
  const queryStart = req.originalUrl.indexOf("?");
  if (queryStart === -1 || !new URLSearchParams(req.originalUrl.slice(queryStart + 1)).has("_data")) return next();
  sendProblem(req, res, "bad-request");
}

/** Errors that carry a 4xx status (body parsers, Express's own decoding) answer that status. */
export function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === "number" ? status : typeof statusCode === "number" ? statusCode : null;
  return value !== null && value >= 400 && value < 500 ? value : null;
}
