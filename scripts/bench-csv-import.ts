// Times a 500-row CSV import on a fresh database: `npx tsx scripts/bench-csv-import.ts`.
// Prints the time the import takes end to end (validation outside, one short transaction).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import Papa from "papaparse";

const file = `/tmp/hang-viet-bench-csv-${process.pid}.db`;
process.env.DATABASE_URL = `file:${file}`;
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env: process.env });

const { db, dbReady } = await import("~/utils/db.server");
const { importProductsCsv } = await import("~/modules/catalog/csv-import.server");
const { CSV_COLUMNS } = await import("~/modules/catalog/csv-import.schema");
const { createBusinessWithOwner, seedPlacesAndCategories } = await import("~/modules/catalog/test-factories");

await dbReady;
await seedPlacesAndCategories(db);
const header = CSV_COLUMNS.map((c) => c.header);
const text = (n: number, tag: string) =>
  Papa.unparse({
    fields: header,
    data: Array.from({ length: n }, (_, i) =>
      header.map((h) => ({ ten_san_pham: `Sản phẩm ${tag} số ${i + 1}`, ma_danh_muc: "nuoc-mam-gia-vi", gia_vnd: "85.000", don_vi: "chai 500 ml" })[h as string] ?? ""),
    ),
  });
for (const run of [1, 2, 3]) {
  const owner = await createBusinessWithOwner(db);
  const started = performance.now();
  const result = await importProductsCsv(db, { actor: owner.actor, businessId: owner.business.id, bytes: new TextEncoder().encode(text(500, `r${run}`)) });
  console.log(`run ${run}: ${result.created} drafts from 500 rows in ${Math.round(performance.now() - started)} ms`);
}
await db.$disconnect();
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
