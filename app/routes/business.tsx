import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PortalNav } from "~/components/portal-nav";
import { businessChoices } from "~/modules/catalog/business-switch.server";
import { db, dbReady } from "~/utils/db.server";
import { requireBusiness } from "~/utils/session.server";

// The layout checks access for its own rendering only; every child route checks again.
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:read");
  await dbReady;
  return { businessId, choices: await businessChoices(db, { actor }) };
}

export default function BusinessLayout() {
  const { t } = useTranslation();
  const { businessId, choices } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-4">
      {choices.length > 1 ? (
        <Form key={businessId} method="post" action="/business/switch" className="flex flex-wrap items-end gap-2 rounded border border-stone-300 bg-white p-3">
          <div className="flex flex-col">
            <label htmlFor="business-switch" className="font-semibold">
              {t("businessSwitch.label")}
            </label>
            <select id="business-switch" name="businessId" defaultValue={businessId} className="input">
              {choices.map((c) => (
                <option key={c.businessId} value={c.businessId}>
                  {c.name} ({t(`businessSwitch.role.${c.role}`)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {t("businessSwitch.submit")}
          </button>
        </Form>
      ) : null}
    <div className="flex flex-col gap-6 md:flex-row">
      <PortalNav
        title={t("business.title")}
        links={[
          { to: "/business", label: t("business.dashboard"), end: true },
          { to: "/business/profile", label: t("business.profile") },
          { to: "/business/products", label: t("business.products") },
          { to: "/business/sales-points", label: t("business.salesPoints") },
          { to: "/business/fairs", label: t("fairs.business.title") },
          { to: "/business/trips", label: t("trips.business.title") },
          { to: "/business/payments", label: t("business.payments") },
          { to: "/business/complaints", label: t("complaints.business.nav") },
        ]}
      />
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
