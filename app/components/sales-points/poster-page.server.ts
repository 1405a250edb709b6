// Loader data of the two printable poster pages (business and office). The caller authorises
// first; `businessId` scopes the business side to its own sales points.
import { getLanguage, getT } from "~/i18next.server";
import { posterView } from "~/modules/sales-points/sales-points.server";
import type { Actor } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { toHttpError } from "~/utils/http.server";

export async function loadPosterPage(
  request: Request,
  { actor, businessId, salesPointId, back }: { actor: Actor; businessId?: string; salesPointId: string; back: string },
) {
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const view = await posterView(db, { actor, ...(businessId ? { businessId } : {}), salesPointId, appUrl: env().APP_URL, language }).catch(
    (e: unknown) => {
      throw toHttpError(e);
    },
  );
  return { title: t("salesPoints.poster.pageTitle", { name: view.salesPoint.name }), back, view };
}
