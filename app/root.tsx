import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
  type ClientLoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import i18next from "i18next";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PageShell, SiteFooter, SiteHeader } from "~/components/layout";
import { FlashBanner } from "~/components/ui/flash";
import { fallbackLanguage, isLanguage, type Language } from "~/i18n";
import { getLanguage, languageCookie } from "~/i18next.server";
import { ensureStrings, namespacesForUrl } from "~/locales/load-strings.client";
import { namespacesFor, pageStringsJson, STRINGS_SCRIPT_ID, type StringTable } from "~/locales/strings";
import { publicEnv } from "~/utils/env.server";
import { useNonce } from "~/utils/nonce";
import { getActor, readFlash } from "~/utils/session.server";
import stylesheet from "~/tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [language, actor, { flash, setCookie }] = await Promise.all([getLanguage(request), getActor(request), readFlash(request)]);
  const headers = new Headers();
  // ?lng=en (the language switch) is remembered for the next pages.
  const asked = new URL(request.url).searchParams.get("lng");
  if (isLanguage(asked)) headers.append("Set-Cookie", await languageCookie.serialize(asked));
  if (setCookie) headers.append("Set-Cookie", setCookie);
  return data(
    {
      language,
      user: actor ? { name: actor.name, role: actor.role } : null,
      flash,
      env: publicEnv(),
    },
    { headers },
  );
}

/**
 * Set by shouldRevalidate for the clientLoader that follows: whether Remix itself would have
 * asked the server again (search changed, an action ran, ?lng=). Root revalidates on every path
 * change so that its clientLoader can fetch the next page's strings before it renders; the server
 * is asked only when it would have been anyway.
 */
let rootDataStale = true;

export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) => {
  rootDataStale = defaultShouldRevalidate;
  return defaultShouldRevalidate || currentUrl.pathname !== nextUrl.pathname;
};

/** Client navigations: the next routes' string namespaces arrive before they render (ADR 0021). */
export async function clientLoader({ request, serverLoader }: ClientLoaderFunctionArgs) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("lng");
  const expected = isLanguage(asked) ? asked : i18next.language;
  const current = window.__remixRouter?.state.loaderData.root as Awaited<ReturnType<typeof serverLoader<typeof loader>>> | undefined;
  const [rootData] = await Promise.all([
    rootDataStale || !current ? serverLoader<typeof loader>() : current,
    ensureStrings(i18next, expected, namespacesForUrl(url)),
  ]);
  await ensureStrings(i18next, rootData.language, namespacesForUrl(url, [rootData.flash?.message]));
  if (i18next.language !== rootData.language) await i18next.changeLanguage(rootData.language);
  return rootData;
}

export const meta: MetaFunction = () => [{ title: "Hàng Việt" }];

export function Layout({ children }: { children: ReactNode }) {
  const loaderData = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const { t, i18n } = useTranslation();
  const language: Language = loaderData?.language ?? fallbackLanguage;
  const matches = useMatches();
  // The strings of the routes on screen, for the browser (the server holds them all).
  const pageStrings = pageStringsJson(
    language,
    i18n.getResourceBundle(language, "common") as StringTable | undefined,
    namespacesFor(
      matches.map((match) => match.id),
      [loaderData?.flash?.message],
    ),
  );

  // Marks the page as interactive (tests wait for it before using the keyboard).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);

  return (
    <html lang={language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("meta.description")} />
        <meta name="theme-color" content="#a50d26" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          {t("a11y.skipToContent")}
        </a>
        <SiteHeader user={loaderData?.user ?? null} language={language} />
        <PageShell>
          {loaderData?.flash ? <FlashBanner flash={loaderData.flash} /> : null}
          {children}
        </PageShell>
        <SiteFooter />
        {/* Data, not code: type="application/json" never runs. Its text changes on client
            navigations; nothing reads it after entry.client.tsx has. */}
        <script
          id={STRINGS_SCRIPT_ID}
          type="application/json"
          nonce={nonce}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: pageStrings }}
        />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
