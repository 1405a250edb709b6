// The payments use cases: a payment per payable, settled once, on one of four rails (VietQR
// transfer reconciled by the office, Stripe Checkout, cash, waiver). Invariants held by the
// database (ADR 0015): one live (PENDING/PAID/WAIVED) payment per payable, integer đồng ≥ 0,
// append-only history, gap-free receipt numbers per year. Every state change writes a
// PaymentEvent, an audit entry and an e-mail to the business in the same transaction.
import type { PaymentMethod, PaymentStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { hasBusinessPermission, hasPermission, type Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";
import { mailBusiness, mailOffice } from "./notify.server";
import { isDue, loadPayable, listPayablesOfBusiness, payableColumns, payableOf, vnYear, type Payable, type PayableRef } from "./payables.server";
import { generateTransferNote } from "./transfer-note";
import { randomBytes } from "node:crypto";
import { formatVnd } from "~/utils/money";

type Client = Db | Tx;
export const LIVE_STATUSES: PaymentStatus[] = ["PENDING", "PAID", "WAIVED"];

export function requireReconciler(actor: Actor) {
  if (!hasPermission(actor, "office:payments:reconcile")) throw new Forbidden();
}

function requirePayer(actor: Actor, businessId: string) {
  if (!hasBusinessPermission(actor, businessId, "business:payments:pay")) throw new Forbidden();
}

export function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  return /P2002|UNIQUE constraint failed/i.test(text);
}

export async function appendPaymentEvent(
  tx: Tx,
  event: { paymentId: string; kind: string; fromStatus: PaymentStatus | null; toStatus: PaymentStatus; actorId: string | null; statementLineId?: string | null; stripeEventId?: string | null; data?: Record<string, unknown> },
) {
  await tx.paymentEvent.create({
    data: { ...event, data: event.data ? JSON.stringify(event.data) : null, statementLineId: event.statementLineId ?? null, stripeEventId: event.stripeEventId ?? null },
  });
}

/** Waived payments never travel through a bank: "MG" + random, distinct from transfer notes. */
export function generateWaiverReference(): string {
  return `MG${randomBytes(5).toString("hex").toUpperCase()}`;
}

/** The live payment of a payable, if any. */
export function livePaymentOf(client: Client, ref: PayableRef) {
  return client.payment.findFirst({ where: { ...payableColumns(ref), status: { in: LIVE_STATUSES } } });
}

/**
 * The payment a payable is paid through, created PENDING when there is none. Fairs and trips
 * call this inside their own transaction when they approve a place (or let the business open it
 * from /business/payments). Returns the existing live payment unchanged.
 */
export async function createPaymentForPayable(tx: Tx, { actorId, payable, method = "VIETQR" }: { actorId: string | null; payable: Payable; method?: "VIETQR" | "STRIPE" }) {
  const existing = await livePaymentOf(tx, payable);
  if (existing) return existing;
  if (payable.amountVnd <= 0) throw new Invalid("payments.errors.noFee");
  const payment = await tx.payment.create({
    data: {
      businessId: payable.businessId,
      ...payableColumns(payable),
      amountVnd: payable.amountVnd,
      method,
      status: "PENDING",
      reference: generateTransferNote(),
    },
  });
  await appendPaymentEvent(tx, { paymentId: payment.id, kind: "created", fromStatus: null, toStatus: "PENDING", actorId, data: { amountVnd: payment.amountVnd } });
  await recordAudit(tx, { actorId, action: "payment.create", entityType: "Payment", entityId: payment.id, data: { payable, reference: payment.reference } });
  await mailBusiness(tx, { businessId: payable.businessId, kind: "created", paymentId: payment.id, amountVnd: payment.amountVnd, description: payable.description });
  return payment;
}

/** The business opens (or reopens) the payment of one of its due payables. */
export async function openPaymentForBusiness(db: Db, { actor, businessId, payable: ref }: { actor: Actor; businessId: string; payable: PayableRef }) {
  requirePayer(actor, businessId);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const payable = await loadPayable(tx, ref);
        if (payable.businessId !== businessId) throw new NotFound();
        const live = await livePaymentOf(tx, payable);
        if (live) return live;
        if (!isDue(payable)) throw new Conflict("payments.errors.notDue");
        return createPaymentForPayable(tx, { actorId: actor.userId, payable });
      });
    } catch (error) {
      // a reference collision (1 in 2^30) or a concurrent open: the retry finds the live one
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export type FeeState = "no_fee" | "not_due" | "due" | "pending" | "paid" | "waived" | "waiver_requested";

/** A fee nobody owes any more. */
export function isFeeSettled(state: FeeState): boolean {
  return state === "paid" || state === "waived";
}

/**
 * The one rule for a fee's state, from the payable and its rows: the Payment rows (at most one
 * live, a database guarantee) and whether a FeeWaiver is REQUESTED. Pure, so pages that list
 * many payables with their rows included (the fairs' lists and results) decide it the same way.
 */
export function feeStateOf({
  payable,
  payments,
  waiverPending,
}: {
  payable: Pick<Payable, "status" | "amountVnd">;
  payments: ReadonlyArray<{ id: string; status: string }>;
  waiverPending: boolean;
}): { state: FeeState; paymentId: string | null } {
  const live = payments.find((p) => (LIVE_STATUSES as string[]).includes(p.status)) ?? null;
  if (live?.status === "PAID") return { state: "paid", paymentId: live.id };
  if (live?.status === "WAIVED") return { state: "waived", paymentId: live.id };
  if (waiverPending) return { state: "waiver_requested", paymentId: live?.id ?? null };
  if (live) return { state: "pending", paymentId: live.id };
  if (payable.amountVnd <= 0) return { state: "no_fee", paymentId: null };
  return { state: isDue(payable) ? "due" : "not_due", paymentId: null };
}

/** What the fairs and trips pages show for a payable's fee. */
export async function feeStatus(client: Client, ref: PayableRef): Promise<{ state: FeeState; paymentId: string | null; amountVnd: number }> {
  const payable = await loadPayable(client, ref);
  const [live, waiver] = await Promise.all([
    livePaymentOf(client, ref),
    client.feeWaiver.findFirst({ where: { ...payableColumns(ref), status: "REQUESTED" }, select: { id: true } }),
  ]);
  return { ...feeStateOf({ payable, payments: live ? [live] : [], waiverPending: waiver !== null }), amountVnd: payable.amountVnd };
}

async function nextReceiptNumber(tx: Tx, year: number): Promise<number> {
  const counter = await tx.receiptCounter.upsert({ where: { year }, create: { year, lastNo: 1 }, update: { lastNo: { increment: 1 } } });
  return counter.lastNo;
}

export interface SettleInput {
  paymentId: string;
  actorId: string | null;
  method: Exclude<PaymentMethod, "WAIVER">;
  amountVnd: number;
  paidAt: Date;
  bankReference?: string | null;
  statementLineId?: string | null;
  stripeEventId?: string | null;
  stripePaymentIntentId?: string | null;
}

/**
 * Marks a PENDING payment PAID once. The status-guarded update makes a second confirmation (two
 * officers at once, a redelivered webhook, a re-imported statement) a no-op: "already".
 */
export async function settlePayment(tx: Tx, input: SettleInput): Promise<"paid" | "already"> {
  const payment = await tx.payment.findUnique({ where: { id: input.paymentId }, include: { registration: { select: { id: true } } } });
  if (!payment) throw new NotFound();
  if (payment.status === "PAID") return "already";
  if (payment.status !== "PENDING") throw new Conflict("payments.errors.notOpen");
  if (input.amountVnd !== payment.amountVnd) throw new Invalid("payments.errors.amountMismatch", { amountVnd: ["payments.errors.amountMismatch"] });
  const year = vnYear(input.paidAt);
  const claimed = await tx.payment.updateMany({
    where: { id: payment.id, status: "PENDING" },
    data: {
      status: "PAID",
      method: input.method,
      paidAt: input.paidAt,
      confirmedById: input.actorId,
      bankReference: input.bankReference ?? null,
      stripePaymentIntentId: input.stripePaymentIntentId ?? payment.stripePaymentIntentId,
    },
  });
  if (claimed.count === 0) return "already";
  const receiptNo = await nextReceiptNumber(tx, year);
  await tx.payment.update({ where: { id: payment.id }, data: { receiptYear: year, receiptNo } });
  await appendPaymentEvent(tx, {
    paymentId: payment.id,
    kind: "paid",
    fromStatus: "PENDING",
    toStatus: "PAID",
    actorId: input.actorId,
    statementLineId: input.statementLineId,
    stripeEventId: input.stripeEventId,
    data: { method: input.method, amountVnd: input.amountVnd, bankReference: input.bankReference ?? null, receipt: `${receiptNo}/${year}` },
  });
  await recordAudit(tx, { actorId: input.actorId, action: "payment.paid", entityType: "Payment", entityId: payment.id, data: { method: input.method, receiptNo, year } });
  const payable = await loadPayable(tx, payableOf(payment));
  await mailBusiness(tx, { businessId: payment.businessId, kind: "paid", paymentId: payment.id, amountVnd: payment.amountVnd, description: payable.description });
  return "paid";
}

/** An officer records a transfer seen in the bank, or cash received, by hand. */
export async function markPaidByHand(
  db: Db,
  { actor, paymentId, method, amountVnd, paidAt, bankReference }: { actor: Actor; paymentId: string; method: "VIETQR" | "CASH"; amountVnd: number; paidAt: Date; bankReference: string | null },
) {
  requireReconciler(actor);
  if (paidAt.getTime() > Date.now() + 60_000) throw new Invalid("payments.errors.future", { paidOn: ["payments.errors.future"] });
  return db.$transaction((tx) => settlePayment(tx, { paymentId, actorId: actor.userId, method, amountVnd, paidAt, bankReference }));
}

/** "I have transferred": the business tells the office to look at the bank account. */
export async function reportTransfer(db: Db, { actor, businessId, paymentId }: { actor: Actor; businessId: string; paymentId: string }) {
  requirePayer(actor, businessId);
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({ where: { id: paymentId, businessId } });
    if (!payment) throw new NotFound();
    if (payment.status !== "PENDING") throw new Conflict("payments.errors.notOpen");
    await tx.payment.update({ where: { id: payment.id }, data: { transferReportedAt: new Date() } });
    await appendPaymentEvent(tx, { paymentId, kind: "transfer_reported", fromStatus: "PENDING", toStatus: "PENDING", actorId: actor.userId });
    await recordAudit(tx, { actorId: actor.userId, action: "payment.transfer_reported", entityType: "Payment", entityId: paymentId });
    const business = await tx.business.findUniqueOrThrow({ where: { id: businessId }, select: { name: true } });
    await mailOffice(tx, {
      subjectKey: "payments.email.transferReportedSubject",
      bodyKey: "payments.email.transferReportedBody",
      args: { business: business.name, note: payment.reference, amount: formatVnd(payment.amountVnd), url: `/office/payments/${payment.id}` },
    });
  });
}

