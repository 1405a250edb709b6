// Fair registrations: allocation, waitlist, holds and the office's decisions.
// Invariant (held by the database, migration 20261130120000_fairs): a booth is held by at most
// one active (PENDING/APPROVED) registration. Writes never trust their own read: they write
// with a candidate booth and the partial unique index refuses a booth someone holds. New
// registrations are allocated in group-committed batches (allocation.server.ts, ADR 0024).
import { recordAudit } from "~/modules/audit/audit.server";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { hasBusinessPermission, hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import type { Db, Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { hotRead } from "~/utils/hot-read.server";
import { fairEmail, type FairEmailFacts, type FairEmailKind } from "./emails";
import type { RegisterFields, ResultsFields } from "./fair.schema";
import { registrationFeeState } from "./fees.server";
import { isFeeSettled } from "~/modules/payments/payments.server";
import { allocate, uniqueViolationOn, windowError, type RegistrationOutcome } from "./allocation.server";

export const ACTIVE_STATUSES = ["PENDING", "APPROVED"] as const;
export const OPEN_STATUSES = ["PENDING", "APPROVED", "WAITLISTED"] as const;
const HOUR_MS = 3_600_000;

export { uniqueViolationOn, type RegistrationOutcome } from "./allocation.server";

export function requireOffice(actor: Actor) {
  if (!hasPermission(actor, "office:fairs:manage")) throw new Forbidden();
}

export function requireMember(actor: Actor, businessId: string) {
  if (!hasBusinessPermission(actor, businessId, "business:events:register")) throw new Forbidden();
}

function fairUrl(path: string) {
  return new URL(path, env().APP_URL).toString();
}

export async function businessRecipients(tx: Tx, businessId: string): Promise<{ name: string; emails: string[] }> {
  const business = await tx.business.findUniqueOrThrow({
    where: { id: businessId },
    select: { name: true, email: true, memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true } } } } },
  });
  const emails = new Set<string>();
  if (business.email) emails.add(business.email.toLowerCase());
  for (const m of business.memberships) emails.add(m.user.email.toLowerCase());
  return { name: business.name, emails: [...emails] };
}

export async function notifyBusiness(tx: Tx, businessId: string, kind: FairEmailKind, facts: Omit<FairEmailFacts, "businessName" | "url">, path = "/business/fairs") {
  const { name, emails } = await businessRecipients(tx, businessId);
  for (const to of emails) await enqueueEmail(tx, fairEmail(kind, to, { ...facts, businessName: name, url: fairUrl(path) }));
}

/** Position on the waitlist of its booth type: priority first, then who came first. */
export async function waitlistPosition(tx: Tx, r: { fairId: string; boothTypeId: string; priority: number; createdAt: Date; id: string }) {
  const ahead = await tx.fairRegistration.count({
    where: {
      fairId: r.fairId,
      boothTypeId: r.boothTypeId,
      status: "WAITLISTED",
      id: { not: r.id },
      OR: [{ priority: { gt: r.priority } }, { priority: r.priority, createdAt: { lt: r.createdAt } }, { priority: r.priority, createdAt: r.createdAt, id: { lt: r.id } }],
    },
  });
  return ahead + 1;
}

function freeBooths(tx: Tx, fairId: string, boothTypeId: string) {
  return tx.booth.findMany({
    where: { fairId, boothTypeId, registrations: { none: { status: { in: [...ACTIVE_STATUSES] } } } },
    orderBy: { code: "asc" },
    select: { id: true, code: true },
  });
}

function holdUntil(fair: { holdHours: number }, feeVnd: number, waiverRequested: boolean, now: Date): Date | null {
  return feeVnd > 0 && !waiverRequested ? new Date(now.getTime() + fair.holdHours * HOUR_MS) : null;
}

/**
 * Puts `booth` on registration `registrationId` (which must still have `fromStatus`). Returns
 * false when the booth's index refuses (someone holds it), true when done.
 */
async function tryHoldBooth(tx: Tx, registrationId: string, fromStatus: "WAITLISTED" | "PENDING" | "APPROVED", data: { boothId: string; status: "PENDING" | "APPROVED"; holdExpiresAt?: Date | null; boothTypeId?: string }) {
  try {
    const { count } = await tx.fairRegistration.updateMany({ where: { id: registrationId, status: fromStatus }, data });
    if (count === 0) throw new Conflict("fairs.errors.changedMeanwhile");
    return true;
  } catch (error) {
    if (uniqueViolationOn(error, "boothId")) return false;
    throw error;
  }
}

