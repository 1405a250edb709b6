// The browser's side of per-route strings (ADR 0021): the first page's strings come inline with
// the HTML; a client navigation fetches the namespaces the next routes need before they render
// (root's clientLoader awaits ensureStrings), and a key asked for before its namespace arrived
// is reported and fetched, so a mistake in the map shows for a moment, never for good.
import { matchRoutes } from "@remix-run/react";
import type { i18n as I18n } from "i18next";
import { namespacesFor, STRINGS_SCRIPT_ID, type InlineStrings, type StringTable } from "./strings";
import { SHARED_NAMESPACES } from "./route-namespaces";

declare global {
  interface Window {
    __remixRouter?: { routes: Parameters<typeof matchRoutes>[0]; state: { loaderData: Record<string, unknown> } };
    __remixManifest?: { version?: string };
  }
}

export function readInlineStrings(): InlineStrings | null {
  const script = document.getElementById(STRINGS_SCRIPT_ID);
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent) as InlineStrings;
  } catch {
    return null;
  }
}

const inFlight = new Map<string, Promise<void>>();

function loadedNamespaces(i18n: I18n, language: string): Set<string> {
  const bundle = i18n.getResourceBundle(language, "common") as StringTable | undefined;
  return new Set(bundle ? Object.keys(bundle) : []);
}

/** Fetches the namespaces of `language` that i18next does not hold yet and adds them. */
export async function ensureStrings(i18n: I18n, language: string, namespaces: readonly string[]): Promise<void> {
  const loaded = loadedNamespaces(i18n, language);
  const missing = namespaces.filter((namespace) => !loaded.has(namespace));
  if (!missing.length) return;
  const query = new URLSearchParams({ ns: missing.join(",") });
  // The build's version makes the URL change with the strings, so it can be cached for good.
  if (window.__remixManifest?.version) query.set("v", window.__remixManifest.version);
  const url = `/strings/${language}.json?${query}`;
  let pending = inFlight.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<StringTable>;
      })
      .then((strings) => {
        i18n.addResourceBundle(language, "common", strings, true, true);
      })
      .finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
  }
  return pending;
}

/** The ids of the routes a URL matches (after lazy route discovery has patched them in). */
export function routeIdsFor(url: URL): string[] {
  const routes = window.__remixRouter?.routes;
  if (!routes) return [];
  return (matchRoutes(routes, url.pathname) ?? []).map((match) => match.route.id ?? "").filter(Boolean);
}

export function namespacesForUrl(url: URL, keysFromData: ReadonlyArray<string | null | undefined> = []): string[] {
  return namespacesFor(routeIdsFor(url), keysFromData);
}

/**
 * i18next's missingKeyHandler: a key whose namespace this page did not load. The map in
 * route-namespaces.ts is wrong (route-namespaces.test.ts should have said so); say it in the
 * console and fetch the namespace, after which react-i18next renders the text.
 */
export function healMissingKey(i18n: I18n) {
  return (languages: readonly string[], _ns: string, key: string) => {
    const namespace = key.slice(0, key.indexOf("."));
    if (!/^[A-Za-z]\w*$/.test(namespace) || SHARED_NAMESPACES.includes(namespace)) return;
    const language = languages[0] ?? i18n.language;
    if (loadedNamespaces(i18n, language).has(namespace)) return;
    console.warn(`String "${key}" was used before its namespace "${namespace}" was loaded: add it to app/locales/route-namespaces.ts`);
    void ensureStrings(i18n, language, [namespace]).catch(() => undefined);
  };
}
