// Open data: the public search as JSON — same parameters as /search (q, type, category,
// province, commune, stars, certified, sort, near=lat,lng, page, perPage). CORS-open, cached briefly.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchApiBody, searchPublic } from "~/modules/search/public-search.server";
import { parseSearchParams } from "~/modules/search/search.schema";
import { db, dbReady } from "~/utils/db.server";

const HEADERS = {
  "Cache-Control": "public, max-age=60",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok) {
    return Response.json(
      { error: { code: "invalid_parameters", message: "Some query parameters are invalid.", fields: parsed.errors } },
      { status: 400, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" } },
    );
  }
  await dbReady;
  const language = url.searchParams.get("lng") === "en" ? "en" : "vi";
  const page = await searchPublic(db, { params: parsed.value, language });
  return Response.json(searchApiBody(parsed.value, page), { headers: HEADERS });
}
