// The A4 shop-window poster of a certified sales point. On screen it shows a print button
// (JavaScript) and the no-JS instruction; in print only the sheet remains: the site chrome is
// hidden by the print stylesheet below (CSP allows inline styles, not inline scripts).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PrintStyle } from "~/components/ui/print-style";

export interface PosterView {
  salesPoint: { name: string; address: string; business: string };
  certificate: { number: string; issuer: string; issuedOn: string; expiresOn: string; suspended: boolean };
  verifyUrl: string;
  qrSvg: string;
}

const PRINT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body > header, body > footer, body > a[href="#main"], nav, .no-print { display: none !important; }
  body, main { background: #fff !important; padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .poster-sheet { border: none !important; box-shadow: none !important; width: 100% !important; min-height: 0 !important; page-break-inside: avoid; }
}
`;

export function Poster({ view }: { view: PosterView }) {
  const { t } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <section aria-labelledby="poster-title" className="space-y-4">
      <PrintStyle css={PRINT_CSS} />
      <div className="no-print space-y-2">
        <h1 id="poster-title" className="text-3xl font-bold">
          {t("salesPoints.poster.title")}
        </h1>
        <p>{t("salesPoints.poster.lead")}</p>
        {hydrated ? (
          <button type="button" className="btn-primary" onClick={() => window.print()}>
            {t("salesPoints.poster.print")}
          </button>
        ) : null}
        <p className="text-sm text-stone-700">{t("salesPoints.poster.printHint")}</p>
        {view.certificate.suspended ? <p className="font-semibold text-red-900">{t("salesPoints.poster.suspendedNote")}</p> : null}
      </div>
      <article
        aria-label={t("salesPoints.poster.sheetLabel")}
        className="poster-sheet mx-auto flex min-h-[297mm] w-[210mm] max-w-full flex-col items-center gap-6 border-8 border-double border-brand-700 bg-white p-10 text-center"
      >
        <p className="text-lg font-semibold uppercase tracking-wide text-brand-800">{t("salesPoints.poster.campaign")}</p>
        <p className="text-5xl leading-tight font-extrabold text-brand-700">{t("salesPoints.poster.programme")}</p>
        <p className="text-xl">{t("salesPoints.poster.certifies")}</p>
        <div>
          <p className="text-4xl font-bold">{view.salesPoint.name}</p>
          <p className="mt-2 text-xl">{view.salesPoint.address}</p>
          <p className="text-lg text-stone-700">{view.salesPoint.business}</p>
        </div>
        <div role="img" aria-label={t("salesPoints.poster.qrLabel", { url: view.verifyUrl })} className="w-72 max-w-full" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
        <p className="text-lg">{t("salesPoints.poster.scan")}</p>
        <p className="break-all text-sm">{view.verifyUrl}</p>
        <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-left text-lg">
          <dt className="font-semibold">{t("salesPoints.certificate.number")}</dt>
          <dd>{view.certificate.number}</dd>
          <dt className="font-semibold">{t("salesPoints.certificate.issuer")}</dt>
          <dd>{view.certificate.issuer}</dd>
          <dt className="font-semibold">{t("salesPoints.certificate.issuedOn")}</dt>
          <dd>{view.certificate.issuedOn}</dd>
          <dt className="font-semibold">{t("salesPoints.certificate.expiresOn")}</dt>
          <dd>{view.certificate.expiresOn}</dd>
        </dl>
      </article>
    </section>
  );
}
