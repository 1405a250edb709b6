// Who takes part in a trip: invitations by the office, answers and applications by businesses,
// the office's decisions, the waitlist. Invariants held by the database (migration
// 20261130170000_trips): APPROVED participants never exceed the trip's capacity (triggers), and a
// business has at most one live (INVITED/PENDING/APPROVED/WAITLISTED) participation per trip
// (partial unique index). A place is therefore taken by trying the write: when the capacity
// trigger refuses, the participation goes on the waitlist instead, oldest first.
import { recordAudit } from "~/modules/audit/audit.server";
import { ocopStarsInForce, CERTIFICATE_FACTS_SELECT } from "~/modules/catalog/visibility";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import { Conflict, Invalid, NotFound } from "~/modules/errors";
import { uniqueViolationOn } from "~/modules/fairs/registrations.server";
import type { Actor } from "~/modules/identity/permissions";
import { loadPayable } from "~/modules/payments/payables.server";
import { createPaymentForPayable, feeStatus, refundPaymentsFor, settlePayment } from "~/modules/payments/payments.server";
import type { Prisma } from "~/generated/prisma/client";
import type { Db, Tx } from "~/utils/db.server";
import { isCapacityExceeded, LIVE_STATUSES, notifyTripBusiness, requireTripMember, requireTripOffice } from "./access.server";
import type { CandidateFilters } from "./trip.schema";

type TripRow = { id: string; name: string; status: string; feeVnd: number; verifiedOnly: boolean; openToApplications: boolean; eligibleCategoryId: string | null };

/** Trips that still take participants. */
const RECRUITING = ["DRAFT", "PUBLISHED"] as const;

/** Why a business may not take part, as a locale key; null when eligible. */
async function ineligibility(tx: Tx, trip: TripRow, businessId: string): Promise<string | null> {
  const business = await tx.business.findUnique({ where: { id: businessId }, select: { status: true } });
  if (!business) return "trips.errors.noSuchBusiness";
  if (business.status === "SUSPENDED" || (trip.verifiedOnly && business.status !== "VERIFIED")) return "trips.errors.notVerified";
  if (trip.eligibleCategoryId) {
    const inCategory = await tx.product.count({
      where: { businessId, status: "APPROVED", OR: [{ categoryId: trip.eligibleCategoryId }, { category: { parentId: trip.eligibleCategoryId } }] },
    });
    if (!inCategory) return "trips.errors.category";
  }
  return null;
}

/**
 * Takes a place for a participation now in `fromStatus`: APPROVED with a pass code when the
 * capacity trigger lets it, else WAITLISTED (stamped, so the waitlist keeps arrival order).
 * A fee opens a payment through the payments module.
 */
async function takePlaceOrWait(tx: Tx, participant: { id: string; businessId: string }, fromStatus: "INVITED" | "PENDING" | "WAITLISTED", trip: TripRow, actorId: string | null, now: Date) {
  const passCode = generateVerificationCode();
  try {
    const { count } = await tx.tripParticipant.updateMany({
      where: { id: participant.id, status: fromStatus },
      data: { status: "APPROVED", passCode, waitlistedAt: null, decidedAt: now },
    });
    if (count === 0) throw new Conflict("trips.errors.changedMeanwhile");
  } catch (error) {
    if (!isCapacityExceeded(error)) throw error;
    if (fromStatus === "WAITLISTED") return "WAITLISTED" as const;
    const { count } = await tx.tripParticipant.updateMany({ where: { id: participant.id, status: fromStatus }, data: { status: "WAITLISTED", waitlistedAt: now } });
    if (count === 0) throw new Conflict("trips.errors.changedMeanwhile");
    await recordAudit(tx, { actorId, action: "trip.waitlist", entityType: "TripParticipant", entityId: participant.id });
    await notifyTripBusiness(tx, participant.businessId, "waitlisted", { tripName: trip.name });
    return "WAITLISTED" as const;
  }
  if (trip.feeVnd > 0) {
    const payable = await loadPayable(tx, { kind: "trip_participant", id: participant.id });
    if (payable.amountVnd > 0) await createPaymentForPayable(tx, { actorId, payable });
  }
  await recordAudit(tx, { actorId, action: fromStatus === "WAITLISTED" ? "trip.promote" : "trip.approve", entityType: "TripParticipant", entityId: participant.id });
  await notifyTripBusiness(tx, participant.businessId, fromStatus === "WAITLISTED" ? "promoted" : "approved", { tripName: trip.name, passCode });
  return "APPROVED" as const;
}

