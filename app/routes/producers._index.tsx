import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CategoryAndPlaceFilters, categoryOptions, EmptyResults, FilterActions, FilterSelect } from "~/components/catalog/filters";
import { catalogMeta } from "~/components/catalog/meta";
import { Pagination } from "~/components/catalog/pagination";
import { ProducerCard } from "~/components/catalog/producer-card";
import { producerCardView } from "~/components/catalog/views";
import { getLanguage, getT } from "~/i18next.server";
import { LEGAL_FORMS } from "~/modules/catalog/public.constants";
import { parseCatalogQuery, ProducerQuerySchema } from "~/modules/catalog/public.schema";
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
    categories: categoryOptions(options.categories, language),
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
          <FilterSelect id="filter-legal-form" name="legalForm" label={t("catalog.filters.legalForm")} defaultValue={query.legalForm ?? ""}>
            <option value="">{t("catalog.filters.allLegalForms")}</option>
            {LEGAL_FORMS.map((form) => (
              <option key={form} value={form}>
                {t(`legalForm.${form}`)}
              </option>
            ))}
          </FilterSelect>
          <CategoryAndPlaceFilters query={query} categories={categories} provinces={provinces} communes={communes} />
        </div>
        <FilterActions applyLabel={t("catalog.filters.apply")} resetLabel={t("catalog.filters.reset")} resetTo="/producers" />
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
          <EmptyResults title={t("catalog.producers.empty")} hint={t("catalog.producers.emptyHint")} />
        )}
        <Pagination page={page} pages={pages} pathname={location.pathname} search={location.search} />
      </section>
    </div>
  );
}
