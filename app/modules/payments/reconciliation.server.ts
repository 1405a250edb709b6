// Reconciliation of VietQR transfers: import a bank statement (lines keyed by account + bank
// reference, so a re-import adds nothing), let the pure matcher propose line → payment pairs,
// and confirm them one line per short transaction. A line links to at most one payment and a
// payment to at most one line (unique index); settlePayment is status-guarded, so a second
// confirmation — another officer, a re-import — records nothing twice.
import { createHash } from "node:crypto";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";
import { readBankAccount } from "./bank-account.server";
import { matchStatement, type MatchResult, type PaymentCandidate, type StatementLineInput } from "./matcher";
import { isUniqueViolation, requireReconciler, settlePayment } from "./payments.server";
import { applyMapping, guessMapping, headerSignature, readStatementFile, type ColumnMapping, type StatementTable } from "./statement-file.server";
import { compactText, findTransferNotes } from "./transfer-note";

import type { LineResolution } from "./payments.schema";

export async function savedMapping(client: Db | Tx, headers: readonly string[]): Promise<ColumnMapping | null> {
  const row = await client.bankColumnMapping.findUnique({ where: { headerSignature: headerSignature(headers) } });
  return row ? { dateColumn: row.dateColumn, amountColumn: row.amountColumn, descriptionColumn: row.descriptionColumn, referenceColumn: row.referenceColumn } : null;
}

export type ImportOutcome =
  | { kind: "needs_mapping"; headers: string[]; guess: ColumnMapping | null }
  | { kind: "imported"; statementId: string; lineCount: number; newLineCount: number; rowErrors: Array<{ row: number; message: string }> };

/**
 * Reads the file (before any transaction), picks the mapping — the one given, else the one kept
 * for this header layout — and records the statement and its new lines. Without a mapping it
 * answers with the headers so the officer maps them once.
 */
export async function importStatement(
  db: Db,
  { actor, bytes, fileName, mapping }: { actor: Actor; bytes: Buffer; fileName: string; mapping: ColumnMapping | null },
): Promise<ImportOutcome> {
  requireReconciler(actor);
  const account = await readBankAccount(db);
  if (!account) throw new Conflict("payments.errors.noBankAccount");
  const table: StatementTable = await readStatementFile(bytes, fileName);
  const chosen = mapping ?? (await savedMapping(db, table.headers));
  if (!chosen) return { kind: "needs_mapping", headers: table.headers, guess: guessMapping(table.headers) };
  const { lines, rowErrors } = applyMapping(table, chosen);
  const fileSha256 = createHash("sha256").update(bytes).digest("hex");
  return db.$transaction(async (tx) => {
    if (mapping) {
      const signature = headerSignature(table.headers);
      await tx.bankColumnMapping.upsert({
        where: { headerSignature: signature },
        create: { headerSignature: signature, ...mapping, updatedById: actor.userId },
        update: { ...mapping, updatedById: actor.userId },
      });
    }
    const existing = new Set(
      (
        await tx.bankStatementLine.findMany({
          where: { accountNumber: account.accountNumber, bankReference: { in: lines.map((l) => l.bankReference) } },
          select: { bankReference: true },
        })
      ).map((l) => l.bankReference),
    );
    const fresh = lines.filter((line, i) => !existing.has(line.bankReference) && lines.findIndex((l) => l.bankReference === line.bankReference) === i);
    const statement = await tx.bankStatement.create({
      data: { accountNumber: account.accountNumber, fileName: fileName.slice(0, 200), fileSha256, importedById: actor.userId, lineCount: lines.length, newLineCount: fresh.length },
    });
    if (fresh.length) {
      await tx.bankStatementLine.createMany({ data: fresh.map((line) => ({ ...line, statementId: statement.id, accountNumber: account.accountNumber })) });
    }
    await recordAudit(tx, { actorId: actor.userId, action: "payments.statement_import", entityType: "BankStatement", entityId: statement.id, data: { fileName, lines: lines.length, new: fresh.length } });
    return { kind: "imported" as const, statementId: statement.id, lineCount: lines.length, newLineCount: fresh.length, rowErrors };
  });
}

async function candidatesFor(client: Db | Tx, lines: readonly StatementLineInput[]): Promise<PaymentCandidate[]> {
  const compacts = lines.map((l) => compactText(l.description));
  const notes = [...new Set(lines.flatMap((l) => findTransferNotes(l.description)))];
  const byNote = await client.payment.findMany({ where: { reference: { in: notes } }, select: { id: true, reference: true, amountVnd: true, status: true } });
  // references without a check character (seeded, legacy) are matched by containment
  const open = await client.payment.findMany({ where: { status: "PENDING", NOT: { reference: { in: notes } } }, select: { id: true, reference: true, amountVnd: true, status: true } });
  const legacy = open.filter((p) => findTransferNotes(p.reference).length === 0 && compacts.some((c) => c.includes(p.reference)));
  return [...byNote, ...legacy];
}

