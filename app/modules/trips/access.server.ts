// Who may act on trips, and the e-mail helper every trips use case shares.
import { Forbidden } from "~/modules/errors";
import { businessRecipients } from "~/modules/fairs/registrations.server";
import { hasBusinessPermission, hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import type { Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { tripEmail, type TripEmailFacts, type TripEmailKind } from "./emails";

/** Statuses that hold the business's one live participation (the partial unique index). */
export const LIVE_STATUSES = ["INVITED", "PENDING", "APPROVED", "WAITLISTED"] as const;

export function requireTripOffice(actor: Actor) {
  if (!hasPermission(actor, "office:trips:manage")) throw new Forbidden();
}

export function requireTripMember(actor: Actor, businessId: string) {
  if (!hasBusinessPermission(actor, businessId, "business:events:register")) throw new Forbidden();
}

export async function notifyTripBusiness(tx: Tx, businessId: string, kind: TripEmailKind, facts: Omit<TripEmailFacts, "businessName" | "url">) {
  const { name, emails } = await businessRecipients(tx, businessId);
  const url = new URL("/business/trips", env().APP_URL).toString();
  for (const to of emails) await enqueueEmail(tx, tripEmail(kind, to, { ...facts, businessName: name, url }));
}

/**
 * Whether a write was refused by one of our triggers with `message`. Prisma reports a trigger's
 * RAISE as a foreign-key violation (P2003) and keeps SQLite's own message in the meta.
 */
export function refusedByTrigger(error: unknown, message: string): boolean {
  if (!(error instanceof Error)) return false;
  const meta = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  return error.message.includes(message) || meta.includes(message);
}

export function isCapacityExceeded(error: unknown): boolean {
  return refusedByTrigger(error, "trip capacity exceeded");
}
