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

export async function getT(request: Request) {
  return remixI18n.getFixedT(await getLanguage(request), "common");
}

/** A fresh i18next instance for one server render. */
export async function createI18nInstance(language: Language): Promise<I18n> {
  const instance = createInstance();
  await instance.init({ ...i18nOptions, lng: language, resources });
  return instance;
}
