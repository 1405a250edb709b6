// The office plans a rural sales trip: details, stops in travel order, lifecycle
// DRAFT → PUBLISHED → CLOSED → FINISHED (or CANCELLED with a reason, every participant e-mailed).
// Invariants the database holds (migration 20261130170000_trips, ADR 0019): stops are numbered
// 1..n without gaps — reorders take the trip's renumbering token for the length of one
// transaction —, a stop ends after it starts; the trip's dates are derived from its stops here.
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Invalid, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { refundPaymentsFor } from "~/modules/payments/payments.server";
import { uniqueSlug } from "~/modules/slugs.server";
import type { Db, Tx } from "~/utils/db.server";
import { formatDateTime, fromVnLocal, vnDateKey } from "~/utils/dates";
import { LIVE_STATUSES, notifyTripBusiness, requireTripOffice } from "./access.server";
import type { StopFields, TripFields } from "./trip.schema";

/** Trips whose schedule may still change. */
const EDITABLE = ["DRAFT", "PUBLISHED", "CLOSED"] as const;

function tripData(fields: TripFields) {
  return {
    name: fields.name,
    description: fields.description ?? null,
    capacity: fields.capacity,
    feeVnd: fields.feeVnd,
    verifiedOnly: fields.verifiedOnly,
    openToApplications: fields.openToApplications,
    eligibleCategoryId: fields.eligibleCategoryId ?? null,
  };
}

async function checkCategory(tx: Tx, fields: TripFields) {
  if (fields.eligibleCategoryId && !(await tx.category.findUnique({ where: { id: fields.eligibleCategoryId } })))
    throw new Invalid("trips.errors.fixBelow", { eligibleCategoryId: ["trips.errors.category"] });
}

export async function createTrip(db: Db, { actor, fields, now = new Date() }: { actor: Actor; fields: TripFields; now?: Date }) {
  requireTripOffice(actor);
  return db.$transaction(async (tx) => {
    await checkCategory(tx, fields);
    const slug = await uniqueSlug(fields.name, async (s) => (await tx.trip.count({ where: { slug: s } })) > 0);
    // Until it has stops a trip's dates are today's; every stop written re-derives them.
    const today = fromVnLocal(vnDateKey(now));
    const trip = await tx.trip.create({ data: { ...tripData(fields), slug, startsOn: today, endsOn: today } });
    await recordAudit(tx, { actorId: actor.userId, action: "trip.create", entityType: "Trip", entityId: trip.id });
    return trip;
  });
}

async function editableTrip(tx: Tx, tripId: string) {
  const trip = await tx.trip.findUnique({ where: { id: tripId } });
  if (!trip) throw new NotFound();
  if (!(EDITABLE as readonly string[]).includes(trip.status)) throw new Invalid("trips.errors.notEditable");
  return trip;
}

export async function updateTrip(db: Db, { actor, tripId, fields }: { actor: Actor; tripId: string; fields: TripFields }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    await editableTrip(tx, tripId);
    await checkCategory(tx, fields);
    const approved = await tx.tripParticipant.count({ where: { tripId, status: "APPROVED" } });
    if (fields.capacity < approved) throw new Invalid("trips.errors.fixBelow", { capacity: ["trips.errors.capacityBelowApproved"] });
    await tx.trip.update({ where: { id: tripId }, data: tripData(fields) });
    await recordAudit(tx, { actorId: actor.userId, action: "trip.update", entityType: "Trip", entityId: tripId });
  });
}

/** The trip's first and last day (Vietnam midnights) follow its stops. */
async function deriveTripDates(tx: Tx, tripId: string) {
  const span = await tx.tripStop.aggregate({ where: { tripId }, _min: { startsAt: true }, _max: { endsAt: true } });
  if (!span._min.startsAt || !span._max.endsAt) return;
  await tx.trip.update({ where: { id: tripId }, data: { startsOn: fromVnLocal(vnDateKey(span._min.startsAt)), endsOn: fromVnLocal(vnDateKey(span._max.endsAt)) } });
}

async function checkCommune(tx: Tx, fields: StopFields) {
  const commune = await tx.commune.findUnique({ where: { code: fields.communeCode }, select: { provinceCode: true, name: true } });
  if (!commune || commune.provinceCode !== fields.provinceCode) throw new Invalid("trips.errors.fixBelow", { communeCode: ["trips.errors.commune"] });
  return commune;
}

function stopData(fields: StopFields) {
  return {
    communeCode: fields.communeCode,
    venue: fields.venue,
    address: fields.address ?? null,
    latitude: fields.latitude ?? null,
    longitude: fields.longitude ?? null,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
  };
}

