// The public chrome: skip link, header (brand, search box, language switch, account),
// main navigation and footer. Plain links and GET forms: all of it works without JavaScript.
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import { HeaderSearch } from "./search/header-search";

export interface LayoutUser {
  name: string;
  role: "BUSINESS" | "OFFICER" | "PARTNER" | "ADMIN";
}

export function languageSwitchHref(pathname: string, search: string, target: Language): string {
  const params = new URLSearchParams(search);
  params.set("lng", target);
  return `${pathname}?${params}`;
}

function LanguageSwitch({ language }: { language: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const target: Language = language === "vi" ? "en" : "vi";
  return (
    <a
      href={languageSwitchHref(location.pathname, location.search, target)}
      lang={target}
      hrefLang={target}
      aria-label={t("language.switchToLabel")}
      className="rounded px-2 py-1 text-sm font-semibold text-white underline"
    >
      {t("language.switchTo")}
    </a>
  );
}

export function SiteHeader({ user, language }: { user: LayoutUser | null; language: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const q = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  const nav = [
    ["/products", t("nav.products")],
    ["/producers", t("nav.producers")],
    ["/sales-points", t("nav.salesPoints")],
    ["/fairs", t("nav.fairs")],
    ["/trips", t("nav.trips")],
    ["/news", t("nav.news")],
  ] as const;
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link to="/" className="mr-auto flex items-center gap-2 text-white no-underline hover:no-underline">
          <span aria-hidden="true" className="text-2xl text-gold-400">
            ★
          </span>
          <span>
            <span className="block text-xl font-bold leading-tight">{t("meta.siteName")}</span>
            <span className="block text-xs leading-tight">{t("meta.tagline")}</span>
          </span>
        </Link>
        <LanguageSwitch language={language} />
        {user ? (
          <div className="flex items-center gap-2 text-sm">
            <Link to={user.role === "BUSINESS" ? "/business" : "/office"} className="font-semibold text-white underline">
              {user.role === "BUSINESS" ? t("nav.business") : t("nav.office")}
            </Link>
            <Form method="post" action="/logout">
              <button type="submit" className="rounded border border-white px-2 py-1 font-semibold text-white">
                {t("nav.logout")}
              </button>
            </Form>
          </div>
        ) : (
          <Link to="/login" className="text-sm font-semibold text-white underline">
            {t("nav.login")}
          </Link>
        )}
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-3">
        <Form method="get" action="/search" role="search" className="flex gap-2">
          <label htmlFor="site-search" className="sr-only">
            {t("search.label")}
          </label>
          <HeaderSearch id="site-search" name="q" defaultValue={q} placeholder={t("search.placeholder")} />
          <button type="submit" className="btn bg-gold-400 text-stone-900">
            {t("search.submit")}
          </button>
        </Form>
      </div>
      <nav aria-label={t("a11y.mainNav")} className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2">
          {nav.map(([to, label]) => (
            <li key={to}>
              <NavLink
                to={to}
                className={({ isActive }) =>
                  `block whitespace-nowrap px-3 py-2 text-sm font-semibold text-white ${isActive ? "underline decoration-2" : "no-underline"}`
                }
              >
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-12 border-t border-stone-300 bg-white">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 text-sm sm:grid-cols-2">
        <p>{t("footer.about")}</p>
        <nav aria-label={t("a11y.footerNav")}>
          <ul className="space-y-1">
            <li>
              <Link to="/verify">{t("footer.verify")}</Link>
            </li>
            <li>
              <Link to="/open-data">{t("footer.openData")}</Link>
            </li>
            <li>
              <Link to="/stats">{t("publicStats.nav")}</Link>
            </li>
            <li>
              <Link to="/complaints/new">{t("nav.complaints")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

export function PageShell({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
      {children}
    </main>
  );
}
