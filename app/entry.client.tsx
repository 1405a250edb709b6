import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import i18nOptions, { fallbackLanguage, isLanguage } from "~/i18n";
import { healMissingKey, readInlineStrings } from "~/locales/load-strings.client";

/**
 * Issue #8 finding 8 (React error #345), see docs/decisions/0012: with single fetch, the first
 * render of <RemixBrowser> suspends at the root until the server's turbo-stream state is
 * decoded (always at least one microtask). A key press or click that lands in that window makes
 * React 18 hydrate the root synchronously; a synchronous render that suspends outside any
 * Suspense boundary ends in "Root did not complete" and the page stays dead. Starting that
 * decoding before hydrateRoot, and waiting for it, means the hydration render never suspends.
 * The first call of RemixBrowser returns the decoding promise by throwing it, before it touches
 * any hook; a second call from React then finds the state ready.
 */
async function decodeRemixStateBeforeHydrating() {
  const context = (window as unknown as { __remixContext?: { future?: { v3_singleFetch?: boolean }; stream?: unknown } }).__remixContext;
  if (!context?.future?.v3_singleFetch || !context.stream) return;
  try {
    (RemixBrowser as unknown as (props: object) => unknown)({});
  } catch (thrown) {
    if (thrown && typeof (thrown as PromiseLike<unknown>).then === "function") await thrown;
    // Anything else is thrown again by the real render, where React reports it.
  }
}

async function hydrate() {
  // The page carries the strings of its routes, in its language, as JSON (ADR 0021): nothing
  // to download before hydrating, and no page pays for the others' strings.
  const inline = readInlineStrings();
  const lang = inline?.language ?? document.documentElement.lang;
  const language = isLanguage(lang) ? lang : fallbackLanguage;
  await decodeRemixStateBeforeHydrating();
  await i18next.use(initReactI18next).init({
    ...i18nOptions,
    lng: language,
    resources: { [language]: { common: inline?.strings ?? {} } },
    // A key whose namespace is not here is reported and fetched (see healMissingKey).
    saveMissing: true,
    saveMissingTo: "current",
    missingKeyHandler: healMissingKey(i18next),
    // Never suspend on translations: they are here before hydration. Re-render when a
    // namespace is added (a client navigation or a healed key).
    react: { useSuspense: false, bindI18nStore: "added" },
  });

  // Hydrated at default priority, not in startTransition: the render is not time-sliced, so an
  // early event cannot interrupt a half-done hydration render and force a second, synchronous
  // one over it (the other path to #345 on React 18); it runs before or after, both safe.
  hydrateRoot(
    document,
    <I18nextProvider i18n={i18next}>
      <StrictMode>
        <RemixBrowser />
      </StrictMode>
    </I18nextProvider>,
  );
}

void hydrate();
