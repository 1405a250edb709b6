// Builds one migrated template database per test run; each test file copies it (db-setup.ts).
// The template lives in a folder of its own per run, so concurrent runs never collide.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export default function setup() {
  const dir = path.resolve(`tests/.tmp/run-${process.pid}-${Date.now().toString(36)}`);
  const template = path.join(dir, "template.db");
  mkdirSync(dir, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}`, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  // Workers are forked after global setup and inherit this.
  process.env.TEST_TEMPLATE_DB = template;
  return () => rmSync(dir, { recursive: true, force: true });
}
