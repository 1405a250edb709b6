// The printable A4 poster of a certified sales point (business side); see components/sales-points/poster.tsx.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Poster } from "~/components/sales-points/poster";
import { getLanguage, getT } from "~/i18next.server";
import { posterView } from "~/modules/sales-points/sales-points.server";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:sales-points:manage");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const view = await posterView(db, { actor, businessId, salesPointId: params.id ?? "", appUrl: env().APP_URL, language }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return { title: t("salesPoints.poster.pageTitle", { name: view.salesPoint.name }), back: `/business/sales-points/${params.id ?? ""}`, view };
}

export default function SalesPointPosterPage() {
  const { view, back } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <p className="no-print">
        <Link to={back}>{t("salesPoints.poster.back")}</Link>
      </p>
      <Poster view={view} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
