// `node scripts/migrate.mjs`: applies pending migrations, and only when some are pending.
// `prisma migrate deploy` needs the database's write lock even when nothing is pending, and
// while another process (a running server) uses the file it fails with an unreadable
// "WASM_ERROR … SocketTimeout". So: read `_prisma_migrations` directly; if every migration
// folder is applied, say so and stop; otherwise run `migrate deploy`, retrying while the
// database is busy, and end with one plain sentence if it stays busy.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/hang-viet.db";
const file = databaseUrl.replace(/^file:/, "");
const migrationsDir = "prisma/migrations";
const attempts = Number(process.env.MIGRATE_ATTEMPTS ?? 15);
const waitMs = Number(process.env.MIGRATE_WAIT_MS ?? 2_000);

function migrationFolders() {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export function pendingMigrations() {
  const folders = migrationFolders();
  if (!existsSync(file)) return folders;
  const database = new Database(file, { readonly: true, timeout: 5_000 });
  try {
    const table = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return folders;
    const applied = new Set(
      database
        .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
        .all()
        .map((row) => row.migration_name),
    );
    return folders.filter((name) => !applied.has(name));
  } finally {
    database.close();
  }
}

const busy = (output) => /SocketTimeout|database is locked|SQLITE_BUSY|busy/i.test(output);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  let announced = false;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let output;
    try {
      const pending = pendingMigrations();
      if (pending.length === 0) {
        console.log(`› database ${file} is up to date: nothing to migrate`);
        return;
      }
      if (!announced) console.log(`› applying ${pending.length} migration(s): ${pending.join(", ")}`);
      announced = true;
      const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
      });
      if (result.status === 0) return;
      output = `${result.stdout}\n${result.stderr}`;
    } catch (error) {
      output = String(error?.code ?? "") + " " + String(error?.message ?? error);
    }
    if (!busy(output)) {
      process.stderr.write(`${output}\n`);
      console.error(`Applying the migrations to ${file} failed; the output of prisma migrate deploy is above.`);
      process.exit(1);
    }
    console.log(`› the database is busy (another process is using ${file}); waiting (${attempt}/${attempts})…`);
    await sleep(waitMs);
  }
  console.error(`Could not migrate ${file} because another process keeps it busy: stop the other server using it and start again.`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
