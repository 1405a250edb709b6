import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { HoursTable } from "~/components/sales-points/hours-table";
import { CertifiedBadge, OpenState } from "~/components/sales-points/sales-point-list-item";
import { getLanguage, getT } from "~/i18next.server";
import { formatMinutes } from "~/modules/sales-points/opening-hours";
import { getPublicSalesPoint } from "~/modules/sales-points/public.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, vnWeekday } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { catalogMeta } from "~/components/catalog/meta";
import { absoluteUrl } from "~/modules/catalog/public.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const now = new Date();
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const point = await getPublicSalesPoint(db, { id: params.id ?? "", now }).catch((error: unknown) => {
    // Drafts and points of unverified businesses do not exist for the public.
    throw toHttpError(error);
  });
  const addressText = [point.streetAddress, point.commune.name, point.province.name].join(", ");
  return {
    title: point.name,
    description: `${point.name} — ${addressText}`,
    canonicalUrl: absoluteUrl(point.url),
    ogImage: point.photos[0] ? absoluteUrl(point.photos[0].url) : null,
    ogType: "website" as const,
    today: vnWeekday(now),
    point: {
      name: point.name,
      addressText: [point.streetAddress, point.commune.name, point.province.name].join(", "),
      phone: point.phone,
      directionsUrl: point.directionsUrl,
      geoUri: point.geoUri,
      hasHours: point.hasHours,
      openNow: point.openNow,
      certified: point.certified,
      expiringSoon: point.expiringSoon,
      vietGoodsShare: point.vietGoodsShare,
      categories: point.categories.map((c) => ({ slug: c.slug, name: language === "en" ? c.nameEn : c.nameVi })),
      hours: point.hours.map((h) => ({
        weekday: h.weekday,
        opens: formatMinutes(h.opensAt),
        closes: formatMinutes(h.closesAt),
        overnight: h.closesAt < h.opensAt,
      })),
      photos: point.photos.map((p, i) => ({ ...p, alt: t("publicSalesPoints.detail.photoAlt", { name: point.name, n: i + 1 }) })),
      certificates: point.certificates.map((c) => ({
        number: c.number,
        issuer: c.issuer,
        issuedOn: formatDate(c.issuedOn, language),
        expiresOn: c.expiresOn ? formatDate(c.expiresOn, language) : null,
        state: c.state,
        valid: c.valid,
        verifyPath: c.verifyPath,
      })),
      business: point.business,
    },
  };
}

export default function SalesPointPage() {
  const { point, today } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="space-y-6" aria-labelledby="sales-point-title">
      <nav aria-label={t("publicSalesPoints.detail.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link to="/sales-points">{t("publicSalesPoints.list.title")}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page">{point.name}</li>
        </ol>
      </nav>

      <header className="space-y-2">
        <h1 id="sales-point-title" className="text-3xl font-bold">
          {point.name}
        </h1>
        <Link to={`/complaints/new?salesPoint=${encodeURIComponent(useParams().id ?? "")}`}>{t("nav.reportProblem")}</Link>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg">
          <OpenState hasHours={point.hasHours} openNow={point.openNow} />
          <CertifiedBadge certified={point.certified} expiringSoon={point.expiringSoon} />
        </p>
      </header>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="sp-contact-title" className="card space-y-3">
          <h2 id="sp-contact-title" className="sr-only">
            {t("publicSalesPoints.detail.address")}
          </h2>
          <dl className="space-y-2">
            <div>
              <dt className="font-semibold">{t("publicSalesPoints.detail.address")}</dt>
              <dd>{point.addressText}</dd>
            </div>
            {point.phone ? (
              <div>
                <dt className="font-semibold">{t("publicSalesPoints.detail.phone")}</dt>
                <dd>
                  <a href={`tel:${point.phone.replace(/[^\d+]/g, "")}`}>{point.phone}</a>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="font-semibold">{t("publicSalesPoints.detail.business")}</dt>
              <dd>
                <Link to={point.business.url}>{point.business.name}</Link>
              </dd>
            </div>
            {point.categories.length ? (
              <div>
                <dt className="font-semibold">{t("publicSalesPoints.detail.categories")}</dt>
                <dd>{point.categories.map((c) => c.name).join(", ")}</dd>
              </div>
            ) : null}
          </dl>
          <p>{t("publicSalesPoints.detail.share", { share: point.vietGoodsShare })}</p>
          {point.directionsUrl ? (
            <p className="flex flex-wrap gap-3">
              <a href={point.directionsUrl} className="btn-primary" rel="noopener noreferrer">
                {t("publicSalesPoints.detail.directions")}
              </a>
              {point.geoUri ? (
                <a href={point.geoUri} className="btn-secondary">
                  {t("publicSalesPoints.detail.openInMapApp")}
                </a>
              ) : null}
            </p>
          ) : null}
        </section>

        <section aria-labelledby="sp-hours-title" className="card space-y-2">
          <h2 id="sp-hours-title" className="text-xl font-bold">
            {t("publicSalesPoints.detail.hoursTitle")}
          </h2>
          {point.hasHours ? (
            <>
              <HoursTable rows={point.hours} today={today} />
              <p className="text-sm text-stone-700">{t("publicSalesPoints.detail.holidayNote")}</p>
            </>
          ) : (
            <p>{t("publicSalesPoints.list.noHours")}</p>
          )}
        </section>
      </div>

      {point.photos.length ? (
        <section aria-labelledby="sp-photos-title">
          <h2 id="sp-photos-title" className="text-xl font-bold">
            {t("publicSalesPoints.detail.photos")}
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {point.photos.map((photo) => (
              <li key={photo.fileId}>
                <a href={photo.url}>
                  <img src={photo.thumbUrl} alt={photo.alt} loading="lazy" className="aspect-square w-full rounded object-cover" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sp-certificate-title" className="space-y-3">
        <h2 id="sp-certificate-title" className="text-xl font-bold">
          {t("publicSalesPoints.detail.certificateTitle")}
        </h2>
        {point.certificates.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {point.certificates.map((c) => (
              <li key={c.verifyPath} className={`card space-y-1 ${c.valid ? "border-green-700" : "bg-stone-50"}`}>
                <p className={`font-bold ${c.valid ? "text-green-900" : "text-red-900"}`}>
                  <span aria-hidden="true">{c.valid ? "✓ " : "✗ "}</span>
                  {t("publicSalesPoints.detail.certificateState")}: {t(`publicSalesPoints.state.${c.state}`)}
                </p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                  <dt>{t("publicSalesPoints.detail.certificateNumber")}</dt>
                  <dd className="break-all">{c.number}</dd>
                  <dt>{t("publicSalesPoints.detail.issuer")}</dt>
                  <dd>{c.issuer}</dd>
                  <dt>{t("publicSalesPoints.detail.issuedOn")}</dt>
                  <dd>{c.issuedOn}</dd>
                  <dt>{t("publicSalesPoints.detail.expiresOn")}</dt>
                  <dd>{c.expiresOn ?? t("publicSalesPoints.detail.noExpiry")}</dd>
                </dl>
                <p>
                  <Link to={c.verifyPath}>{t("publicSalesPoints.detail.verifyLink", { number: c.number })}</Link>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("publicSalesPoints.detail.noCertificate")}</p>
        )}
      </section>

      <p>
        <Link to="/sales-points">← {t("publicSalesPoints.detail.backToList")}</Link>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
