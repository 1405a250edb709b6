import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { catalogMeta } from "~/components/catalog/meta";
import { Pagination } from "~/components/catalog/pagination";
import { ProductCard } from "~/components/catalog/product-card";
import { localName, productCardView } from "~/components/catalog/views";
import { getLanguage, getT } from "~/i18next.server";
import { parseCatalogQuery, PRODUCT_LABELS, PRODUCT_SORTS, ProductQuerySchema } from "~/modules/catalog/public.schema";
import { absoluteUrl, catalogFilterOptions, listPublicProducts } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseCatalogQuery(ProductQuerySchema, url.searchParams, { lenient: true });
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
    categories: options.categories.map((c) => ({
      slug: c.slug,
      name: localName(c, language)!,
      children: c.children.map((child) => ({ slug: child.slug, name: localName(child, language)! })),
    })),
    provinces: options.provinces,
    communes: options.communes,
  };
}

export default function ProductsPage() {
  const { query, total, page, pages, products, categories, provinces, communes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("catalog.products.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("catalog.products.lead")}</p>
      </header>

      <Form method="get" className="card" aria-labelledby="product-filters-title">
        <h2 id="product-filters-title" className="sr-only">
          {t("catalog.filters.legend")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <p>
            <label htmlFor="filter-category" className="block font-semibold">
              {t("catalog.filters.category")}
            </label>
            <select id="filter-category" name="category" defaultValue={query.category ?? ""} className="input">
              <option value="">{t("catalog.filters.allCategories")}</option>
              {categories.map((c) => (
                <optgroup key={c.slug} label={c.name}>
                  <option value={c.slug}>{c.name}</option>
                  {c.children.map((child) => (
                    <option key={child.slug} value={child.slug}>
                      {child.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="filter-province" className="block font-semibold">
              {t("catalog.filters.province")}
            </label>
            <select id="filter-province" name="province" defaultValue={query.province ?? ""} className="input">
              <option value="">{t("catalog.filters.allProvinces")}</option>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="filter-commune" className="block font-semibold">
              {t("catalog.filters.commune")}
            </label>
            <select id="filter-commune" name="commune" defaultValue={query.commune ?? ""} className="input">
              <option value="">{t("catalog.filters.allCommunes")}</option>
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="filter-stars" className="block font-semibold">
              {t("catalog.filters.minStars")}
            </label>
            <select id="filter-stars" name="stars" defaultValue={query.stars ? String(query.stars) : ""} className="input">
              <option value="">{t("catalog.filters.anyStars")}</option>
              {[3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {t("catalog.filters.starsAtLeast", { count: n })}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="filter-label" className="block font-semibold">
              {t("catalog.filters.label")}
            </label>
            <select id="filter-label" name="label" defaultValue={query.label ?? ""} className="input">
              <option value="">{t("catalog.filters.anyLabel")}</option>
              {PRODUCT_LABELS.map((label) => (
                <option key={label} value={label}>
                  {t(`catalog.labels.${label}`)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="filter-sort" className="block font-semibold">
              {t("catalog.filters.sort")}
            </label>
            <select id="filter-sort" name="sort" defaultValue={query.sort} className="input">
              {PRODUCT_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`catalog.sort.${sort}`)}
                </option>
              ))}
            </select>
          </p>
        </div>
        <p className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            {t("catalog.filters.apply")}
          </button>
          <Link to="/products" className="btn-secondary">
            {t("catalog.filters.reset")}
          </Link>
        </p>
      </Form>

      <section aria-labelledby="product-results-title">
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
          <div className="card mt-4">
            <p className="font-semibold">{t("catalog.products.empty")}</p>
            <p>{t("catalog.products.emptyHint")}</p>
          </div>
        )}
        <Pagination page={page} pages={pages} pathname={location.pathname} search={location.search} />
      </section>
    </div>
  );
}