async function businessPriority(tx: Db | Tx, fair: { ocopPriority: boolean; ownCommunePriority: boolean; communeCode: string }, business: { id: string; communeCode: string | null }, now: Date) {
  let priority = 0;
  if (fair.ownCommunePriority && business.communeCode === fair.communeCode) priority += 1;
  if (fair.ocopPriority) {
    const ocop = await tx.certificate.count({
      where: { businessId: business.id, kind: "OCOP", status: "ACTIVE", OR: [{ expiresOn: null }, { expiresOn: { gt: now } }] },
    });
    if (ocop > 0) priority += 2;
  }
  return priority;
}

type BusinessFacts = { status: string; communeCode: string | null; name: string; email: string | null; ownerEmails: string | null; openRegistrations: number | bigint };

/** The business's facts a registration needs, in one statement on the hot-read connection (ADR 0027). */
async function registrantFacts(db: Db, businessId: string, fairId: string) {
  const [row] = await hotRead<BusinessFacts>(
    db,
    `SELECT b.status, b.communeCode, b.name, b.email,
      (SELECT group_concat(u.email, char(10)) FROM BusinessMembership m JOIN User u ON u.id = m.userId WHERE m.businessId = b.id AND m.role = 'OWNER') AS ownerEmails,
      (SELECT COUNT(*) FROM FairRegistration r WHERE r.fairId = ? AND r.businessId = b.id AND r.status IN ('PENDING', 'APPROVED', 'WAITLISTED')) AS openRegistrations
    FROM Business b WHERE b.id = ?`,
    fairId,
    businessId,
  );
  if (!row) throw new NotFound();
  const emails = new Set<string>();
  for (const email of [row.email, ...(row.ownerEmails?.split("\n") ?? [])]) if (email) emails.add(email.toLowerCase());
  return { ...row, id: businessId, recipients: [...emails], openRegistrations: Number(row.openRegistrations) };
}

type FairFactsRow = {
  id: string;
  name: string;
  status: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  verifiedOnly: number | boolean;
  eligibleCategoryId: string | null;
  allowBoothChoice: number | boolean;
  ocopPriority: number | boolean;
  ownCommunePriority: number | boolean;
  communeCode: string;
  boothTypes: string;
};

/**
 * The fair's facts a registration needs, with its booth types, in one raw statement on the
 * hot-read connection: this read runs once per registrant, and a Prisma call costs many times
 * the SQLite work here (ADR 0027).
 */
async function fairFacts(db: Db, by: { id: string } | { slug: string }) {
  const [row] = await hotRead<FairFactsRow>(
    db,
    `SELECT f.id, f.name, f.status, f.registrationOpensAt, f.registrationClosesAt, f.verifiedOnly, f.eligibleCategoryId, f.allowBoothChoice,
      f.ocopPriority, f.ownCommunePriority, f.communeCode,
      (SELECT json_group_array(json_object('id', bt.id, 'feeVnd', bt.feeVnd)) FROM BoothType bt WHERE bt.fairId = f.id) AS boothTypes
    FROM Fair f WHERE ${"id" in by ? "f.id = ?" : "f.slug = ?"}`,
    "id" in by ? by.id : by.slug,
  );
  if (!row) return null;
  return {
    ...row,
    registrationOpensAt: new Date(row.registrationOpensAt),
    registrationClosesAt: new Date(row.registrationClosesAt),
    verifiedOnly: Boolean(row.verifiedOnly),
    allowBoothChoice: Boolean(row.allowBoothChoice),
    ocopPriority: Boolean(row.ocopPriority),
    ownCommunePriority: Boolean(row.ownCommunePriority),
    boothTypes: JSON.parse(row.boothTypes) as Array<{ id: string; feeVnd: number }>,
  };
}

/**
 * A business registers for a fair. Refused (Invalid, with a message a person understands)
 * outside the registration window, for a fair that is not published, for an unverified
 * business or one outside the fair's category. Gets the requested booth if free, else the
 * first free booth of the type, else a place on the waitlist.
 *
 * Every check that only reads runs here, before any transaction; the allocation itself is
 * one short group-committed write (allocation.server.ts, ADR 0024) that re-checks the fair.
 */
