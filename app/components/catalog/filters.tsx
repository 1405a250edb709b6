// Pieces of the public catalogue filter forms (producers, products, sales points). The forms are
// plain GET forms, so each control is a named, labelled field that works without JavaScript.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PlaceOptions } from "~/components/places/place-options";
import type { Language } from "~/i18n";
import { localName } from "./views";

export type CategoryOption = { slug: string; name: string; children: { slug: string; name: string }[] };

type NamedCategory = { slug: string; nameVi: string; nameEn: string };

/** The category tree of the filter options, named in the page's language. */
export function categoryOptions(categories: (NamedCategory & { children: NamedCategory[] })[], language: Language): CategoryOption[] {
  return categories.map((c) => ({
    slug: c.slug,
    name: localName(c, language)!,
    children: c.children.map((child) => ({ slug: child.slug, name: localName(child, language)! })),
  }));
}

/** A labelled select; `children` are its options (including any "all" option). */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  children,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  children: ReactNode;
}) {
  return (
    <p>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className="input">
        {children}
      </select>
    </p>
  );
}

/** Top categories as groups; a top category can be chosen itself as the group's first option. */
export function CategoryOptions({ categories }: { categories: CategoryOption[] }) {
  return categories.map((c) => (
    <optgroup key={c.slug} label={c.name}>
      <option value={c.slug}>{c.name}</option>
      {c.children.map((child) => (
        <option key={child.slug} value={child.slug}>
          {child.name}
        </option>
      ))}
    </optgroup>
  ));
}

type Place = { code: string; name: string };

/** Category, province and commune: the three filters the producer and product lists share. */
export function CategoryAndPlaceFilters({
  query,
  categories,
  provinces,
  communes,
}: {
  query: { category?: string | undefined; province?: string | undefined; commune?: string | undefined };
  categories: CategoryOption[];
  provinces: Place[];
  communes: Place[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <FilterSelect id="filter-category" name="category" label={t("catalog.filters.category")} defaultValue={query.category ?? ""}>
        <option value="">{t("catalog.filters.allCategories")}</option>
        <CategoryOptions categories={categories} />
      </FilterSelect>
      <FilterSelect id="filter-province" name="province" label={t("catalog.filters.province")} defaultValue={query.province ?? ""}>
        <option value="">{t("catalog.filters.allProvinces")}</option>
        <PlaceOptions places={provinces} />
      </FilterSelect>
      <FilterSelect id="filter-commune" name="commune" label={t("catalog.filters.commune")} defaultValue={query.commune ?? ""}>
        <option value="">{t("catalog.filters.allCommunes")}</option>
        <PlaceOptions places={communes} />
      </FilterSelect>
    </>
  );
}

/** Apply submits the form; reset is a plain link to the unfiltered page. */
export function FilterActions({ applyLabel, resetLabel, resetTo }: { applyLabel: string; resetLabel: string; resetTo: string }) {
  return (
    <p className="mt-4 flex flex-wrap gap-3">
      <button type="submit" className="btn-primary">
        {applyLabel}
      </button>
      <Link to={resetTo} className="btn-secondary">
        {resetLabel}
      </Link>
    </p>
  );
}

/**
 * A filter form folded into a <details> (works without JavaScript): on a phone the results
 * come first and the filters open on demand; from `md` up app/tailwind.css shows them always.
 * `titleId` names the disclosure's title, which the form inside uses as its name.
 */
export function FilterDisclosure({
  titleId,
  title,
  activeLabel,
  children,
}: {
  titleId: string;
  title: string;
  /** e.g. "2 đang chọn", or null when no filter applies */
  activeLabel: string | null;
  children: ReactNode;
}) {
  return (
    <details className="filter-disclosure group rounded-lg border border-stone-200 bg-white shadow-sm">
      <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-4 font-semibold [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">☰</span>
        <span id={titleId}>{title}</span>
        {activeLabel ? <span className="rounded-full bg-brand-700 px-2 text-sm text-white">{activeLabel}</span> : null}
        <span aria-hidden="true" className="ml-auto text-sm group-open:rotate-180">
          ▼
        </span>
      </summary>
      <div className="px-4 pb-4 md:pt-4">{children}</div>
    </details>
  );
}

/** How many of the given filter values are set. */
export function countActive(values: readonly unknown[]): number {
  return values.filter((v) => v !== undefined && v !== null && v !== "" && v !== false).length;
}

/** What a result list shows when nothing matches the filters. */
export function EmptyResults({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="card mt-4">
      <p className="font-semibold">{title}</p>
      <p>{hint}</p>
    </div>
  );
}
