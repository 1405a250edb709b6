// A registration's fee and whether it is settled, read from Payment rows (the payments module,
// issue #11, owns those). Until that module lands the office can "mark paid", which records a
// CASH payment; the lead will rewire this to the payments module (ADR 0014).
import { randomBytes } from "node:crypto";
import { recordAudit } from "~/modules/audit/audit.server";
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

/** Short memo-style reference, unique in Payment.reference: "HVF" + 10 base32 characters. */
function paymentReference() {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  return "HVF" + [...randomBytes(10)].map((b) => alphabet[b % 32]).join("");
}

export async function markRegistrationPaid(db: Db, { actor, fairId, registrationId, now = new Date() }: { actor: Actor; fairId: string; registrationId: string; now?: Date }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await tx.fairRegistration.findFirst({ where: { id: registrationId, fairId }, include: { payments: { select: { status: true } } } });
    if (!r) throw new NotFound();
    if (r.status !== "PENDING" && r.status !== "APPROVED") throw new Invalid("fairs.errors.notPayable");
    if (registrationFeeStatus(r) !== "due") throw new Invalid("fairs.errors.alreadySettled");
    const payment = await tx.payment.create({
      data: { businessId: r.businessId, registrationId: r.id, amountVnd: r.feeVnd, method: "CASH", status: "PAID", reference: paymentReference(), confirmedById: actor.userId, paidAt: now },
    });
    await tx.fairRegistration.update({ where: { id: r.id }, data: { holdExpiresAt: null } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.markPaid", entityType: "FairRegistration", entityId: r.id, data: { paymentId: payment.id, amountVnd: r.feeVnd } });
  });
}
