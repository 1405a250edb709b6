// A registration's fee and whether it is settled, read from Payment rows (owned by the payments
// module, issue #11). The office's "mark paid" at the desk records a cash payment through it.
import { recordAudit } from "~/modules/audit/audit.server";
import { loadPayable } from "~/modules/payments/payables.server";
import { createPaymentForPayable, settlePayment } from "~/modules/payments/payments.server";
import { NotFound, Invalid } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { requireOffice } from "./registrations.server";

export type FeeStatus = "free" | "paid" | "waived" | "due";

type PaymentRow = { status: string };

export function isSettled(payments: PaymentRow[]): boolean {
  return payments.some((p) => p.status === "PAID" || p.status === "WAIVED");
}

/** The one rule for "is this registration's fee settled": PAID → paid, WAIVED → waived, else due. */
export function registrationFeeStatus(registration: { feeVnd: number; payments: PaymentRow[] }): FeeStatus {
  if (registration.payments.some((p) => p.status === "PAID")) return "paid";
  if (registration.payments.some((p) => p.status === "WAIVED")) return "waived";
  return registration.feeVnd === 0 ? "free" : "due";
}

/**
 * The office records a fee paid in cash at the desk: through the payments module, so the payment
 * gets its history, a receipt number and the business's e-mail like any other (ADR 0015).
 */
export async function markRegistrationPaid(db: Db, { actor, fairId, registrationId, now = new Date() }: { actor: Actor; fairId: string; registrationId: string; now?: Date }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await tx.fairRegistration.findFirst({ where: { id: registrationId, fairId }, include: { payments: { select: { status: true } } } });
    if (!r) throw new NotFound();
    if (r.status !== "PENDING" && r.status !== "APPROVED") throw new Invalid("fairs.errors.notPayable");
    if (registrationFeeStatus(r) !== "due") throw new Invalid("fairs.errors.alreadySettled");
    const payable = await loadPayable(tx, { kind: "fair_registration", id: r.id });
    const payment = await createPaymentForPayable(tx, { actorId: actor.userId, payable });
    await settlePayment(tx, { paymentId: payment.id, actorId: actor.userId, method: "CASH", amountVnd: payment.amountVnd, paidAt: now });
    await tx.fairRegistration.update({ where: { id: r.id }, data: { holdExpiresAt: null } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.markPaid", entityType: "FairRegistration", entityId: r.id, data: { paymentId: payment.id, amountVnd: r.feeVnd } });
  });
}
