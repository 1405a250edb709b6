// In-process background workers: drain the outbox every few seconds. Started once per
// process by entry.server; tests drain explicitly instead. On shutdown the timer stops, the
// tick in progress finishes, then the database connection closes (lifecycle.server.ts).
import { runCertificateExpiry } from "~/modules/certification/expiry.server";
import { expireHolds } from "~/modules/fairs/registrations.server";
import { sweepOrphanFiles } from "~/modules/files/lifecycle.server";
import { runComplaintJobs } from "~/modules/complaints/jobs.server";
import { deliverEmail } from "~/modules/notifications/mailer.server";
import { startSearchBackgroundWork } from "~/modules/search/index.server";
import { drainOutbox, type OutboxHandler } from "~/modules/notifications/outbox.server";
import { vnDateKey } from "./dates";
import { db, dbReady } from "./db.server";
import { onShutdown } from "./lifecycle.server";
import { logger } from "./logger.server";

const handlers: Record<string, OutboxHandler> = { email: deliverEmail };

/** Other modules (search, payments) add their outbox topics here at import. */
export function registerOutboxHandler(topic: string, handler: OutboxHandler) {
  handlers[topic] = handler;
}

const state = globalThis as unknown as {
  __workersStarted?: boolean;
  __workerTimer?: NodeJS.Timeout;
  __workerTick?: Promise<void>;
  __stopSearchWork?: () => void;
  __lastExpiryDay?: string;
  __lastSweepAt?: number;
};

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** The certificate job runs at the first tick of each Vietnamese day (and at boot); it is idempotent. */
async function runDailyJobs(now = new Date()) {
  const today = vnDateKey(now);
  if (state.__lastExpiryDay === today) return;
  const result = await runCertificateExpiry(db, now);
  logger.info({ ...(await runComplaintJobs(db, { now })), day: today }, "complaint jobs");
  state.__lastExpiryDay = today;
  logger.info({ ...result, day: today }, "certificate expiry job");
}

/** Hourly (and at boot): uploads whose transaction never committed, files nothing references. */
async function runHourlyJobs(now = Date.now()) {
  if (state.__lastSweepAt !== undefined && now - state.__lastSweepAt < SWEEP_EVERY_MS) return;
  state.__lastSweepAt = now;
  const result = await sweepOrphanFiles(db);
  if (result.rowsDeleted || result.bytesRemoved) logger.info(result, "orphan file sweep");
}

async function tick() {
  try {
    await dbReady;
    await runDailyJobs();
    await runHourlyJobs();
    await expireHolds(db);
    await drainOutbox(db, handlers);
  } catch (error) {
    logger.error({ err: error }, "outbox worker failed");
  }
}

export function startBackgroundWorkers(intervalMs = 3_000) {
  if (state.__workersStarted || process.env.NODE_ENV === "test" || process.env.DISABLE_WORKERS === "1") return;
  state.__workersStarted = true;
  state.__stopSearchWork = startSearchBackgroundWork();
  state.__workerTimer = setInterval(() => {
    if (state.__workerTick) return;
    state.__workerTick = tick().finally(() => {
      state.__workerTick = undefined;
    });
  }, intervalMs);
  state.__workerTimer.unref();
}

/** Stops scheduling work and waits for the tick in progress, so no delivery is cut in half. */
export async function stopBackgroundWorkers(): Promise<void> {
  if (state.__workerTimer) clearInterval(state.__workerTimer);
  state.__workerTimer = undefined;
  state.__stopSearchWork?.();
  state.__stopSearchWork = undefined;
  state.__workersStarted = false;
  await state.__workerTick;
}

// Workers first, then the connection they use.
onShutdown("background workers", stopBackgroundWorkers);
onShutdown("database", () => db.$disconnect());
