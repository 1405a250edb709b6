// Side navigation of the two portals; on a phone it sits above the content.
import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface PortalLink {
  to: string;
  label: string;
  end?: boolean;
}

export function PortalNav({ title, links }: { title: string; links: PortalLink[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("a11y.portalNav")} className="md:w-60 md:shrink-0">
      <p className="mb-2 text-sm font-bold uppercase tracking-wide text-stone-700">{title}</p>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              end={link.end}
              className={({ isActive }) =>
                `block rounded px-3 py-2 font-medium no-underline ${isActive ? "bg-brand-700 text-white" : "text-stone-900 hover:bg-stone-200"}`
              }
            >
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