/** A new stop goes at the end of the route (position n+1 keeps 1..n without the token). */
export async function addStop(db: Db, { actor, tripId, fields }: { actor: Actor; tripId: string; fields: StopFields }) {
  requireTripOffice(actor);
  return db.$transaction(async (tx) => {
    await editableTrip(tx, tripId);
    await checkCommune(tx, fields);
    const position = (await tx.tripStop.count({ where: { tripId } })) + 1;
    const stop = await tx.tripStop.create({ data: { ...stopData(fields), tripId, position } });
    await deriveTripDates(tx, tripId);
    await recordAudit(tx, { actorId: actor.userId, action: "trip.addStop", entityType: "Trip", entityId: tripId, data: { position } });
    return stop;
  });
}

/** Participants who hear about schedule changes: every live participation. */
async function liveBusinessIds(tx: Tx, tripId: string) {
  const rows = await tx.tripParticipant.findMany({ where: { tripId, status: { in: [...LIVE_STATUSES] } }, select: { businessId: true } });
  return [...new Set(rows.map((r) => r.businessId))];
}

/**
 * Edits a stop. Once the trip is published a change of time or place is announced: the stop
 * keeps what was announced before (previousStartsAt/previousVenue), is marked changed, and every
 * participant is e-mailed.
 */
export async function editStop(db: Db, { actor, tripId, stopId, fields, now = new Date() }: { actor: Actor; tripId: string; stopId: string; fields: StopFields; now?: Date }) {
  requireTripOffice(actor);
  return db.$transaction(async (tx) => {
    const trip = await editableTrip(tx, tripId);
    const stop = await tx.tripStop.findFirst({ where: { id: stopId, tripId } });
    if (!stop) throw new NotFound();
    const commune = await checkCommune(tx, fields);
    const moved =
      stop.startsAt.getTime() !== fields.startsAt.getTime() ||
      stop.endsAt.getTime() !== fields.endsAt.getTime() ||
      stop.venue !== fields.venue ||
      stop.communeCode !== fields.communeCode;
    const announce = moved && trip.status !== "DRAFT";
    await tx.tripStop.update({
      where: { id: stop.id },
      data: { ...stopData(fields), ...(announce ? { changedAt: now, previousStartsAt: stop.startsAt, previousVenue: stop.venue } : {}) },
    });
    await deriveTripDates(tx, tripId);
    await recordAudit(tx, { actorId: actor.userId, action: "trip.editStop", entityType: "Trip", entityId: tripId, data: { position: stop.position, announced: announce } });
    if (announce) {
      const change = `${stop.position}. ${commune.name} — ${fields.venue}: ${formatDateTime(fields.startsAt)}–${formatDateTime(fields.endsAt)} (trước đây / was ${formatDateTime(stop.startsAt)}, ${stop.venue})`;
      for (const businessId of await liveBusinessIds(tx, tripId)) await notifyTripBusiness(tx, businessId, "stopChanged", { tripName: trip.name, change });
    }
    return { announced: announce };
  });
}

/** Runs `work` holding the trip's renumbering token: positions may pass through gaps inside. */
async function renumbering<T>(tx: Tx, tripId: string, work: () => Promise<T>): Promise<T> {
  await tx.tripStopRenumbering.create({ data: { tripId } });
  const result = await work();
  // Releasing the token makes the database check 1..n for the whole trip (trigger).
  await tx.tripStopRenumbering.delete({ where: { tripId } });
  return result;
}

/** Writes the given stop order as positions 1..n (parking every stop above n first). */
async function writeOrder(tx: Tx, tripId: string, orderedIds: string[]) {
  await renumbering(tx, tripId, async () => {
    const offset = orderedIds.length + 1000;
    for (const [i, id] of orderedIds.entries()) await tx.tripStop.update({ where: { id }, data: { position: offset + i + 1 } });
    for (const [i, id] of orderedIds.entries()) await tx.tripStop.update({ where: { id }, data: { position: i + 1 } });
  });
}

export async function moveStop(db: Db, { actor, tripId, stopId, direction }: { actor: Actor; tripId: string; stopId: string; direction: "up" | "down" }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    await editableTrip(tx, tripId);
    const stops = await tx.tripStop.findMany({ where: { tripId }, orderBy: { position: "asc" }, select: { id: true } });
    const index = stops.findIndex((s) => s.id === stopId);
    if (index < 0) throw new NotFound();
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= stops.length) throw new Invalid("trips.errors.cannotMove");
    const ids = stops.map((s) => s.id);
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    await writeOrder(tx, tripId, ids);
    await recordAudit(tx, { actorId: actor.userId, action: "trip.moveStop", entityType: "Trip", entityId: tripId, data: { from: index + 1, to: other + 1 } });
  });
}

