// The HTTP process. Compiled to build/server.js (`npm run build`) and started as `node` itself,
// so SIGTERM reaches this code: it stops accepting, lets requests in flight finish, stops the
// background workers, closes the database and exits 0 — or exits 1 when the grace period
// (SHUTDOWN_GRACE_MS, 10 s) runs out. The environment is validated here, before anything else.
import { createServer } from "node:http";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { env, EnvironmentError, type Env } from "./app/utils/env.server";
import { runShutdownHooks } from "./app/utils/lifecycle.server";
import { logger } from "./app/utils/logger.server";
import { createApp } from "./server/app";

function loadEnvironment(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadEnvironment();
const production = config.NODE_ENV === "production";

const viteDevServer = production
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));
const build = production ? ((await import(path.resolve(config.BUILD_DIR, "server/index.js"))) as ServerBuild) : undefined;

const { handle, dispose } = createApp({ env: config, logger, ...(build ? { build } : {}), ...(viteDevServer ? { viteDevServer } : {}) });

const server = createServer(handle).listen(config.PORT, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  logger.info({ port, pid: process.pid, mode: production ? "production" : "development" }, `Hàng Việt on http://localhost:${port}`);
});

let stopping = false;

async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  const graceMs = config.SHUTDOWN_GRACE_MS;
  logger.info({ signal, graceMs }, "shutting down: no new connections, finishing requests in flight");
  setTimeout(() => {
    logger.error({ graceMs }, "requests still running after the grace period: exiting without finishing them");
    process.exit(1);
  }, graceMs);

  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections become idle once their response is sent: close them as they do.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  await drained;
  clearInterval(closeIdle);

  await runShutdownHooks((name, error) => logger.error({ err: error, hook: name }, "shutdown step failed"));
  dispose();
  await viteDevServer?.close();
  logger.info("stopped");
  process.exit(0);
}

process.on("SIGTERM", (signal) => void shutdown(signal));
process.on("SIGINT", (signal) => void shutdown(signal));
