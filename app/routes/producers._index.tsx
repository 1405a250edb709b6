import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { catalogMeta } from "~/components/catalog/meta";
import { Pagination } from "~/components/catalog/pagination";
import { ProducerCard } from "~/components/catalog/producer-card";
import { localName, producerCardView } from "~/components/catalog/views";
import { getLanguage, getT } from "~/i18next.server";
import { LEGAL_FORMS, parseCatalogQuery, ProducerQuerySchema } from "~/modules/catalog/public.schema";
import { absoluteUrl, catalogFilterOptions, listPublicProducers } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseCatalogQuery(ProducerQuerySchema, url.searchParams, { lenient: true });
  const query = parsed.ok ? parsed.value : ProducerQuerySchema.parse({});
  await dbReady;
  const [t, language, result, options] = await Promise.all([
    getT(request),
    getLanguage(request),
    listPublicProducers(db, { query }),
    catalogFilterOptions(db),
  ]);
  return {
    title: t("catalog.producers.title"),
    description: t("catalog.producers.lead"),
    canonicalUrl: absoluteUrl(url.pathname + url.search),
    query,
    total: result.total,
    page: result.page,
    pages: result.pages,
    producers: result.items.map((p) => producerCardView(p, (name) => t("catalog.producers.logoAlt", { name }))),
    categories: options.categories.map((c) => ({
      slug: c.slug,
      name: localName(c, language)!,
      children: c.children.map((child) => ({ slug: child.slug, name: localName(child, language)! })),
    })),
    provinces: options.provinces,
    communes: options.communes,
  };
}

export default function ProducersPage() {
  const { query, total, page, pages, producers, categories, provinces, communes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("catalog.producers.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("catalog.producers.lead")}</p>
      </header>

      <Form method="get" className="card" aria-labelledby="producer-filters-title">
        <h2 id="producer-filters-title" className="sr-only">
          {t("catalog.filters.legend")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <p>
            <label htmlFor="filter-q" className="block font-semibold">
              {t("catalog.filters.q")}
            </label>
            <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} className="input" />
          </p>
          <p>
            <label htmlFor="filter-legal-form" className="block font-semibold">
              {t("catalog.filters.legalForm")}
            </label>
            <select id="filter-legal-form" name="legalForm" defaultValue={query.legalForm ?? ""} className="input">
              <option value="">{t("catalog.filters.allLegalForms")}</option>
              {LEGAL_FORMS.map((form) => (
                <option key={form} value={form}>
                  {t(`legalForm.${form}`)}
                </option>
              ))}
            </select>
          </p>
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
        </div>
        <p className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            {t("catalog.filters.apply")}
          </button>
          <Link to="/producers" className="btn-secondary">
            {t("catalog.filters.reset")}
          </Link>
        </p>
      </Form>

      <section aria-labelledby="producer-results-title">
        <h2 id="producer-results-title" className="text-xl font-bold" aria-live="polite">
          {t("catalog.producers.resultCount", { count: total })}
        </h2>
        {producers.length ? (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {producers.map((p) => (
              <li key={p.slug}>
                <ProducerCard producer={p} />
              </li>
            ))}
          </ul>
        ) : (
          <div className="card mt-4">
            <p className="font-semibold">{t("catalog.producers.empty")}</p>
            <p>{t("catalog.producers.emptyHint")}</p>
          </div>
        )}
        <Pagination page={page} pages={pages} pathname={location.pathname} search={location.search} />
      </section>
    </div>
  );
}
