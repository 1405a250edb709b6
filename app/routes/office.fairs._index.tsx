// The office's fairs, newest first, with a link to create one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { listFairsForOffice } from "~/modules/fairs/fairs.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const [fairs, t, language] = await Promise.all([listFairsForOffice(db, { actor }), getT(request), getLanguage(request)]);
  return {
    title: t("fairs.office.title"),
    fairs: fairs.map((f) => ({
      id: f.id,
      name: f.name,
      status: f.status,
      dates: `${formatDate(f.startsAt, language)} – ${formatDate(f.endsAt, language)}`,
      booths: f._count.booths,
      registrations: f._count.registrations,
    })),
  };
}

export default function OfficeFairsPage() {
  const { fairs } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="office-fairs-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="office-fairs-title" className="text-3xl font-bold">
          {t("fairs.office.title")}
        </h1>
        <Link to="/office/fairs/new" className="btn-primary">
          {t("fairs.office.new")}
        </Link>
      </div>
      <p>{t("fairs.office.lead")}</p>
      <ListTable
        columns={[t("fairs.office.columns.name"), t("fairs.office.columns.status"), t("fairs.office.columns.dates"), t("fairs.office.columns.booths"), t("fairs.office.columns.registrations")]}
        rows={fairs}
        rowKey={(f) => f.id}
        emptyText={t("fairs.none")}
      >
        {(f) => (
          <>
            <td className="p-2">
              <Link to={`/office/fairs/${f.id}`} className="font-semibold">
                {f.name}
              </Link>
            </td>
            <td className="p-2">{t(`fairs.status.${f.status}`)}</td>
            <td className="p-2">{f.dates}</td>
            <td className="p-2">{f.booths}</td>
            <td className="p-2">
              <Link to={`/office/fairs/${f.id}/registrations`}>{f.registrations}</Link>
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
