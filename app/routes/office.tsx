import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PortalNav, type PortalLink } from "~/components/portal-nav";
import { hasPermission } from "~/modules/identity/permissions";
import { requirePermission } from "~/utils/session.server";

// The layout checks access for its own rendering only; every child route checks again.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:access");
  return data({
    can: {
      review: hasPermission(actor, "office:businesses:review"),
      products: hasPermission(actor, "office:products:review"),
      certificates: hasPermission(actor, "office:certificates:manage"),
      salesPoints: hasPermission(actor, "office:sales-points:certify"),
      fairs: hasPermission(actor, "office:fairs:manage"),
      trips: hasPermission(actor, "office:trips:manage"),
      admin: hasPermission(actor, "admin:users:manage"),
      outbox: hasPermission(actor, "admin:outbox:read"),
      payments: hasPermission(actor, "office:payments:reconcile"),
      waivers: hasPermission(actor, "office:waivers:confirm"),
      complaints: hasPermission(actor, "office:complaints:handle"),
      reports: hasPermission(actor, "office:reports:read"),
      news: hasPermission(actor, "office:news:manage"),
    },
  });
}

export default function OfficeLayout() {
  const { can } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const links: PortalLink[] = [{ to: "/office", label: t("office.dashboard"), end: true }];
  if (can.review) links.push({ to: "/office/businesses", label: t("office.businesses") });
  if (can.products) links.push({ to: "/office/products", label: t("office.products") });
  if (can.salesPoints) links.push({ to: "/office/sales-points", label: t("office.salesPoints") });
  if (can.salesPoints) links.push({ to: "/office/settings/programme", label: t("salesPoints.settings.link") });
  if (can.fairs) links.push({ to: "/office/fairs", label: t("fairs.office.title") });
  if (can.trips) links.push({ to: "/office/trips", label: t("trips.office.title") });
  if (can.products) links.push({ to: "/office/search/synonyms", label: t("searchUi.synonyms.nav") });
  if (can.certificates) links.push({ to: "/office/certificates/expiring", label: t("office.expiringCertificates") });
  if (can.certificates) links.push({ to: "/office/certificates/to-check", label: t("certificateChecks.nav") });
  if (can.payments) links.push({ to: "/office/payments", label: t("payments.nav") });
  if (can.waivers) links.push({ to: "/office/waivers", label: t("payments.navWaivers") });
  if (can.complaints) links.push({ to: "/office/complaints", label: t("complaints.office.nav") });
  if (can.complaints) links.push({ to: "/office/settings/holidays", label: t("complaints.holidays.nav") });
  if (can.reports) links.push({ to: "/office/reports", label: t("reports.nav") });
  if (can.news) links.push({ to: "/office/news", label: t("officeNews.nav") });
  if (can.admin) links.push({ to: "/office/admin/users", label: t("office.admin") });
  if (can.outbox) links.push({ to: "/office/admin/outbox", label: t("office.outbox") });
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <PortalNav title={t("office.title")} links={links} />
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
