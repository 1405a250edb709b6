import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18next.server";
import { getBusinessOverview } from "~/modules/catalog/business-overview.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId, membershipRole } = await requireBusiness(request, "business:read");
  await dbReady;
  const business = await getBusinessOverview(db, { actor, businessId });
  const t = await getT(request);
  return { title: t("business.title"), business, membershipRole, userName: actor.name };
}

export default function BusinessDashboard() {
  const { business, membershipRole, userName } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const next =
    business.status === "VERIFIED" ? "business.nextStepVerified" : business.status === "PENDING" ? "business.nextStepPending" : "business.nextStepDraft";
  return (
    <section aria-labelledby="business-title" className="space-y-4">
      <h1 id="business-title" className="text-3xl font-bold">
        {t("business.title")}
      </h1>
      <p>{t("auth.welcome", { name: userName })}</p>
      <div className="card space-y-2">
        <h2 className="text-xl font-bold">{business.name}</h2>
        <p>
          {t(`legalForm.${business.legalForm}`)} · {t("business.yourRole", { role: t(`business.membership.${membershipRole}`) })}
        </p>
        <p>
          <strong>{t("business.statusLabel")}:</strong> {t(`business.status.${business.status}`)}
        </p>
        {business.statusReason ? <p className="text-red-900">{business.statusReason}</p> : null}
        <p>{t("business.counts", { products: business._count.products, salesPoints: business._count.salesPoints })}</p>
      </div>
      <div className="card">
        <h2 className="font-bold">{t("business.nextStep")}</h2>
        <p>{t(next)}</p>
        <p className="mt-2">
          <Link to={business.status === "VERIFIED" ? "/business/products" : "/business/profile"} className="btn-primary">
            {business.status === "VERIFIED" ? t("business.products") : t("business.profile")}
          </Link>
        </p>
      </div>
    </section>
  );
}
