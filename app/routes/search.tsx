// /search: results across products, producers and certified sales points with facet counts,
// highlighted matches, "did you mean" and helpful text when nothing matches. GET links and
// GET forms only, so it all works without JavaScript.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { FilterDisclosure } from "~/components/catalog/filters";
import { ErrorPage } from "~/components/error-page";
import { Pagination } from "~/components/catalog/pagination";
import { FacetList, searchHref, type FacetGroupView } from "~/components/search/facet-list";
import { SearchResultItem } from "~/components/search/search-result";
import { getLanguage, getT } from "~/i18next.server";
import { searchHitDetails } from "~/modules/search/hit-details.server";
import { searchPublic, type PublicSearchPage } from "~/modules/search/public-search.server";
import type { SearchDocumentId } from "~/modules/search/search.types";
import { activeFilters, SEARCH_PER_PAGE, SEARCH_SORTS } from "~/modules/search/search.params";
import { parseSearchParams, SearchParamsSchema, type SearchParams } from "~/modules/search/search.schema";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSearchParams(new URL(request.url).searchParams, { lenient: true });
  // lenient parsing never fails; the fallback only satisfies the type
  const params: SearchParams = { ...(parsed.ok ? parsed.value : SearchParamsSchema.parse({})), perPage: SEARCH_PER_PAGE };
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  if (!params.q) return { title: t("searchUi.page.title"), params, result: null };
  await dbReady;
  const result = await searchPublic(db, { params, language });
  const details = await searchHitDetails(
    db,
    result.hits.map((hit) => hit.id as SearchDocumentId)
  );
  return { title: t("searchUi.page.titleWithQuery", { q: params.q }), params, result, details };
}

function facetGroupViews(result: PublicSearchPage, params: SearchParams, t: TFunction): FacetGroupView[] {
  const { facets, names } = result;
  const typeLabel = (type: string) => t(`searchUi.types.${type}`);
  const starsLabel = (stars: string) => t("searchUi.facets.starsAtLeast", { count: Number(stars) });
  const certifiedLabel = (value: string) => t(value === "true" ? "searchUi.facets.certifiedTrue" : "searchUi.facets.certifiedFalse");
  const active = activeFilters(params);
  const activeOf = (value: string | undefined, label: (v: string) => string) => (value ? { value, label: label(value) } : undefined);
  return [
    {
      param: "type",
      title: t("searchUi.facets.type"),
      options: facets.type.map((o) => ({ value: o.value, label: typeLabel(o.value), count: o.count })),
      active: activeOf(active.type, typeLabel),
    },
    {
      param: "category",
      title: t("searchUi.facets.category"),
      options: facets.category.map((o) => ({ value: o.value, label: o.label ?? o.value, count: o.count })),
      active: activeOf(active.category, (v) => names.category[v] ?? v),
    },
    {
      param: "province",
      title: t("searchUi.facets.province"),
      options: facets.province.map((o) => ({ value: o.value, label: o.label ?? o.value, count: o.count })),
      active: activeOf(active.province, (v) => names.province[v] ?? v),
    },
    {
      param: "commune",
      title: t("searchUi.facets.commune"),
      options: facets.commune.map((o) => ({ value: o.value, label: o.label ?? o.value, count: o.count })),
      active: activeOf(active.commune, (v) => names.commune[v] ?? v),
    },
    {
      param: "stars",
      title: t("searchUi.facets.stars"),
      options: facets.stars.map((o) => ({ value: o.value, label: starsLabel(o.value), count: o.count })),
      active: activeOf(active.stars, starsLabel),
    },
    {
      param: "certified",
      title: t("searchUi.facets.certified"),
      options: facets.certified.map((o) => ({ value: o.value, label: certifiedLabel(o.value), count: o.count })),
      active: activeOf(active.certified, certifiedLabel),
    },
  ];
}

function BrowseLinks() {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-wrap gap-3">
      <li>
        <Link to="/products">{t("searchUi.browse.products")}</Link>
      </li>
      <li>
        <Link to="/producers">{t("searchUi.browse.producers")}</Link>
      </li>
      <li>
        <Link to="/sales-points">{t("searchUi.browse.salesPoints")}</Link>
      </li>
    </ul>
  );
}