/**
 * When the office cancels a fair, a trip or one place in it: open payments are CANCELLED, paid
 * ones REFUNDED (card payments through the Stripe API via the outbox, transfers and cash by the
 * office's own refund, which the e-mail announces), waived ones CANCELLED. Call inside the
 * cancelling transaction. Returns how many payments changed.
 */
export async function refundPaymentsFor(tx: Tx, { actorId, payable, reason }: { actorId: string | null; payable: PayableRef; reason: string }): Promise<number> {
  const payments = await tx.payment.findMany({ where: { ...payableColumns(payable), status: { in: LIVE_STATUSES } } });
  const loaded = payments.length ? await loadPayable(tx, payable) : null;
  for (const payment of payments) {
    const toStatus: PaymentStatus = payment.status === "PAID" ? "REFUNDED" : "CANCELLED";
    const moved = await tx.payment.updateMany({ where: { id: payment.id, status: payment.status }, data: { status: toStatus } });
    if (moved.count === 0) continue;
    await appendPaymentEvent(tx, { paymentId: payment.id, kind: toStatus === "REFUNDED" ? "refunded" : "cancelled", fromStatus: payment.status, toStatus, actorId, data: { reason } });
    await recordAudit(tx, { actorId, action: toStatus === "REFUNDED" ? "payment.refund" : "payment.cancel", entityType: "Payment", entityId: payment.id, data: { reason } });
    if (toStatus === "REFUNDED" && payment.method === "STRIPE" && payment.stripePaymentIntentId) {
      await tx.outboxMessage.create({
        data: { topic: "stripe.refund", payload: JSON.stringify({ paymentId: payment.id, paymentIntentId: payment.stripePaymentIntentId, amountVnd: payment.amountVnd }) },
      });
    }
    await mailBusiness(tx, { businessId: payment.businessId, kind: toStatus === "REFUNDED" ? "refunded" : "cancelled", paymentId: payment.id, amountVnd: payment.amountVnd, description: loaded!.description });
  }
  return payments.length;
}

