// The audit log: who did what to which record, written in the same transaction as the act.
import type { Tx } from "~/utils/db.server";

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

/** Many entries in one statement (bulk acts such as the CSV import). */
export async function recordAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ? JSON.stringify(entry.data) : null,
    })),
  });
}

export function listAudit(tx: Tx, where: { entityType: string; entityId: string }) {
  return tx.auditLog.findMany({ where, orderBy: { createdAt: "desc" }, include: { actor: { select: { name: true } } } });
}
