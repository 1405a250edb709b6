// The office's fairs, newest first, with a link to create one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { OfficeEventList } from "~/components/events/office-event-list";
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
      size: f._count.booths,
      people: f._count.registrations,
    })),
  };
}

export default function OfficeFairsPage() {
  const { fairs } = useLoaderData<typeof loader>();
  return <OfficeEventList kind="fairs" rows={fairs} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
