// The office's sales-point work: open applications (submitted or inspected) oldest first, and
// the certified sales points with the state the public sees. A GET form filters by commune.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PlaceOptions } from "~/components/places/place-options";
import { FilterField } from "~/components/ui/filter-field";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { listApplicationQueue, listCertifiedSalesPoints, listCommunesWithSalesPoints } from "~/modules/sales-points/programme.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:sales-points:certify");
  await dbReady;
  const communeCode = new URL(request.url).searchParams.get("commune") || null;
  const [queue, certified, communes, t, language] = await Promise.all([
    listApplicationQueue(db, { actor, communeCode }),
    listCertifiedSalesPoints(db, { actor, communeCode }),
    listCommunesWithSalesPoints(db, { actor }),
    getT(request),
    getLanguage(request),
  ]);
  return {
    title: t("salesPoints.office.title"),
    communeCode,
    communes,
    queue: queue.map((a) => ({
      id: a.id,
      status: a.status,
      createdAt: formatDate(a.createdAt, language),
      salesPoint: { id: a.salesPoint.id, name: a.salesPoint.name, address: `${a.salesPoint.streetAddress}, ${a.salesPoint.commune.name}` },
      business: a.salesPoint.business.name,
      share: a.salesPoint.vietGoodsShare,
    })),
    certified: certified.map((c) => ({
      id: c.id,
      number: c.number,
      state: c.state,
      expiresOn: c.expiresOn ? formatDate(c.expiresOn, language) : "—",
      salesPoint: { id: c.salesPoint.id, name: c.salesPoint.name, commune: c.salesPoint.commune.name },
      business: c.salesPoint.business.name,
    })),
  };
}

export default function OfficeSalesPointsPage() {
  const { queue, certified, communes, communeCode } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="office-sales-points-title" className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="office-sales-points-title" className="text-3xl font-bold">
          {t("salesPoints.office.title")}
        </h1>
        <Link to="/office/settings/programme">{t("salesPoints.settings.link")}</Link>
      </div>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <FilterField id="commune" label={t("salesPoints.office.filterCommune")}>
          <select id="commune" name="commune" defaultValue={communeCode ?? ""} className="input">
            <option value="">{t("salesPoints.office.allCommunes")}</option>
            <PlaceOptions places={communes} />
          </select>
        </FilterField>
        <button type="submit" className="btn-secondary">
          {t("salesPoints.office.filter")}
        </button>
      </Form>

      <section aria-labelledby="queue-title" className="space-y-2">
        <h2 id="queue-title" className="text-2xl font-bold">
          {t("salesPoints.office.queue")}
        </h2>
        <ListTable
          columns={[
            t("salesPoints.columns.name"),
            t("salesPoints.office.business"),
            t("salesPoints.office.declaredShare"),
            t("salesPoints.columns.status"),
            t("salesPoints.office.appliedOn"),
          ]}
          rows={queue}
          rowKey={(a) => a.id}
          emptyText={t("salesPoints.office.queueEmpty")}
        >
          {(a) => (
            <>
              <td className="p-2">
                <Link to={`/office/sales-points/${a.salesPoint.id}`} className="font-semibold">
                  {a.salesPoint.name}
                </Link>
                <span className="block text-stone-700">{a.salesPoint.address}</span>
              </td>
              <td className="p-2">{a.business}</td>
              <td className="p-2">{a.share} %</td>
              <td className="p-2">{t(`salesPoints.applicationStatus.${a.status}`)}</td>
              <td className="p-2">{a.createdAt}</td>
            </>
          )}
        </ListTable>
      </section>

      <section aria-labelledby="certified-title" className="space-y-2">
        <h2 id="certified-title" className="text-2xl font-bold">
          {t("salesPoints.office.certified")}
        </h2>
        <ListTable
          columns={[
            t("salesPoints.columns.name"),
            t("salesPoints.office.business"),
            t("salesPoints.certificate.number"),
            t("salesPoints.certificate.expiresOn"),
            t("salesPoints.certificate.state"),
          ]}
          rows={certified}
          rowKey={(c) => c.id}
          emptyText={t("salesPoints.office.certifiedEmpty")}
        >
          {(c) => (
            <>
              <td className="p-2">
                <Link to={`/office/sales-points/${c.salesPoint.id}`} className="font-semibold">
                  {c.salesPoint.name}
                </Link>
                <span className="block text-stone-700">{c.salesPoint.commune}</span>
              </td>
              <td className="p-2">{c.business}</td>
              <td className="p-2">{c.number}</td>
              <td className="p-2">{c.expiresOn}</td>
              <td className="p-2">{t(`salesPoints.certificateState.${c.state}`)}</td>
            </>
          )}
        </ListTable>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
