// Which strings a page carries to the browser (ADR 0021). The server renders with every string;
// the browser gets only the namespaces (top-level keys of vi.ts / en.ts) of the routes on screen,
// as JSON inside the page, and fetches more from /strings/<lng>.json when it navigates.
import { ROUTE_NAMESPACES, SHARED_NAMESPACES } from "./route-namespaces";

export type StringTable = Record<string, unknown>;

/** The id of the JSON <script> that carries a page's strings (read by entry.client.tsx). */
export const STRINGS_SCRIPT_ID = "hv-strings";

export interface InlineStrings {
  language: string;
  strings: StringTable;
}

/**
 * The namespaces a page needs: the shared ones, those of its matched routes, and those of keys
 * that arrive as data (a flash message set by another page's action).
 */
export function namespacesFor(routeIds: Iterable<string>, keysFromData: ReadonlyArray<string | null | undefined> = []): string[] {
  const namespaces = new Set(SHARED_NAMESPACES);
  for (const id of routeIds) for (const namespace of ROUTE_NAMESPACES[id] ?? []) namespaces.add(namespace);
  for (const key of keysFromData) if (key && /^[A-Za-z]\w*\./.test(key)) namespaces.add(key.slice(0, key.indexOf(".")));
  return [...namespaces].sort();
}

export function pickNamespaces(table: StringTable | undefined, namespaces: readonly string[]): StringTable {
  const picked: StringTable = {};
  if (!table) return picked;
  for (const namespace of namespaces) if (namespace in table) picked[namespace] = table[namespace];
  return picked;
}

/** JSON that is safe inside <script>: no "</script>" or "<!--" can close or confuse it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * A page's HTML without its UI strings: the same vocabulary for every visitor of a route. Privacy
 * tests look for a person's data in what is left (labels such as "Hộ nghèo" are form vocabulary).
 */
export function withoutUiStrings(html: string): string {
  return html.replace(new RegExp(`<script id="${STRINGS_SCRIPT_ID}"[^>]*>[\\s\\S]*?</script>`), "");
}
