// What a business member sees first: its profile status and how much it has published.
import { Forbidden, NotFound } from "~/modules/errors";
import { hasBusinessPermission, type Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";

export async function getBusinessOverview(client: Db, { actor, businessId }: { actor: Actor; businessId: string }) {
  if (!hasBusinessPermission(actor, businessId, "business:read")) throw new Forbidden();
  const business = await client.business.findUnique({
    where: { id: businessId },
    select: {
      id: true,
      name: true,
      slug: true,
      legalForm: true,
      status: true,
      statusReason: true,
      _count: { select: { products: true, salesPoints: true } },
    },
  });
  if (!business) throw new NotFound();
  return business;
}
