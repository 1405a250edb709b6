// The one Prisma client of the process, on SQLite through better-sqlite3 (a single
// connection: WAL for concurrent readers, synchronous=FULL so a committed write survives
// power loss, and a busy timeout instead of immediate SQLITE_BUSY errors).
// Every query goes through the connection gate (ADR 0009): a query from one request never runs
// inside another request's open transaction.
import { PrismaClient } from "~/generated/prisma/client";
import { gatedSqliteAdapter, type GateStats } from "./db-gate.server";
import { timedAdapterFactory } from "./request-timing.server";

export type Db = PrismaClient;
/** The client handed to `$transaction(async (tx) => ...)` callbacks. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/hang-viet.db";
}

const gateStats = new WeakMap<PrismaClient, GateStats>();

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  const { factory, gate } = gatedSqliteAdapter({ url, timeout: 5_000 });
  const client = new PrismaClient({ adapter: timedAdapterFactory(factory) });
  gateStats.set(client, gate.stats);
  return client;
}

/** How many transactions ran and how many plain queries waited for one (tests, health). */
export function connectionGateStats(client: PrismaClient): GateStats | undefined {
  return gateStats.get(client);
}

/** Applies the per-connection pragmas; call once before serving. */
export async function configureDatabase(client: PrismaClient): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA synchronous = FULL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
}

const globalForDb = globalThis as unknown as { __db?: PrismaClient; __dbReady?: Promise<void> };

export const db: PrismaClient = (globalForDb.__db ??= createPrismaClient());
export const dbReady: Promise<void> = (globalForDb.__dbReady ??= configureDatabase(db));
