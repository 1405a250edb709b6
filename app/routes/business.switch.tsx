import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { assertMember, businessChoices } from "~/modules/catalog/business-switch.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { chooseBusinessCookie, flashHeader, requireActor } from "~/utils/session.server";

// The switcher in the portal header posts here; a GET just goes back to the portal.
export function loader() {
  return redirect("/business");
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const formData = await request.formData();
  const businessId = String(formData.get("businessId") ?? "");
  try {
    assertMember(actor, businessId);
  } catch (error) {
    throw toHttpError(error);
  }
  await dbReady;
  const name = (await businessChoices(db, { actor })).find((c) => c.businessId === businessId)?.name ?? "";
  const headers = new Headers();
  headers.append("Set-Cookie", await chooseBusinessCookie(businessId));
  headers.append("Set-Cookie", await flashHeader(request, { kind: "success", message: "businessSwitch.switched", params: { name } }));
  return redirect("/business", { headers });
}
