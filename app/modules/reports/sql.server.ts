// Aggregate SQL for reports: one pass over a table counts several figures at once
// (SUM(CASE …)), instead of one Prisma count per figure. Prisma stores DateTime in SQLite as
// ISO text with "+00:00", so instants compare as text in that same form.
import type { Db } from "~/utils/db.server";

export function isoText(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** `column IN (?, ?, …)` for a commune scope, or a true condition for all communes. */
export function communeFilter(column: string, codes: string[] | null): { sql: string; params: string[] } {
  if (!codes) return { sql: "1", params: [] };
  if (!codes.length) return { sql: "0", params: [] };
  return { sql: `${column} IN (${codes.map(() => "?").join(", ")})`, params: codes };
}

/** Runs an aggregate query and turns SQLite's BigInt counts into numbers (null → 0). */
export async function aggregate<Row extends Record<string, unknown>>(client: Db, sql: string, params: unknown[]): Promise<{ [K in keyof Row]: Row[K] extends number ? number : Row[K] }[]> {
  const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value === null ? (key.startsWith("n_") ? 0 : null) : value]))) as never;
}
