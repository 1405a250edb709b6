// Builds one migrated template database per test run; each test file copies it (db-setup.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const TEMPLATE_DB = path.resolve("tests/.tmp/template.db");

export default function setup() {
  mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(TEMPLATE_DB + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}`, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return () => rmSync(path.resolve("tests/.tmp"), { recursive: true, force: true });
}
