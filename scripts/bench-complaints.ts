// npm run bench:complaints — the complaint procedure under load, in two parts.
//
// 1. Modules on a generated database (BENCH_COMPLAINTS, default 10,000 complaints with their
//    contacts and timelines, 500 businesses, 5,000 products): filing throughput through
//    `fileComplaint` with BENCH_CONCURRENCY (default 20) filings in flight, the office queue,
//    tracking by code + PIN, and the public statistics.
// 2. HTTP against the production server (build/server.js on a copy of the seeded demo
//    database, as tests/support/built-server.ts starts it): a burst of BENCH_HTTP_FILINGS
//    (default 500) complaint submissions to /complaints/new, BENCH_CONCURRENCY at a time.
//    Target (issue #13): 0 errors, p99 < 1 s. BENCH_HTTP=0 skips this part.
//
// Prints one table per part and a JSON line. Numbers, not assertions: nothing here fails a build.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { rowInserter, seededRandom } from "./bench-support";

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 10_000);
const FILINGS = Number(process.env.BENCH_FILINGS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const HTTP_FILINGS = Number(process.env.BENCH_HTTP_FILINGS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BUSINESSES = 500;
/** Public demo products of prisma/seed/demo.ts that the HTTP burst complains about. */
const DEMO_PRODUCTS = ["dau-phong-rang-muoi", "nuoc-mam-ca-com-binh-minh", "banh-trang-nuong-dong-duong"];
const PRODUCTS = 5_000;
const PIN = "246810";
const DAY = 86_400_000;
const log = (message: string) => process.stderr.write(`${message}\n`);

const { random, pick } = seededRandom(20261130);

/** A distinct, valid tracking code for each n (Crockford base 32, as codes.server.ts makes them). */
function trackingCode(n: number): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  let value = n * 104_729 + 7_777_777;
  let symbols = "";
  for (let i = 0; i < 8; i++) {
    symbols = alphabet[value % 32] + symbols;
    value = Math.floor(value / 32);
  }
  return `KN-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

interface Row {
  what: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  extra: string;
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(1));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `work(i)` for i in 0..count-1 with at most `concurrency` in flight; per-call latencies and wall time. */
async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        try {
          await work(i);
        } catch (error) {
          errors++;
          if (errorSamples.length < 3) errorSamples.push(String(error).slice(0, 200));
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, errors, errorSamples, wallMs: performance.now() - started };
}

async function sample(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

function printTable(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  console.log("| what | n | p50 ms | p95 ms | p99 ms | |");
  console.log("|---|---:|---:|---:|---:|---|");
  for (const r of rows) console.log(`| ${r.what} | ${r.n} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.extra} |`);
}

// ───────────────────────────── part 1: modules ─────────────────────────────

async function benchModules(): Promise<Row[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hang-viet-bench-complaints-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  try {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
    const { db, dbReady } = await import("~/utils/db.server");
    const { hashPassword } = await import("~/modules/identity/password.server");
    const { fileComplaint, resolveTarget } = await import("~/modules/complaints/intake.server");
    const { officeQueue } = await import("~/modules/complaints/office.server");
    const { openComplaint, complainantView } = await import("~/modules/complaints/tracking.server");
    const { complaintStats } = await import("~/modules/complaints/stats.server");
    await dbReady;

    const started = performance.now();
    log(`› generating ${COMPLAINTS} complaints, ${BUSINESSES} businesses, ${PRODUCTS} products…`);
    // One real argon2id hash of the PIN serves every generated complaint: hashing 10,000 PINs
    // would only time argon2. Rows go straight through better-sqlite3 in one transaction.
    const pinHash = await hashPassword(PIN);
    const sqlite = new Database(file);
    const insert = rowInserter(sqlite);
    const communes = Array.from({ length: 60 }, (_, i) => String(20_000 + i));
    const parents = ["Nông sản", "Thủy sản", "Đồ uống", "Thủ công mỹ nghệ", "Dược liệu", "Bánh kẹo"];
    const end = Date.now();
    const codes: string[] = [];
    sqlite.transaction(() => {
      insert("Province", { code: "48", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", slug: "da-nang", placeType: "Thành phố Trung Ương" });
      communes.forEach((code, i) => insert("Commune", { code, name: `Xã ${i}`, folded: `xa ${i}`, provinceCode: "48" }));
      parents.forEach((nameVi, i) => insert("Category", { id: `c${i}`, slug: `c-${i}`, nameVi, nameEn: nameVi, position: i }));
      for (let i = 0; i < BUSINESSES; i++) {
        const createdAt = new Date(end - 400 * DAY);
        insert("Business", { id: `b${i}`, slug: `b-${i}`, name: `Cơ sở ${i}`, legalForm: "HOUSEHOLD", status: "VERIFIED", provinceCode: "48", communeCode: pick(communes), createdAt, updatedAt: createdAt });
      }
      for (let i = 0; i < PRODUCTS; i++) {
        const createdAt = new Date(end - 300 * DAY);
        insert("Product", { id: `p${i}`, slug: `p-${i}`, name: `Sản phẩm ${i}`, businessId: `b${i % BUSINESSES}`, categoryId: `c${i % parents.length}`, status: "APPROVED", createdAt, updatedAt: createdAt, publishedAt: createdAt });
      }
      for (let i = 0; i < COMPLAINTS; i++) {
        // Two years of complaints; the last three months still open in every state.
        const receivedAt = new Date(end - Math.floor(random() * 730 * DAY));
        const recent = end - receivedAt.getTime() < 90 * DAY;
        const status = recent ? pick(["RECEIVED", "NEEDS_INFO", "FORWARDED", "ANSWERED", "ESCALATED"] as const) : pick(["CLOSED", "CLOSED", "CLOSED", "REJECTED", "RESOLVED"] as const);
        const forwardedAt = status === "RECEIVED" || status === "NEEDS_INFO" || status === "REJECTED" ? null : new Date(receivedAt.getTime() + 2 * DAY);
        const answeredAt = forwardedAt && status !== "FORWARDED" && random() < 0.8 ? new Date(forwardedAt.getTime() + (1 + Math.floor(random() * 12)) * DAY) : null;
        const product = Math.floor(random() * PRODUCTS);
        const code = trackingCode(i);
        codes.push(code);
        insert("Complaint", {
          id: `k${i}`, code, pinHash, status, remedy: pick(["REFUND", "EXCHANGE", "REPAIR", "APOLOGY"]),
          subject: "Sản phẩm không đúng mô tả", description: "Hàng mua về bị hỏng, không đúng như quảng cáo trên bao bì.",
          descriptionRedacted: forwardedAt ? "Hàng mua về bị hỏng, không đúng như quảng cáo trên bao bì." : null,
          businessId: `b${product % BUSINESSES}`, productId: `p${product}`, provinceCode: "48", communeCode: pick(communes),
          vulnerable: random() < 0.15, receivedAt, forwardedAt, businessDueAt: forwardedAt ? new Date(forwardedAt.getTime() + 9 * DAY) : null,
          firstAnsweredAt: answeredAt, escalatedAt: status === "ESCALATED" ? new Date(receivedAt.getTime() + 14 * DAY) : null,
          outcome: status === "CLOSED" ? pick(["RESOLVED_WITH_RELIEF", "RESOLVED_WITHOUT_RELIEF", "NOT_RESOLVED", "WITHDRAWN"]) : null,
          closedAt: status === "CLOSED" || status === "REJECTED" ? new Date(receivedAt.getTime() + 20 * DAY) : null,
          createdAt: receivedAt, updatedAt: receivedAt,
        });
        insert("ComplainantContact", { complaintId: `k${i}`, name: `Người tiêu dùng ${i}`, phone: `09${String(10_000_000 + i).slice(-8)}`, createdAt: receivedAt });
        insert("ComplaintEvent", { id: `e${i}a`, complaintId: `k${i}`, kind: "filed", actorKind: "complainant", visibleToComplainant: 1, createdAt: receivedAt });
        if (forwardedAt) insert("ComplaintEvent", { id: `e${i}b`, complaintId: `k${i}`, kind: "forwarded", actorKind: "office", visibleToComplainant: 1, visibleToBusiness: 1, createdAt: forwardedAt });
        if (answeredAt) insert("ComplaintEvent", { id: `e${i}c`, complaintId: `k${i}`, kind: "business_reply", actorKind: "business", message: "Cơ sở xin lỗi và đề nghị đổi hàng.", visibleToComplainant: 1, visibleToBusiness: 1, createdAt: answeredAt });
      }
    })();
    sqlite.exec("ANALYZE");
    sqlite.close();
    log(`› generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const mail = { subject: (code: string) => `Đã nhận ${code}`, text: (code: string, pin: string) => `Mã ${code}, PIN ${pin}` };
    log(`› filing ${FILINGS} complaints, ${CONCURRENCY} at a time…`);
    const filing = await pool(FILINGS, CONCURRENCY, async (i) => {
      const form = {
        description: `Sản phẩm mua ngày ${1 + (i % 28)}/11 bị hỏng, bao bì rách, không đúng mô tả trên nhãn.`,
        remedy: "REFUND" as const,
        name: `Người phản ánh ${i}`,
        phone: `0905${String(100_000 + i).slice(-6)}`,
        ...(i % 3 === 0 ? { email: `nguoi${i}@example.vn` } : {}),
        consentShareContact: i % 2 === 0,
        vulnerable: i % 7 === 0,
        ...(i % 7 === 0 ? { vulnerableGroup: "ELDERLY" as const } : {}),
        productSlug: `p-${Math.floor(random() * PRODUCTS)}`,
      };
      await fileComplaint(db, { form, target: await resolveTarget(db, form), evidence: [], mail });
    });
    if (filing.errors) log(`  filing errors: ${filing.errorSamples.join(" | ")}`);

    const officer = { userId: "bench-officer", name: "Cán bộ", email: "canbo@example.vn", role: "OFFICER" as const, memberships: [] };
    const queue = (filters: Parameters<typeof officeQueue>[1]["filters"]) => sample(RUNS, () => officeQueue(db, { actor: officer, filters }));
    const queueAll = await queue({});
    const queueStatus = await queue({ status: "FORWARDED" });
    const queueCommune = await queue({ communeCode: communes[3]! });
    const queueOverdue = await queue({ overdue: true });

    log("› tracking…");
    // Each lookup is a fresh code + PIN check (argon2id verify) and the complainant's timeline.
    let lookup = 0;
    const tracking = await sample(RUNS * 2, async () => {
      const opened = await openComplaint(db, { code: codes[(lookup++ * 37) % codes.length]!, pin: PIN });
      if (!opened.ok) throw new Error(`tracking refused: ${opened.reason}`);
      await complainantView(db, opened.complaintId);
    });
    const wrongPin = await sample(RUNS, () => openComplaint(db, { code: codes[(lookup++ * 41) % codes.length]!, pin: "000000" }));
    const stats = await sample(Math.min(RUNS, 10), () => complaintStats(db));
    // What every filing pays before its transaction: the argon2id hash of the PIN.
    const pinHashing = await sample(RUNS, () => hashPassword(PIN));
    const total = await db.complaint.count();
    await db.$disconnect();

    const row = (what: string, samples: number[], extra = ""): Row => ({ what, n: samples.length, ...percentiles(samples), extra });
    return [
      row(`filing via fileComplaint (${CONCURRENCY} in flight)`, filing.latencies, `${((FILINGS / filing.wallMs) * 1000).toFixed(1)} complaints/s, ${filing.errors} errors`),
      row("office queue, no filter (≤ 500 rows, sorted)", queueAll),
      row("office queue, status = FORWARDED", queueStatus),
      row("office queue, one commune", queueCommune),
      row("office queue, overdue only", queueOverdue),
      row("tracking: code + PIN + timeline", tracking),
      row("tracking: wrong PIN (logged)", wrongPin),
      row(`public statistics over ${total} complaints`, stats),
      row("argon2id hash of the PIN (paid by every filing)", pinHashing),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ───────────────────────────── part 2: HTTP ─────────────────────────────

async function benchHttp(): Promise<Row[]> {
  const { startBuiltServer } = await import("../tests/support/built-server");
  log("› starting the production server (builds and seeds if stale)…");
  const server = await startBuiltServer({
    env: { DISABLE_WORKERS: "1", LOG_LEVEL: "warn", COMPLAINT_INTAKE_RATE_LIMIT: "1000000", AUTH_RATE_LIMIT: "1000000", GLOBAL_RATE_LIMIT: "1000000" },
  });
  try {
    const body = (i: number) =>
      new URLSearchParams({
        productSlug: pick(DEMO_PRODUCTS),
        description: `Sản phẩm mua hôm ${1 + (i % 28)}/11 bị hỏng, bao bì rách, không đúng mô tả.`,
        remedy: "EXCHANGE",
        name: `Người phản ánh ${i}`,
        phone: `0935${String(100_000 + i).slice(-6)}`,
        ...(i % 2 ? { consentShareContact: "on" } : {}),
        website_url: "",
      });
    // Warm-up: the first request loads the route modules.
    await fetch(`${server.url}/complaints/new`);
    log(`› ${HTTP_FILINGS} POST /complaints/new, ${CONCURRENCY} at a time…`);
    const burst = await pool(HTTP_FILINGS, CONCURRENCY, async (i) => {
      const response = await fetch(`${server.url}/complaints/new`, {
        method: "POST",
        headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: body(i),
      });
      const html = await response.text();
      if (response.status !== 200 || !/data-testid="complaint-code"[^>]*>KN-/.test(html)) throw new Error(`HTTP ${response.status}`);
    });
    if (burst.errors) log(`  HTTP errors: ${burst.errorSamples.join(" | ")}`);
    const database = new Database(server.databaseFile, { readonly: true });
    const stored = (database.prepare(`SELECT count(*) AS n FROM Complaint WHERE description LIKE 'Sản phẩm mua hôm%'`).get() as { n: number }).n;
    database.close();
    return [
      {
        what: `POST /complaints/new, production server (${CONCURRENCY} in flight)`,
        n: burst.latencies.length,
        ...percentiles(burst.latencies),
        extra: `${((HTTP_FILINGS / burst.wallMs) * 1000).toFixed(1)} complaints/s, ${burst.errors} errors, ${stored} stored; target 0 errors, p99 < 1000 ms`,
      },
    ];
  } finally {
    await server.cleanup();
  }
}

const loadBefore = os.loadavg()[0]!.toFixed(1);
const modules = await benchModules();
printTable(`npm run bench:complaints — modules, ${COMPLAINTS} generated complaints`, modules);
const http = process.env.BENCH_HTTP === "0" ? [] : await benchHttp();
if (http.length) printTable("npm run bench:complaints — HTTP burst", http);
// The machine may be shared: the load says how much of the time was waiting for a core.
console.log(`\n${os.cpus().length} cores; 1-minute load average ${loadBefore} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`);
console.log(JSON.stringify({ bench: "complaints", cores: os.cpus().length, loadAverage: os.loadavg()[0], complaints: COMPLAINTS, filings: FILINGS, httpFilings: HTTP_FILINGS, concurrency: CONCURRENCY, modules, http }));
