// Reads on the hottest paths (the session behind every signed-in request, the facts a fair
// registration checks before its write) through a second, read-only better-sqlite3 connection
// to the same file, with prepared statements kept (ADR 0027). Each Prisma call, raw SQL
// included, costs about 0.5 ms of CPU in the client (query plan, interpretation, mapping)
// for a few microseconds of SQLite work; under a burst of form posts that overhead was most of
// a request. WAL lets this connection read while the main one writes; every statement reads the
// last committed state, never another request's open transaction, so the gate of ADR 0009
// holds. Writes, and reads that must be atomic with a write, stay on Prisma inside the
// transaction.
import Database from "better-sqlite3";
import { databaseUrl, db, type Db, type Tx } from "./db.server";
import { onShutdown } from "./lifecycle.server";

let connection: { handle: Database.Database; statements: Map<string, Database.Statement> } | undefined;

/** Opened on first use, on the file the process's client was made for (read once: `process.env` is slow). */
function readConnection() {
  if (!connection) {
    const handle = new Database(databaseUrl().replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: 5_000 });
    connection = { handle, statements: new Map() };
    onShutdown("hot-read connection", () => {
      connection?.handle.close();
      connection = undefined;
    });
  }
  return connection;
}

/**
 * Rows of one read-only statement (`?` parameters). On the process's own client the read
 * connection answers; any other client (a test's, a transaction's `tx`) runs the same SQL
 * through Prisma, so callers need not care and a transaction still reads its own writes.
 */
export async function hotRead<T>(client: Db | Tx, sql: string, ...params: unknown[]): Promise<T[]> {
  if (client !== db) return client.$queryRawUnsafe<T[]>(sql, ...params);
  const { handle, statements } = readConnection();
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = handle.prepare(sql)));
  return statement.all(...params) as T[];
}
