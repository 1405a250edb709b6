// The printable fee receipt (A5 or A4): number, payer, what for, amount in figures and words,
// rail, date. On paper only the sheet remains (print stylesheet; CSP allows inline styles).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PrintStyle } from "~/components/ui/print-style";

export interface ReceiptView {
  number: string;
  office: string;
  payer: string;
  payerAddress: string | null;
  description: string;
  amount: string;
  amountInWords: string;
  method: string;
  date: string;
  reference: string;
  bankReference: string | null;
  refunded: boolean;
}

const PRINT_CSS = `
@page { size: A5 portrait; margin: 10mm; }
@media print {
  body > header, body > footer, body > a[href="#main"], nav, .no-print { display: none !important; }
  body, main { background: #fff !important; padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .receipt-sheet { border: none !important; box-shadow: none !important; width: 100% !important; page-break-inside: avoid; font-size: 11pt; }
}
`;

export function Receipt({ view, back }: { view: ReceiptView; back: { to: string; label: string } }) {
  const { t } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const rows: Array<[string, string]> = [
    [t("payments.receipt.payer"), view.payer + (view.payerAddress ? ` — ${view.payerAddress}` : "")],
    [t("payments.receipt.for"), view.description],
    [t("payments.receipt.amount"), view.amount],
    [t("payments.receipt.inWords"), view.amountInWords],
    [t("payments.receipt.method"), view.method],
    [t("payments.receipt.date"), view.date],
    [t("payments.receipt.reference"), view.reference],
    ...(view.bankReference ? [[t("payments.receipt.bankReference"), view.bankReference] as [string, string]] : []),
  ];
  return (
    <section aria-labelledby="receipt-title" className="space-y-4">
      <PrintStyle css={PRINT_CSS} />
      <p className="no-print">
        <a href={back.to}>{back.label}</a>
      </p>
      <article className="receipt-sheet card mx-auto max-w-2xl space-y-4">
        <header className="text-center">
          <p className="font-semibold">{view.office}</p>
          <h1 id="receipt-title" className="mt-2 text-2xl font-bold">
            {t("payments.receipt.heading")}
          </h1>
          <p>
            {t("payments.receipt.number")} <strong>{view.number}</strong>
          </p>
        </header>
        {view.refunded ? <p className="rounded border border-amber-700 bg-amber-50 p-2">{t("payments.receipt.refunded")}</p> : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="pt-8 text-right">
          <span className="font-semibold">{t("payments.receipt.signature")}</span>
        </p>
      </article>
      {hydrated ? (
        <p className="no-print text-center">
          <button type="button" className="btn-primary" onClick={() => window.print()}>
            {t("payments.receipt.print")}
          </button>
        </p>
      ) : null}
    </section>
  );
}
