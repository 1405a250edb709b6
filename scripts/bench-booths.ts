// `npm run bench:booths`: 200 verified businesses register at the same moment for a fair with
// 50 booths of one type, against the production server on a temporary database, through real
// HTTP with real sessions. Prints allocated / waitlisted / errors and p50 / p95 / p99 latency.
// Target (issue #10): exactly 50 / 150 / 0, p99 < 500 ms. `--no-build` reuses ./build.
// BENCH_CPU_PROF=<dir> runs the server under `node --cpu-prof` and leaves its .cpuprofile there
// (summarise with `npx tsx scripts/cpuprofile-summary.ts <file> [rows] --from=<ms>`).
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const BUSINESSES = 200;
const BOOTHS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3399);
const dir = path.resolve(`data/bench-booths-${process.pid}`);
const file = path.join(dir, "bench.db");
const env = { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" };
const id = () => `b${randomBytes(12).toString("hex")}`;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

function prepare() {
  mkdirSync(dir, { recursive: true });
  if (!process.argv.includes("--no-build")) execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore" });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...env, SEED_DEMO: "false" }, stdio: "ignore" });
  const db = new Database(file);
  const commune = db.prepare("SELECT code, provinceCode FROM Commune ORDER BY code LIMIT 1").get() as { code: string; provinceCode: string };
  const now = new Date();
  const fairId = id();
  const typeId = id();
  const slug = `bench-${Date.now().toString(36)}`;
  const cookies: string[] = [];
  db.transaction(() => {
    db.prepare(
      `INSERT INTO Fair (id, slug, name, venue, provinceCode, communeCode, startsAt, endsAt, registrationOpensAt, registrationClosesAt, status, planWidth, planDepth, updatedAt)
       VALUES (?, ?, 'Hội chợ benchmark', 'Nhà văn hóa', ?, ?, ?, ?, ?, ?, 'PUBLISHED', 200, 20, ?)`,
    ).run(fairId, slug, commune.provinceCode, commune.code, iso(new Date(now.getTime() + 10 * 86_400_000)), iso(new Date(now.getTime() + 12 * 86_400_000)), iso(new Date(now.getTime() - 86_400_000)), iso(new Date(now.getTime() + 5 * 86_400_000)), iso(now));
    db.prepare("INSERT INTO BoothType (id, fairId, name, widthM, depthM, feeVnd) VALUES (?, ?, 'Gian 3×3 m', 3, 3, 1500000)").run(typeId, fairId);
    const booth = db.prepare("INSERT INTO Booth (id, fairId, boothTypeId, code, x, y) VALUES (?, ?, ?, ?, ?, ?)");
    for (let i = 0; i < BOOTHS; i++) booth.run(id(), fairId, typeId, `A${String(i + 1).padStart(2, "0")}`, (i % 60) * 3, 2);
    const user = db.prepare("INSERT INTO User (id, email, name, passwordHash, role, updatedAt) VALUES (?, ?, ?, 'x', 'BUSINESS', ?)");
    const business = db.prepare("INSERT INTO Business (id, slug, legalForm, name, status, provinceCode, communeCode, email, updatedAt) VALUES (?, ?, 'ENTERPRISE', ?, 'VERIFIED', ?, ?, ?, ?)");
    const member = db.prepare("INSERT INTO BusinessMembership (userId, businessId, role) VALUES (?, ?, 'OWNER')");
    const session = db.prepare("INSERT INTO Session (id, userId, expiresAt, createdAt, userAgent) VALUES (?, ?, ?, ?, 'bench')");
    for (let i = 0; i < BUSINESSES; i++) {
      const userId = id();
      const businessId = id();
      user.run(userId, `bench-${i}@example.vn`, `Chủ ${i}`, iso(now));
      business.run(businessId, `bench-dn-${i}`, `Doanh nghiệp ${i}`, commune.provinceCode, commune.code, `dn-${i}@example.vn`, iso(now));
      member.run(userId, businessId);
      const token = randomBytes(32).toString("base64url");
      // a session as the log-in makes it (30 days): younger than half its life, so no request
      // pays for the sliding-expiry write a returning user pays once a fortnight
      session.run(createHash("sha256").update(token).digest("hex"), userId, iso(new Date(now.getTime() + 30 * 86_400_000)), iso(now));
      cookies.push(`hv_session=${encodeURIComponent(Buffer.from(JSON.stringify(token)).toString("base64"))}`);
    }
  })();
  db.close();
  return { fairId, typeId, slug, cookies };
}

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

/**
 * CPU time (user + system, ms) used so far by the processes of a process group: the server and
 * whatever launched it. On a shared machine it tells the server's own cost apart from waiting.
 */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // after "pid (comm) ": state ppid pgrp … utime (14th field overall) stime (15th)
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const { fairId, typeId, slug, cookies } = prepare();
  const origin = `http://localhost:${PORT}`;
  const profileDir = process.env.BENCH_CPU_PROF;
  // the same server either way; with a profile, node runs it directly so the profile is its own
  const [command, args] = profileDir
    ? ["node", ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`, "--import", "tsx", "server.ts"]]
    : ["npx", ["tsx", "server.ts"]];
  const server = spawn(command, args, {
    env: { ...env, NODE_ENV: "production", PORT: String(PORT), APP_URL: origin, DISABLE_WORKERS: "1", GLOBAL_RATE_LIMIT: "1000000", AUTH_RATE_LIMIT: "1000000", LOG_LEVEL: "warn" },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForServer(`${origin}/healthz`);
    // one warm-up request so the first registration does not pay for module loading
    await fetch(`${origin}/fairs/${slug}`);
    // Each registrant's clock runs from sending the form to reading the page that tells the
    // outcome (the redirect target with its flash message): what a person waits for.
    const decided: number[] = [];
    const experienced: number[] = [];
    // the server's own account of each POST (Server-Timing): its time in the handler and its SQL
    const serverTotal: number[] = [];
    const queries: number[] = [];
    const pageQueries: number[] = [];
    let errors = 0;
    const statuses: Record<number, number> = {};
    const cpuBefore = groupCpuMs(server.pid!);
    const burstStarted = performance.now();
    await Promise.all(
      cookies.map(async (cookie) => {
        const started = performance.now();
        try {
          const response = await fetch(`${origin}/business/fairs/${slug}`, {
            method: "POST",
            redirect: "manual",
            headers: { Cookie: cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ boothTypeId: typeId }).toString(),
          });
          await response.arrayBuffer();
          decided.push(performance.now() - started);
          const timing = response.headers.get("Server-Timing") ?? "";
          const total = /total;dur=([\d.]+)/.exec(timing);
          const sql = /SQL, (\d+) queries/.exec(timing);
          if (total) serverTotal.push(Number(total[1]));
          if (sql) queries.push(Number(sql[1]));
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          if (response.status !== 302) {
            errors++;
            return;
          }
          const flash = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
          const page = await fetch(new URL(response.headers.get("Location")!, origin), { headers: { Cookie: [cookie, flash].filter(Boolean).join("; ") } });
          const html = await page.text();
          const pageSql = /SQL, (\d+) queries/.exec(page.headers.get("Server-Timing") ?? "");
          if (pageSql) pageQueries.push(Number(pageSql[1]));
          if (!page.ok || !/role="status"|role="alert"/.test(html)) errors++;
          experienced.push(performance.now() - started);
        } catch {
          errors++;
        }
      }),
    );
    const burstMs = performance.now() - burstStarted;
    const burstCpuMs = groupCpuMs(server.pid!) - cpuBefore;
    const db = new Database(file, { readonly: true });
    const count = (status: string) => (db.prepare("SELECT COUNT(*) AS n FROM FairRegistration WHERE fairId = ? AND status = ?").get(fairId, status) as { n: number }).n;
    const doubled = (db.prepare("SELECT COUNT(*) AS n FROM (SELECT boothId FROM FairRegistration WHERE fairId = ? AND status IN ('PENDING','APPROVED') GROUP BY boothId HAVING COUNT(*) > 1)").get(fairId) as { n: number }).n;
    const allocated = count("PENDING");
    const waitlisted = count("WAITLISTED");
    db.close();
    const line = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      if (!sorted.length) return `${label}: no answers`;
      return `${label} ms  p50 ${percentile(sorted, 50).toFixed(0)}  p95 ${percentile(sorted, 95).toFixed(0)}  p99 ${percentile(sorted, 99).toFixed(0)}  max ${sorted.at(-1)!.toFixed(0)}`;
    };
    console.log(`requests ${cookies.length} (HTTP ${JSON.stringify(statuses)})`);
    console.log(`allocated ${allocated}  waitlisted ${waitlisted}  errors ${errors}  double-booked booths ${doubled}`);
    console.log(line("decision (POST → 302)        ", decided));
    console.log(line("registrant (POST → result page)", experienced));
    console.log(line("server time of a POST (Server-Timing total)", serverTotal));
    const distinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b).join(", ");
    // Prisma statements only: the hot reads (ADR 0027) run on their own connection, untimed
    if (queries.length) console.log(`Prisma statements per POST outside the batch transaction: ${distinct(queries)}; per result page: ${distinct(pageQueries)}`);
    console.log(`server CPU during the burst ${burstCpuMs} ms: ${(burstCpuMs / cookies.length).toFixed(1)} ms per registration and its result page`);
    console.log(`throughput ${((cookies.length / burstMs) * 1000).toFixed(0)} registrations/s (burst of ${cookies.length} in ${burstMs.toFixed(0)} ms)`);
    const ok = allocated === BOOTHS && waitlisted === BUSINESSES - BOOTHS && errors === 0 && doubled === 0;
    console.log(ok ? "target counts met" : "TARGET COUNTS MISSED");
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
