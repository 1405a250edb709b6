// Modules own their transactions (ADR 0010): a route calls a use case with the process's `db`,
// and the use case opens one short transaction for the writes that belong together. The
// unit of work itself takes the transaction client (`…InTx`), so use cases can be composed
// inside one module without nesting transactions (the connection gate of ADR 0009 would
// deadlock on a query through the outer client).
import type { Db, Tx } from "~/utils/db.server";

/** A use case that runs `work` in its own transaction. */
export function inTransaction<Input, Result>(work: (tx: Tx, input: Input) => Promise<Result>): (db: Db, input: Input) => Promise<Result> {
  return (db, input) => db.$transaction((tx) => work(tx, input));
}