export async function registerForFair(
  db: Db,
  { actor, businessId, fairId, slug, fields, now = new Date() }: { actor: Actor; businessId: string; fairId?: string; slug?: string; fields: RegisterFields; now?: Date },
): Promise<RegistrationOutcome> {
  requireMember(actor, businessId);
  const fair = await fairFacts(db, fairId ? { id: fairId } : { slug: slug ?? "" });
  if (!fair) throw new NotFound();
  const closed = windowError(fair, now);
  if (closed) throw closed;
  const business = await registrantFacts(db, businessId, fair.id);
  if (business.status === "SUSPENDED" || (fair.verifiedOnly && business.status !== "VERIFIED")) throw new Invalid("fairs.errors.notVerified");
  if (fair.eligibleCategoryId) {
    const inCategory = await db.product.count({
      where: { businessId, status: "APPROVED", OR: [{ categoryId: fair.eligibleCategoryId }, { category: { parentId: fair.eligibleCategoryId } }] },
    });
    if (!inCategory) throw new Invalid("fairs.errors.category");
  }
  // A booth picked on the plan decides the type: the plan shows every type's booths.
  let requested: { id: string; boothTypeId: string } | null = null;
  if (fields.boothId) {
    if (!fair.allowBoothChoice) throw new Invalid("fairs.errors.fixBelow", { boothId: ["fairs.errors.noBoothChoice"] });
    [requested = null] = await hotRead<{ id: string; boothTypeId: string }>(db, "SELECT id, boothTypeId FROM Booth WHERE id = ? AND fairId = ?", fields.boothId, fair.id);
    if (!requested) throw new Invalid("fairs.errors.fixBelow", { boothId: ["fairs.errors.boothNotOfType"] });
  }
  const boothType = fair.boothTypes.find((bt) => bt.id === (requested?.boothTypeId ?? fields.boothTypeId));
  if (!boothType) throw new Invalid("fairs.errors.fixBelow", { boothTypeId: ["fairs.errors.boothType"] });
  const productIds = [...new Set(fields.productIds)];
  if (productIds.length) {
    const [{ products } = { products: 0 }] = await hotRead<{ products: number | bigint }>(
      db,
      `SELECT COUNT(*) AS products FROM Product WHERE businessId = ? AND status = 'APPROVED' AND id IN (${productIds.map(() => "?").join(", ")})`,
      businessId,
      ...productIds,
    );
    if (Number(products) !== productIds.length) throw new Invalid("fairs.errors.fixBelow", { productIds: ["fairs.errors.products"] });
  }
  // a friendly early answer; the partial unique index decides when two arrive at once
  if (business.openRegistrations) throw new Conflict("fairs.errors.alreadyRegistered");

  return allocate(db, {
    fairId: fair.id,
    fairName: fair.name,
    businessId,
    businessName: business.name,
    recipients: business.recipients,
    boothTypeId: boothType.id,
    feeVnd: boothType.feeVnd,
    requestedBoothId: requested?.id ?? null,
    waiverRequested: fields.waiverRequested,
    note: fields.note ?? null,
    priority: await businessPriority(db, fair, business, now),
    productIds,
    actorId: actor.userId,
    url: fairUrl("/business/fairs"),
    now,
  });
}

/**
 * Gives `boothId` (just released) to the first waitlisted registration of that booth's type.
 * Returns the promoted registration id, if any.
 */
