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

const serialisedStrings = new Map<string, string>();

/**
 * The JSON of a page's inline strings script: its language and the string tables of its
 * namespaces. On the server a language's table never changes (one i18next per language, every
 * string loaded), so each language and set of namespaces is serialised once, not on every
 * render; in the browser, where namespaces arrive over time, it is made each time.
 */
export function pageStringsJson(language: string, table: StringTable | undefined, namespaces: readonly string[]): string {
  const make = () => jsonForScript({ language, strings: pickNamespaces(table, namespaces) });
  if (typeof document !== "undefined" || !table) return make();
  const key = `${language}|${namespaces.join(",")}`;
  let json = serialisedStrings.get(key);
  if (json === undefined) {
    if (serialisedStrings.size >= 500) serialisedStrings.clear();
    serialisedStrings.set(key, (json = make()));
  }
  return json;
}

/**
 * A page's HTML without its UI strings: the same vocabulary for every visitor of a route. Privacy
 * tests look for a person's data in what is left (labels such as "Hộ nghèo" are form vocabulary).
 */
export function withoutUiStrings(html: string): string {
  return html.replace(new RegExp(`<script id="${STRINGS_SCRIPT_ID}"[^>]*>[\\s\\S]*?</script>`), "");
}
