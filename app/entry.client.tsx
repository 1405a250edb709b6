import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import i18nOptions, { fallbackLanguage, isLanguage } from "~/i18n";

async function hydrate() {
  const lang = document.documentElement.lang;
  const language = isLanguage(lang) ? lang : fallbackLanguage;
  // Only the page's language is downloaded (each locale is its own chunk).
  const messages = language === "en" ? (await import("~/locales/en")).default : (await import("~/locales/vi")).default;
  await i18next
    .use(initReactI18next)
    // Never suspend on translations: they are loaded before hydration, and a component that
    // suspends while an early tap or key press forces synchronous hydration makes React 18
    // throw error #345.
    .init({ ...i18nOptions, lng: language, resources: { [language]: { common: messages } }, react: { useSuspense: false } });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
