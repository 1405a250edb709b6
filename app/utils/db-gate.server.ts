// The one rule for the shared SQLite connection (ADR 0009): while a transaction holds the
// connection, every other query waits. better-sqlite3 gives the process one connection, so
// without this gate a plain query from another request runs *inside* the open transaction: it
// reads uncommitted rows, and its own write is undone if that transaction rolls back.
// The gate wraps the driver adapter, so it holds for every Prisma call, raw SQL included.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** Counts for the tests and /healthz: how often a query had to wait for a transaction. */
export type GateStats = { transactions: number; waitedQueries: number };

class ConnectionGate {
  /** Resolves when the transaction holding the connection ends; undefined when free. */
  #held: Promise<void> | undefined;
  /** Transactions queue here (FIFO) for the connection. */
  #queue: Promise<void> = Promise.resolve();
  readonly stats: GateStats = { transactions: 0, waitedQueries: 0 };

  /** Plain (autocommit) queries wait while a transaction holds the connection. */
  async whenFree(): Promise<void> {
    if (this.#held) this.stats.waitedQueries += 1;
    while (this.#held) await this.#held;
  }

  /** Takes the connection for a transaction; the returned function gives it back. */
  async acquire(): Promise<() => void> {
    let releaseQueue!: () => void;
    const previous = this.#queue;
    this.#queue = new Promise<void>((resolve) => (releaseQueue = resolve));
    await previous;
    let releaseHeld!: () => void;
    this.#held = new Promise<void>((resolve) => (releaseHeld = resolve));
    this.stats.transactions += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held = undefined;
      releaseHeld();
      releaseQueue();
    };
  }
}

function gateTransaction(tx: Transaction, release: () => void): Transaction {
  return Object.assign(Object.create(Object.getPrototypeOf(tx) as object) as Transaction, tx, {
    queryRaw: tx.queryRaw.bind(tx),
    executeRaw: tx.executeRaw.bind(tx),
    commit: async () => {
      try {
        await tx.commit();
      } finally {
        release();
      }
    },
    rollback: async () => {
      try {
        await tx.rollback();
      } finally {
        release();
      }
    },
  });
}

function gateAdapter(adapter: Adapter, gate: ConnectionGate): Adapter {
  const gated: Adapter = Object.create(adapter as object) as Adapter;
  gated.queryRaw = async (query) => {
    await gate.whenFree();
    return adapter.queryRaw(query);
  };
  gated.executeRaw = async (query) => {
    await gate.whenFree();
    return adapter.executeRaw(query);
  };
  gated.executeScript = async (script) => {
    await gate.whenFree();
    return adapter.executeScript(script);
  };
  gated.startTransaction = async (isolationLevel) => {
    const release = await gate.acquire();
    try {
      return gateTransaction(await adapter.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  };
  return gated;
}

/** A better-sqlite3 adapter factory whose connections pass through one gate. */
export function gatedSqliteAdapter(options: ConstructorParameters<typeof PrismaBetterSQLite3>[0]): {
  factory: Factory;
  gate: ConnectionGate;
} {
  const inner = new PrismaBetterSQLite3(options);
  const gate = new ConnectionGate();
  const factory = Object.create(inner as object) as Factory;
  factory.connect = async () => gateAdapter(await inner.connect(), gate);
  return { factory, gate };
}