export async function promoteFirstWaitlisted(tx: Tx, { fairId, boothId, now, actorId }: { fairId: string; boothId: string; now: Date; actorId: string | null }) {
  const fair = await tx.fair.findUniqueOrThrow({ where: { id: fairId } });
  if (fair.status !== "PUBLISHED" && fair.status !== "CLOSED") return null;
  const booth = await tx.booth.findUniqueOrThrow({ where: { id: boothId } });
  const next = await tx.fairRegistration.findFirst({
    where: { fairId, boothTypeId: booth.boothTypeId, status: "WAITLISTED" },
    orderBy: [{ priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  if (!next) return null;
  const held = await tryHoldBooth(tx, next.id, "WAITLISTED", {
    boothId,
    status: "PENDING",
    holdExpiresAt: holdUntil(fair, next.feeVnd, next.waiverRequested, now),
  });
  if (!held) return null;
  await recordAudit(tx, { actorId, action: "fair.promote", entityType: "FairRegistration", entityId: next.id, data: { booth: booth.code } });
  await notifyBusiness(tx, next.businessId, "promoted", { fairName: fair.name, boothCode: booth.code });
  return next.id;
}

/** Ends a registration (cancel, reject, expiry): the booth is released at once and offered on. */
async function endRegistration(
  tx: Tx,
  registration: { id: string; fairId: string; boothId: string | null; status: string },
  { status, reason, now, actorId }: { status: "CANCELLED" | "REJECTED"; reason: string | null; now: Date; actorId: string | null },
) {
  const { count } = await tx.fairRegistration.updateMany({
    where: { id: registration.id, status: registration.status as "PENDING" },
    data: { status, boothId: null, holdExpiresAt: null, decisionReason: reason },
  });
  if (count === 0) throw new Conflict("fairs.errors.changedMeanwhile");
  if (registration.boothId) await promoteFirstWaitlisted(tx, { fairId: registration.fairId, boothId: registration.boothId, now, actorId });
}

export async function cancelRegistration(
  db: Db,
  { actor, businessId, registrationId, now = new Date() }: { actor: Actor; businessId: string; registrationId: string; now?: Date },
) {
  requireMember(actor, businessId);
  await db.$transaction(async (tx) => {
    const registration = await tx.fairRegistration.findFirst({ where: { id: registrationId, businessId }, include: { fair: true } });
    if (!registration) throw new NotFound();
    if (!(OPEN_STATUSES as readonly string[]).includes(registration.status)) throw new Invalid("fairs.errors.notCancellable");
    if (now >= registration.fair.registrationClosesAt || registration.fair.status !== "PUBLISHED") throw new Invalid("fairs.errors.windowClosed");
    await endRegistration(tx, registration, { status: "CANCELLED", reason: null, now, actorId: actor.userId });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.cancelRegistration", entityType: "FairRegistration", entityId: registrationId });
    await notifyBusiness(tx, businessId, "cancelled", { fairName: registration.fair.name });
  });
}

async function findForOffice(tx: Tx, fairId: string, registrationId: string) {
  const registration = await tx.fairRegistration.findFirst({ where: { id: registrationId, fairId }, include: { fair: true, booth: true } });
  if (!registration) throw new NotFound();
  return registration;
}

export async function approveRegistration(db: Db, { actor, fairId, registrationId }: { actor: Actor; fairId: string; registrationId: string }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await findForOffice(tx, fairId, registrationId);
    if (r.status !== "PENDING" || !r.booth) throw new Invalid("fairs.errors.notApprovable");
    const passCode = r.passCode ?? generateVerificationCode();
    const { count } = await tx.fairRegistration.updateMany({ where: { id: r.id, status: "PENDING" }, data: { status: "APPROVED", passCode, holdExpiresAt: null } });
    if (count === 0) throw new Conflict("fairs.errors.changedMeanwhile");
    await recordAudit(tx, { actorId: actor.userId, action: "fair.approve", entityType: "FairRegistration", entityId: r.id, data: { booth: r.booth.code } });
    // the e-mail links straight to the printable pass
    await notifyBusiness(tx, r.businessId, "approved", { fairName: r.fair.name, boothCode: r.booth.code, passCode }, `/business/fairs/${r.fair.slug}/pass`);
  });
}

export async function rejectRegistration(db: Db, { actor, fairId, registrationId, reason, now = new Date() }: { actor: Actor; fairId: string; registrationId: string; reason: string; now?: Date }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await findForOffice(tx, fairId, registrationId);
    if (!(OPEN_STATUSES as readonly string[]).includes(r.status)) throw new Invalid("fairs.errors.notRejectable");
    await endRegistration(tx, r, { status: "REJECTED", reason, now, actorId: actor.userId });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.reject", entityType: "FairRegistration", entityId: r.id, data: { reason } });
    await notifyBusiness(tx, r.businessId, "rejected", { fairName: r.fair.name, reason });
  });
}

/** The office moves a registration to another booth of the fair (any type; the fee stays). */
export async function moveRegistration(db: Db, { actor, fairId, registrationId, boothId, now = new Date() }: { actor: Actor; fairId: string; registrationId: string; boothId: string; now?: Date }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await findForOffice(tx, fairId, registrationId);
    if (r.status !== "PENDING" && r.status !== "APPROVED") throw new Invalid("fairs.errors.notMovable");
    const target = await tx.booth.findFirst({ where: { id: boothId, fairId } });
    if (!target) throw new Invalid("fairs.errors.fixBelow", { boothId: ["fairs.errors.boothNotOfType"] });
    if (target.id === r.boothId) return;
    const moved = await tryHoldBooth(tx, r.id, r.status, { boothId: target.id, status: r.status, boothTypeId: target.boothTypeId });
    if (!moved) throw new Conflict("fairs.errors.boothTaken", { boothId: ["fairs.errors.boothTaken"] });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.move", entityType: "FairRegistration", entityId: r.id, data: { from: r.booth?.code ?? null, to: target.code } });
    await notifyBusiness(tx, r.businessId, "moved", { fairName: r.fair.name, boothCode: target.code });
    if (r.boothId) await promoteFirstWaitlisted(tx, { fairId, boothId: r.boothId, now, actorId: actor.userId });
  });
}