/** Gives freed places to the waitlist, oldest first, while the trip has room. */
export async function promoteWaitlisted(tx: Tx, tripId: string, actorId: string | null, now: Date): Promise<string[]> {
  const trip = await tx.trip.findUniqueOrThrow({ where: { id: tripId } });
  if (trip.status !== "PUBLISHED" && trip.status !== "CLOSED" && trip.status !== "DRAFT") return [];
  const promoted: string[] = [];
  const waiting = await tx.tripParticipant.findMany({ where: { tripId, status: "WAITLISTED" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }], select: { id: true, businessId: true } });
  for (const next of waiting) {
    if ((await takePlaceOrWait(tx, next, "WAITLISTED", trip, actorId, now)) !== "APPROVED") break;
    promoted.push(next.id);
  }
  return promoted;
}

/** Candidates for invitations: businesses filtered by category, commune, OCOP stars in force, product count. */
export async function listInvitationCandidates(db: Db, { actor, tripId, filters, now = new Date() }: { actor: Actor; tripId: string; filters: CandidateFilters; now?: Date }) {
  requireTripOffice(actor);
  const trip = await db.trip.findUnique({ where: { id: tripId }, select: { verifiedOnly: true } });
  if (!trip) throw new NotFound();
  const where: Prisma.BusinessWhereInput = {
    status: trip.verifiedOnly ? "VERIFIED" : { not: "SUSPENDED" },
    tripParticipations: { none: { tripId, status: { in: [...LIVE_STATUSES] } } },
  };
  if (filters.commune) where.communeCode = filters.commune;
  if (filters.category) where.products = { some: { status: "APPROVED", OR: [{ categoryId: filters.category }, { category: { parentId: filters.category } }] } };
  const businesses = await db.business.findMany({
    where,
    orderBy: { name: "asc" },
    take: 500,
    select: {
      id: true,
      name: true,
      status: true,
      commune: { select: { name: true } },
      certificates: { where: { kind: "OCOP" }, select: CERTIFICATE_FACTS_SELECT },
      _count: { select: { products: { where: { status: "APPROVED" } } } },
    },
  });
  return businesses
    .map((b) => ({ id: b.id, name: b.name, status: b.status, commune: b.commune?.name ?? null, stars: ocopStarsInForce(b.certificates, now), products: b._count.products }))
    .filter((b) => (filters.stars ? (b.stars ?? 0) >= filters.stars : true) && (filters.minProducts ? b.products >= filters.minProducts : true));
}

/**
 * The office invites businesses. All or nothing: when one of them is not eligible (e.g.
 * unverified on a verified-only trip) nothing is sent and the answer names it. Businesses
 * already invited or taking part are skipped.
 */
export async function inviteBusinesses(db: Db, { actor, tripId, businessIds, now = new Date() }: { actor: Actor; tripId: string; businessIds: string[]; now?: Date }) {
  requireTripOffice(actor);
  return db.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id: tripId } });
    if (!trip) throw new NotFound();
    if (!(RECRUITING as readonly string[]).includes(trip.status)) throw new Invalid("trips.errors.notRecruiting");
    let invited = 0;
    for (const businessId of new Set(businessIds)) {
      const refusal = await ineligibility(tx, trip, businessId);
      if (refusal) throw new Invalid(refusal, { businessIds: [refusal] });
      try {
        const p = await tx.tripParticipant.create({
          data: { tripId, businessId, status: "INVITED", origin: "INVITED", feeVnd: trip.feeVnd, invitedAt: now, invitedById: actor.userId },
        });
        invited++;
        await recordAudit(tx, { actorId: actor.userId, action: "trip.invite", entityType: "TripParticipant", entityId: p.id });
        await notifyTripBusiness(tx, businessId, "invited", { tripName: trip.name });
      } catch (error) {
        if (!uniqueViolationOn(error, "businessId") && !uniqueViolationOn(error, "TripParticipant_live_business")) throw error;
      }
    }
    return { invited };
  });
}

async function ownParticipation(tx: Tx, businessId: string, participantId: string) {
  const p = await tx.tripParticipant.findFirst({ where: { id: participantId, businessId }, include: { trip: true } });
  if (!p) throw new NotFound();
  return p;
}

/** The business accepts an invitation: a place if there is one, else the waitlist. */
export async function acceptInvitation(db: Db, { actor, businessId, participantId, now = new Date() }: { actor: Actor; businessId: string; participantId: string; now?: Date }) {
  requireTripMember(actor, businessId);
  return db.$transaction(async (tx) => {
    const p = await ownParticipation(tx, businessId, participantId);
    if (p.status !== "INVITED") throw new Invalid("trips.errors.notInvited");
    if (!(RECRUITING as readonly string[]).includes(p.trip.status)) throw new Invalid("trips.errors.notRecruiting");
    await tx.tripParticipant.update({ where: { id: p.id }, data: { respondedAt: now } });
    return takePlaceOrWait(tx, p, "INVITED", p.trip, actor.userId, now);
  });
}

