// The facet sidebar of /search: each option is a GET link with its count, the selected one is
// marked in words, and every active filter has a "remove" link, so filtering needs no JavaScript.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SearchFilterParam } from "~/modules/search/search.params";

export interface FacetOptionView {
  value: string;
  label: string;
  count: number;
}

export interface FacetGroupView {
  param: SearchFilterParam;
  title: string;
  options: FacetOptionView[];
  /** the filter currently applied through this facet */
  active?: { value: string; label: string };
}

/** The current search with some parameters set or removed; any change returns to page 1. */
export function searchHref(search: string, changes: Record<string, string | null>, pathname = "/search"): string {
  const params = new URLSearchParams(search);
  params.delete("page");
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function FacetList({ groups, search }: { groups: FacetGroupView[]; search: string }) {
  const { t } = useTranslation();
  const shown = groups.filter((group) => group.options.length > 0 || group.active);
  if (!shown.length) return null;
  return (
    <nav aria-labelledby="search-facets-title" className="space-y-4">
      {/* On a phone the disclosure's summary says the same: the heading is for screen readers there. */}
      <h2 id="search-facets-title" className="sr-only text-lg font-bold md:not-sr-only">
        {t("searchUi.page.filters")}
      </h2>
      {shown.map((group) => (
        <section key={group.param} aria-labelledby={`facet-${group.param}`}>
          <h3 id={`facet-${group.param}`} className="font-semibold">
            {group.title}
          </h3>
          <ul className="mt-1 space-y-1">
            {group.options.map((option) => {
              const text = t("searchUi.facets.option", { label: option.label, count: option.count });
              const selected = group.active?.value === option.value;
              return (
                <li key={option.value}>
                  {selected ? (
                    <span aria-current="true" className="font-semibold">
                      ✓ {text} <span className="text-sm font-normal">({t("searchUi.facets.selected")})</span>
                    </span>
                  ) : (
                    <Link to={searchHref(search, { [group.param]: option.value })}>{text}</Link>
                  )}
                </li>
              );
            })}
          </ul>
          {group.active ? (
            <p className="mt-1">
              <Link to={searchHref(search, { [group.param]: null })} className="text-sm">
                {t("searchUi.page.removeFilter", { label: group.active.label })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </nav>
  );
}
