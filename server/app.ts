// The Express application, without listening: security headers with a per-request CSP nonce,
// request ids, access log, the request-protection layer, compression, health, static files and
// the Remix handler, which adds Server-Timing and the HTTP caching of public pages (ADR 0020). server.ts listens and stops; tests build it the same way.
import { AsyncResource } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
// The adapter's own request and response conversion (exported by its server module, not its index).
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import proxyAddr from "proxy-addr";
import type { ViteDevServer } from "vite";
import type { Env } from "../app/utils/env.server";
import { requestContext, requestIdFrom } from "../app/utils/logger.server";
import { serverTimingHeader, withRequestTiming } from "../app/utils/request-timing.server";
import { guardActionBodies } from "./body-guard";
import { applyHttpCaching, KEEP_STORED_CSP } from "./http-cache";
import { PageCache, pageCacheFrontDoor, servePageCache, type PendingPage } from "./page-cache";
import { precompressedAssets } from "./precompressed";
import { ReadConnection } from "./read-connection";
import {
  clientErrorStatus,
  formRateLimit,
  globalRateLimit,
  refuseLegacyDataRequests,
  rejectBrokenUrls,
  RequestCounter,
  sameOriginGuard,
  sendProblem,
} from "./request-guard";

export interface AppOptions {
  env: Env;
  logger: Logger;
  /** The production build; omitted in development, where Vite serves it. */
  build?: ServerBuild;
  viteDevServer?: ViteDevServer;
}

export interface App {
  app: Express;
  /** What the HTTP server calls: stored public pages first (ADR 0029), then the Express app. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Releases what the app holds open (the health check's read-only connection). */
  dispose(): void;
}

/** Where the request's nonce goes in the Content-Security-Policy header helmet writes. */
const NONCE_SLOT = "hv-nonce-slot";

/**
 * CSP nonces: 16 random bytes each, base64, cut from 4 KiB drawn at a time from the system's
 * CSPRNG (one call for 256 requests instead of one each).
 */
export class NonceSource {
  #pool = Buffer.alloc(0);
  #offset = 0;

  next(): string {
    if (this.#offset + 16 > this.#pool.length) {
      this.#pool = randomBytes(4096);
      this.#offset = 0;
    }
    const nonce = this.#pool.toString("base64", this.#offset, this.#offset + 16);
    this.#offset += 16;
    return nonce;
  }
}