export async function declineInvitation(db: Db, { actor, businessId, participantId, reason, now = new Date() }: { actor: Actor; businessId: string; participantId: string; reason?: string; now?: Date }) {
  requireTripMember(actor, businessId);
  await db.$transaction(async (tx) => {
    const p = await ownParticipation(tx, businessId, participantId);
    const { count } = await tx.tripParticipant.updateMany({ where: { id: p.id, status: "INVITED" }, data: { status: "DECLINED", respondedAt: now, decisionReason: reason ?? null } });
    if (count === 0) throw new Invalid("trips.errors.notInvited");
    await recordAudit(tx, { actorId: actor.userId, action: "trip.decline", entityType: "TripParticipant", entityId: p.id });
  });
}

/** An eligible business applies to a published trip open to applications; the office decides. */
export async function applyToTrip(
  db: Db,
  { actor, businessId, tripId, waiverRequested = false, note, now = new Date() }: { actor: Actor; businessId: string; tripId: string; waiverRequested?: boolean; note?: string; now?: Date },
) {
  requireTripMember(actor, businessId);
  return db.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id: tripId } });
    if (!trip || trip.status === "DRAFT") throw new NotFound();
    if (trip.status !== "PUBLISHED" || !trip.openToApplications) throw new Invalid("trips.errors.notOpen");
    const refusal = await ineligibility(tx, trip, businessId);
    if (refusal) throw new Invalid(refusal);
    try {
      const p = await tx.tripParticipant.create({
        data: { tripId, businessId, status: "PENDING", origin: "APPLIED", feeVnd: trip.feeVnd, waiverRequested, note: note ?? null, respondedAt: now },
      });
      await recordAudit(tx, { actorId: actor.userId, action: "trip.apply", entityType: "TripParticipant", entityId: p.id });
      return p;
    } catch (error) {
      if (uniqueViolationOn(error, "businessId") || uniqueViolationOn(error, "TripParticipant_live_business")) throw new Conflict("trips.errors.alreadyParticipating");
      throw error;
    }
  });
}

async function participantForOffice(tx: Tx, tripId: string, participantId: string) {
  const p = await tx.tripParticipant.findFirst({ where: { id: participantId, tripId }, include: { trip: true } });
  if (!p) throw new NotFound();
  return p;
}

export async function approveParticipant(db: Db, { actor, tripId, participantId, now = new Date() }: { actor: Actor; tripId: string; participantId: string; now?: Date }) {
  requireTripOffice(actor);
  return db.$transaction(async (tx) => {
    const p = await participantForOffice(tx, tripId, participantId);
    if (p.status !== "PENDING") throw new Invalid("trips.errors.notApprovable");
    return takePlaceOrWait(tx, p, "PENDING", p.trip, actor.userId, now);
  });
}

/** Ends a participation (reject or cancel); a freed place goes to the waitlist. */
async function endParticipation(tx: Tx, p: { id: string; tripId: string; businessId: string; status: string; trip: { name: string } }, to: "REJECTED" | "CANCELLED", reason: string | null, actorId: string, now: Date) {
  const { count } = await tx.tripParticipant.updateMany({
    where: { id: p.id, status: p.status as "PENDING" },
    data: { status: to, decisionReason: reason, decidedAt: now, waitlistedAt: null },
  });
  if (count === 0) throw new Conflict("trips.errors.changedMeanwhile");
  await refundPaymentsFor(tx, { actorId, payable: { kind: "trip_participant", id: p.id }, reason: reason ?? to.toLowerCase() });
  await recordAudit(tx, { actorId, action: to === "REJECTED" ? "trip.reject" : "trip.cancelParticipant", entityType: "TripParticipant", entityId: p.id, data: { reason } });
  await notifyTripBusiness(tx, p.businessId, to === "REJECTED" ? "rejected" : "cancelled", { tripName: p.trip.name, reason });
  if (p.status === "APPROVED") await promoteWaitlisted(tx, p.tripId, actorId, now);
}

export async function rejectParticipant(db: Db, { actor, tripId, participantId, reason, now = new Date() }: { actor: Actor; tripId: string; participantId: string; reason: string; now?: Date }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    const p = await participantForOffice(tx, tripId, participantId);
    if (p.status !== "PENDING" && p.status !== "WAITLISTED") throw new Invalid("trips.errors.notRejectable");
    await endParticipation(tx, p, "REJECTED", reason, actor.userId, now);
  });
}

/** The office withdraws a live participation (a place or a waitlist spot) with a reason. */
export async function cancelParticipantByOffice(db: Db, { actor, tripId, participantId, reason, now = new Date() }: { actor: Actor; tripId: string; participantId: string; reason: string; now?: Date }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    const p = await participantForOffice(tx, tripId, participantId);
    if (!(LIVE_STATUSES as readonly string[]).includes(p.status)) throw new Invalid("trips.errors.notCancellable");
    await endParticipation(tx, p, "CANCELLED", reason, actor.userId, now);
  });
}

