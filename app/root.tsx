import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PageShell, SiteFooter, SiteHeader } from "~/components/layout";
import { FlashBanner } from "~/components/ui/flash";
import { fallbackLanguage, isLanguage, type Language } from "~/i18n";
import { getLanguage, languageCookie } from "~/i18next.server";
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

export const meta: MetaFunction = () => [{ title: "Hàng Việt" }];

export function Layout({ children }: { children: ReactNode }) {
  const loaderData = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const { t, i18n } = useTranslation();
  const language: Language = loaderData?.language ?? fallbackLanguage;

  // Marks the page as interactive (tests wait for it before using the keyboard).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);

  // Client navigation after the switch: keep i18next in step with the server's choice.
  useEffect(() => {
    if (i18n.language !== language) {
      void import(`./locales/${language}.ts`).then((m: { default: Record<string, unknown> }) => {
        i18n.addResourceBundle(language, "common", m.default, true, true);
        void i18n.changeLanguage(language);
      });
    }
  }, [language, i18n]);

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
