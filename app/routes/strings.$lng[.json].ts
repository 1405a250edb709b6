// /strings/<lng>.json?ns=catalog,home: the string namespaces a client navigation needs (ADR 0021).
// With ?v=<build version> the answer never changes for that URL, so browsers and proxies keep it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguage } from "~/i18n";
import { resources } from "~/i18next.server";
import { pickNamespaces } from "~/locales/strings";

const MAX_NAMESPACES = 64;

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = params.lng;
  if (!isLanguage(language)) return new Response("Unknown language", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const table = resources[language].common as Record<string, unknown>;
  const asked = (url.searchParams.get("ns") ?? "").split(",").filter(Boolean);
  if (!asked.length || asked.length > MAX_NAMESPACES || asked.some((namespace) => !Object.hasOwn(table, namespace))) {
    return new Response("Unknown or missing namespace (ns=a,b)", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(JSON.stringify(pickNamespaces(table, asked)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": url.searchParams.has("v") ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