// ───────────── reads ─────────────

const listInclude = { business: { select: { id: true, name: true } } } as const;

export async function listPaymentsForOffice(
  db: Db,
  { actor, status, method, q, take = 100 }: { actor: Actor; status?: PaymentStatus; method?: PaymentMethod; q?: string; take?: number },
) {
  requireReconciler(actor);
  const query = q?.trim();
  return db.payment.findMany({
    where: {
      ...(status ? { status } : {}),
      ...(method ? { method } : {}),
      ...(query ? { OR: [{ reference: { contains: query.toUpperCase() } }, { business: { name: { contains: query } } }] } : {}),
    },
    include: listInclude,
    orderBy: [{ transferReportedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take,
  });
}

export async function getPaymentForOffice(db: Db, { actor, paymentId }: { actor: Actor; paymentId: string }) {
  requireReconciler(actor);
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { ...listInclude, events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } }, statementLine: true },
  });
  if (!payment) throw new NotFound();
  return { payment, payable: await loadPayable(db, payableOf(payment)) };
}

/** The business's payables with their fee state and payment, for /business/payments. */
export async function listBusinessPayments(db: Db, { actor, businessId }: { actor: Actor; businessId: string }) {
  requirePayer(actor, businessId);
  const payables = await listPayablesOfBusiness(db, businessId);
  const payments = await db.payment.findMany({ where: { businessId }, orderBy: { createdAt: "desc" } });
  const waivers = await db.feeWaiver.findMany({ where: { businessId }, orderBy: { createdAt: "desc" }, select: { id: true, registrationId: true, participantId: true, status: true } });
  return payables.map((payable) => {
    const cols = payableColumns(payable);
    const mine = (row: { registrationId: string | null; participantId: string | null }) =>
      row.registrationId === cols.registrationId && row.participantId === cols.participantId;
    const live = payments.find((p) => mine(p) && LIVE_STATUSES.includes(p.status)) ?? null;
    const waiver = waivers.find(mine) ?? null;
    return { payable, payment: live, waiver, due: isDue(payable) };
  });
}

