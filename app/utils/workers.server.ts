// In-process background workers: drain the outbox every few seconds. Started once per
// process by entry.server; tests drain explicitly instead.
import { runCertificateExpiry } from "~/modules/certification/expiry.server";
import { runComplaintJobs } from "~/modules/complaints/jobs.server";
import { deliverEmail } from "~/modules/notifications/mailer.server";
import { startSearchBackgroundWork } from "~/modules/search/index.server";
import { drainOutbox, type OutboxHandler } from "~/modules/notifications/outbox.server";
import { vnDateKey } from "./dates";
import { db, dbReady } from "./db.server";
import { logger } from "./logger.server";

const handlers: Record<string, OutboxHandler> = { email: deliverEmail };

/** Other modules (search, payments) add their outbox topics here at import. */
export function registerOutboxHandler(topic: string, handler: OutboxHandler) {
  handlers[topic] = handler;
}

const state = globalThis as unknown as { __workersStarted?: boolean; __workerTimer?: NodeJS.Timeout; __lastExpiryDay?: string };

/** The certificate job runs at the first tick of each Vietnamese day (and at boot); it is idempotent. */
async function runDailyJobs(now = new Date()) {
  const today = vnDateKey(now);
  if (state.__lastExpiryDay === today) return;
  const result = await runCertificateExpiry(db, now);
  logger.info({ ...(await runComplaintJobs(db, { now })), day: today }, "complaint jobs");
  state.__lastExpiryDay = today;
  logger.info({ ...result, day: today }, "certificate expiry job");
}

export function startBackgroundWorkers(intervalMs = 3_000) {
  if (state.__workersStarted || process.env.NODE_ENV === "test" || process.env.DISABLE_WORKERS === "1") return;
  state.__workersStarted = true;
  startSearchBackgroundWork();
  let running = false;
  state.__workerTimer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await dbReady;
      await runDailyJobs();
      await drainOutbox(db, handlers);
    } catch (error) {
      logger.error({ err: error }, "outbox worker failed");
    } finally {
      running = false;
    }
  }, intervalMs);
  state.__workerTimer.unref();
}

export function stopBackgroundWorkers() {
  if (state.__workerTimer) clearInterval(state.__workerTimer);
  state.__workersStarted = false;
}
