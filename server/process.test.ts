// The production process as an operator meets it: started as `node build/server.js`, stopped
// with SIGTERM (requests in flight finish, exit 0; exit 1 when the grace period runs out),
// killed with SIGKILL (nothing it acknowledged is lost), refusing the development secret.
import { spawnSync } from "node:child_process";
import { request as httpRequest, type ClientRequest } from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { DEVELOPMENT_SESSION_SECRET } from "../app/utils/env.server";
import { ensureBuild, startBuiltServer, type RunningServer } from "../tests/support/built-server";

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.cleanup()));
});

async function start(env: Record<string, string> = {}, databaseFile?: string) {
  const server = await startBuiltServer({ env: { DISABLE_WORKERS: "1", ...env }, ...(databaseFile ? { databaseFile } : {}) });
  running.push(server);
  return server;
}

/** A log-in POST whose body arrives in two parts: a request that is in flight for a while. */
function slowLogin(server: RunningServer): { request: ClientRequest; finish: () => void; status: Promise<number> } {
  const body = new URLSearchParams({ email: "nobody@example.vn", password: "sai-mat-khau-123" }).toString();
  let request!: ClientRequest;
  const status = new Promise<number>((resolve, reject) => {
    request = httpRequest(
      {
        hostname: "localhost",
        port: server.port,
        path: "/login",
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), Origin: server.url },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
  });
  request.write(body.slice(0, 10));
  return { request, finish: () => request.end(body.slice(10)), status };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("on SIGTERM finishes the request in flight, then exits 0 within the grace period", async () => {
  const server = await start();
  const slow = slowLogin(server);
  await sleep(300);
  const stoppedAt = Date.now();
  server.child.kill("SIGTERM");
  await sleep(700);
  // Stopped accepting: a new connection is refused while the old request still runs.
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  slow.finish();
  expect(await slow.status).toBe(401);
  expect(await server.exited).toBe(0);
  expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  expect(server.output()).toContain('"msg":"stopped"');
}, 60_000);

it("exits 1 when a request outlives the grace period", async () => {
  const server = await start({ SHUTDOWN_GRACE_MS: "1000" });
  const slow = slowLogin(server);
  slow.status.catch(() => undefined);
  await sleep(300);
  server.child.kill("SIGTERM");
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain("grace period");
  slow.request.destroy();
}, 60_000);

it("keeps an acknowledged sign-up when killed with SIGKILL right after", async () => {
  const server = await start();
  const email = `sigkill-${Date.now()}@example.vn`;
  const response = await fetch(`${server.url}/signup`, {
    method: "POST",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      name: "Trần Văn Bền",
      businessName: "Cơ sở nước mắm Bền Vững",
      legalForm: "HOUSEHOLD",
      email,
      password: "mat-khau-rat-dai-2026",
      confirmPassword: "mat-khau-rat-dai-2026",
      agree: "on",
    }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  server.child.kill("SIGKILL");
  expect(await server.exited).toBe("SIGKILL");

  const restarted = await server.restart();
  running.push(restarted);
  const database = new Database(restarted.databaseFile, { readonly: true });
  try {
    expect(database.prepare("SELECT email FROM User WHERE email = ?").get(email)).toEqual({ email });
  } finally {
    database.close();
  }
}, 90_000);

it("refuses to start in production with the development secret, in one sentence", async () => {
  await ensureBuild();
  const result = spawnSync(process.execPath, [path.resolve("build/server.js")], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", SESSION_SECRET: DEVELOPMENT_SESSION_SECRET },
    encoding: "utf8",
    timeout: 20_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe(
    "SESSION_SECRET is the development secret, which must not be used in production: set your own or unset it to use a generated one.",
  );
}, 30_000);
