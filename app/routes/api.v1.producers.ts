// Open data: verified producers as paginated JSON (public fields only), cacheable and CORS-open.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataProducers, type OpenDataResult } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";

const HEADERS = {
  "Cache-Control": "public, max-age=300",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

export function openDataResponse<T>(result: OpenDataResult<T>): Response {
  if (!result.ok) {
    return Response.json(
      { error: { code: "invalid_parameters", message: "Some query parameters are invalid.", fields: result.errors } },
      { status: 400, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" } },
    );
  }
  return Response.json(result.body, { headers: HEADERS });
}

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  return openDataResponse(await openDataProducers(db, { params: new URL(request.url).searchParams }));
}
