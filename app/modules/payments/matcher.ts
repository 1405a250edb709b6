// The bank-statement matcher: a pure function from statement credit lines and the payments
// their notes name to proposals (line → payment, for an officer to confirm) and problems
// (what an officer must resolve). It never changes anything; confirmation is
// confirmStatementMatches in reconciliation.server.ts, guarded by the database.
import { compactText, findTransferNotes } from "./transfer-note";

export interface StatementLineInput {
  id: string;
  bankReference: string;
  amountVnd: number;
  description: string;
  /** already linked to a payment (an earlier import confirmed it) */
  paymentId?: string | null;
  /** already closed by an officer */
  resolution?: string | null;
}

export interface PaymentCandidate {
  id: string;
  reference: string;
  amountVnd: number;
  status: "PENDING" | "PAID" | "FAILED" | "REFUNDED" | "WAIVED" | "CANCELLED";
}

export type ProblemReason = "no_note" | "unknown_note" | "wrong_amount" | "paid_twice" | "duplicate_line" | "not_open";

export interface MatchResult {
  proposals: Array<{ lineId: string; paymentId: string; note: string }>;
  problems: Array<{ lineId: string; reason: ProblemReason; note?: string; paymentId?: string; expectedVnd?: number }>;
  /** lines already linked or resolved, or debits: nothing to do */
  settled: string[];
}

/**
 * Notes are found by their check character; seeded or legacy references without one are still
 * found when the compacted description contains them exactly.
 */
export function matchStatement(lines: readonly StatementLineInput[], payments: readonly PaymentCandidate[]): MatchResult {
  const byNote = new Map(payments.map((p) => [p.reference, p]));
  const legacyReferences = payments.map((p) => p.reference).filter((ref) => findTransferNotes(ref).length === 0);
  const result: MatchResult = { proposals: [], problems: [], settled: [] };
  const seenReferences = new Set<string>();
  const claimed = new Set<string>();

  for (const line of lines) {
    if (seenReferences.has(line.bankReference)) {
      result.problems.push({ lineId: line.id, reason: "duplicate_line" });
      continue;
    }
    seenReferences.add(line.bankReference);
    if (line.paymentId || line.resolution || line.amountVnd <= 0) {
      result.settled.push(line.id);
      continue;
    }
    const compact = compactText(line.description);
    const notes = [...findTransferNotes(line.description), ...legacyReferences.filter((ref) => compact.includes(ref))];
    if (notes.length === 0) {
      result.problems.push({ lineId: line.id, reason: "no_note" });
      continue;
    }
    const known = notes.map((note) => byNote.get(note)).filter((p): p is PaymentCandidate => p !== undefined);
    const payment = known[0];
    if (!payment) {
      result.problems.push({ lineId: line.id, reason: "unknown_note", note: notes[0] });
      continue;
    }
    const base = { lineId: line.id, note: payment.reference, paymentId: payment.id };
    if (payment.status === "PAID" || payment.status === "WAIVED" || claimed.has(payment.id)) {
      result.problems.push({ ...base, reason: "paid_twice" });
      continue;
    }
    if (payment.status !== "PENDING") {
      result.problems.push({ ...base, reason: "not_open" });
      continue;
    }
    if (line.amountVnd !== payment.amountVnd) {
      result.problems.push({ ...base, reason: "wrong_amount", expectedVnd: payment.amountVnd });
      continue;
    }
    claimed.add(payment.id);
    result.proposals.push({ lineId: line.id, paymentId: payment.id, note: payment.reference });
  }
  return result;
}
