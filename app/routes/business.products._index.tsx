import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { listBusinessProducts } from "~/modules/catalog/products.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:products:manage");
  await dbReady;
  const [rows, t, language] = await Promise.all([listBusinessProducts(db, { actor, businessId }), getT(request), getLanguage(request)]);
  return {
    title: t("products.title"),
    products: rows.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      category: p.category ? (language === "en" ? p.category.nameEn : p.category.nameVi) : null,
      price: p.priceVnd === null ? null : formatVnd(p.priceVnd) + (p.unit ? ` / ${p.unit}` : ""),
      updatedAt: formatDate(p.updatedAt, language),
      revision: p.revisions[0]?.status ?? null,
    })),
  };
}

export default function BusinessProductsPage() {
  const { products } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="products-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="products-title" className="text-3xl font-bold">
          {t("products.title")}
        </h1>
        <p className="flex flex-wrap gap-2">
          <Link to="/business/products/new" className="btn-primary">
            {t("products.newProduct")}
          </Link>
          <Link to="/business/products/import" className="btn-secondary">
            {t("catalog.import.title")}
          </Link>
        </p>
      </div>
      <p>{t("products.lead")}</p>
      <ListTable
        columns={[t("products.colName"), t("products.colCategory"), t("products.colPrice"), t("products.colStatus"), t("products.colUpdated")]}
        rows={products}
        rowKey={(p) => p.id}
        emptyText={t("products.empty")}
      >
        {(p) => (
          <>
            <td className="p-2">
              <Link to={`/business/products/${p.id}`} className="font-semibold">
                {p.name}
              </Link>
            </td>
            <td className="p-2">{p.category ?? "—"}</td>
            <td className="p-2">{p.price ?? "—"}</td>
            <td className="p-2">
              {t(`products.status.${p.status}`)}
              {p.revision ? (
                <span className="block text-stone-700">
                  {p.revision === "PENDING" ? t("products.revisionPendingShort") : t("products.revisionChangesShort")}
                </span>
              ) : null}
            </td>
            <td className="p-2">{p.updatedAt}</td>
          </>
        )}
      </ListTable>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
