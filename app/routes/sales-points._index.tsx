import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  categoryOptions,
  CategoryOptions,
  countActive,
  EmptyResults,
  FilterActions,
  FilterDisclosure,
  FilterSelect,
} from "~/components/catalog/filters";
import { Pagination } from "~/components/catalog/pagination";
import { PlaceOptions } from "~/components/places/place-options";
import { NearMeButton } from "~/components/sales-points/near-me-button";
import { SalesPointListItem, type SalesPointListItemData } from "~/components/sales-points/sales-point-list-item";
import { SalesPointMapSection } from "~/components/sales-points/sales-point-map";
import { getLanguage, getT } from "~/i18next.server";
import { formatDistance } from "~/modules/sales-points/geo";
import {
  listPublicSalesPoints,
  parseSalesPointQuery,
  salesPointFilterOptions,
  SALES_POINTS_PER_PAGE,
  SalesPointQuerySchema,
} from "~/modules/sales-points/public.server";
import { db, dbReady } from "~/utils/db.server";
import { catalogMeta } from "~/components/catalog/meta";
import { absoluteUrl } from "~/modules/catalog/public.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...catalogMeta(data),
  { name: "description", content: data?.description ?? "" },
];

const LIST_ID = "sales-point-results";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseSalesPointQuery(url.searchParams, { lenient: true });
  // The page always shows 20 a page; perPage is an API parameter.
  const query = {
    ...(parsed.ok ? parsed.value : SalesPointQuerySchema.parse({})),
    perPage: SALES_POINTS_PER_PAGE,
  };
  await dbReady;
  const [t, language, options] = await Promise.all([
    getT(request),
    getLanguage(request),
    salesPointFilterOptions(db, { province: query.province }),
  ]);
  // A commune left over from another province (no-JS two-step filter) no longer applies.
  if (query.commune && !options.communes.some((c) => c.code === query.commune)) delete query.commune;
  const result = await listPublicSalesPoints(db, { query });
  const local = (c: { nameVi: string; nameEn: string }) => (language === "en" ? c.nameEn : c.nameVi);
  const rawNear = url.searchParams.get("near")?.trim() ?? "";

  const items: SalesPointListItemData[] = result.items.map((p) => ({
    id: p.id,
    name: p.name,
    url: p.url,
    addressText: [p.streetAddress, p.commune.name, p.province.name].join(", "),
    distanceText:
      p.distanceKm === null ? (result.origin ? t("publicSalesPoints.list.noLocation") : null) : formatDistance(p.distanceKm, language),
    hasHours: p.hasHours,
    openNow: p.openNow,
    certified: p.certified,
    expiringSoon: p.expiringSoon,
    categories: p.categories.map(local),
  }));
  let originText: string | null = null;
  // Not the coordinates: the commune of the nearest shop says where "here" is in words.
  if (result.origin?.source === "location")
    originText = t("publicSalesPoints.list.fromLocation", {
      commune: result.items[0]?.commune.name ?? "",
    });
  if (result.origin?.source === "commune") {
    const commune = options.nearCommunes.find((c) => c.code === result.origin?.communeCode);
    originText = t("publicSalesPoints.list.fromCommune", {
      commune: commune?.name ?? "",
    });
  }

  return {
    title: t("publicSalesPoints.list.title"),
    description: t("publicSalesPoints.list.lead"),
    // filters and pages are views of one list: the canonical page is the list itself
    canonicalUrl: absoluteUrl("/sales-points"),
    filters: {
      province: query.province ?? "",
      commune: query.commune ?? "",
      category: query.category ?? "",
      certified: query.certified ?? false,
      open: query.open ?? false,
      near: rawNear,
      nearInvalid: rawNear !== "" && !query.near,
      nearCommune: query.nearCommune ?? "",
    },
    options: {
      provinces: options.provinces,
      communes: options.communes,
      nearCommunes: options.nearCommunes,
      categories: categoryOptions(options.categories, language),
    },
    total: result.total,
    page: result.page,
    pages: result.pages,
    items,
    sortedByDistance: result.origin !== null,
    originText,
    nearCommuneUnknown: result.nearCommuneUnknown,
    mapPoints: result.items.flatMap((p) =>
      p.location
        ? [
            {
              id: p.id,
              name: p.name,
              url: p.url,
              lat: p.location.lat,
              lng: p.location.lng,
              addressText: [p.streetAddress, p.commune.name].join(", "),
              certified: p.certified,
            },
          ]
        : []
    ),
  };
}

