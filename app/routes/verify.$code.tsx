import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { VerifyCodeForm } from "~/components/sales-points/verify-form";
import { getLanguage, getT } from "~/i18next.server";
import type { CertificatePublicState } from "~/modules/certification/certificate-state";
import { verifyCertificate, type CertificateVerification } from "~/modules/certification/verify.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { catalogMeta } from "~/components/catalog/meta";
import { absoluteUrl } from "~/modules/catalog/public.server";

// A QR check is a moment, not a page to rank: keep it out of search engines (but shareable).
export const meta: MetaFunction<typeof loader> = ({ data }) => [...catalogMeta(data), { name: "robots", content: "noindex" }];

type Translate = Awaited<ReturnType<typeof getT>>;

function kindLabel(c: CertificateVerification, t: Translate): string {
  switch (c.kind) {
    case "SALES_POINT":
      return t("publicSalesPoints.verify.kindSalesPoint");
    case "OCOP":
      return c.stars ? t("publicSalesPoints.verify.kindOcop", { stars: c.stars }) : t("publicSalesPoints.verify.kindOcopNoStars");
    case "HVNCLC":
      return c.year ? t("publicSalesPoints.verify.kindHvnclc", { year: c.year }) : t("publicSalesPoints.verify.kindHvnclcNoYear");
    default:
      return c.title ?? t("publicSalesPoints.verify.kindOther");
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const now = new Date();
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const certificate = await verifyCertificate(db, { code: params.code ?? "", now }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const date = (d: Date | null) => (d ? formatDate(d, language) : null);
  const banner = bannerKey(certificate);
  return {
    title: t("publicSalesPoints.verify.pageTitle", { number: certificate.number }),
    description: `${t(BANNER[banner].text)} — ${kindLabel(certificate, t)} — ${certificate.holder.name}`,
    canonicalUrl: absoluteUrl(`/verify/${certificate.verificationCode}`),
    banner,
    trust: certificate.trust,
    checkedOn: date(certificate.checkedOn),
    kindLabel: kindLabel(certificate, t),
    number: certificate.number,
    issuer: certificate.issuer,
    issuedOn: date(certificate.issuedOn)!,
    expiresOn: date(certificate.expiresOn),
    code: certificate.verificationCode,
    revocation: certificate.revocation ? { on: date(certificate.revocation.on), reason: certificate.revocation.reason } : null,
    suspendedOn: date(certificate.suspendedOn),
    holder: certificate.holder,
    subject: certificate.subject,
    renewedBy: certificate.renewedBy,
    checkedAt: formatDateTime(now, language),
  };
}

type Banner = CertificatePublicState | "declared" | "rejected";

/** Only the office's word may turn the banner green: a declared or rejected certificate never does. */
function bannerKey(c: CertificateVerification): Banner {
  if (c.trust === "rejected") return "rejected";
  if (c.trust === "declared") return "declared";
  return c.state;
}

const BANNER: Record<Banner, { className: string; glyph: string; text: string; explain: string }> = {
  declared: {
    className: "bg-amber-100 text-stone-950 border-amber-600",
    glyph: "?",
    text: "publicSalesPoints.verify.statusDeclared",
    explain: "publicSalesPoints.verify.explainDeclared",
  },
  rejected: {
    className: "bg-red-800 text-white border-red-950",
    glyph: "✕",
    text: "publicSalesPoints.verify.statusRejected",
    explain: "publicSalesPoints.verify.explainRejected",
  },
  valid: {
    className: "bg-green-800 text-white border-green-950",
    glyph: "✓",
    text: "publicSalesPoints.verify.statusValid",
    explain: "publicSalesPoints.verify.explainValid",
  },
  expiring_soon: {
    className: "bg-green-800 text-white border-amber-400",
    glyph: "✓",
    text: "publicSalesPoints.verify.statusExpiringSoon",
    explain: "publicSalesPoints.verify.explainExpiringSoon",
  },
  expired: {
    className: "bg-stone-200 text-stone-950 border-amber-600",
    glyph: "!",
    text: "publicSalesPoints.verify.statusExpired",
    explain: "publicSalesPoints.verify.explainExpired",
  },
  suspended: {
    className: "bg-amber-300 text-stone-950 border-amber-700",
    glyph: "‖",
    text: "publicSalesPoints.verify.statusSuspended",
    explain: "publicSalesPoints.verify.explainSuspended",
  },
  revoked: {
    className: "bg-red-800 text-white border-red-950",
    glyph: "✕",
    text: "publicSalesPoints.verify.statusRevoked",
    explain: "publicSalesPoints.verify.explainRevoked",
  },
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-stone-300 py-2">
      <dt className="font-semibold text-stone-800">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export default function VerifyCertificatePage() {
  const c = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const banner = BANNER[c.banner];
  return (
    <div className="mx-auto max-w-2xl space-y-5 text-lg leading-relaxed">
      <section aria-labelledby="verify-status" className={`rounded-xl border-8 p-5 ${banner.className}`}>
        <p className="font-semibold">{t("publicSalesPoints.verify.title")}</p>
        <h1 id="verify-status" className="mt-1 flex items-center gap-3 text-4xl font-extrabold leading-tight sm:text-5xl">
          <span aria-hidden="true" className="inline-flex h-14 w-14 flex-none items-center justify-center rounded-full border-4 border-current">
            {banner.glyph}
          </span>
          <span>{t(banner.text)}</span>
        </h1>
        <p className="mt-3 text-xl">{t(banner.explain, { date: c.expiresOn ?? "" })}</p>
        {c.revocation ? (
          <dl className="mt-3 space-y-1 text-xl">
            <div>
              <dt className="inline font-bold">{t("publicSalesPoints.verify.revokedOn")}</dt>{" "}
              <dd className="inline">{c.revocation.on ?? "—"}</dd>
            </div>
            {c.revocation.reason ? (
              <div>
                <dt className="inline font-bold">{t("publicSalesPoints.verify.reason")}</dt>{" "}
                <dd className="inline">{c.revocation.reason}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {c.trust === "confirmed" && c.checkedOn ? (
          <p className="mt-3 text-xl">{t("publicSalesPoints.verify.checkedOn", { date: c.checkedOn })}</p>
        ) : null}
        {c.suspendedOn ? (
          <p className="mt-3 text-xl">
            <strong>{t("publicSalesPoints.verify.suspendedOn")}</strong> {c.suspendedOn}
          </p>
        ) : null}
      </section>

      {c.renewedBy ? (
        <p className="rounded-lg border-2 border-green-800 bg-white p-3 font-semibold">
          {t("publicSalesPoints.verify.renewedBy")}{" "}
          <Link to={c.renewedBy.verifyPath}>{t("publicSalesPoints.verify.renewedByLink", { number: c.renewedBy.number })}</Link>
        </p>
      ) : null}

      <dl className="rounded-xl border border-stone-300 bg-white px-4 py-2 text-stone-950">
        <Row label={t("publicSalesPoints.verify.certifiedWhat")}>
          <strong>{c.kindLabel}</strong>
        </Row>
        <Row label={t("publicSalesPoints.verify.holder")}>
          {c.holder.url ? <Link to={c.holder.url}>{c.holder.name}</Link> : c.holder.name}
          {c.holder.place ? <span className="block">{c.holder.place}</span> : null}
        </Row>
        {c.subject.type === "salesPoint" ? (
          <>
            <Row label={t("publicSalesPoints.verify.salesPoint")}>
              {c.subject.url ? <Link to={c.subject.url}>{c.subject.name}</Link> : c.subject.name}
            </Row>
            <Row label={t("publicSalesPoints.verify.address")}>{c.subject.address}</Row>
          </>
        ) : null}
        {c.subject.type === "product" ? (
          <Row label={t("publicSalesPoints.verify.product")}>
            {c.subject.url ? <Link to={c.subject.url}>{c.subject.name}</Link> : c.subject.name}
          </Row>
        ) : null}
        <Row label={t("publicSalesPoints.verify.number")}>
          <span className="font-mono">{c.number}</span>
        </Row>
        <Row label={t("publicSalesPoints.verify.issuer")}>{c.issuer}</Row>
        <Row label={t("publicSalesPoints.verify.issuedOn")}>{c.issuedOn}</Row>
        <Row label={t("publicSalesPoints.verify.expiresOn")}>{c.expiresOn ?? t("publicSalesPoints.verify.noExpiry")}</Row>
        <Row label={t("publicSalesPoints.verify.code")}>
          <span className="font-mono break-all">{c.code}</span>
        </Row>
      </dl>

      <p className="font-semibold">{t("publicSalesPoints.verify.checkedAt", { time: c.checkedAt })}</p>
      <p>
        <Link to="/verify">{t("publicSalesPoints.verify.checkAnother")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (!isRouteErrorResponse(error) || error.status !== 404) return <ErrorPage />;
  return (
    <div className="mx-auto max-w-xl space-y-4 text-lg">
      <section aria-labelledby="verify-not-found" className="rounded-xl border-8 border-stone-800 bg-white p-5">
        <p className="font-semibold text-stone-800">{t("publicSalesPoints.verify.notFoundStatus")}</p>
        <h1 id="verify-not-found" className="mt-1 text-3xl font-extrabold leading-tight">
          <span aria-hidden="true">? </span>
          {t("publicSalesPoints.verify.notFoundTitle")}
        </h1>
        <p className="mt-3">{t("publicSalesPoints.verify.notFoundText")}</p>
      </section>
      <h2 className="text-xl font-bold">{t("publicSalesPoints.verify.checkAnother")}</h2>
      <VerifyCodeForm />
    </div>
  );
}
