// The businesses a person may work on in the portal (a company and its branch, a household
// business and a cooperative...): their memberships, by name, for the switcher. Which one is
// chosen is a cookie that requireBusiness re-checks against these memberships on every request.
import { Forbidden } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";

export async function businessChoices(client: Db | Tx, { actor }: { actor: Actor }) {
  const ids = actor.memberships.map((m) => m.businessId);
  const rows = await client.business.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return actor.memberships
    .filter((m) => names.has(m.businessId))
    .map((m) => ({ businessId: m.businessId, name: names.get(m.businessId)!, role: m.role }));
}

/** The business to switch to, when the actor belongs to it; anything else is Forbidden. */
export function assertMember(actor: Actor, businessId: string): string {
  if (actor.role !== "BUSINESS" || !actor.memberships.some((m) => m.businessId === businessId)) throw new Forbidden();
  return businessId;
}
