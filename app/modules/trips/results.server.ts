// Results of a trip: sales each participant reports per stop (đồng, BigInt), visitors the office
// counts per stop, and the totals per stop and per business the office page and CSV show.
import { recordAudit } from "~/modules/audit/audit.server";
import { Invalid, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { csvDocument } from "~/utils/csv";
import { requireTripMember, requireTripOffice } from "./access.server";
import type { SalesFields } from "./trip.schema";

/**
 * The business reports what it sold at one stop. It may for a stop it was checked in at, or,
 * while its place is APPROVED, for any stop of the trip (the office may not have scanned it).
 */
export async function reportStopSales(db: Db, { actor, businessId, fields, now = new Date() }: { actor: Actor; businessId: string; fields: SalesFields; now?: Date }) {
  requireTripMember(actor, businessId);
  await db.$transaction(async (tx) => {
    const p = await tx.tripParticipant.findFirst({
      where: { id: fields.participantId, businessId },
      include: { trip: { select: { status: true } }, checkIns: { where: { stopId: fields.stopId }, select: { id: true } } },
    });
    if (!p) throw new NotFound();
    const stop = await tx.tripStop.findFirst({ where: { id: fields.stopId, tripId: p.tripId }, select: { id: true } });
    if (!stop) throw new Invalid("trips.errors.fixBelow", { stopId: ["trips.errors.stop"] });
    if (p.trip.status === "DRAFT" || p.trip.status === "CANCELLED") throw new Invalid("trips.errors.notUnderWay");
    if (p.status !== "APPROVED" && p.checkIns.length === 0) throw new Invalid("trips.errors.salesNotParticipant");
    await tx.tripStopSale.upsert({
      where: { stopId_participantId: { stopId: stop.id, participantId: p.id } },
      create: { stopId: stop.id, participantId: p.id, salesVnd: fields.salesVnd, reportedAt: now, reportedById: actor.userId },
      update: { salesVnd: fields.salesVnd, reportedAt: now, reportedById: actor.userId },
    });
    await recordAudit(tx, { actorId: actor.userId, action: "trip.reportSales", entityType: "TripParticipant", entityId: p.id, data: { stopId: stop.id, salesVnd: fields.salesVnd.toString() } });
  });
}

export async function recordStopVisitors(db: Db, { actor, tripId, stopId, visitors }: { actor: Actor; tripId: string; stopId: string; visitors: number }) {
  requireTripOffice(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.tripStop.updateMany({ where: { id: stopId, tripId, trip: { status: { in: ["PUBLISHED", "CLOSED", "FINISHED"] } } }, data: { visitors } });
    if (count === 0) throw new Invalid("trips.errors.notUnderWay");
    await recordAudit(tx, { actorId: actor.userId, action: "trip.visitors", entityType: "TripStop", entityId: stopId, data: { visitors } });
  });
}

export async function tripResults(db: Db, { actor, tripId }: { actor: Actor; tripId: string }) {
  requireTripOffice(actor);
  const trip = await db.trip.findUnique({
    where: { id: tripId },
    include: {
      stops: {
        orderBy: { position: "asc" },
        include: {
          commune: { select: { name: true } },
          sales: { select: { participantId: true, salesVnd: true } },
          inspections: { select: { participantId: true, passed: true } },
          _count: { select: { checkIns: true } },
        },
      },
      participants: { where: { OR: [{ status: "APPROVED" }, { sales: { some: {} } }] }, select: { id: true, business: { select: { name: true } } }, orderBy: { business: { name: "asc" } } },
    },
  });
  if (!trip) throw new NotFound();
  const stops = trip.stops.map((s) => ({
    id: s.id,
    position: s.position,
    commune: s.commune.name,
    venue: s.venue,
    startsAt: s.startsAt,
    visitors: s.visitors,
    checkedIn: s._count.checkIns,
    inspectionsFailed: s.inspections.filter((i) => !i.passed).length,
    salesVnd: s.sales.reduce((sum, x) => sum + x.salesVnd, 0n),
  }));
  const businesses = trip.participants.map((p) => ({
    id: p.id,
    name: p.business.name,
    perStop: trip.stops.map((s) => s.sales.find((x) => x.participantId === p.id)?.salesVnd ?? null),
    salesVnd: trip.stops.reduce((sum, s) => sum + (s.sales.find((x) => x.participantId === p.id)?.salesVnd ?? 0n), 0n),
  }));
  return {
    trip: { id: trip.id, name: trip.name, slug: trip.slug, status: trip.status },
    stops,
    businesses,
    totals: { salesVnd: stops.reduce((sum, s) => sum + s.salesVnd, 0n), visitors: stops.reduce((sum, s) => sum + (s.visitors ?? 0), 0), checkedIn: stops.reduce((sum, s) => sum + s.checkedIn, 0) },
  };
}

/** One row per business with its sales at each stop, then a row of stop totals and visitors. */
export function tripResultsCsv(results: Awaited<ReturnType<typeof tripResults>>): string {
  const stopHeads = results.stops.map((s) => `stop_${s.position}_${s.commune}`);
  const rows: (string | number | bigint | null)[][] = [["business", ...stopHeads, "total_sales_vnd"]];
  for (const b of results.businesses) rows.push([b.name, ...b.perStop, b.salesVnd]);
  rows.push(["TOTAL", ...results.stops.map((s) => s.salesVnd), results.totals.salesVnd]);
  rows.push(["VISITORS", ...results.stops.map((s) => s.visitors), results.totals.visitors]);
  return csvDocument(rows);
}
