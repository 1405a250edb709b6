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
      className="inline-flex min-h-11 items-center rounded px-2 text-sm font-semibold text-white underline"
    >
      {t("language.switchTo")}
    </a>
  );
}

/** The sections every visitor can reach from the header, in menu order. */
function mainSections(t: (key: string) => string) {
  return [
    ["/products", t("nav.products")],
    ["/producers", t("nav.producers")],
    ["/sales-points", t("nav.salesPoints")],
    ["/fairs", t("nav.fairs")],
    ["/trips", t("nav.trips")],
    ["/news", t("nav.news")],
    ["/verify", t("nav.verify")],
  ] as const;
}

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `flex min-h-11 items-center px-3 text-base font-semibold leading-tight text-white ${isActive ? "underline decoration-2" : "no-underline"}`;

/** The main sections as list items: the phone menu and the wide-screen bar show the same links. */
function SectionItems({ sections }: { sections: ReturnType<typeof mainSections> }) {
  return sections.map(([to, label]) => (
    <li key={to}>
      <NavLink to={to} className={linkClass}>
        {label}
      </NavLink>
    </li>
  ));
}

function AccountLinks({ user, className }: { user: LayoutUser | null; className: string }) {
  const { t } = useTranslation();
  if (!user) {
    return (
      <Link to="/login" className={`${className} font-semibold text-white underline`}>
        {t("nav.login")}
      </Link>
    );
  }
  return (
    <div className={`${className} flex-wrap gap-2`}>
      <Link
        to={user.role === "BUSINESS" ? "/business" : "/office"}
        className="inline-flex min-h-11 items-center font-semibold text-white underline"
      >
        {user.role === "BUSINESS" ? t("nav.business") : t("nav.office")}
      </Link>
      <Form method="post" action="/logout">
        <button type="submit" className="min-h-11 rounded border border-white px-3 font-semibold text-white">
          {t("nav.logout")}
        </button>
      </Form>
    </div>
  );
}

/**
 * On a phone the header is two short rows (brand, language, menu; search) and the sections
 * open from a <details> menu, which works without JavaScript; from `md` up they sit in a row.
 */
export function SiteHeader({ user, language }: { user: LayoutUser | null; language: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const q = location.pathname === "/search" ? new URLSearchParams(location.search).get("q") ?? "" : "";
  const sections = mainSections(t);
  return (
    <header className="relative bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-3 py-1 sm:gap-3 sm:px-4 sm:py-2">
        <Link to="/" className="mr-auto flex min-h-11 items-center gap-2 text-white no-underline hover:no-underline">
          <span aria-hidden="true" className="text-2xl text-gold-400">
            ★
          </span>
          <span>
            <span className="block text-xl font-bold leading-tight">{t("meta.siteName")}</span>
            <span className="hidden text-xs leading-tight sm:block">{t("meta.tagline")}</span>
          </span>
        </Link>
        <LanguageSwitch language={language} />
        <AccountLinks user={user} className="hidden min-h-11 items-center text-sm md:flex" />
        {/* Phones: the sections open from a menu under the header (a <details>: no JavaScript needed). */}
        <nav aria-label={t("a11y.mainNav")} className="md:hidden">
          {/* Keyed by the path: a client-side navigation closes the menu, as a page load would. */}
          <details key={location.pathname} className="group">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-white/70 px-3 font-semibold text-white [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="text-xl leading-none">
                ☰
              </span>
              {t("nav.menu")}
            </summary>
            <ul className="absolute inset-x-0 top-full z-40 grid grid-cols-2 gap-x-2 bg-brand-800 px-1 pb-2 shadow-lg">
              <SectionItems sections={sections} />
              <li>
                <NavLink to="/complaints/new" className={linkClass}>
                  {t("nav.complaints")}
                </NavLink>
              </li>
              <li className="col-span-2 px-3">
                <AccountLinks user={user} className="flex min-h-11 items-center" />
              </li>
            </ul>
          </details>
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-3 pb-2 sm:px-4">
        <Form method="get" action="/search" role="search" className="flex gap-2">
          <label htmlFor="site-search" className="sr-only">
            {t("search.label")}
          </label>
          <HeaderSearch id="site-search" name="q" defaultValue={q} placeholder={t("search.placeholder")} />
          <button type="submit" className="btn shrink-0 bg-gold-400 px-3 text-stone-900">
            {t("search.submit")}
          </button>
        </Form>
      </div>
      <nav aria-label={t("a11y.mainNav")} className="hidden bg-brand-800 md:block">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          <SectionItems sections={sections} />
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
