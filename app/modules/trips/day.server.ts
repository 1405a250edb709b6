// On the day, per stop: check-in of the participants by the code on their pass (the shared
// events check-in, so a trip stop and a fair read a code the same way and the second scan hears
// "already"), and the market inspectors' goods check per participant with photos.
import { recordAudit } from "~/modules/audit/audit.server";
import { checkInByCode, type CheckInSource } from "~/modules/events/check-in.server";
import { Invalid, NotFound } from "~/modules/errors";
import { uniqueViolationOn } from "~/modules/fairs/registrations.server";
import { discardPrepared, recordUpload, type PreparedUpload } from "~/modules/files/uploads.server";
import type { Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";
import { requireTripOffice } from "./access.server";
import type { InspectionFields } from "./trip.schema";

/** Trips whose days may be recorded. */
const UNDER_WAY = ["PUBLISHED", "CLOSED", "FINISHED"] as const;

async function stopOfTrip(client: Db | Tx, tripId: string, stopId: string) {
  const stop = await client.tripStop.findFirst({ where: { id: stopId, tripId }, include: { trip: { select: { status: true } }, commune: { select: { name: true } } } });
  if (!stop) throw new NotFound();
  if (!(UNDER_WAY as readonly string[]).includes(stop.trip.status)) throw new Invalid("trips.errors.notUnderWay");
  return stop;
}

/** An APPROVED participant's pass, checked in once per stop (TripCheckIn is unique per stop and participant). */
export function tripStopCheckInSource(db: Db, stop: { id: string; tripId: string; venue: string }, actor: Actor): CheckInSource {
  return {
    async findByCode(code) {
      const p = await db.tripParticipant.findFirst({
        where: { tripId: stop.tripId, passCode: code, status: "APPROVED" },
        select: { id: true, business: { select: { name: true } }, checkIns: { where: { stopId: stop.id }, select: { checkedInAt: true } } },
      });
      return p ? { id: p.id, name: p.business.name, place: stop.venue, checkedInAt: p.checkIns[0]?.checkedInAt ?? null } : null;
    },
    async markCheckedIn(participantId, at) {
      try {
        await db.tripCheckIn.create({ data: { stopId: stop.id, participantId, checkedInAt: at, checkedInById: actor.userId } });
        return 1;
      } catch (error) {
        if (uniqueViolationOn(error, "participantId") || uniqueViolationOn(error, "stopId")) return 0;
        throw error;
      }
    },
  };
}

export async function checkInAtStop(db: Db, { actor, tripId, stopId, code, now = new Date() }: { actor: Actor; tripId: string; stopId: string; code: string; now?: Date }) {
  requireTripOffice(actor);
  const stop = await stopOfTrip(db, tripId, stopId);
  return checkInByCode(tripStopCheckInSource(db, stop, actor), code, now);
}

/**
 * Records (or corrects) the goods inspection of one participant at one stop. Photos are
 * prepared (re-encoded, written) by the caller before this; here they are only recorded, in the
 * same transaction, and discarded if it fails.
 */
export async function recordInspection(
  db: Db,
  { actor, tripId, fields, photos = [], now = new Date() }: { actor: Actor; tripId: string; fields: InspectionFields; photos?: PreparedUpload[]; now?: Date },
) {
  requireTripOffice(actor);
  try {
    return await db.$transaction(async (tx) => {
      await stopOfTrip(tx, tripId, fields.stopId);
      const participant = await tx.tripParticipant.findFirst({ where: { id: fields.participantId, tripId, status: "APPROVED" }, select: { id: true, businessId: true } });
      if (!participant) throw new Invalid("trips.errors.fixBelow", { participantId: ["trips.errors.notParticipant"] });
      const checklist = {
        vietnameseOrigin: fields.vietnameseOrigin,
        labelling: fields.labelling,
        expiryDates: fields.expiryDates,
        pricesDisplayed: fields.pricesDisplayed,
        passed: fields.passed,
        notes: fields.notes ?? null,
        inspectorId: actor.userId,
        inspectedAt: now,
      };
      const inspection = await tx.tripInspection.upsert({
        where: { stopId_participantId: { stopId: fields.stopId, participantId: participant.id } },
        create: { ...checklist, stopId: fields.stopId, participantId: participant.id },
        update: checklist,
      });
      for (const prepared of photos) {
        const file = await recordUpload(tx, prepared, { businessId: participant.businessId, uploadedById: actor.userId, isPrivate: true });
        await tx.tripInspectionPhoto.create({ data: { inspectionId: inspection.id, fileId: file.id } });
      }
      await recordAudit(tx, { actorId: actor.userId, action: "trip.inspect", entityType: "TripInspection", entityId: inspection.id, data: { passed: fields.passed, photos: photos.length } });
      return inspection;
    });
  } catch (error) {
    await discardPrepared(photos);
    throw error;
  }
}

/** The day board of one stop: who is expected, who checked in, each inspection. */
export async function stopDayBoard(db: Db, { actor, tripId, stopId }: { actor: Actor; tripId: string; stopId: string }) {
  requireTripOffice(actor);
  const stop = await db.tripStop.findFirst({ where: { id: stopId, tripId }, include: { commune: { select: { name: true } } } });
  if (!stop) throw new NotFound();
  const participants = await db.tripParticipant.findMany({
    where: { tripId, status: "APPROVED" },
    orderBy: { business: { name: "asc" } },
    select: {
      id: true,
      business: { select: { name: true } },
      checkIns: { where: { stopId }, select: { checkedInAt: true } },
      inspections: { where: { stopId }, select: { passed: true, vietnameseOrigin: true, labelling: true, expiryDates: true, pricesDisplayed: true, notes: true, photos: { select: { fileId: true } } } },
    },
  });
  return {
    stop,
    participants: participants.map((p) => ({ id: p.id, name: p.business.name, checkedInAt: p.checkIns[0]?.checkedInAt ?? null, inspection: p.inspections[0] ?? null })),
  };
}
