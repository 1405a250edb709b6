import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PlaceOptions } from "~/components/places/place-options";
import { FilterField } from "~/components/ui/filter-field";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { listReviewQueue, reviewQueueFilterOptions } from "~/modules/catalog/product-review.server";
import { ReviewQueueFilterSchema } from "~/modules/catalog/product.schema";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

const DAY_MS = 86_400_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:products:review");
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = ReviewQueueFilterSchema.safeParse(params);
  const filter = parsed.success ? parsed.data : {};
  await dbReady;
  const [queue, options, t, language] = await Promise.all([
    listReviewQueue(db, { actor, filter }),
    reviewQueueFilterOptions(db, { actor }),
    getT(request),
    getLanguage(request),
  ]);
  const now = Date.now();
  const name = (c: { nameVi: string; nameEn: string } | null) => (c ? (language === "en" ? c.nameEn : c.nameVi) : "—");
  return {
    title: t("products.review.queueTitle"),
    filter: { commune: filter.commune ?? "", category: filter.category ?? "", minAgeDays: filter.minAgeDays?.toString() ?? "" },
    communes: options.communes,
    categories: options.categories.map((c) => ({ id: c.id, name: name(c), child: c.parentId !== null })),
    products: queue.products.map((p) => ({
      id: p.id,
      name: p.name,
      business: p.business.name,
      commune: p.business.commune?.name ?? "—",
      category: name(p.category),
      submittedAt: p.submittedAt ? formatDateTime(p.submittedAt, language) : "—",
      waitingDays: p.submittedAt ? Math.floor((now - p.submittedAt.getTime()) / DAY_MS) : 0,
      resubmitted: p.reviewNote !== null,
    })),
    revisions: queue.revisions.map((r) => ({
      id: r.id,
      productId: r.product.id,
      name: r.product.name,
      business: r.product.business.name,
      commune: r.product.business.commune?.name ?? "—",
      category: name(r.product.category),
      submittedAt: formatDateTime(r.createdAt, language),
      waitingDays: Math.floor((now - r.createdAt.getTime()) / DAY_MS),
      fields: r.fields,
    })),
    recentChanges: queue.recentChanges.map((c) => ({
      id: c.id,
      action: c.action.replace(/\./g, "_"),
      productId: c.product.id,
      name: c.product.name,
      business: c.product.business.name,
      when: formatDateTime(c.createdAt, language),
    })),
  };
}

export default function ProductReviewQueue() {
  const { filter, communes, categories, products, revisions, recentChanges } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="queue-title" className="space-y-6">
      <div>
        <h1 id="queue-title" className="text-3xl font-bold">
          {t("products.review.queueTitle")}
        </h1>
        <p>{t("products.review.queueLead")}</p>
      </div>

      <Form method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("products.review.filters")}>
        <FilterField id="filter-commune" label={t("products.review.commune")}>
          <select id="filter-commune" name="commune" defaultValue={filter.commune} className="input">
            <option value="">{t("products.review.allCommunes")}</option>
            <PlaceOptions places={communes} />
          </select>
        </FilterField>
        <FilterField id="filter-category" label={t("products.review.category")}>
          <select id="filter-category" name="category" defaultValue={filter.category} className="input">
            <option value="">{t("products.review.allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.child ? `\u00a0\u00a0\u00a0\u00a0${c.name}` : c.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-age" label={t("products.review.minAge")}>
          <input id="filter-age" name="minAgeDays" type="number" min={0} max={3650} defaultValue={filter.minAgeDays} className="input w-32" />
        </FilterField>
        <button type="submit" className="btn-primary">
          {t("products.review.apply")}
        </button>
        <Link to="/office/products" className="btn-secondary">
          {t("products.review.reset")}
        </Link>
      </Form>

      <section aria-labelledby="new-title" className="space-y-2">
        <h2 id="new-title" className="text-2xl font-bold">
          {t("products.review.newProducts", { count: products.length })}
        </h2>
        <ListTable
          columns={[
            t("products.review.colProduct"),
            t("products.review.colBusiness"),
            t("products.review.colCommune"),
            t("products.review.colCategory"),
            t("products.review.colSubmitted"),
            t("products.review.colWaiting"),
          ]}
          rows={products}
          rowKey={(p) => p.id}
          emptyText={t("products.review.noneNew")}
        >
          {(p) => (
            <>
              <td className="p-2">
                <Link to={`/office/products/${p.id}`} className="font-semibold">
                  {p.name}
                </Link>
                {p.resubmitted ? <span className="ml-1 text-stone-700">({t("products.review.resubmitted")})</span> : null}
              </td>
              <td className="p-2">{p.business}</td>
              <td className="p-2">{p.commune}</td>
              <td className="p-2">{p.category}</td>
              <td className="p-2">{p.submittedAt}</td>
              <td className="p-2">{t("products.review.days", { count: p.waitingDays })}</td>
            </>
          )}
        </ListTable>
      </section>

      <section aria-labelledby="revisions-title" className="space-y-2">
        <h2 id="revisions-title" className="text-2xl font-bold">
          {t("products.review.revisions", { count: revisions.length })}
        </h2>
        <ListTable
          columns={[
            t("products.review.colProduct"),
            t("products.review.colBusiness"),
            t("products.review.colCommune"),
            t("products.review.colFields"),
            t("products.review.colSubmitted"),
            t("products.review.colWaiting"),
          ]}
          rows={revisions}
          rowKey={(r) => r.id}
          emptyText={t("products.review.noneRevisions")}
        >
          {(r) => (
            <>
              <td className="p-2">
                <Link to={`/office/products/${r.productId}`} className="font-semibold">
                  {r.name}
                </Link>
              </td>
              <td className="p-2">{r.business}</td>
              <td className="p-2">{r.commune}</td>
              <td className="p-2">{r.fields.map((f) => t(`products.fields.${f}`)).join(", ")}</td>
              <td className="p-2">{r.submittedAt}</td>
              <td className="p-2">{t("products.review.days", { count: r.waitingDays })}</td>
            </>
          )}
        </ListTable>
      </section>

      <section aria-labelledby="recent-title" className="space-y-2">
        <h2 id="recent-title" className="text-2xl font-bold">
          {t("products.review.recentChanges")}
        </h2>
        {recentChanges.length === 0 ? (
          <p>{t("products.review.noneRecent")}</p>
        ) : (
          <ul className="space-y-1">
            {recentChanges.map((c) => (
              <li key={c.id}>
                {c.when} · {t(`products.audit.${c.action}`)} ·{" "}
                <Link to={`/office/products/${c.productId}`} className="font-semibold">
                  {c.name}
                </Link>{" "}
                ({c.business})
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
