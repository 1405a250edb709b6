// The office runs fairs: details, lifecycle DRAFT → PUBLISHED → CLOSED → FINISHED (or
// CANCELLED with a reason, every registrant e-mailed), booth types and the floor plan.
// A held booth cannot be deleted (the registration's foreign key RESTRICTs it too).
import { refundPaymentsFor } from "~/modules/payments/payments.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Invalid, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { uniqueSlug } from "~/modules/slugs.server";
import type { Db, Tx } from "~/utils/db.server";
import type { BoothTypeFields, FairFields, GenerateBoothsFields } from "./fair.schema";
import { ACTIVE_STATUSES, OPEN_STATUSES, notifyBusiness, requireOffice, uniqueViolationOn } from "./registrations.server";

function fairData(fields: FairFields) {
  return {
    name: fields.name,
    description: fields.description ?? null,
    venue: fields.venue,
    provinceCode: fields.provinceCode,
    communeCode: fields.communeCode,
    latitude: fields.latitude ?? null,
    longitude: fields.longitude ?? null,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    registrationOpensAt: fields.registrationOpensAt,
    registrationClosesAt: fields.registrationClosesAt,
    verifiedOnly: fields.verifiedOnly,
    eligibleCategoryId: fields.eligibleCategoryId ?? null,
    ocopPriority: fields.ocopPriority,
    ownCommunePriority: fields.ownCommunePriority,
    allowBoothChoice: fields.allowBoothChoice,
    holdHours: fields.holdHours,
    planWidth: fields.planWidth,
    planDepth: fields.planDepth,
    planAisles: fields.planAisles ?? "",
    entranceX: fields.entranceX ?? null,
    entranceY: fields.entranceY ?? null,
  };
}

async function checkPlace(tx: Tx, fields: FairFields) {
  const commune = await tx.commune.findUnique({ where: { code: fields.communeCode }, select: { provinceCode: true } });
  if (!commune || commune.provinceCode !== fields.provinceCode) throw new Invalid("fairs.errors.fixBelow", { communeCode: ["fairs.errors.commune"] });
  if (fields.eligibleCategoryId && !(await tx.category.findUnique({ where: { id: fields.eligibleCategoryId } })))
    throw new Invalid("fairs.errors.fixBelow", { eligibleCategoryId: ["fairs.errors.category"] });
}

