// Runs the production server (build/server.js, as `npm start` does) on a fresh copy of a seeded
// database, for tests that need the real process: the protection layer, the fuzz test,
// shutdown and crash safety. The seeded template is made once and cached until the
// migrations or the seed change; the build is rebuilt when a source file is newer than it.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, "tests/.tmp/server-cache");
const BUILD_DIR = path.join(ROOT, "build");

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith("generated")) return;
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** One process at a time builds or seeds; the others wait for the lock to go. */
async function withLock<T>(name: string, work: () => T): Promise<T> {
  mkdirSync(CACHE, { recursive: true });
  const lock = path.join(CACHE, `${name}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 240_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function ensureBuild(): Promise<void> {
  const sources = ["app", "server", "server.ts", "remix.config.js", "vite.config.ts", "public"].map((p) => path.join(ROOT, p));
  const built = path.join(BUILD_DIR, "server.js");
  const isFresh = () => existsSync(built) && existsSync(path.join(BUILD_DIR, "server/index.js")) && statSync(built).mtimeMs >= newestMtime(sources);
  if (isFresh()) return;
  await withLock("build", () => {
    if (!isFresh()) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe" });
  });
}

/** A migrated and seeded database (places and the demo), cached by the content of its inputs. */
async function seededTemplate(): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of ["prisma/migrations", "prisma/seed"]) {
    for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).sort()) {
      const file = path.join(ROOT, dir, entry);
      if (statSync(file).isFile()) hash.update(entry).update(readFileSync(file));
    }
  }
  hash.update(readFileSync(path.join(ROOT, "prisma/seed.ts")));
  const template = path.join(CACHE, `seeded-${hash.digest("hex").slice(0, 16)}.db`);
  if (existsSync(template)) return template;
  await withLock("seed", () => {
    if (existsSync(template)) return;
    const scratch = `${template}.tmp`;
    rmSync(scratch, { force: true });
    const env = { ...process.env, DATABASE_URL: `file:${scratch}`, CHECKPOINT_DISABLE: "1", NODE_ENV: "development" as const };
    execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "pipe" });
    if (existsSync(path.join(ROOT, "scripts/reindex.ts"))) execFileSync("npx", ["tsx", "scripts/reindex.ts"], { cwd: ROOT, env, stdio: "pipe" });
    // One self-contained file: fold the WAL into it before copying.
    const database = new Database(scratch);
    database.pragma("wal_checkpoint(TRUNCATE)");
    database.pragma("journal_mode = DELETE");
    database.close();
    copyFileSync(scratch, template);
    rmSync(scratch, { force: true });
  });
  return template;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  databaseFile: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** Starts the same server again on the same database (after a crash or a stop). */
  restart(): Promise<RunningServer>;
  /** Stops the process if it still runs and removes its files. */
  cleanup(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse this database file instead of a fresh copy of the seeded template. */
  databaseFile?: string;
}

export async function startBuiltServer(options: StartOptions = {}): Promise<RunningServer> {
  await ensureBuild();
  const workDir = options.databaseFile ? path.dirname(options.databaseFile) : mkdtempSync(path.join(tmpdir(), "hang-viet-server-"));
  const databaseFile = options.databaseFile ?? path.join(workDir, "app.db");
  if (!options.databaseFile) copyFileSync(await seededTemplate(), databaseFile);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(BUILD_DIR, "server.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      APP_URL: url,
      DATABASE_URL: `file:${databaseFile}`,
      UPLOAD_DIR: path.join(workDir, "uploads"),
      SESSION_SECRET: "test-secret-" + randomBytes(12).toString("hex"),
      LOG_LEVEL: "info",
      BUILD_DIR,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));

  const deadline = Date.now() + 30_000;
  for (;;) {
    const state = await Promise.race([exited.then(() => "exited" as const), fetch(`${url}/healthz`).then((r) => (r.ok ? "up" : "down"), () => "down" as const)]);
    if (state === "up") break;
    if (state === "exited") throw new Error(`the server exited before it was healthy:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server was not healthy within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  const running: RunningServer = {
    url,
    port,
    databaseFile,
    child,
    output: () => output,
    exited,
    restart: () => startBuiltServer({ ...options, databaseFile }),
    async cleanup() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
      if (!options.databaseFile) rmSync(workDir, { recursive: true, force: true });
    },
  };
  return running;
}

/** A logged-in session for a seeded account, as the session module writes it. */
export function sessionCookieFor(databaseFile: string, email: string): string {
  const token = randomBytes(32).toString("base64url");
  const database = new Database(databaseFile, { timeout: 5_000 });
  try {
    const user = database.prepare("SELECT id FROM User WHERE email = ?").get(email) as { id: string } | undefined;
    if (!user) throw new Error(`no seeded user ${email}`);
    database
      .prepare("INSERT INTO Session (id, userId, expiresAt, createdAt) VALUES (?, ?, ?, ?)")
      .run(createHash("sha256").update(token).digest("hex"), user.id, new Date(Date.now() + 86_400_000).toISOString(), new Date().toISOString());
  } finally {
    database.close();
  }
  return `hv_session=${Buffer.from(JSON.stringify(token)).toString("base64")}`;
}

export const DEMO_EMAILS = {
  admin: "admin@hangviet.vn",
  officer: "canbo@hangviet.vn",
  partner: "doitac@hangviet.vn",
  owner: "doanhnghiep@hangviet.vn",
  household: "hokinhdoanh@hangviet.vn",
  staff: "nhanvien@hangviet.vn",
} as const;

/** Row counts of every table (FTS shadow tables excluded: they follow search_document). */
export function tableCounts(databaseFile: string): Record<string, number> {
  const database = new Database(databaseFile, { readonly: true, timeout: 5_000 });
  try {
    const tables = database
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%'")
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (database.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    database.close();
  }
}
