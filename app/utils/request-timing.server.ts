// Where a request's time goes, for the Server-Timing header (issue #16): SQL time in the
// database adapter, the time until the loaders are done, React's render, and the total.
// Measured with a few clock reads per request: one small object per request in an
// AsyncLocalStorage, filled by the adapter wrapper below and by entry.server.
//
// The compiled server and the Remix build are two bundles, each with its own copy of this
// module; the storage lives on globalThis under a registered symbol so both read the same one.
import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export interface RequestTiming {
  startedAt: number;
  /** Wall time during which at least one SQL statement was pending (the gate's waits included). */
  dbMs: number;
  dbQueries: number;
  /** Statements pending now, and since when the count went above zero. */
  dbPending: number;
  dbBusySince: number;
  /** Until entry.server started rendering: the loaders, Prisma's own work included. */
  dataMs: number | null;
  renderMs: number | null;
}

const storageKey = Symbol.for("hang-viet.request-timing");
const globalSlots = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestTiming> | undefined>;
const storage: AsyncLocalStorage<RequestTiming> = (globalSlots[storageKey] ??= new AsyncLocalStorage<RequestTiming>());

/** Runs `next` (the rest of the request) with a fresh timing record. */
export function withRequestTiming<T>(next: () => T): T {
  return storage.run({ startedAt: performance.now(), dbMs: 0, dbQueries: 0, dbPending: 0, dbBusySince: 0, dataMs: null, renderMs: null }, next);
}

export function currentTiming(): RequestTiming | undefined {
  return storage.getStore();
}

/** Times one SQL statement against the current request, if any. */
export async function timeDbQuery<T>(query: () => Promise<T>): Promise<T> {
  const timing = storage.getStore();
  if (!timing) return query();
  // Queries of one request overlap (Promise.all): count the time any is pending, not their sum.
  if (timing.dbPending++ === 0) timing.dbBusySince = performance.now();
  timing.dbQueries += 1;
  try {
    return await query();
  } finally {
    if (--timing.dbPending === 0) timing.dbMs += performance.now() - timing.dbBusySince;
  }
}

/** Called by entry.server when rendering starts; returns the function to call when it ends. */
export function startRender(): () => void {
  const timing = storage.getStore();
  if (!timing) return () => undefined;
  const start = performance.now();
  timing.dataMs = start - timing.startedAt;
  return () => {
    timing.renderMs = performance.now() - start;
  };
}

const ms = (value: number) => value.toFixed(1);

/** `db;dur=…, data;dur=…, render;dur=…, total;dur=…` for the current request, or null outside one. */
export function serverTimingHeader(timing = storage.getStore()): string | null {
  if (!timing) return null;
  const parts = [`db;desc="SQL, ${timing.dbQueries} queries";dur=${ms(timing.dbMs)}`];
  if (timing.dataMs !== null) parts.push(`data;desc="loaders";dur=${ms(timing.dataMs)}`);
  if (timing.renderMs !== null) parts.push(`render;dur=${ms(timing.renderMs)}`);
  parts.push(`total;dur=${ms(performance.now() - timing.startedAt)}`);
  return parts.join(", ");
}

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** Wraps a driver adapter factory so every statement outside a transaction is timed. */
export function timedAdapterFactory<F extends PrismaBetterSQLite3>(factory: F): F {
  const timed = Object.create(factory as object) as F;
  timed.connect = async () => {
    const adapter: Adapter = await factory.connect();
    const wrapped = Object.create(adapter as object) as Adapter;
    wrapped.queryRaw = (query) => timeDbQuery(() => adapter.queryRaw(query));
    wrapped.executeRaw = (query) => timeDbQuery(() => adapter.executeRaw(query));
    return wrapped;
  };
  return timed;
}
