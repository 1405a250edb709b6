// First-contentful-paint of a first visit on a cheap phone on Slow 3G, measured in Chromium
// through CDP: Network.emulateNetworkConditions (400 kbit/s down and up, 400 ms round trip) and
// Emulation.setCPUThrottlingRate 4, an empty cache for every load (a fresh browser context).
// Prints FCP, when the page became interactive (hydrated) and the bytes it fetched, median of
// RUNS loads per page. Issue #16 target: FCP < 3 s.
//
//   npm run bench:fcp                         builds nothing; serves ./build on a seeded copy
//   BASE_URL=http://localhost:3000 npm run bench:fcp   measures a server that is already running
//   RUNS=5 BENCH_PORT=4391 npm run bench:fcp
import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { chromium, type Browser } from "playwright-core";

const RUNS = Number(process.env.RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;

async function waitForHealth(base: string, server: ChildProcess) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy in 3 minutes");
}

function verificationCode(port: number): string {
  const db = new Database(`data/e2e-${port}.db`, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT verificationCode FROM Certificate WHERE status = 'ACTIVE' ORDER BY number LIMIT 1").get() as
      | { verificationCode: string }
      | undefined;
    if (!row) throw new Error("no active certificate in the seeded database");
    return row.verificationCode;
  } finally {
    db.close();
  }
}

interface Sample {
  fcp: number;
  hydrated: number;
  kb: number;
  requests: number;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    requests++;
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForSelector("html[data-hydrated]", { timeout: 120_000 });
  const hydrated = Date.now() - start;
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const entry = performance.getEntriesByName("first-contentful-paint")[0];
        if (entry) return resolve(entry.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: "paint", buffered: true });
      }),
  );
  await context.close();
  return { fcp, hydrated, kb: bytes / 1024, requests };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  let server: ChildProcess | undefined;
  let base = process.env.BASE_URL;
  let codePort = PORT;
  if (!base) {
    base = `http://localhost:${PORT}`;
    server = spawn("bash", ["scripts/e2e-server.sh", String(PORT)], { stdio: ["ignore", "ignore", "inherit"], detached: true });
    await waitForHealth(base, server);
  } else {
    codePort = Number(new URL(base).port);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const pages = ["/", "/products", "/sales-points", `/verify/${verificationCode(codePort)}`];
    console.log(`Slow 3G (400 kbit/s, 400 ms RTT), CPU ×${CPU_SLOWDOWN}, 360×740, empty cache; median of ${RUNS}`);
    console.log(`${"page".padEnd(34)} ${"FCP".padStart(8)} ${"hydrated".padStart(9)} ${"fetched".padStart(9)} requests`);
    for (const path of pages) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await measure(browser, base + path));
      const fcp = median(samples.map((sample) => sample.fcp));
      const label = path.length > 34 ? `${path.slice(0, 31)}…` : path;
      console.log(
        `${label.padEnd(34)} ${`${(fcp / 1000).toFixed(2)} s`.padStart(8)} ${`${(median(samples.map((s) => s.hydrated)) / 1000).toFixed(1)} s`.padStart(9)} ${`${median(samples.map((s) => s.kb)).toFixed(0)} KB`.padStart(9)} ${median(samples.map((s) => s.requests))}${fcp >= 3000 ? "  over 3 s" : ""}`,
      );
    }
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
}

await main();
