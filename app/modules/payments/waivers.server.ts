// Fee waivers for poor and near-poor households ("Vì người nghèo"). A business owner asks for a
// waiver on one payable and declares its household status with the commune's certificate
// (number, year, optional scan); a partner or officer confirms or refuses it. A confirmation is
// valid for the certificate's year, which must be the event's year; it cancels the open payment
// and records a WAIVED one. Household status and documents are sensitive: only the business's
// owners (business:payments:pay), partners and officers (office:waivers:confirm) see them, every
// view of the document is audited, and no e-mail carries them.
import type { PovertyStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { discardPrepared, recordUpload, type PreparedUpload } from "~/modules/files/uploads.server";
import { hasBusinessPermission, hasPermission, type Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { mailBusiness } from "./notify.server";
import { flagWaiverRequested, loadPayable, payableColumns, payableOf, vnYear, type PayableRef } from "./payables.server";
import { appendPaymentEvent, generateWaiverReference, LIVE_STATUSES } from "./payments.server";

function requireWaiverDecider(actor: Actor) {
  if (!hasPermission(actor, "office:waivers:confirm")) throw new Forbidden();
}


export interface WaiverRequestInput {
  payable: PayableRef;
  householdStatus: Exclude<PovertyStatus, "NONE">;
  certificateNumber: string;
  certificateYear: number;
}

/** The scan, if any, is prepared (re-encoded, written) by the caller before this runs. */
export async function requestWaiver(
  db: Db,
  { actor, businessId, input, document }: { actor: Actor; businessId: string; input: WaiverRequestInput; document: PreparedUpload | null },
) {
  if (!hasBusinessPermission(actor, businessId, "business:payments:pay")) throw new Forbidden();
  try {
    return await db.$transaction(async (tx) => {
      const payable = await loadPayable(tx, input.payable);
      if (payable.businessId !== businessId) throw new NotFound();
      if (payable.amountVnd <= 0) throw new Conflict("payments.errors.noFee");
      const live = await tx.payment.findFirst({ where: { ...payableColumns(payable), status: { in: ["PAID", "WAIVED"] } } });
      if (live) throw new Conflict(live.status === "PAID" ? "payments.errors.alreadyPaid" : "payments.waivers.alreadyWaived");
      const eventYear = vnYear(payable.eventStartsAt);
      if (input.certificateYear !== eventYear) {
        throw new Invalid("errors.fixBelow", { certificateYear: ["payments.waivers.yearMustMatch"] });
      }
      const open = await tx.feeWaiver.findFirst({ where: { ...payableColumns(payable), status: { in: ["REQUESTED", "CONFIRMED"] } } });
      if (open) throw new Conflict("payments.waivers.alreadyRequested");
      const file = document ? await recordUpload(tx, document, { businessId: null, uploadedById: actor.userId, isPrivate: true }) : null;
      const waiver = await tx.feeWaiver.create({
        data: {
          businessId,
          ...payableColumns(payable),
          householdStatus: input.householdStatus,
          certificateNumber: input.certificateNumber,
          certificateYear: input.certificateYear,
          documentFileId: file?.id ?? null,
          requestedById: actor.userId,
        },
      });
      await flagWaiverRequested(tx, payable, true);
      await recordAudit(tx, { actorId: actor.userId, action: "waiver.request", entityType: "FeeWaiver", entityId: waiver.id, data: { payable: input.payable } });
      await mailBusiness(tx, { businessId, kind: "waiverRequested", amountVnd: payable.amountVnd, description: payable.description });
      return waiver;
    });
  } catch (error) {
    if (document) await discardPrepared([document]);
    throw error;
  }
}

export async function listWaivers(db: Db, { actor, status }: { actor: Actor; status?: "REQUESTED" | "CONFIRMED" | "REFUSED" }) {
  requireWaiverDecider(actor);
  const waivers = await db.feeWaiver.findMany({
    where: status ? { status } : {},
    include: { business: { select: { name: true, legalForm: true } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
  });
  return Promise.all(
    waivers.map(async (w) => ({ ...w, payable: await loadPayable(db, payableOf(w)).catch(() => null) })),
  );
}

/**
 * Confirm or refuse. Confirming cancels the payable's open payment and records a WAIVED payment
 * for the fee, and marks the business's household status as confirmed; status-guarded, so two
 * deciders at once decide once.
 */
export async function decideWaiver(
  db: Db,
  { actor, waiverId, decision, note }: { actor: Actor; waiverId: string; decision: "confirm" | "refuse"; note: string | null },
) {
  requireWaiverDecider(actor);
  await db.$transaction(async (tx) => {
    const waiver = await tx.feeWaiver.findUnique({ where: { id: waiverId } });
    if (!waiver) throw new NotFound();
    const moved = await tx.feeWaiver.updateMany({
      where: { id: waiverId, status: "REQUESTED" },
      data: {
        status: decision === "confirm" ? "CONFIRMED" : "REFUSED",
        decidedById: actor.userId,
        decidedAt: new Date(),
        decisionNote: note,
        validYear: decision === "confirm" ? waiver.certificateYear : null,
      },
    });
    if (moved.count === 0) throw new Conflict("payments.waivers.alreadyDecided");
    const ref = payableOf(waiver);
    const payable = await loadPayable(tx, ref);
    await recordAudit(tx, { actorId: actor.userId, action: `waiver.${decision}`, entityType: "FeeWaiver", entityId: waiverId, data: { note } });
    if (decision === "refuse") {
      await flagWaiverRequested(tx, ref, false);
      await mailBusiness(tx, { businessId: waiver.businessId, kind: "waiverRefused", amountVnd: payable.amountVnd, description: payable.description });
      return;
    }
    const live = await tx.payment.findFirst({ where: { ...payableColumns(ref), status: { in: LIVE_STATUSES } } });
    if (live?.status === "PAID") throw new Conflict("payments.errors.alreadyPaid");
    if (live?.status === "PENDING") {
      await tx.payment.update({ where: { id: live.id }, data: { status: "CANCELLED" } });
      await appendPaymentEvent(tx, { paymentId: live.id, kind: "cancelled", fromStatus: "PENDING", toStatus: "CANCELLED", actorId: actor.userId, data: { reason: "waiver" } });
    }
    const waived = await tx.payment.create({
      data: { businessId: waiver.businessId, ...payableColumns(ref), amountVnd: payable.amountVnd, method: "WAIVER", status: "WAIVED", reference: generateWaiverReference(), confirmedById: actor.userId, paidAt: new Date() },
    });
    await appendPaymentEvent(tx, { paymentId: waived.id, kind: "waived", fromStatus: null, toStatus: "WAIVED", actorId: actor.userId, data: { waiverId } });
    await tx.business.update({
      where: { id: waiver.businessId },
      data: { povertyStatus: waiver.householdStatus, povertyConfirmedById: actor.userId, povertyConfirmedAt: new Date() },
    });
    await mailBusiness(tx, { businessId: waiver.businessId, kind: "waived", paymentId: waived.id, amountVnd: payable.amountVnd, description: payable.description });
  });
}

/** The business's own waivers (owners only), with status — never shown to staff. */
export async function listOwnWaivers(db: Db, { actor, businessId }: { actor: Actor; businessId: string }) {
  if (!hasBusinessPermission(actor, businessId, "business:payments:pay")) throw new Forbidden();
  return db.feeWaiver.findMany({ where: { businessId }, orderBy: { createdAt: "desc" } });
}

/** The scan of a waiver's certificate, for a decider or the business's owner; every view audited. */
export async function openWaiverDocument(db: Db, { actor, waiverId }: { actor: Actor; waiverId: string }) {
  return db.$transaction(async (tx) => {
    const waiver = await tx.feeWaiver.findUnique({ where: { id: waiverId }, include: { documentFile: true } });
    if (!waiver?.documentFile) throw new NotFound();
    const allowed = hasPermission(actor, "office:waivers:confirm") || hasBusinessPermission(actor, waiver.businessId, "business:payments:pay");
    if (!allowed) throw new NotFound();
    await recordAudit(tx, { actorId: actor.userId, action: "waiver.document_view", entityType: "FeeWaiver", entityId: waiver.id, data: { fileId: waiver.documentFile.id } });
    return waiver.documentFile;
  });
}
