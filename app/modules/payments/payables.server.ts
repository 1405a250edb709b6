// What a payment pays for. Fairs and trips own their tables; payments only reads them through
// this one shape, so either feature can land first and plug in. A payable is due when it is
// approved and carries a fee; a waiver may be asked for while it is pending or approved.
import type { Db, Tx } from "~/utils/db.server";
import { NotFound } from "~/modules/errors";

export type PayableKind = "fair_registration" | "trip_participant";

export interface PayableRef {
  kind: PayableKind;
  id: string;
}

export interface Payable extends PayableRef {
  businessId: string;
  amountVnd: number;
  description: string;
  /** the event's first day: a waiver's household certificate must be of that year */
  eventStartsAt: Date;
  /** RegistrationStatus of the fair registration or trip participation */
  status: string;
  waiverRequested: boolean;
}

type Client = Db | Tx;

const fairSelect = {
  id: true,
  businessId: true,
  feeVnd: true,
  status: true,
  waiverRequested: true,
  fair: { select: { name: true, startsAt: true } },
  boothType: { select: { name: true } },
} as const;
const tripSelect = {
  id: true,
  businessId: true,
  feeVnd: true,
  status: true,
  waiverRequested: true,
  trip: { select: { name: true, startsOn: true } },
} as const;

type FairRow = { id: string; businessId: string; feeVnd: number; status: string; waiverRequested: boolean; fair: { name: string; startsAt: Date }; boothType: { name: string } };
type TripRow = { id: string; businessId: string; feeVnd: number; status: string; waiverRequested: boolean; trip: { name: string; startsOn: Date } };

function fromFair(row: FairRow): Payable {
  return {
    kind: "fair_registration",
    id: row.id,
    businessId: row.businessId,
    amountVnd: row.feeVnd,
    description: `${row.fair.name} — ${row.boothType.name}`,
    eventStartsAt: row.fair.startsAt,
    status: row.status,
    waiverRequested: row.waiverRequested,
  };
}

function fromTrip(row: TripRow): Payable {
  return {
    kind: "trip_participant",
    id: row.id,
    businessId: row.businessId,
    amountVnd: row.feeVnd,
    description: row.trip.name,
    eventStartsAt: row.trip.startsOn,
    status: row.status,
    waiverRequested: row.waiverRequested,
  };
}

export async function loadPayable(client: Client, ref: PayableRef): Promise<Payable> {
  if (ref.kind === "fair_registration") {
    const row = await client.fairRegistration.findUnique({ where: { id: ref.id }, select: fairSelect });
    if (!row) throw new NotFound();
    return fromFair(row);
  }
  const row = await client.tripParticipant.findUnique({ where: { id: ref.id }, select: tripSelect });
  if (!row) throw new NotFound();
  return fromTrip(row);
}

/** Every payable of a business that carries a fee and is not rejected or cancelled. */
export async function listPayablesOfBusiness(client: Client, businessId: string): Promise<Payable[]> {
  const live = { businessId, feeVnd: { gt: 0 }, status: { in: ["PENDING", "APPROVED"] as ("PENDING" | "APPROVED")[] } };
  const [fairs, trips] = await Promise.all([
    client.fairRegistration.findMany({ where: live, select: fairSelect, orderBy: { createdAt: "desc" } }),
    client.tripParticipant.findMany({ where: live, select: tripSelect, orderBy: { createdAt: "desc" } }),
  ]);
  return [...fairs.map(fromFair), ...trips.map(fromTrip)];
}

/** The calendar year in Vietnam of an instant (receipt years, waiver validity). */
export function vnYear(date: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(date));
}

/** Whether the business may pay now: the organiser approved the place. */
export function isDue(payable: Pick<Payable, "status" | "amountVnd">): boolean {
  return payable.status === "APPROVED" && payable.amountVnd > 0;
}

/** The Payment / FeeWaiver columns that point at this payable. */
export function payableColumns(ref: PayableRef): { registrationId: string | null; participantId: string | null } {
  return ref.kind === "fair_registration" ? { registrationId: ref.id, participantId: null } : { registrationId: null, participantId: ref.id };
}

export function payableOf(row: { registrationId: string | null; participantId: string | null }): PayableRef {
  if (row.registrationId) return { kind: "fair_registration", id: row.registrationId };
  return { kind: "trip_participant", id: row.participantId! };
}

/** Marks the payable as having asked for a waiver (the flag the fairs and trips pages show). */
export async function flagWaiverRequested(tx: Tx, ref: PayableRef, requested: boolean): Promise<void> {
  if (ref.kind === "fair_registration") await tx.fairRegistration.update({ where: { id: ref.id }, data: { waiverRequested: requested } });
  else await tx.tripParticipant.update({ where: { id: ref.id }, data: { waiverRequested: requested } });
}
