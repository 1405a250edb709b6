// The office's verification queue: businesses by status (pending first by default), commune
// and text, oldest first, with plain links for paging so it works without JavaScript.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PlaceOptions } from "~/components/places/place-options";
import { FilterField } from "~/components/ui/filter-field";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { BUSINESS_STATUSES, ReviewFilterSchema } from "~/modules/catalog/business.schema";
import { listBusinessCommunes, listBusinessesForReview } from "~/modules/catalog/businesses.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:businesses:review");
  const filter = ReviewFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  await dbReady;
  const [list, communes, t, language] = await Promise.all([
    listBusinessesForReview(db, { actor, status: filter.status, communeCode: filter.commune || undefined, query: filter.q, page: filter.page }),
    listBusinessCommunes(db, { actor }),
    getT(request),
    getLanguage(request),
  ]);
  return {
    title: t("profile.office.title"),
    filter: { status: filter.status, commune: filter.commune ?? "", q: filter.q ?? "" },
    communes: communes.map((c) => ({ code: c.code, name: `${c.name}, ${c.province.name}` })),
    ...list,
    items: list.items.map((b) => ({
      id: b.id,
      name: b.name,
      legalForm: b.legalForm,
      status: b.status,
      place: [b.commune?.name, b.province?.name].filter(Boolean).join(", "),
      updated: formatDate(b.updatedAt, language),
    })),
  };
}

export default function OfficeBusinessesPage() {
  const { filter, communes, items, total, page, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const pageLink = (p: number) => `?${new URLSearchParams({ ...filter, page: String(p) })}`;
  return (
    <section aria-labelledby="businesses-title" className="space-y-4">
      <h1 id="businesses-title" className="text-3xl font-bold">
        {t("profile.office.title")}
      </h1>
      <p>{t("profile.office.lead")}</p>
      <Form method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("profile.office.filters")}>
        <FilterField id="filter-status" label={t("profile.office.status")}>
          <select id="filter-status" name="status" defaultValue={filter.status} className="input w-auto">
            {BUSINESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`business.status.${s}`)}
              </option>
            ))}
            <option value="ALL">{t("profile.office.allStatuses")}</option>
          </select>
        </FilterField>
        <FilterField id="filter-commune" label={t("profile.office.commune")}>
          <select id="filter-commune" name="commune" defaultValue={filter.commune} className="input w-auto">
            <option value="">{t("profile.office.allCommunes")}</option>
            <PlaceOptions places={communes} />
          </select>
        </FilterField>
        <FilterField id="filter-q" label={t("profile.office.query")}>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q} className="input" />
        </FilterField>
        <button type="submit" className="btn-secondary">
          {t("profile.office.filter")}
        </button>
      </Form>
      <p role="status">{t("profile.office.count", { count: total })}</p>
      <ListTable
        columns={[t("profile.office.name"), t("profile.office.legalForm"), t("profile.office.place"), t("profile.office.status"), t("profile.office.updated")]}
        rows={items}
        rowKey={(b) => b.id}
        emptyText={t("profile.office.empty")}
      >
        {(b) => (
          <>
            <td className="p-2">
              <Link to={`/office/businesses/${b.id}`} className="font-semibold underline">
                {b.name}
              </Link>
            </td>
            <td className="p-2">{t(`legalForm.${b.legalForm}`)}</td>
            <td className="p-2">{b.place || t("profile.fields.none")}</td>
            <td className="p-2">{t(`business.status.${b.status}`)}</td>
            <td className="p-2">{b.updated}</td>
          </>
        )}
      </ListTable>
      {pages > 1 ? (
        <nav aria-label={t("profile.office.pagination")} className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} className="btn-secondary" rel="prev">
              {t("common.previous")}
            </Link>
          ) : null}
          <span>{t("common.pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link to={pageLink(page + 1)} className="btn-secondary" rel="next">
              {t("common.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
