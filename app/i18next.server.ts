// Locale detection and server-side translation. Vietnamese unless the visitor chose
// English (?lng=en or the switch, remembered in a cookie); Accept-Language is ignored on
// purpose: the campaign's site speaks Vietnamese first.
import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import i18nOptions, { fallbackLanguage, supportedLanguages, type Language } from "~/i18n";
import en from "~/locales/en";
import vi from "~/locales/vi";

export const resources = { vi: { common: vi }, en: { common: en } };

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const remixI18n = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    order: ["searchParams", "cookie"],
  },
  i18next: { ...i18nOptions, resources },
});

export async function getLanguage(request: Request): Promise<Language> {
  return (await remixI18n.getLocale(request)) as Language;
}

// One initialised i18next instance per language for the life of the process: the strings are
// bundled, nothing on it changes per request (the server never calls changeLanguage), so
// building one per request — as remix-i18next's getFixedT and a per-render createInstance do —
// was pure waste (~6 % of a busy server's CPU, issue #16).
const instances = new Map<Language, Promise<I18n>>();

function sharedInstance(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    const created = createInstance();
    instance = created.init({ ...i18nOptions, lng: language, resources, initImmediate: false }).then(() => created);
    instances.set(language, instance);
  }
  return instance;
}

/** The translation function of the request's language (detection unchanged: ?lng=, then the cookie). */
export async function getT(request: Request) {
  return fixedT(await getLanguage(request));
}

/** The translation function of one language, from the shared instance. */
export async function fixedT(language: Language) {
  return (await sharedInstance(language)).getFixedT(language, "common");
}

/** The i18next instance for rendering in `language`, shared by every request in that language. */
export function createI18nInstance(language: Language): Promise<I18n> {
  return sharedInstance(language);
}
