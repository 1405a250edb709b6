import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PortalNav } from "~/components/portal-nav";
import { requireBusiness } from "~/utils/session.server";

// The layout checks access for its own rendering only; every child route checks again.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireBusiness(request, "business:read");
  return null;
}

export default function BusinessLayout() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <PortalNav
        title={t("business.title")}
        links={[
          { to: "/business", label: t("business.dashboard"), end: true },
          { to: "/business/profile", label: t("business.profile") },
          { to: "/business/products", label: t("business.products") },
          { to: "/business/sales-points", label: t("business.salesPoints") },
          { to: "/business/complaints", label: t("complaints.business.nav") },
        ]}
      />
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
