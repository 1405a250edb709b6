// The outbox: side effects that leave the database are rows written in the same transaction
// as the change that causes them, then carried out by a worker (drainOutbox). A crash
// between commit and delivery loses nothing: the row stays PENDING and is retried.
import type { Tx } from "~/utils/db.server";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export type OutboxHandler = (payload: unknown) => Promise<void>;

const MAX_ATTEMPTS = 8;

export async function enqueue(tx: Tx, topic: string, payload: unknown): Promise<void> {
  await tx.outboxMessage.create({ data: { topic, payload: JSON.stringify(payload) } });
}

export function enqueueEmail(tx: Tx, message: EmailMessage): Promise<void> {
  return enqueue(tx, "email", message);
}

/**
 * Processes due messages of the given topics, oldest first. A failing message is retried with
 * exponential back-off and marked FAILED after MAX_ATTEMPTS. Returns how many were done.
 */
export async function drainOutbox(
  client: Tx,
  handlers: Record<string, OutboxHandler>,
  { limit = 50, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<number> {
  const due = await client.outboxMessage.findMany({
    where: { status: "PENDING", topic: { in: Object.keys(handlers) }, availableAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let done = 0;
  for (const message of due) {
    const handler = handlers[message.topic];
    if (!handler) continue;
    try {
      await handler(JSON.parse(message.payload));
      await client.outboxMessage.update({
        where: { id: message.id },
        data: { status: "DONE", processedAt: new Date(), attempts: { increment: 1 }, lastError: null },
      });
      done++;
    } catch (error) {
      const attempts = message.attempts + 1;
      await client.outboxMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          lastError: error instanceof Error ? error.message : String(error),
          status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          availableAt: new Date(now.getTime() + 2 ** attempts * 1_000),
        },
      });
    }
  }
  return done;
}

export function listOutbox(client: Tx, { topic, take = 100 }: { topic?: string; take?: number } = {}) {
  return client.outboxMessage.findMany({
    where: topic ? { topic } : {},
    orderBy: { createdAt: "desc" },
    take,
  });
}
