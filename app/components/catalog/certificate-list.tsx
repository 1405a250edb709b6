// Certificates as facts the public may check: kind, number, issuer, dates, the state in words,
// a link to /verify/<code> and its QR code (an SVG made on the server from our own URL, never
// user content). The certificate document itself is private and never linked.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface CertificateItem {
  kind: string;
  title: string | null;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string | null;
  stars: number | null;
  year: number | null;
  state: string;
  valid: boolean;
  verifyPath: string;
  qrSvg: string;
  /** what the certificate is for when it is not obvious from the page */
  note: string | null;
}

export function CertificateList({ certificates }: { certificates: CertificateItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {certificates.map((c) => (
        <li key={c.verifyPath} className={`card flex gap-4 ${c.valid ? "border-green-700" : "border-stone-300 bg-stone-50"}`}>
          <div className="min-w-0 flex-1 space-y-1">
            <h3 className="font-bold">
              {c.kind === "OTHER" && c.title ? c.title : t(`catalog.certificateKind.${c.kind}`)}
              {c.stars ? ` — ${t("catalog.stars", { count: c.stars })}` : null}
              {c.year ? ` — ${t("catalog.certificate.year", { year: c.year })}` : null}
            </h3>
            {c.note ? <p className="text-sm">{c.note}</p> : null}
            <p className={`text-sm font-semibold ${c.valid ? "text-green-800" : "text-red-900"}`}>
              <span aria-hidden="true">{c.valid ? "✓ " : "✗ "}</span>
              {t("catalog.certificate.state")}: {t(`catalog.certificateState.${c.state}`)}
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt>{t("catalog.certificate.number")}</dt>
              <dd className="break-all">{c.number}</dd>
              <dt>{t("catalog.certificate.issuer")}</dt>
              <dd>{c.issuer}</dd>
              <dt>{t("catalog.certificate.issuedOn")}</dt>
              <dd>{c.issuedOn}</dd>
              <dt>{t("catalog.certificate.expiresOn")}</dt>
              <dd>{c.expiresOn ?? t("catalog.certificate.noExpiry")}</dd>
            </dl>
            <p className="text-sm">
              <Link to={c.verifyPath}>{t("catalog.certificate.verify", { number: c.number })}</Link>
            </p>
          </div>
          <span
            role="img"
            aria-label={t("catalog.certificate.qrLabel", { number: c.number })}
            className="block h-28 w-28 flex-none bg-white [&>svg]:h-full [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: c.qrSvg }}
          />
        </li>
      ))}
    </ul>
  );
}
