// Helpers the benchmark scripts share: reproducible "random" data, fast row inserts, the
// production process's node flags.
import { readFileSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";

/** A seeded generator (mulberry32): the same seed gives the same data on every run. */
export function seededRandom(initialSeed: number) {
  let seed = initialSeed;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { random, pick };
}

/**
 * Inserts rows straight through better-sqlite3 (Prisma's createMany takes minutes for
 * hundreds of thousands of rows), one prepared statement per table and column list. Dates are
 * written as ISO text with "+00:00" and booleans as 0/1, as Prisma stores them.
 */
export function rowInserter(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
  return (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(",")}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      statements.set(key, statement);
    }
    statement.run(
      ...columns.map((c) => {
        const v = row[c];
        return v instanceof Date ? iso(v) : typeof v === "boolean" ? Number(v) : v;
      }),
    );
  };
}

/** The V8 flags `npm start` gives the production process (server/node-flags), so a benchmark measures what runs. */
export function productionNodeFlags(): string[] {
  return readFileSync(path.resolve(import.meta.dirname, "../server/node-flags"), "utf8").split(/\s+/).filter(Boolean);
}
