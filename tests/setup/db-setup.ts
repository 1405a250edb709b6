// A fresh database per test file: a copy of the migrated template, removed afterwards.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

const template = path.resolve("tests/.tmp/template.db");
const file = path.resolve(`tests/.tmp/test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";

afterAll(async () => {
  const { db } = await import("~/utils/db.server");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
});
