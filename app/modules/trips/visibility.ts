// What the public may see of rural sales trips, written once (as catalog/visibility.ts does for
// producers and products): a Prisma `where` for lists, feeds and the sitemap, and a predicate
// over the same fields; visibility.server.test.ts proves each pair agrees on every status.
// A trip is public once published and stays public when it closes or finishes; a trip that was
// published and then cancelled stays listed, marked cancelled with its reason, so residents who
// saw the schedule learn it will not come. A DRAFT, or a trip cancelled before publication, never shows.
import type { Prisma } from "~/generated/prisma/client";
import { isPublicProducer, PUBLIC_PRODUCER_WHERE } from "~/modules/catalog/visibility";

export type TripStatusValue = "DRAFT" | "PUBLISHED" | "CLOSED" | "FINISHED" | "CANCELLED";

/** Statuses that are public by themselves: the schedule was announced. */
export const ANNOUNCED_TRIP_STATUSES = ["PUBLISHED", "CLOSED", "FINISHED"] as const satisfies readonly TripStatusValue[];

export const PUBLIC_TRIP_WHERE = {
  OR: [{ status: { in: [...ANNOUNCED_TRIP_STATUSES] } }, { status: "CANCELLED", publishedAt: { not: null } }],
} satisfies Prisma.TripWhereInput;

export function isPublicTrip(trip: { status: TripStatusValue | string; publishedAt: Date | null }): boolean {
  return (ANNOUNCED_TRIP_STATUSES as readonly string[]).includes(trip.status) || (trip.status === "CANCELLED" && trip.publishedAt !== null);
}

/** A public trip that will still take place: not cancelled (announced statuses only). */
export const TAKING_PLACE_TRIP_WHERE = { status: { in: [...ANNOUNCED_TRIP_STATUSES] } } satisfies Prisma.TripWhereInput;

/**
 * A participant the public sees on a trip page: APPROVED (invited, applied or waitlisted ones
 * are the office's business) and its producer public by the catalogue rule.
 */
export const PUBLIC_TRIP_PARTICIPANT_WHERE = {
  status: "APPROVED",
  business: PUBLIC_PRODUCER_WHERE,
} satisfies Prisma.TripParticipantWhereInput;

export function isPublicTripParticipant(p: { status: string; business: { status: string } }): boolean {
  return p.status === "APPROVED" && isPublicProducer(p.business);
}

/** How many of a participant's public products a trip page shows. */
export const PRODUCTS_PER_PARTICIPANT = 3;