export default function SalesPointsPage() {
  const { filters, options, total, page, pages, items, sortedByDistance, originText, nearCommuneUnknown, mapPoints } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  const active = countActive([
    filters.province,
    filters.commune,
    filters.category,
    filters.certified,
    filters.open,
    filters.near,
    filters.nearCommune,
  ]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("publicSalesPoints.list.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("publicSalesPoints.list.lead")}</p>
      </header>

      {/* Keyed by the URL so the uncontrolled fields show the applied filters after each navigation. */}
      <FilterDisclosure
        titleId="sales-point-filters-title"
        title={t("publicSalesPoints.filters.legend")}
        activeLabel={active ? t("catalog.filters.activeCount", { count: active }) : null}
      >
        <Form id="sales-point-filters" key={location.search} method="get" aria-labelledby="sales-point-filters-title">
          {/* "Vị trí của tôi" (above the list) writes the device's position here and submits. */}
          <input type="hidden" id="filter-near" name="near" defaultValue={filters.nearInvalid ? "" : filters.near} />
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <FilterSelect
              id="filter-province"
              name="province"
              label={t("publicSalesPoints.filters.province")}
              defaultValue={filters.province}
            >
              <option value="">{t("publicSalesPoints.filters.allProvinces")}</option>
              <PlaceOptions places={options.provinces} />
            </FilterSelect>
            <div>
              <label htmlFor="filter-commune" className="block font-semibold">
                {t("publicSalesPoints.filters.commune")}
              </label>
              <select
                id="filter-commune"
                name="commune"
                defaultValue={filters.commune}
                className="input"
                aria-describedby={options.communes.length ? undefined : "filter-commune-hint"}
              >
                <option value="">{t("publicSalesPoints.filters.allCommunes")}</option>
                <PlaceOptions places={options.communes} />
              </select>
              {options.communes.length ? null : (
                <p id="filter-commune-hint" className="mt-1 text-sm text-stone-700">
                  {t("publicSalesPoints.filters.communeHint")}
                </p>
              )}
            </div>
            <FilterSelect
              id="filter-category"
              name="category"
              label={t("publicSalesPoints.filters.category")}
              defaultValue={filters.category}
            >
              <option value="">{t("publicSalesPoints.filters.allCategories")}</option>
              <CategoryOptions categories={options.categories} />
            </FilterSelect>
            <FilterSelect
              id="filter-near-commune"
              name="nearCommune"
              label={t("publicSalesPoints.filters.nearCommune")}
              defaultValue={filters.nearCommune}
            >
              <option value="">{t("publicSalesPoints.filters.noNearCommune")}</option>
              {options.nearCommunes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name} ({c.provinceName})
                </option>
              ))}
            </FilterSelect>
          </div>
          <fieldset className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <legend className="sr-only">{t("publicSalesPoints.filters.more")}</legend>
            <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
              <input type="checkbox" name="certified" value="1" defaultChecked={filters.certified} className="h-5 w-5" />
              {t("publicSalesPoints.filters.certified")}
            </label>
            <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
              <input
                type="checkbox"
                name="open"
                value="1"
                defaultChecked={filters.open}
                className="h-5 w-5"
                aria-describedby="filter-open-hint"
              />
              {t("publicSalesPoints.filters.open")}
            </label>
            <span id="filter-open-hint" className="self-center text-sm text-stone-700">
              {t("publicSalesPoints.filters.openHint")}
            </span>
          </fieldset>
          <FilterActions
            applyLabel={t("publicSalesPoints.filters.apply")}
            resetLabel={t("publicSalesPoints.filters.reset")}
            resetTo="/sales-points"
          />
        </Form>
      </FilterDisclosure>

      <section id={LIST_ID} aria-labelledby="sales-point-results-title" tabIndex={-1} className="focus:outline-none">
        <h2 id="sales-point-results-title" className="text-xl font-bold" aria-live="polite">
          {t("publicSalesPoints.list.resultCount", { count: total })}
        </h2>
        <NearMeButton inputId="filter-near" />
        {filters.nearInvalid ? <p role="status">{t("publicSalesPoints.filters.nearInvalid")}</p> : null}
        {sortedByDistance ? (
          <p>
            {t("publicSalesPoints.list.sortedByDistance")} {originText}
          </p>
        ) : null}
        {nearCommuneUnknown ? <p role="status">{t("publicSalesPoints.list.nearCommuneUnknown")}</p> : null}
        {items.length ? (
          <ol className="mt-4 grid gap-4 md:grid-cols-2" aria-labelledby="sales-point-results-title">
            {items.map((item) => (
              <li key={item.id}>
                <SalesPointListItem point={item} />
              </li>
            ))}
          </ol>
        ) : (
          <EmptyResults title={t("publicSalesPoints.list.empty")} hint={t("publicSalesPoints.list.emptyHint")} />
        )}
        <Pagination page={page} pages={pages} pathname={location.pathname} search={location.search} />
      </section>

      <SalesPointMapSection points={mapPoints} listId={LIST_ID} />
    </div>
  );
}
