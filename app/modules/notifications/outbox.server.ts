// The outbox: side effects that leave the database are rows written in the same transaction
// as the change that causes them, then carried out by a worker (drainOutbox). A crash
// between commit and delivery loses nothing: the row stays PENDING and is retried.
// A sensitive message (a password-reset link, a complainant's contact data) is shown redacted
// to admins and its body is purged once delivered: only what the admin view needs remains.
import { Prisma } from "~/generated/prisma/client";
import type { Tx } from "~/utils/db.server";
import { newRowId } from "~/utils/row-id.server";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export type OutboxHandler = (payload: unknown) => Promise<void>;

const MAX_ATTEMPTS = 8;

export interface EnqueueOptions {
  /** Holds a secret or personal data: redacted for admins, purged after delivery. */
  sensitive?: boolean;
}

export async function enqueue(tx: Tx, topic: string, payload: unknown, { sensitive = false }: EnqueueOptions = {}): Promise<void> {
  await tx.outboxMessage.create({ data: { topic, payload: JSON.stringify(payload), sensitive } });
}

export function enqueueEmail(tx: Tx, message: EmailMessage, options: EnqueueOptions = {}): Promise<void> {
  return enqueue(tx, "email", message, options);
}

/**
 * Many e-mails in one statement (a burst of fair registrations committed together). Raw SQL:
 * a many-row createMany costs Prisma far more than SQLite spends writing it.
 */
export async function enqueueEmails(tx: Tx, messages: readonly EmailMessage[], { sensitive = false }: EnqueueOptions = {}): Promise<void> {
  if (messages.length === 0) return;
  const now = new Date().toISOString();
  for (let from = 0; from < messages.length; from += 1000) {
    const rows = messages
      .slice(from, from + 1000)
      .map((message) => Prisma.sql`(${newRowId()}, 'email', ${JSON.stringify(message)}, 'PENDING', 0, ${now}, ${now}, ${sensitive ? 1 : 0})`);
    await tx.$executeRaw`INSERT INTO OutboxMessage (id, topic, payload, status, attempts, availableAt, createdAt, sensitive) VALUES ${Prisma.join(rows)}`;
  }
}

export const REDACTED = "[đã ẩn]";

/** Links, e-mail addresses and phone numbers in a text, each replaced by REDACTED. */
export function redactText(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, REDACTED)
    .replace(/[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/g, REDACTED)
    .replace(/(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/g, REDACTED);
}

/** `nguyen@example.vn` → `n***@example.vn`: enough for an admin to tell messages apart. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return at > 0 ? `${address[0]}***${address.slice(at)}` : REDACTED;
}

/** What a delivered sensitive message keeps: who (masked) and what about, never the body. */
function purgedPayload(topic: string, payload: string): string {
  if (topic !== "email") return JSON.stringify({ purged: true });
  const message = JSON.parse(payload) as Partial<EmailMessage>;
  return JSON.stringify({ to: maskAddress(String(message.to ?? "")), subject: message.subject ?? "", text: null, purged: true });
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
        data: {
          status: "DONE",
          processedAt: new Date(),
          attempts: { increment: 1 },
          lastError: null,
          ...(message.sensitive ? { payload: purgedPayload(message.topic, message.payload) } : {}),
        },
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

export interface OutboxEntryView {
  id: string;
  topic: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sensitive: boolean;
  /** E-mails: recipient, subject and body (null once a sensitive body is purged). */
  email: { to: string; subject: string; text: string | null } | null;
  /** Other topics: the raw payload (REDACTED when sensitive). */
  payload: string | null;
}

/** The outbox as admins see it: sensitive messages never show their secret parts. */
export async function listOutboxForAdmin(client: Tx, options: { topic?: string; take?: number } = {}): Promise<OutboxEntryView[]> {
  const rows = await listOutbox(client, options);
  return rows.map((row) => {
    let email: OutboxEntryView["email"] = null;
    if (row.topic === "email") {
      const message = JSON.parse(row.payload) as { to?: string; subject?: string; text?: string | null };
      const to = String(message.to ?? "");
      const text = typeof message.text === "string" ? message.text : null;
      email = row.sensitive
        ? { to: to.includes("***") ? to : maskAddress(to), subject: message.subject ?? "", text: text === null ? null : redactText(text) }
        : { to, subject: message.subject ?? "", text };
    }
    return {
      id: row.id,
      topic: row.topic,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt,
      sensitive: row.sensitive,
      email,
      payload: email ? null : row.sensitive ? REDACTED : row.payload,
    };
  });
}
