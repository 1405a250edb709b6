// Open data: /api/v1/sales-points.geojson, an RFC 7946 FeatureCollection of the public sales
// points that have coordinates ([longitude, latitude]), with the same filters as the JSON.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { salesPointsGeoJson } from "~/modules/sales-points/public.server";
import { db, dbReady } from "~/utils/db.server";
import { invalidParameters, OPEN_DATA_HEADERS } from "./api.v1.sales-points";

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const result = await salesPointsGeoJson(db, { params: new URL(request.url).searchParams });
  if (!result.ok) return invalidParameters(result.errors);
  return new Response(JSON.stringify(result.body), {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/geo+json; charset=utf-8" },
  });
}
