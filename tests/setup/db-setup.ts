// A fresh database and upload folder per test file: a copy of the migrated template and an
// empty temporary folder, both removed afterwards.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const template = process.env.TEST_TEMPLATE_DB;
if (!template) throw new Error("TEST_TEMPLATE_DB is not set: run tests through vitest.config.ts");
const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
const uploadDir = mkdtempSync(path.join(tmpdir(), "hang-viet-test-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

afterAll(async () => {
  const { db, dbReady } = await import("~/utils/db.server");
  // The pragmas run when db.server is first imported; let them finish before closing.
  await dbReady.catch(() => undefined);
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  rmSync(uploadDir, { recursive: true, force: true });
});