/** The business withdraws its application, place or waitlist spot before the trip ends. */
export async function withdrawParticipation(db: Db, { actor, businessId, participantId, now = new Date() }: { actor: Actor; businessId: string; participantId: string; now?: Date }) {
  requireTripMember(actor, businessId);
  await db.$transaction(async (tx) => {
    const p = await ownParticipation(tx, businessId, participantId);
    if (!["PENDING", "APPROVED", "WAITLISTED"].includes(p.status)) throw new Invalid("trips.errors.notCancellable");
    if (p.trip.status !== "PUBLISHED" && p.trip.status !== "DRAFT") throw new Invalid("trips.errors.notRecruiting");
    await endParticipation(tx, p, "CANCELLED", null, actor.userId, now);
  });
}

/** The office records a fee paid in cash at the first stop, through the payments module. */
export async function markParticipantPaid(db: Db, { actor, tripId, participantId, now = new Date() }: { actor: Actor; tripId: string; participantId: string; now?: Date }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    const p = await participantForOffice(tx, tripId, participantId);
    if (p.status !== "APPROVED") throw new Invalid("trips.errors.notPayable");
    const fee = await feeStatus(tx, { kind: "trip_participant", id: p.id });
    if (fee.state !== "due" && fee.state !== "pending") throw new Invalid("trips.errors.alreadySettled");
    const payment = await createPaymentForPayable(tx, { actorId: actor.userId, payable: await loadPayable(tx, { kind: "trip_participant", id: p.id }) });
    await settlePayment(tx, { paymentId: payment.id, actorId: actor.userId, method: "CASH", amountVnd: payment.amountVnd, paidAt: now });
    await recordAudit(tx, { actorId: actor.userId, action: "trip.markPaid", entityType: "TripParticipant", entityId: p.id, data: { paymentId: payment.id } });
  });
}

/** Every participation of a trip for the office, with its fee state and waitlist position. */
export async function listParticipants(db: Db, { actor, tripId }: { actor: Actor; tripId: string }) {
  requireTripOffice(actor);
  const rows = await db.tripParticipant.findMany({
    where: { tripId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { business: { select: { id: true, name: true, status: true } } },
  });
  const waitlist = rows.filter((r) => r.status === "WAITLISTED").sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime());
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      business: r.business,
      status: r.status,
      origin: r.origin,
      passCode: r.passCode,
      feeVnd: r.feeVnd,
      waiverRequested: r.waiverRequested,
      note: r.note,
      decisionReason: r.decisionReason,
      feeState: (await feeStatus(db, { kind: "trip_participant", id: r.id })).state,
      position: r.status === "WAITLISTED" ? waitlist.findIndex((w) => w.id === r.id) + 1 : null,
    })),
  );
}

/** The business portal's list: its invitations and participations, and trips it may apply to. */
export async function listTripsForBusiness(db: Db, { actor, businessId }: { actor: Actor; businessId: string }) {
  requireTripMember(actor, businessId);
  const participations = await db.tripParticipant.findMany({
    where: { businessId },
    orderBy: { createdAt: "desc" },
    include: { trip: { select: { id: true, name: true, slug: true, status: true, startsOn: true, endsOn: true, feeVnd: true } } },
  });
  const live = new Set(participations.filter((p) => (LIVE_STATUSES as readonly string[]).includes(p.status)).map((p) => p.tripId));
  const open = await db.trip.findMany({ where: { status: "PUBLISHED", openToApplications: true }, orderBy: { startsOn: "asc" }, select: { id: true, name: true, slug: true, startsOn: true, endsOn: true, feeVnd: true } });
  return { participations, openTrips: open.filter((t) => !live.has(t.id)) };
}

/** One participation seen by its business: the trip's stops, its check-ins, inspections and sales. */
export async function getParticipationForBusiness(db: Db, { actor, businessId, participantId }: { actor: Actor; businessId: string; participantId: string }) {
  requireTripMember(actor, businessId);
  const p = await db.tripParticipant.findFirst({
    where: { id: participantId, businessId },
    include: {
      trip: { include: { stops: { orderBy: { position: "asc" }, include: { commune: { select: { name: true } } } } } },
      checkIns: { select: { stopId: true, checkedInAt: true } },
      inspections: { select: { stopId: true, passed: true, vietnameseOrigin: true, labelling: true, expiryDates: true, pricesDisplayed: true, notes: true, inspectedAt: true } },
      sales: { select: { stopId: true, salesVnd: true } },
    },
  });
  if (!p || p.trip.status === "DRAFT") throw new NotFound();
  const fee = await feeStatus(db, { kind: "trip_participant", id: p.id });
  return { participation: p, fee };
}