export async function createFair(db: Db, { actor, fields }: { actor: Actor; fields: FairFields }) {
  requireOffice(actor);
  return db.$transaction(async (tx) => {
    await checkPlace(tx, fields);
    const slug = await uniqueSlug(fields.name, async (s) => (await tx.fair.count({ where: { slug: s } })) > 0);
    const fair = await tx.fair.create({ data: { ...fairData(fields), slug } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.create", entityType: "Fair", entityId: fair.id });
    return fair;
  });
}

export async function updateFair(db: Db, { actor, fairId, fields }: { actor: Actor; fairId: string; fields: FairFields }) {
  requireOffice(actor);
  return db.$transaction(async (tx) => {
    const fair = await tx.fair.findUnique({ where: { id: fairId } });
    if (!fair) throw new NotFound();
    if (fair.status === "FINISHED" || fair.status === "CANCELLED") throw new Invalid("fairs.errors.notEditable");
    await checkPlace(tx, fields);
    await tx.fair.update({ where: { id: fairId }, data: fairData(fields) });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.update", entityType: "Fair", entityId: fairId });
  });
}

const TRANSITIONS = {
  publish: { from: ["DRAFT"], to: "PUBLISHED" },
  close: { from: ["PUBLISHED"], to: "CLOSED" },
  finish: { from: ["PUBLISHED", "CLOSED"], to: "FINISHED" },
} as const;

export async function changeFairStatus(db: Db, { actor, fairId, change }: { actor: Actor; fairId: string; change: keyof typeof TRANSITIONS }) {
  requireOffice(actor);
  const { from, to } = TRANSITIONS[change];
  await db.$transaction(async (tx) => {
    const fair = await tx.fair.findUnique({ where: { id: fairId }, include: { _count: { select: { booths: true } } } });
    if (!fair) throw new NotFound();
    if (change === "publish" && fair._count.booths === 0) throw new Invalid("fairs.errors.noBooths");
    const { count } = await tx.fair.updateMany({ where: { id: fairId, status: { in: [...from] } }, data: { status: to } });
    if (count === 0) throw new Invalid("fairs.errors.badTransition");
    await recordAudit(tx, { actorId: actor.userId, action: `fair.${change}`, entityType: "Fair", entityId: fairId });
  });
}

/** Cancels the fair and every open registration; each registrant is e-mailed the reason. */
export async function cancelFair(db: Db, { actor, fairId, reason }: { actor: Actor; fairId: string; reason: string }) {
  requireOffice(actor);
  return db.$transaction(async (tx) => {
    const fair = await tx.fair.findUnique({ where: { id: fairId } });
    if (!fair) throw new NotFound();
    const { count } = await tx.fair.updateMany({ where: { id: fairId, status: { in: ["DRAFT", "PUBLISHED", "CLOSED"] } }, data: { status: "CANCELLED", cancelReason: reason } });
    if (count === 0) throw new Invalid("fairs.errors.badTransition");
    const open = await tx.fairRegistration.findMany({ where: { fairId, status: { in: [...OPEN_STATUSES] } }, select: { id: true, businessId: true } });
    await tx.fairRegistration.updateMany({
      where: { id: { in: open.map((r) => r.id) } },
      data: { status: "CANCELLED", boothId: null, holdExpiresAt: null, decisionReason: reason },
    });
    // Fees already paid are refunded (card payments through Stripe, via the outbox); open ones are cancelled.
    for (const registration of open) {
      await refundPaymentsFor(tx, { actorId: actor.userId, payable: { kind: "fair_registration", id: registration.id }, reason });
    }
    for (const businessId of new Set(open.map((r) => r.businessId))) {
      await notifyBusiness(tx, businessId, "fairCancelled", { fairName: fair.name, reason });
    }
    await recordAudit(tx, { actorId: actor.userId, action: "fair.cancel", entityType: "Fair", entityId: fairId, data: { reason, registrations: open.length } });
    return { notified: new Set(open.map((r) => r.businessId)).size };
  });
}

async function editableFair(tx: Tx, fairId: string) {
  const fair = await tx.fair.findUnique({ where: { id: fairId } });
  if (!fair) throw new NotFound();
  if (fair.status === "FINISHED" || fair.status === "CANCELLED") throw new Invalid("fairs.errors.notEditable");
  return fair;
}

export async function addBoothType(db: Db, { actor, fairId, fields }: { actor: Actor; fairId: string; fields: BoothTypeFields }) {
  requireOffice(actor);
  return db.$transaction(async (tx) => {
    await editableFair(tx, fairId);
    const type = await tx.boothType.create({ data: { ...fields, fairId } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.addBoothType", entityType: "Fair", entityId: fairId, data: { name: fields.name } });
    return type;
  });
}

export async function deleteBoothType(db: Db, { actor, fairId, boothTypeId }: { actor: Actor; fairId: string; boothTypeId: string }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    await editableFair(tx, fairId);
    const type = await tx.boothType.findFirst({ where: { id: boothTypeId, fairId }, include: { _count: { select: { booths: true, registrations: true } } } });
    if (!type) throw new NotFound();
    if (type._count.booths || type._count.registrations) throw new Conflict("fairs.errors.boothTypeInUse");
    await tx.boothType.delete({ where: { id: type.id } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.deleteBoothType", entityType: "Fair", entityId: fairId, data: { name: type.name } });
  });
}

export function boothCode(prefix: string, n: number) {
  return `${prefix}${String(n).padStart(2, "0")}`;
}

/**
 * A row (perRow = count) or a block of N booths of one type: codes prefix+number, placed
 * left to right from (x, y), wrapping every `perRow` booths one depth further back.
 */
export async function generateBooths(db: Db, { actor, fairId, fields }: { actor: Actor; fairId: string; fields: GenerateBoothsFields }) {
  requireOffice(actor);
  return db.$transaction(async (tx) => {
    const fair = await editableFair(tx, fairId);
    const type = await tx.boothType.findFirst({ where: { id: fields.boothTypeId, fairId } });
    if (!type) throw new Invalid("fairs.errors.fixBelow", { boothTypeId: ["fairs.errors.boothType"] });
    const booths = Array.from({ length: fields.count }, (_, i) => ({
      fairId,
      boothTypeId: type.id,
      code: boothCode(fields.prefix, fields.startNumber + i),
      x: fields.x + (i % fields.perRow) * type.widthM,
      y: fields.y + Math.floor(i / fields.perRow) * type.depthM,
    }));
    const outside = booths.find((b) => b.x + type.widthM > fair.planWidth || b.y + type.depthM > fair.planDepth);
    if (outside) throw new Invalid("fairs.errors.fixBelow", { count: ["fairs.errors.outsidePlan"] });
    try {
      await tx.booth.createMany({ data: booths });
    } catch (error) {
      if (uniqueViolationOn(error, "code")) throw new Conflict("fairs.errors.fixBelow", { prefix: ["fairs.errors.codeTaken"] });
      throw error;
    }
    await recordAudit(tx, { actorId: actor.userId, action: "fair.generateBooths", entityType: "Fair", entityId: fairId, data: { from: booths[0]!.code, count: booths.length } });
    return booths.length;
  });
}

/** Moves and/or renumbers one booth. */
export async function editBooth(db: Db, { actor, fairId, boothId, code, x, y }: { actor: Actor; fairId: string; boothId: string; code: string; x: number; y: number }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    const fair = await editableFair(tx, fairId);
    const booth = await tx.booth.findFirst({ where: { id: boothId, fairId }, include: { boothType: true } });
    if (!booth) throw new NotFound();
    if (x + booth.boothType.widthM > fair.planWidth || y + booth.boothType.depthM > fair.planDepth) throw new Invalid("fairs.errors.fixBelow", { x: ["fairs.errors.outsidePlan"] });
    try {
      await tx.booth.update({ where: { id: boothId }, data: { code, x, y } });
    } catch (error) {
      if (uniqueViolationOn(error, "code")) throw new Conflict("fairs.errors.fixBelow", { code: ["fairs.errors.codeTaken"] });
      throw error;
    }
    await recordAudit(tx, { actorId: actor.userId, action: "fair.editBooth", entityType: "Fair", entityId: fairId, data: { from: booth.code, to: code, x, y } });
  });
}

export async function deleteBooth(db: Db, { actor, fairId, boothId }: { actor: Actor; fairId: string; boothId: string }) {
  requireOffice(actor);
  await db.$transaction(async (tx) => {
    await editableFair(tx, fairId);
    const booth = await tx.booth.findFirst({ where: { id: boothId, fairId } });
    if (!booth) throw new NotFound();
    const holder = await tx.fairRegistration.findFirst({ where: { boothId, status: { in: [...ACTIVE_STATUSES] } }, include: { business: { select: { name: true } } } });
    if (holder) throw new Conflict("fairs.errors.boothHeld", {});
    await tx.booth.delete({ where: { id: boothId } });
    await recordAudit(tx, { actorId: actor.userId, action: "fair.deleteBooth", entityType: "Fair", entityId: fairId, data: { code: booth.code } });
  });
}

export function listFairsForOffice(db: Db, { actor }: { actor: Actor }) {
  requireOffice(actor);
  return db.fair.findMany({
    orderBy: { startsAt: "desc" },
    select: { id: true, name: true, slug: true, status: true, startsAt: true, endsAt: true, venue: true, _count: { select: { booths: true, registrations: true } } },
  });
}

export async function getFairForOffice(db: Db, { actor, fairId }: { actor: Actor; fairId: string }) {
  requireOffice(actor);
  const fair = await db.fair.findUnique({
    where: { id: fairId },
    include: {
      boothTypes: { orderBy: { name: "asc" }, include: { _count: { select: { booths: true } } } },
      booths: {
        orderBy: { code: "asc" },
        include: { boothType: { select: { name: true, widthM: true, depthM: true } }, registrations: { where: { status: { in: [...ACTIVE_STATUSES] } }, select: { status: true, business: { select: { name: true } } } } },
      },
      commune: { select: { name: true } },
      province: { select: { name: true } },
    },
  });
  if (!fair) throw new NotFound();
  return fair;
}
