// A registration's fee and whether it is settled: the payments module decides (feeStateOf, one
// rule for the fairs' lists and the payments pages, ADR 0015) from the Payment and FeeWaiver rows. The office's "mark paid" at the desk records a cash payment through it.
import { recordAudit } from "~/modules/audit/audit.server";
import { loadPayable } from "~/modules/payments/payables.server";
import { createPaymentForPayable, feeStateOf, isFeeSettled, settlePayment, type FeeState } from "~/modules/payments/payments.server";
import { NotFound, Invalid } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";
import { requireOffice } from "./registrations.server";

export type { FeeState } from "~/modules/payments/payments.server";

type RegistrationFeeRow = { id: string; status: string; feeVnd: number; payments: ReadonlyArray<{ id: string; status: string }> };

/** A registration's fee state: the payments module's rule (feeStateOf) on the fairs' rows. */
export function registrationFeeState(registration: RegistrationFeeRow, waiverPending: boolean): FeeState {
  return feeStateOf({ payable: { status: registration.status, amountVnd: registration.feeVnd }, payments: registration.payments, waiverPending }).state;
}

/** The fee state of many registrations, with one query for their open waiver requests. */
export async function registrationFeeStates(client: Db | Tx, registrations: readonly RegistrationFeeRow[]): Promise<Map<string, FeeState>> {
  const pending = registrations.length
    ? await client.feeWaiver.findMany({ where: { registrationId: { in: registrations.map((r) => r.id) }, status: "REQUESTED" }, select: { registrationId: true } })
    : [];
  const waiting = new Set(pending.map((w) => w.registrationId));
  return new Map(registrations.map((r) => [r.id, registrationFeeState(r, waiting.has(r.id))]));
}

/** Whether the office may still take this registration's fee at the desk. */
export function feeOpen(state: FeeState): boolean {
  return !isFeeSettled(state) && state !== "no_fee";
}

/**
 * The office records a fee paid in cash at the desk: through the payments module, so the payment
 * gets its history, a receipt number and the business's e-mail like any other (ADR 0015).
 */
export async function markRegistrationPaid(db: Db, { actor, fairId, registrationId, now = new Date() }: { actor: Actor; fairId: string; registrationId: string; now?: Date }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await tx.fairRegistration.findFirst({ where: { id: registrationId, fairId }, include: { payments: { select: { id: true, status: true } } } });
    if (!r) throw new NotFound();
    if (r.status !== "PENDING" && r.status !== "APPROVED") throw new Invalid("fairs.errors.notPayable");
    if (!feeOpen(registrationFeeState(r, false))) throw new Invalid("fairs.errors.alreadySettled");
    const payable = await loadPayable(tx, { kind: "fair_registration", id: r.id });
    const payment = await createPaymentForPayable(tx, { actorId: actor.userId, payable });
    await settlePayment(tx, { paymentId: payment.id, actorId: actor.userId, method: "CASH", amountVnd: payment.amountVnd, paidAt: now });
    await tx.fairRegistration.update({ where: { id: r.id }, data: { holdExpiresAt: null } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.markPaid", entityType: "FairRegistration", entityId: r.id, data: { paymentId: payment.id, amountVnd: r.feeVnd } });
  });
}
