// The HTTP server: security headers with a per-request CSP nonce, compression, rate limits,
// long-lived caching of hashed assets, /healthz, structured logs, graceful shutdown, and
// the Remix handler (Vite middleware in development, the built app in production).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import Database from "better-sqlite3";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import rateLimit from "express-rate-limit";
import helmet from "helmet";
import pino from "pino";

const PRODUCTION = process.env.NODE_ENV === "production";
const PORT = Number(process.env.PORT ?? 3000);
const AUTH_RATE_LIMIT = Number(process.env.AUTH_RATE_LIMIT ?? 20);
const DATABASE_URL = process.env.DATABASE_URL ?? "file:./data/hang-viet.db";
const BUILD_DIR = process.env.BUILD_DIR ?? "build";
const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "hang-viet" } });

const viteDevServer = PRODUCTION
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");

// Structured access log, one JSON line per request.
app.use((req, res, next) => {
  const start = process.hrtime.bigint();
  res.on("finish", () => {
    if (req.path.startsWith("/assets/") || req.path === "/healthz") return;
    log.info({ method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - start) / 1e6 }, "request");
  });
  next();
});

app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
});

const tileOrigin = (() => {
  try {
    return process.env.MAP_TILE_URL ? new URL(process.env.MAP_TILE_URL.replace(/\{[a-z]\}/g, "a")).origin : null;
  } catch {
    return null;
  }
})();

app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`, ...(PRODUCTION ? [] : ["'unsafe-eval'"])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'", ...(PRODUCTION ? [] : ["ws:"])],
        formAction: ["'self'", "https://checkout.stripe.com"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // "no-referrer" makes Chrome send `Origin: null` on form posts, which Remix's CSRF
    // check rejects: keep the origin, drop the path for other sites.
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    hsts: PRODUCTION && (process.env.APP_URL ?? "").startsWith("https:"),
  }),
);
app.use(compression());

// The app reads the client address from this header (Remix requests carry no socket).
app.use((req, _res, next) => {
  req.headers["x-client-ip"] = req.ip ?? "unknown";
  next();
});

const tooMany = (_req: Request, res: Response) => {
  res
    .status(429)
    .type("html")
    .send(
      '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Quá nhiều yêu cầu — Hàng Việt</title><main style="font-family:system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>Quá nhiều yêu cầu</h1><p>Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại.</p><p><a href="/">Về trang chủ</a></p></main></html>',
    );
};
const authLimiter = rateLimit({ windowMs: 60_000, limit: AUTH_RATE_LIMIT, standardHeaders: "draft-7", legacyHeaders: false, handler: tooMany });
app.post(["/login", "/signup", "/forgot-password", "/reset-password"], authLimiter);
app.use(rateLimit({ windowMs: 60_000, limit: Number(process.env.GLOBAL_RATE_LIMIT ?? 1200), standardHeaders: "draft-7", legacyHeaders: false, handler: tooMany }));

let healthDb: Database.Database | undefined;
app.get("/healthz", (_req, res) => {
  try {
    healthDb ??= new Database(DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: 2_000 });
    const row = healthDb.prepare("SELECT count(*) AS migrations FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { migrations: number };
    res.set("Cache-Control", "no-store").json({ status: "ok", database: "ok", migrations: row.migrations, uptimeSeconds: Math.round(process.uptime()) });
  } catch (error) {
    healthDb = undefined;
    log.error({ err: error }, "health check failed");
    res.status(503).set("Cache-Control", "no-store").json({ status: "error", database: "unavailable" });
  }
});

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Vite fingerprints everything under /assets: cache it for a year.
  app.use("/assets", express.static(`${BUILD_DIR}/client/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(`${BUILD_DIR}/client`, { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(path.resolve(BUILD_DIR, "server/index.js"))) as ServerBuild);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: PRODUCTION ? "production" : "development",
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
  }),
);

app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
  log.error({ err: error }, "unhandled error");
  res.status(500).type("text").send("Lỗi máy chủ / Server error");
});

const server = app.listen(PORT, () => log.info({ port: PORT, mode: PRODUCTION ? "production" : "development" }, `Hàng Việt on http://localhost:${PORT}`));

function shutdown(signal: string) {
  log.info({ signal }, "shutting down");
  server.close(() => {
    healthDb?.close();
    void viteDevServer?.close();
    log.info("closed");
    process.exit(0);
  });
  // Connections that linger (keep-alive) are cut after 10 s.
  setTimeout(() => process.exit(0), 10_000).unref();
  server.closeIdleConnections();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
