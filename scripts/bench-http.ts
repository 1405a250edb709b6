// `npm run bench:http`: how close the production server comes to a bare node:http server
// sending the same gzipped bytes, on the hot public pages (issue #16). It starts
// `node build/server.js` on a freshly migrated and seeded copy of the database and, in the
// same run, a bare server in its own process; autocannon drives each with 50 connections and
// no pipelining. Prints requests/s, p50/p99 latency, non-2xx and errors, and the ratio to bare.
//
// Environment: BENCH_DURATION (seconds per path and server, default 10), BENCH_CONNECTIONS
// (default 50), BENCH_PORT (the app; the bare server takes the next port; default 4340),
// BENCH_PATHS (comma-separated, default the six hot paths), BUILD_DIR (default ./build, e.g. an
// older build kept inside the project to compare before and after), BENCH_PAGE_CACHE=off (renders
// every request: the in-process page cache of ADR 0029 turned off, to measure the render path),
// BENCH_SERVER_NODE_FLAGS (added to those of server/node-flags, which `npm start` uses; e.g.
// "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the app).
// The global rate limit is lifted through GLOBAL_RATE_LIMIT, the variable production reads,
// so the run never measures 429s; the production default stays as it is.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { productionNodeFlags } from "./bench-support";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR ?? "build");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const APP_PORT = Number(process.env.BENCH_PORT ?? 4340);
const PAGE_CACHE_OFF = process.env.BENCH_PAGE_CACHE === "off";
const BARE_PORT = APP_PORT + 1;

if (!existsSync(path.join(BUILD_DIR, "server.js")) || !existsSync(path.join(BUILD_DIR, "server/index.js"))) {
  console.error(`No production build in ${BUILD_DIR}: run \`npm run build\` first (the benchmark measures the build as it is).`);
  process.exit(1);
}

const workDir = mkdtempSync(path.join(tmpdir(), "hang-viet-bench-http-"));
const databaseFile = path.join(workDir, "bench.db");
const children: ChildProcess[] = [];

function cleanup() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  rmSync(workDir, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

function seedDatabase() {
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, CHECKPOINT_DISABLE: "1", NODE_ENV: "development" as const };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "scripts/reindex.ts"], { cwd: ROOT, env, stdio: "ignore" });
  const database = new Database(databaseFile);
  database.pragma("wal_checkpoint(TRUNCATE)");
  const product = database
    .prepare("SELECT p.slug FROM Product p JOIN Business b ON b.id = p.businessId WHERE p.status = 'APPROVED' AND b.status = 'VERIFIED' ORDER BY p.publishedAt DESC LIMIT 1")
    .get() as { slug: string } | undefined;
  database.close();
  if (!product) throw new Error("the seed has no public product");
  return product.slug;
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`not healthy within 30 s:\n${output()}`);
}

function startApp(): Promise<void> {
  const nodeFlags = [...productionNodeFlags(), ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(" ").filter(Boolean) ?? [])];
  const child = spawn(process.execPath, [...nodeFlags, path.join(BUILD_DIR, "server.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(APP_PORT),
      APP_URL: `http://localhost:${APP_PORT}`,
      DATABASE_URL: `file:${databaseFile}`,
      UPLOAD_DIR: path.join(workDir, "uploads"),
      SESSION_SECRET: `bench-${randomBytes(12).toString("hex")}`,
      LOG_LEVEL: "warn",
      BUILD_DIR,
      DISABLE_WORKERS: "1",
      GLOBAL_RATE_LIMIT: "100000000",
      ...(PAGE_CACHE_OFF ? { PAGE_CACHE_TTL_MS: "0" } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return waitUntilHealthy(`http://localhost:${APP_PORT}/healthz`, child, () => output);
}

interface Captured {
  path: string;
  status: number;
  contentType: string;
  contentEncoding: string | undefined;
  body: Buffer;
  serverTiming: string | undefined;
}

/** The bytes the app sends for a path (gzipped, as a browser asks), exactly as they come over the wire. */
function capture(pathname: string): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "localhost", port: APP_PORT, path: pathname, headers: { "accept-encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          path: pathname,
          status: res.statusCode ?? 0,
          contentType: String(res.headers["content-type"] ?? "text/html"),
          contentEncoding: res.headers["content-encoding"],
          body: Buffer.concat(chunks),
          serverTiming: res.headers["server-timing"] as string | undefined,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

// The bare server runs in its own process, like the app, so both share the machine the same way.
const BARE_SERVER = `
const http = require("node:http");
const pages = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
const byPath = new Map(pages.map((p) => [p.path, { ...p, body: Buffer.from(p.body, "base64") }]));
http.createServer((req, res) => {
  const page = byPath.get(req.url);
  if (!page) { res.statusCode = 404; return res.end(); }
  res.writeHead(200, { "Content-Type": page.contentType, ...(page.contentEncoding ? { "Content-Encoding": page.contentEncoding } : {}), "Content-Length": page.body.length });
  res.end(page.body);
}).listen(Number(process.argv[2]), () => console.log("ready"));
`;

function startBare(pages: Captured[]): Promise<void> {
  const file = path.join(workDir, "pages.json");
  writeFileSync(file, JSON.stringify(pages.map((p) => ({ ...p, body: p.body.toString("base64") }))));
  const child = spawn(process.execPath, ["-e", BARE_SERVER, file, String(BARE_PORT)], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function drive(port: number, pathname: string): Promise<Measured> {
  const result = await autocannon({
    url: `http://localhost:${port}${pathname}`,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: DURATION,
    headers: { "accept-encoding": "gzip" },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

async function main() {
  console.log(`Seeding a database in ${workDir} …`);
  const slug = seedDatabase();
  const paths = process.env.BENCH_PATHS?.split(",").map((p) => p.trim()).filter(Boolean) ?? [
    "/",
    "/products",
    `/products/${slug}`,
    "/sales-points",
    `/search?q=${encodeURIComponent("nước mắm")}`,
    "/api/v1/products",
  ];
  await startApp();
  // Warm the app (module loading, first queries, JIT) before capturing and measuring.
  for (let round = 0; round < 20; round++) for (const p of paths) await capture(p);
  const pages = await Promise.all(paths.map(capture));
  for (const page of pages) {
    if (page.status !== 200) throw new Error(`${page.path} answered ${page.status}; the benchmark needs 200s`);
  }
  await startBare(pages);

  console.log(`autocannon: ${CONNECTIONS} connections, no pipelining, ${DURATION} s per path and server; Accept-Encoding: gzip`);
  console.log(`page cache: ${PAGE_CACHE_OFF ? "off (every request renders)" : "on, as in production (anonymous pages render once per change)"}\n`);
  for (const page of pages) {
    const app = await drive(APP_PORT, page.path);
    const bare = await drive(BARE_PORT, page.path);
    const ratio = bare.rps > 0 ? (100 * app.rps) / bare.rps : 0;
    const row =
      `${page.path.padEnd(44)} ${pad(page.body.length, 7)} B  app ${pad(app.rps.toFixed(0), 6)}/s p50 ${pad(app.p50, 4)} ms p99 ${pad(app.p99, 5)} ms` +
      `  non-2xx ${app.non2xx} errors ${app.errors + app.timeouts}` +
      `  | bare ${pad(bare.rps.toFixed(0), 6)}/s p50 ${pad(bare.p50, 3)} ms p99 ${pad(bare.p99, 4)} ms  | ${pad(ratio.toFixed(1), 5)} % of bare`;
    console.log(row);
    if (page.serverTiming) console.log(`${" ".repeat(46)}Server-Timing (one request, idle): ${page.serverTiming}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanup);
