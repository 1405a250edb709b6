// Open data: public sales points as paginated JSON with the page's filters (province, commune,
// category, certified, open, near → distanceKm), public fields only, cacheable and CORS-open.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataSalesPoints } from "~/modules/sales-points/public.server";
import { db, dbReady } from "~/utils/db.server";

export const OPEN_DATA_HEADERS = {
  "Cache-Control": "public, max-age=300",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

export function invalidParameters(errors: Record<string, string[]>): Response {
  return Response.json(
    { error: { code: "invalid_parameters", message: "Some query parameters are invalid.", fields: errors } },
    { status: 400, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" } },
  );
}

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const result = await openDataSalesPoints(db, { params: new URL(request.url).searchParams });
  if (!result.ok) return invalidParameters(result.errors);
  return Response.json(result.body, { headers: OPEN_DATA_HEADERS });
}