export interface ReconciliationView {
  lines: Array<{ id: string; bankReference: string; bookedAt: Date; amountVnd: number; description: string }>;
  result: MatchResult;
  payments: Map<string, { id: string; reference: string; amountVnd: number; businessName: string }>;
}

/** Open lines of the office account (not linked, not resolved) with proposals and problems. */
export async function reconciliationView(db: Db, { actor }: { actor: Actor }): Promise<ReconciliationView> {
  requireReconciler(actor);
  const account = await readBankAccount(db);
  const lines = account
    ? await db.bankStatementLine.findMany({
        where: { accountNumber: account.accountNumber, paymentId: null, resolution: null },
        orderBy: [{ bookedAt: "asc" }, { id: "asc" }],
        take: 500,
      })
    : [];
  const inputs = lines.map((l) => ({ id: l.id, bankReference: l.bankReference, amountVnd: l.amountVnd, description: l.description }));
  const candidates = await candidatesFor(db, inputs);
  const result = matchStatement(inputs, candidates);
  const ids = [...new Set([...result.proposals.map((p) => p.paymentId), ...result.problems.flatMap((p) => (p.paymentId ? [p.paymentId] : []))])];
  const rows = await db.payment.findMany({ where: { id: { in: ids } }, select: { id: true, reference: true, amountVnd: true, business: { select: { name: true } } } });
  return {
    lines: lines.map((l) => ({ id: l.id, bankReference: l.bankReference, bookedAt: l.bookedAt, amountVnd: l.amountVnd, description: l.description })),
    result,
    payments: new Map(rows.map((r) => [r.id, { id: r.id, reference: r.reference, amountVnd: r.amountVnd, businessName: r.business.name }])),
  };
}

/**
 * Confirms the proposed matches of the given lines. Each line is re-matched inside its own short
 * transaction against the current state, so a stale page, a second officer or a re-import can
 * never confirm twice. Returns how many were recorded now and how many were already settled.
 */
export async function confirmStatementMatches(db: Db, { actor, lineIds }: { actor: Actor; lineIds: readonly string[] }) {
  requireReconciler(actor);
  let confirmed = 0;
  let skipped = 0;
  for (const lineId of new Set(lineIds)) {
    try {
      const outcome = await db.$transaction(async (tx) => {
        const line = await tx.bankStatementLine.findUnique({ where: { id: lineId } });
        if (!line) throw new NotFound();
        if (line.paymentId || line.resolution) return "already" as const;
        const input = { id: line.id, bankReference: line.bankReference, amountVnd: line.amountVnd, description: line.description };
        const proposal = matchStatement([input], await candidatesFor(tx, [input])).proposals[0];
        if (!proposal) return "already" as const;
        const linked = await tx.bankStatementLine.updateMany({ where: { id: line.id, paymentId: null }, data: { paymentId: proposal.paymentId } });
        if (linked.count === 0) return "already" as const;
        const settled = await settlePayment(tx, {
          paymentId: proposal.paymentId,
          actorId: actor.userId,
          method: "VIETQR",
          amountVnd: line.amountVnd,
          paidAt: line.bookedAt,
          bankReference: line.bankReference,
          statementLineId: line.id,
        });
        if (settled === "already") throw new Conflict("payments.errors.alreadyPaid"); // undo the link
        return settled;
      });
      if (outcome === "paid") confirmed++;
      else skipped++;
    } catch (error) {
      if (error instanceof Conflict || isUniqueViolation(error)) skipped++;
      else throw error;
    }
  }
  return { confirmed, skipped };
}

/** An officer closes a line that pays nothing here (returned to the sender, not a fee, …). */
export async function resolveStatementLine(db: Db, { actor, lineId, resolution }: { actor: Actor; lineId: string; resolution: LineResolution }) {
  requireReconciler(actor);
  await db.$transaction(async (tx) => {
    const moved = await tx.bankStatementLine.updateMany({
      where: { id: lineId, paymentId: null, resolution: null },
      data: { resolution, resolvedById: actor.userId, resolvedAt: new Date() },
    });
    if (moved.count === 0) throw new Conflict("payments.errors.lineClosed");
    await recordAudit(tx, { actorId: actor.userId, action: "payments.statement_line_resolve", entityType: "BankStatementLine", entityId: lineId, data: { resolution } });
  });
}
