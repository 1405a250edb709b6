// npm run bench:reports — time to build the yearly evaluation report and the office dashboard
// on a generated database with five years of activity: 10,000 businesses, 100,000 products,
// 5,000 sales points, 500 fairs with 20,000 registrations, 50,000 complaints (sizes can be
// changed with BENCH_SCALE=0.1 etc.). Prints median and worst of BENCH_RUNS runs (default 7).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { rowInserter, seededRandom } from "./bench-support";

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const N = {
  businesses: Math.round(10_000 * SCALE),
  products: Math.round(100_000 * SCALE),
  salesPoints: Math.round(5_000 * SCALE),
  fairs: Math.round(500 * SCALE),
  registrations: Math.round(20_000 * SCALE),
  complaints: Math.round(50_000 * SCALE),
};
const log = (message: string) => process.stderr.write(`${message}\n`);

const { random, pick } = seededRandom(20261130);
const FIVE_YEARS_MS = 5 * 365 * 86_400_000;
const END = Date.parse("2026-11-30T00:00:00Z");
const when = () => new Date(END - Math.floor(random() * FIVE_YEARS_MS));

const dir = mkdtempSync(path.join(os.tmpdir(), "hang-viet-bench-reports-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;
try {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
  const { db, dbReady } = await import("~/utils/db.server");
  const { buildReport } = await import("~/modules/reports/report.server");
  const { officeDashboard } = await import("~/modules/reports/dashboard.server");
  const { yearPeriod } = await import("~/modules/reports/period");
  await dbReady;

  const started = performance.now();
  log(`› generating ${JSON.stringify(N)}…`);
  // Written straight through better-sqlite3 in one transaction: Prisma's createMany would take
  // many minutes for 200,000 rows. Dates are ISO text with "+00:00", as Prisma stores them.
  const sqlite = new Database(file);
  const insert = rowInserter(sqlite);
  const communes = Array.from({ length: 60 }, (_, i) => String(20_000 + i));
  const categories = ["Nông sản", "Thủy sản", "Đồ uống", "Thủ công mỹ nghệ", "Dược liệu", "Bánh kẹo"].map((nameVi, i) => ({ id: `c${i}`, nameVi }));
  const legalForms = ["ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD"] as const;
  const now = new Date(END);
  sqlite.transaction(() => {
    insert("Province", { code: "48", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", slug: "da-nang", placeType: "Thành phố Trung Ương" });
    communes.forEach((code, i) => insert("Commune", { code, name: `Xã ${i}`, folded: `xa ${i}`, provinceCode: "48" }));
    categories.forEach((c, i) => insert("Category", { id: c.id, slug: `c-${i}`, nameVi: c.nameVi, nameEn: c.nameVi, position: i }));
    for (let i = 0; i < N.businesses; i++) {
      const createdAt = when();
      const verified = random() < 0.8;
      insert("Business", {
        id: `b${i}`, slug: `b-${i}`, name: `Cơ sở ${i}`, legalForm: pick(legalForms),
        status: verified ? "VERIFIED" : pick(["PENDING", "DRAFT", "REJECTED"]), provinceCode: "48", communeCode: pick(communes),
        createdAt, updatedAt: createdAt, verifiedAt: verified ? new Date(createdAt.getTime() + 3 * 86_400_000) : null,
      });
    }
    let certificateNo = 0;
    for (let i = 0; i < N.products; i++) {
      const createdAt = when();
      const published = random() < 0.7;
      const businessId = `b${Math.floor(random() * N.businesses)}`;
      insert("Product", {
        id: `p${i}`, slug: `p-${i}`, name: `Sản phẩm ${i}`, businessId, categoryId: pick(categories).id,
        status: published ? "APPROVED" : pick(["DRAFT", "SUBMITTED", "UNPUBLISHED"]), createdAt, updatedAt: createdAt,
        publishedAt: published ? new Date(createdAt.getTime() + 5 * 86_400_000) : null,
      });
      if (random() < 0.3) {
        const issuedOn = when();
        const ocop = random() < 0.6;
        insert("Certificate", {
          id: `pc${certificateNo}`, kind: ocop ? "OCOP" : "HVNCLC", stars: ocop ? pick([3, 3, 3, 4, 4, 5]) : null, number: `CN-${certificateNo}`, issuer: "UBND",
          verificationCode: `P${certificateNo++}`, businessId, productId: `p${i}`, issuedOn, expiresOn: new Date(issuedOn.getTime() + 3 * 365 * 86_400_000),
          status: pick(["ACTIVE", "ACTIVE", "ACTIVE", "EXPIRED", "REVOKED"]), statusChangedAt: issuedOn, createdAt: issuedOn, updatedAt: issuedOn,
        });
      }
    }
    for (let i = 0; i < N.salesPoints; i++) {
      const createdAt = when();
      const businessId = `b${Math.floor(random() * N.businesses)}`;
      insert("SalesPoint", { id: `s${i}`, businessId, name: `Điểm bán ${i}`, provinceCode: "48", communeCode: pick(communes), streetAddress: `${i} Lê Lợi`, vietGoodsShare: 85, status: "CERTIFIED", createdAt, updatedAt: createdAt });
      insert("SalesPointApplication", { id: `sa${i}`, salesPointId: `s${i}`, status: "CERTIFIED", createdAt });
      insert("Certificate", {
        id: `sc${i}`, kind: "SALES_POINT", number: `DB-${i}`, issuer: "Phòng Kinh tế", verificationCode: `S${i}`, businessId, salesPointId: `s${i}`,
        issuedOn: createdAt, expiresOn: new Date(createdAt.getTime() + 2 * 365 * 86_400_000), status: "ACTIVE", createdAt, updatedAt: createdAt,
      });
    }
    for (let f = 0; f < N.fairs; f++) {
      const startsAt = when();
      insert("Fair", {
        id: `f${f}`, slug: `f-${f}`, name: `Hội chợ ${f}`, venue: "Nhà văn hóa", provinceCode: "48", communeCode: pick(communes), startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 86_400_000), registrationOpensAt: new Date(startsAt.getTime() - 30 * 86_400_000),
        registrationClosesAt: new Date(startsAt.getTime() - 86_400_000), status: startsAt < now ? "FINISHED" : "PUBLISHED", createdAt: startsAt, updatedAt: startsAt,
      });
      insert("BoothType", { id: `bt${f}`, fairId: `f${f}`, name: "Gian 3×3 m", widthM: 3, depthM: 3, feeVnd: 1_500_000 });
    }
    const seen = new Set<string>();
    for (let i = 0; i < N.registrations; i++) {
      const fairId = `f${i % N.fairs}`;
      const businessId = `b${(i * 7919) % N.businesses}`;
      if (seen.has(`${fairId}/${businessId}`)) continue;
      seen.add(`${fairId}/${businessId}`);
      const createdAt = when();
      insert("FairRegistration", { id: `r${i}`, fairId, boothTypeId: `bt${i % N.fairs}`, businessId, status: pick(["APPROVED", "APPROVED", "CANCELLED", "WAITLISTED"]), feeVnd: 1_500_000, createdAt, updatedAt: createdAt });
    }
    const DAY = 86_400_000;
    for (let i = 0; i < N.complaints; i++) {
      const receivedAt = when();
      const status = pick(["RECEIVED", "FORWARDED", "ANSWERED", "ESCALATED", "CLOSED"] as const);
      const forwardedAt = status === "RECEIVED" ? null : new Date(receivedAt.getTime() + 2 * DAY);
      const answeredAt = status === "ANSWERED" || status === "CLOSED" ? new Date(receivedAt.getTime() + (3 + Math.floor(random() * 12)) * DAY) : null;
      const id36 = i.toString(36).toUpperCase().padStart(8, "0");
      insert("Complaint", {
        id: `k${i}`, code: `KN-${id36.slice(0, 4)}-${id36.slice(4)}`, pinHash: "!", status, remedy: "REFUND",
        subject: "Sản phẩm không đúng mô tả", description: "Mô tả", businessId: `b${Math.floor(random() * N.businesses)}`, communeCode: pick(communes),
        vulnerable: random() < 0.2, receivedAt, forwardedAt, businessDueAt: forwardedAt ? new Date(forwardedAt.getTime() + 9 * DAY) : null,
        firstAnsweredAt: answeredAt, escalatedAt: status === "ESCALATED" ? new Date(receivedAt.getTime() + 14 * DAY) : null,
        outcome: status === "CLOSED" ? "RESOLVED_WITH_RELIEF" : null, closedAt: status === "CLOSED" ? new Date(receivedAt.getTime() + 20 * DAY) : null,
        createdAt: receivedAt, updatedAt: receivedAt,
      });
    }
  })();
  sqlite.exec("ANALYZE");
  sqlite.close();
  log(`› generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const time = async (label: string, run: () => Promise<unknown>) => {
    await run(); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return { label, medianMs: Number(samples[Math.floor(samples.length / 2)]!.toFixed(1)), worstMs: Number(samples.at(-1)!.toFixed(1)) };
  };
  const officer = { userId: "bench", name: "Bench", email: "bench@example.vn", role: "OFFICER" as const, memberships: [] };
  const results = [
    await time("yearly report 2026 (all communes, with 2025 beside it)", () => buildReport(db, { period: yearPeriod(2026), communeCodes: null })),
    await time("yearly report 2026 (5 communes)", () => buildReport(db, { period: yearPeriod(2026), communeCodes: communes.slice(0, 5) })),
    await time("office dashboard (all communes)", () => officeDashboard(db, { actor: officer, communeCodes: null })),
    await time("office dashboard (1 commune)", () => officeDashboard(db, { actor: officer, communeCodes: [communes[0]!] })),
  ];
  console.log("\nnpm run bench:reports —", JSON.stringify(N));
  console.log("| what | median ms | worst ms | target |");
  console.log("|---|---|---|---|");
  for (const r of results) console.log(`| ${r.label} | ${r.medianMs} | ${r.worstMs} | < 1000 |`);
  console.log(JSON.stringify({ bench: "reports", sizes: N, runs: RUNS, results }));
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