export async function removeStop(db: Db, { actor, tripId, stopId }: { actor: Actor; tripId: string; stopId: string }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    await editableTrip(tx, tripId);
    const stop = await tx.tripStop.findFirst({ where: { id: stopId, tripId }, include: { _count: { select: { checkIns: true, inspections: true, sales: true } } } });
    if (!stop) throw new NotFound();
    if (stop._count.checkIns || stop._count.inspections || stop._count.sales) throw new Conflict("trips.errors.stopHasRecords");
    await renumbering(tx, tripId, async () => {
      await tx.tripStop.delete({ where: { id: stop.id } });
      const rest = await tx.tripStop.findMany({ where: { tripId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
      for (const [i, s] of rest.entries()) if (s.position !== i + 1) await tx.tripStop.update({ where: { id: s.id }, data: { position: i + 1 } });
    });
    await deriveTripDates(tx, tripId);
    await recordAudit(tx, { actorId: actor.userId, action: "trip.removeStop", entityType: "Trip", entityId: tripId, data: { position: stop.position } });
  });
}

const TRANSITIONS = {
  publish: { from: ["DRAFT"], to: "PUBLISHED" },
  close: { from: ["PUBLISHED"], to: "CLOSED" },
  finish: { from: ["PUBLISHED", "CLOSED"], to: "FINISHED" },
} as const;
export type TripStatusChange = keyof typeof TRANSITIONS;

export async function changeTripStatus(db: Db, { actor, tripId, change, now = new Date() }: { actor: Actor; tripId: string; change: TripStatusChange; now?: Date }) {
  requireTripOffice(actor);
  const { from, to } = TRANSITIONS[change];
  await db.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id: tripId }, include: { _count: { select: { stops: true } } } });
    if (!trip) throw new NotFound();
    if (change === "publish" && trip._count.stops === 0) throw new Invalid("trips.errors.noStops");
    const { count } = await tx.trip.updateMany({
      where: { id: tripId, status: { in: [...from] } },
      data: { status: to, ...(change === "publish" ? { publishedAt: now } : {}) },
    });
    if (count === 0) throw new Invalid("trips.errors.badTransition");
    await recordAudit(tx, { actorId: actor.userId, action: `trip.${change}`, entityType: "Trip", entityId: tripId });
  });
}

/** Cancels the trip and every live participation; each participant is e-mailed, fees refunded. */
export async function cancelTrip(db: Db, { actor, tripId, reason }: { actor: Actor; tripId: string; reason: string }) {
  requireTripOffice(actor);
  return db.$transaction(async (tx) => {
    const trip = await tx.trip.findUnique({ where: { id: tripId } });
    if (!trip) throw new NotFound();
    const { count } = await tx.trip.updateMany({ where: { id: tripId, status: { in: [...EDITABLE] } }, data: { status: "CANCELLED", cancelReason: reason } });
    if (count === 0) throw new Invalid("trips.errors.badTransition");
    const live = await tx.tripParticipant.findMany({ where: { tripId, status: { in: [...LIVE_STATUSES] } }, select: { id: true, businessId: true } });
    await tx.tripParticipant.updateMany({ where: { id: { in: live.map((p) => p.id) } }, data: { status: "CANCELLED", decisionReason: reason, waitlistedAt: null } });
    for (const p of live) await refundPaymentsFor(tx, { actorId: actor.userId, payable: { kind: "trip_participant", id: p.id }, reason });
    for (const businessId of new Set(live.map((p) => p.businessId))) await notifyTripBusiness(tx, businessId, "tripCancelled", { tripName: trip.name, reason });
    await recordAudit(tx, { actorId: actor.userId, action: "trip.cancel", entityType: "Trip", entityId: tripId, data: { reason, participants: live.length } });
    return { notified: new Set(live.map((p) => p.businessId)).size };
  });
}

export function listTripsForOffice(db: Db, { actor }: { actor: Actor }) {
  requireTripOffice(actor);
  return db.trip.findMany({
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, slug: true, status: true, startsOn: true, endsOn: true, capacity: true, _count: { select: { stops: true, participants: { where: { status: "APPROVED" } } } } },
  });
}

export async function getTripForOffice(db: Db, { actor, tripId }: { actor: Actor; tripId: string }) {
  requireTripOffice(actor);
  const trip = await db.trip.findUnique({
    where: { id: tripId },
    include: {
      stops: { orderBy: { position: "asc" }, include: { commune: { select: { name: true, provinceCode: true } } } },
      eligibleCategory: { select: { nameVi: true, nameEn: true } },
    },
  });
  if (!trip) throw new NotFound();
  return trip;
}