function StartPage() {
  const { t } = useTranslation();
  const examples = t("searchUi.start.exampleQueries")
    .split(",")
    .map((q) => q.trim())
    .filter(Boolean);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("searchUi.page.heading")}</h1>
      <p className="max-w-3xl">{t("searchUi.start.lead")}</p>
      <section aria-labelledby="search-examples-title" className="card space-y-2">
        <h2 id="search-examples-title" className="font-semibold">
          {t("searchUi.start.examples")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {examples.map((q) => (
            <li key={q}>
              <Link to={`/search?${new URLSearchParams({ q })}`}>{q}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="search-browse-title" className="space-y-2">
        <h2 id="search-browse-title" className="font-semibold">
          {t("searchUi.empty.tipBrowse")}
        </h2>
        <BrowseLinks />
      </section>
    </div>
  );
}

function DidYouMean({ q, corrected }: { q: string; corrected: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <p>{t("searchUi.page.showingCorrected", { q, corrected })}</p>
      <p>
        {t("searchUi.page.didYouMean")} <Link to={searchHref(location.search, { q: corrected })}>{corrected}</Link>
      </p>
    </div>
  );
}

function NoResults({ q, hasFilters }: { q: string; hasFilters: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="card space-y-3">
      <h2 id="search-results-title" className="text-xl font-bold" aria-live="polite">
        {t("searchUi.empty.title", { q })}
      </h2>
      <p>{t("searchUi.empty.lead")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {hasFilters ? (
          <li>
            {t("searchUi.empty.tipFilters")} <Link to={`/search?${new URLSearchParams({ q })}`}>{t("searchUi.page.clearAll")}</Link>
          </li>
        ) : null}
        <li>{t("searchUi.empty.tipSpelling")}</li>
        <li>{t("searchUi.empty.tipFewerWords")}</li>
      </ul>
      <p className="font-semibold">{t("searchUi.empty.tipBrowse")}</p>
      <BrowseLinks />
    </div>
  );
}

function SortForm({ params }: { params: SearchParams }) {
  const { t } = useTranslation();
  const sorts = SEARCH_SORTS.filter((sort) => sort !== "distance" || params.near);
  const keep: [string, string][] = [["q", params.q], ...Object.entries(activeFilters(params))];
  if (params.near) keep.push(["near", `${params.near.lat},${params.near.lng}`]);
  return (
    <Form method="get" action="/search" className="flex flex-wrap items-end gap-2">
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p>
        <label htmlFor="search-sort" className="block text-sm font-semibold">
          {t("searchUi.page.sort")}
        </label>
        <select id="search-sort" name="sort" defaultValue={params.sort} className="input">
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`searchUi.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </p>
      <button type="submit" className="btn-secondary">
        {t("searchUi.page.sortApply")}
      </button>
    </Form>
  );
}

export default function SearchPage() {
  const { params, result, details } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  if (!result) return <StartPage />;
  const activeCount = Object.keys(activeFilters(params)).length;
  const hasFilters = activeCount > 0;
  const groups = facetGroupViews(result, params, t);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("searchUi.page.titleWithQuery", { q: params.q })}</h1>
      <div className="grid gap-6 md:grid-cols-[16rem_minmax(0,1fr)]">
        <div>
          {groups.some((group) => group.options.length > 0 || group.active) ? (
            <FilterDisclosure
              titleId="search-filters-title"
              title={t("searchUi.page.filters")}
              activeLabel={activeCount ? t("catalog.filters.activeCount", { count: activeCount }) : null}
            >
              <FacetList groups={groups} search={location.search} />
            </FilterDisclosure>
          ) : null}
        </div>
        <section id="search-results" aria-labelledby="search-results-title" className="space-y-4">
          {result.total > 0 ? (
            <>
              <div className="flex flex-wrap items-end justify-between gap-3">
                <h2 id="search-results-title" className="text-xl font-bold" aria-live="polite">
                  {t("searchUi.page.resultCount", { count: result.total, q: params.q })}
                </h2>
                <SortForm params={params} />
              </div>
              {hasFilters ? (
                <p>
                  <Link to={`/search?${new URLSearchParams({ q: params.q })}`}>{t("searchUi.page.clearAll")}</Link>
                </p>
              ) : null}
              {result.didYouMean ? <DidYouMean q={params.q} corrected={result.didYouMean} /> : null}
              <ul aria-label={t("searchUi.page.results")} className="space-y-3">
                {result.hits.map((hit) => (
                  <li key={hit.id}>
                    <SearchResultItem hit={hit} details={details?.[hit.id]} />
                  </li>
                ))}
              </ul>
              <Pagination page={result.page} pages={result.pages} pathname={location.pathname} search={location.search} />
            </>
          ) : (
            <NoResults q={params.q} hasFilters={hasFilters} />
          )}
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
