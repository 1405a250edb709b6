// Open data: published products as paginated JSON (public fields only), cacheable and CORS-open.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataProducts } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";
import { openDataResponse } from "./api.v1.producers";

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  return openDataResponse(await openDataProducts(db, { params: new URL(request.url).searchParams }));
}
