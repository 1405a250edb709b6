// Suggestions for the header combobox: at most 8 {title, subtitle, type, url, highlight}.
// Public documents only; a short query gets an empty list rather than an error.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { suggestPublic } from "~/modules/search/public-search.server";
import { dbReady } from "~/utils/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  await dbReady;
  const suggestions = await suggestPublic({ q });
  return Response.json(
    { suggestions },
    { headers: { "Cache-Control": "public, max-age=30", "X-Content-Type-Options": "nosniff" } },
  );
}