export function createApp({ env, logger, build, viteDevServer }: AppOptions): App {
  const production = env.NODE_ENV === "production";
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);

  // Every log line written while serving a request carries its id (logger.server.ts).
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("X-Request-Id", requestId);
    requestContext.run({ requestId }, () => withRequestTiming(next));
  });

  const logAnswered = (method: string | undefined, path: string, status: number, startedAt: bigint) => {
    if (path.startsWith("/assets/") || path === "/healthz") return;
    logger.info({ method, path, status, ms: Number(process.hrtime.bigint() - startedAt) / 1e6 }, "request");
  };
  app.use((req, res, next) => {
    if (!logger.isLevelEnabled("info")) return next();
    const startedAt = process.hrtime.bigint();
    res.on(
      "finish",
      AsyncResource.bind(() => logAnswered(req.method, req.path, res.statusCode, startedAt)),
    );
    next();
  });

  const tileOrigin = (() => {
    try {
      return env.MAP_TILE_URL ? new URL(env.MAP_TILE_URL.replace(/\{[a-z]\}/g, "a")).origin : null;
    } catch {
      return null;
    }
  })();

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // a fixed header with a slot for the nonce (below): helmet then serialises and
          // validates the directives once, not on every request
          scriptSrc: ["'self'", `'nonce-${NONCE_SLOT}'`, ...(production ? [] : ["'unsafe-eval'"])],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:", ...(tileOrigin ? [tileOrigin] : [])],
          connectSrc: ["'self'", ...(production ? [] : ["ws:"])],
          formAction: ["'self'", "https://checkout.stripe.com"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // "no-referrer" makes Chrome send `Origin: null` on form posts, which the same-origin
      // check refuses: keep the origin, drop the path for other sites.
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      hsts: production && env.APP_URL.startsWith("https:"),
    }),
  );
  // This request's nonce, for its inline scripts and in the slot of the header helmet wrote.
  const nonces = new NonceSource();
  app.use((_req, res, next) => {
    const nonce = nonces.next();
    res.locals.cspNonce = nonce;
    const policy = res.getHeader("Content-Security-Policy");
    if (typeof policy === "string") res.setHeader("Content-Security-Policy", policy.replace(NONCE_SLOT, nonce));
    next();
  });

  // The client address (trust proxy applied), worked out once: the rate limits and the app read it.
  app.use((req, _res, next) => {
    Object.defineProperty(req, "ip", { value: req.ip, configurable: true, enumerable: true });
    next();
  });

  // The protection layer runs before anything reads a body or routes the request.
  app.use(rejectBrokenUrls);
  app.use(sameOriginGuard({ appUrl: env.APP_URL }));
  app.use(refuseLegacyDataRequests);
  app.use(formRateLimit({ limit: env.AUTH_RATE_LIMIT }));
  const requestCounter = new RequestCounter(env.GLOBAL_RATE_LIMIT);
  app.use(globalRateLimit(requestCounter));

  // The server's own small reads (health check, the page cache's data_version) share one connection.
  const readConnection = new ReadConnection(env.DATABASE_URL.replace(/^file:/, ""));

  // Anonymous public pages already rendered are sent from memory, gzipped once (ADR 0029).
  const pageCache = new PageCache({ connection: readConnection, ttlMs: production ? env.PAGE_CACHE_TTL_MS : 0 });
  app.use(servePageCache(pageCache));

  app.use(compression());

  // The app reads the client address from this header (Remix requests carry no socket).
  app.use((req, _res, next) => {
    req.headers["x-client-ip"] = req.ip ?? "unknown";
    next();
  });

  app.get("/healthz", (_req, res) => {
    try {
      const row = readConnection.read(
        (db) => db.prepare("SELECT count(*) AS migrations FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { migrations: number },
      );
      res.set("Cache-Control", "no-store").json({ status: "ok", database: "ok", migrations: row.migrations, uptimeSeconds: Math.round(process.uptime()) });
    } catch (error) {
      logger.error({ err: error }, "health check failed");
      res.status(503).set("Cache-Control", "no-store").json({ status: "error", database: "unavailable" });
    }
  });

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    // Vite fingerprints everything under /assets: cache it for a year.
    app.use("/assets", precompressedAssets(`${env.BUILD_DIR}/client/assets`));
    app.use("/assets", express.static(`${env.BUILD_DIR}/client/assets`, { immutable: true, maxAge: "1y" }));
    // The few public files outside /assets (favicon…), listed once at start: a page URL must not
    // cost a file-system lookup before it reaches Remix.
    const publicFiles = listPublicFiles(`${env.BUILD_DIR}/client`);
    const servePublicFile = express.static(`${env.BUILD_DIR}/client`, { maxAge: "1h" });
    app.use((req, res, next) => (publicFiles.has(req.path) ? servePublicFile(req, res, next) : next()));
  }

  const serverBuild: ServerBuild | (() => Promise<ServerBuild>) = viteDevServer
    ? async () => guardActionBodies((await viteDevServer.ssrLoadModule("virtual:remix/server-build")) as ServerBuild)
    : guardActionBodies(requireBuild(build));

  // @remix-run/express's handler, with two steps between Remix's answer and the wire: the
  // caching policy (which may read the body to hash it, or answer 304) and Server-Timing.
  const handleRemixRequest = createRequestHandler(serverBuild, production ? "production" : "development");
  app.all("*", async (req, res, next) => {
    const pendingPage = res.locals.pendingPage as PendingPage | null | undefined;
    // From here this handler settles the render itself, after storing the page (which ends
    // after the response has closed).
    if (pendingPage) res.off("close", pendingPage.settle);
    let kept: { status: number; headers: Headers; body: Uint8Array } | undefined;
    try {
      const request = createRemixRequest(req, res);
      const remixResponse = await handleRemixRequest(request, { cspNonce: res.locals.cspNonce as string });
      const nonce = res.locals.cspNonce as string;
      const response = await applyHttpCaching(
        {
          nonce,
          method: req.method,
          pathname: req.path,
          cookie: req.headers.cookie,
          ifNoneMatch: req.headers["if-none-match"],
          keep: pendingPage ? (page) => (kept = page) : undefined,
        },
        remixResponse,
      );
      // The CSP header helmet wrote for this render holds the nonce that is now in the body.
      const csp = res.getHeader("Content-Security-Policy");
      if (response.headers.has(KEEP_STORED_CSP)) {
        response.headers.delete(KEEP_STORED_CSP);
        res.removeHeader("Content-Security-Policy");
      }
      const timing = serverTimingHeader();
      if (timing) response.headers.set("Server-Timing", timing);
      await sendRemixResponse(res, response);
      if (pendingPage && kept) {
        await pageCache
          .store(pendingPage, { ...kept, csp: typeof csp === "string" ? csp : undefined })
          .catch((error: unknown) => logger.warn({ err: error }, "page not cached"));
      }
    } catch (error) {
      next(error);
    } finally {
      pendingPage?.settle();
    }
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = clientErrorStatus(error);
    if (status !== null) {
      logger.warn({ status, message: error instanceof Error ? error.message : String(error) }, "refused malformed request");
      if (!res.headersSent) sendProblem(req, res, status === 404 ? "not-found" : "bad-request", status);
      return;
    }
    logger.error({ err: error }, "unhandled error");
    if (res.headersSent) return res.destroy();
    sendProblem(req, res, "server-error");
  });

  const trustProxy = app.get("trust proxy fn") as Parameters<typeof proxyAddr>[1];
  const frontDoor = pageCacheFrontDoor({
    cache: pageCache,
    counter: requestCounter,
    clientAddress: (req) => proxyAddr(req, trustProxy),
    requestId: (req) => requestIdFrom(req.headers["x-request-id"]),
    logAnswered: (req, status, startedAt, requestId) => {
      if (!logger.isLevelEnabled("info")) return;
      requestContext.run({ requestId }, () => logAnswered(req.method, (req.url ?? "/").split("?")[0]!, status, startedAt));
    },
  });

  return {
    app,
    handle(req, res) {
      if (!frontDoor(req, res)) app(req, res);
    },
    dispose() {
      readConnection.close();
    },
  };
}

/** URL paths of the files under the client build, /assets left out (served above). */
function listPublicFiles(root: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(root)) return files;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (!relative.startsWith("assets/")) files.add(`/${relative}`);
  }
  return files;
}

function requireBuild(build: ServerBuild | undefined): ServerBuild {
  if (!build) throw new Error("createApp needs the server build when no Vite dev server is given");
  return build;
}
