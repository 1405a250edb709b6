// The communes of one province as JSON, so the profile form can refresh its commune list
// without a round trip of the whole form. Forms never depend on it: without JavaScript the
// "choose province" button reloads the form instead. Public reference data.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { listCommunes } from "~/modules/places/places.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const province = new URL(request.url).searchParams.get("province") ?? "";
  if (!/^\d{1,3}$/.test(province)) return data({ province, communes: [] }, { status: 400 });
  await dbReady;
  const communes = (await listCommunes(db, province)).map(({ code, name }) => ({ code, name }));
  return data({ province, communes }, { headers: { "Cache-Control": "public, max-age=86400" } });
}