export async function getBusinessPayment(db: Db, { actor, businessId, paymentId }: { actor: Actor; businessId: string; paymentId: string }) {
  requirePayer(actor, businessId);
  const payment = await db.payment.findFirst({ where: { id: paymentId, businessId } });
  if (!payment) throw new NotFound();
  return { payment, payable: await loadPayable(db, payableOf(payment)) };
}

/** A receipt: only for PAID (or later REFUNDED) payments with a number; business owner or office. */
export async function getReceipt(db: Db, { actor, paymentId }: { actor: Actor; paymentId: string }) {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { business: { select: { id: true, name: true, streetAddress: true, enterpriseCode: true, registrationNo: true, legalForm: true } } },
  });
  if (!payment) throw new NotFound();
  const office = hasPermission(actor, "office:payments:reconcile");
  if (!office && !hasBusinessPermission(actor, payment.businessId, "business:payments:pay")) throw new NotFound();
  if (payment.receiptNo === null || payment.receiptYear === null || !payment.paidAt) throw new NotFound();
  return { payment, payable: await loadPayable(db, payableOf(payment)) };
}

/**
 * Totals only, for /api/v1/stats (owned by the reports feature): nothing per business, no
 * household data. Waived fees are counted, not who had them.
 */
export async function paymentTotals(client: Client): Promise<{ paidCount: number; paidVnd: number; waivedCount: number }> {
  const [paid, waived] = await Promise.all([
    client.payment.aggregate({ where: { status: "PAID" }, _count: { _all: true }, _sum: { amountVnd: true } }),
    client.payment.count({ where: { status: "WAIVED" } }),
  ]);
  return { paidCount: paid._count._all, paidVnd: paid._sum.amountVnd ?? 0, waivedCount: waived };
}
