// The audit log: who did what to which record, written in the same transaction as the act.
import { Prisma } from "~/generated/prisma/client";
import type { Tx } from "~/utils/db.server";
import { newRowId } from "~/utils/row-id.server";

/** 7 parameters a row: well under SQLite's 32,766 variables a statement. */
const ROWS_PER_STATEMENT = 1000;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ? JSON.stringify(entry.data) : null,
    },
  });
}

/**
 * Many entries in one statement (bulk acts such as the CSV import, a burst of fair
 * registrations). Raw SQL: building a many-row createMany costs Prisma far more than SQLite
 * spends writing it, and this runs inside transactions that everyone else waits for.
 */
export async function recordAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const createdAt = new Date().toISOString();
  for (let from = 0; from < entries.length; from += ROWS_PER_STATEMENT) {
    const rows = entries
      .slice(from, from + ROWS_PER_STATEMENT)
      .map((e) => Prisma.sql`(${newRowId()}, ${e.actorId}, ${e.action}, ${e.entityType}, ${e.entityId}, ${e.data ? JSON.stringify(e.data) : null}, ${createdAt})`);
    await tx.$executeRaw`INSERT INTO AuditLog (id, actorId, action, entityType, entityId, data, createdAt) VALUES ${Prisma.join(rows)}`;
  }
}

export function listAudit(tx: Tx, where: { entityType: string; entityId: string }) {
  return tx.auditLog.findMany({ where, orderBy: { createdAt: "desc" }, include: { actor: { select: { name: true } } } });
}
