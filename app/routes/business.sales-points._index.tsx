// The business's sales points with their programme status and certificate state.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ListTable } from "~/components/ui/list-table";
import { getT } from "~/i18next.server";
import { listOwnSalesPoints } from "~/modules/sales-points/sales-points.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:sales-points:manage");
  await dbReady;
  const [salesPoints, t] = await Promise.all([
    listOwnSalesPoints(db, { actor, businessId }).catch((e: unknown) => {
      throw toHttpError(e);
    }),
    getT(request),
  ]);
  return {
    title: t("salesPoints.title"),
    salesPoints: salesPoints.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      address: [p.streetAddress, p.commune.name].join(", "),
      application: p.application,
      certificate: p.certificate,
    })),
  };
}

export default function BusinessSalesPointsPage() {
  const { salesPoints } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sales-points-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="sales-points-title" className="text-3xl font-bold">
          {t("salesPoints.title")}
        </h1>
        <Link to="/business/sales-points/new" className="btn-primary">
          {t("salesPoints.add")}
        </Link>
      </div>
      <p>{t("salesPoints.lead")}</p>
      <ListTable
        columns={[t("salesPoints.columns.name"), t("salesPoints.columns.address"), t("salesPoints.columns.status"), t("salesPoints.columns.certificate")]}
        rows={salesPoints}
        rowKey={(p) => p.id}
        emptyText={t("salesPoints.empty")}
      >
        {(p) => (
          <>
            <td className="p-2">
              <Link to={`/business/sales-points/${p.id}`} className="font-semibold">
                {p.name}
              </Link>
            </td>
            <td className="p-2">{p.address}</td>
            <td className="p-2">{t(`salesPoints.status.${p.status}`)}</td>
            <td className="p-2">
              {p.certificate ? `${p.certificate.number} — ${t(`salesPoints.certificateState.${p.certificate.state}`)}` : "—"}
            </td>
          </>
        )}
      </ListTable>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
