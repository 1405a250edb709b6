import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  categoryOptions,
  CategoryAndPlaceFilters,
  countActive,
  EmptyResults,
  FilterActions,
  FilterDisclosure,
  FilterSelect,
} from "~/components/catalog/filters";
import { catalogMeta } from "~/components/catalog/meta";
import { Pagination } from "~/components/catalog/pagination";
import { ProductCard } from "~/components/catalog/product-card";
import { productCardView } from "~/components/catalog/views";
import { getLanguage, getT } from "~/i18next.server";
import { PRODUCT_LABELS, PRODUCT_SORTS } from "~/modules/catalog/public.constants";
import { parseCatalogQuery, ProductQuerySchema } from "~/modules/catalog/public.schema";
import { absoluteUrl, catalogFilterOptions, listPublicProducts } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseCatalogQuery(ProductQuerySchema, url.searchParams, {
    lenient: true,
  });
  // lenient parsing never fails; the fallback only satisfies the type
  const query = parsed.ok ? parsed.value : ProductQuerySchema.parse({});
  await dbReady;
  const [t, language, result, options] = await Promise.all([
    getT(request),
    getLanguage(request),
    listPublicProducts(db, { query }),
    catalogFilterOptions(db),
  ]);
  return {
    title: t("catalog.products.title"),
    description: t("catalog.products.lead"),
    canonicalUrl: absoluteUrl(url.pathname + url.search),
    query,
    total: result.total,
    page: result.page,
    pages: result.pages,
    products: result.items.map((p) => productCardView(p, language, (name) => t("catalog.products.photoAlt", { name }))),
    categories: categoryOptions(options.categories, language),
    provinces: options.provinces,
    communes: options.communes,
  };
}

export default function ProductsPage() {
  const { query, total, page, pages, products, categories, provinces, communes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  const active = countActive([query.category, query.province, query.commune, query.stars, query.label]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("catalog.products.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("catalog.products.lead")}</p>
      </header>

      <FilterDisclosure
        titleId="product-filters-title"
        title={t("catalog.filters.legend")}
        activeLabel={active ? t("catalog.filters.activeCount", { count: active }) : null}
      >
        <Form method="get" aria-labelledby="product-filters-title">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <CategoryAndPlaceFilters query={query} categories={categories} provinces={provinces} communes={communes} />
            <FilterSelect
              id="filter-stars"
              name="stars"
              label={t("catalog.filters.minStars")}
              defaultValue={query.stars ? String(query.stars) : ""}
            >
              <option value="">{t("catalog.filters.anyStars")}</option>
              {[3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {t("catalog.filters.starsAtLeast", { count: n })}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect id="filter-label" name="label" label={t("catalog.filters.label")} defaultValue={query.label ?? ""}>
              <option value="">{t("catalog.filters.anyLabel")}</option>
              {PRODUCT_LABELS.map((label) => (
                <option key={label} value={label}>
                  {t(`catalog.labels.${label}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect id="filter-sort" name="sort" label={t("catalog.filters.sort")} defaultValue={query.sort}>
              {PRODUCT_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`catalog.sort.${sort}`)}
                </option>
              ))}
            </FilterSelect>
          </div>
          <FilterActions applyLabel={t("catalog.filters.apply")} resetLabel={t("catalog.filters.reset")} resetTo="/products" />
        </Form>
      </FilterDisclosure>

      <section id="product-results" aria-labelledby="product-results-title">
        <h2 id="product-results-title" className="text-xl font-bold" aria-live="polite">
          {t("catalog.products.resultCount", { count: total })}
        </h2>
        {products.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {products.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyResults title={t("catalog.products.empty")} hint={t("catalog.products.emptyHint")} />
        )}
        <Pagination page={page} pages={pages} pathname={location.pathname} search={location.search} />
      </section>
    </div>
  );
}