/** The office promotes a waitlisted registration to the first free booth of its type. */
export async function promoteRegistration(db: Db, { actor, fairId, registrationId, now = new Date() }: { actor: Actor; fairId: string; registrationId: string; now?: Date }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const r = await findForOffice(tx, fairId, registrationId);
    if (r.status !== "WAITLISTED") throw new Invalid("fairs.errors.notWaitlisted");
    for (const booth of await freeBooths(tx, fairId, r.boothTypeId)) {
      if (await tryHoldBooth(tx, r.id, "WAITLISTED", { boothId: booth.id, status: "PENDING", holdExpiresAt: holdUntil(r.fair, r.feeVnd, r.waiverRequested, now) })) {
        await recordAudit(tx, { actorId: actor.userId, action: "fair.promote", entityType: "FairRegistration", entityId: r.id, data: { booth: booth.code } });
        await notifyBusiness(tx, r.businessId, "promoted", { fairName: r.fair.name, boothCode: booth.code });
        return;
      }
    }
    throw new Conflict("fairs.errors.noFreeBooth");
  });
}

/**
 * The hold-expiry job: PENDING registrations whose unpaid hold ran out are cancelled, the
 * business e-mailed, the booth offered to the waitlist. One short transaction per hold.
 */
export async function expireHolds(db: Db, now = new Date()): Promise<{ expired: number; promoted: number }> {
  const due = await db.fairRegistration.findMany({
    where: { status: "PENDING", holdExpiresAt: { lte: now } },
    select: { id: true },
    take: 200,
  });
  let expired = 0;
  let promoted = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const r = await tx.fairRegistration.findUnique({ where: { id }, include: { fair: true, booth: true, payments: { select: { id: true, status: true } } } });
      if (!r || r.status !== "PENDING" || !r.holdExpiresAt || r.holdExpiresAt > now) return;
      if (isFeeSettled(registrationFeeState(r, false))) {
        await tx.fairRegistration.update({ where: { id }, data: { holdExpiresAt: null } });
        return;
      }
      const { count } = await tx.fairRegistration.updateMany({
        where: { id, status: "PENDING" },
        data: { status: "CANCELLED", boothId: null, holdExpiresAt: null, decisionReason: "hold expired" },
      });
      if (count === 0) return;
      expired++;
      await recordAudit(tx, { actorId: null, action: "fair.holdExpired", entityType: "FairRegistration", entityId: id, data: { booth: r.booth?.code ?? null } });
      await notifyBusiness(tx, r.businessId, "holdExpired", { fairName: r.fair.name, boothCode: r.booth?.code ?? null });
      if (r.boothId && (await promoteFirstWaitlisted(tx, { fairId: r.fairId, boothId: r.boothId, now, actorId: null }))) promoted++;
    });
  }
  return { expired, promoted };
}

/** After the fair, the business reports what it sold and whom it met. */
export async function reportResults(db: Db, { actor, businessId, fields, now = new Date() }: { actor: Actor; businessId: string; fields: ResultsFields; now?: Date }) {
  requireMember(actor, businessId);
  await db.$transaction(async (tx) => {
    const r = await tx.fairRegistration.findFirst({ where: { id: fields.registrationId, businessId }, include: { fair: true } });
    if (!r) throw new NotFound();
    if (r.status !== "APPROVED") throw new Invalid("fairs.errors.resultsNotApproved");
    if (now < r.fair.startsAt) throw new Invalid("fairs.errors.resultsTooEarly");
    await tx.fairRegistration.update({
      where: { id: r.id },
      data: { salesVnd: fields.salesVnd, visitors: fields.visitors, contacts: fields.contacts, resultComment: fields.comment ?? null, resultsReportedAt: now },
    });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.reportResults", entityType: "FairRegistration", entityId: r.id, data: { salesVnd: fields.salesVnd.toString(), visitors: fields.visitors } });
  });
}
