// The approved exhibitor's printable pass (A4, or A6 to carry): fair, dates, venue, booth,
// business, and a QR code of the check-in URL with the pass code; the code is printed too, for
// typing when no camera is at hand. Only the business's own approved registration: NotFound
// otherwise. The paper size is a GET form, so choosing it works without JavaScript.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { getLanguage, getT } from "~/i18next.server";
import { exhibitorPass } from "~/modules/fairs/pass.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const [language, t] = await Promise.all([getLanguage(request), getT(request)]);
  const pass = await exhibitorPass(db, { actor, businessId, slug: params.slug ?? "", language }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const size: "a4" | "a6" = new URL(request.url).searchParams.get("size") === "a6" ? "a6" : "a4";
  return { title: t("fairs.pass.title", { name: pass.fairName }), pass, size };
}

// Only the sheet is printed; the site chrome is hidden (CSP allows inline styles, not scripts).
const printCss = (size: "a4" | "a6") => `
@page { size: ${size === "a6" ? "A6" : "A4"} portrait; margin: ${size === "a6" ? "6mm" : "15mm"}; }
@media print {
  body > header, body > footer, body > a[href="#main"], nav, .no-print { display: none !important; }
  body, main { background: #fff !important; padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .pass-sheet { border-width: 2px !important; box-shadow: none !important; width: 100% !important; page-break-inside: avoid; }
}
`;

export default function FairPassPage() {
  const { pass, size } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const a6 = size === "a6";
  return (
    <section aria-labelledby="pass-title" className="space-y-4">
      <style>{printCss(size)}</style>
      <div className="no-print space-y-3">
        <p>
          <Link to="/business/fairs">← {t("fairs.business.title")}</Link>
        </p>
        <h1 id="pass-title" className="text-3xl font-bold">
          {t("fairs.pass.title", { name: pass.fairName })}
        </h1>
        <p>{t("fairs.pass.lead")}</p>
        <Form method="get" className="flex flex-wrap items-end gap-3">
          <fieldset className="flex gap-4">
            <legend className="font-semibold">{t("fairs.pass.size")}</legend>
            {(["a4", "a6"] as const).map((value) => (
              <div key={value} className="flex items-center gap-2">
                <input type="radio" id={`size-${value}`} name="size" value={value} defaultChecked={size === value} className="h-5 w-5" />
                <label htmlFor={`size-${value}`}>{t(`fairs.pass.sizes.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="btn-secondary">
            {t("fairs.pass.apply")}
          </button>
          {hydrated ? (
            <button type="button" className="btn-primary" onClick={() => window.print()}>
              {t("fairs.pass.print")}
            </button>
          ) : null}
        </Form>
        <p className="text-sm text-stone-700">{t("fairs.pass.printHint")}</p>
      </div>
      <article
        aria-label={t("fairs.pass.sheetLabel")}
        className={`pass-sheet mx-auto flex max-w-full flex-col items-center border-4 border-brand-700 bg-white text-center ${a6 ? "w-[105mm] gap-2 p-4" : "w-[210mm] gap-5 p-10"}`}
      >
        <p className={`font-semibold uppercase tracking-wide text-brand-800 ${a6 ? "text-xs" : "text-lg"}`}>{t("fairs.pass.heading")}</p>
        <p className={`font-extrabold leading-tight text-brand-700 ${a6 ? "text-xl" : "text-4xl"}`}>{pass.fairName}</p>
        <p className={a6 ? "text-sm" : "text-xl"}>{pass.dates}</p>
        <p className={a6 ? "text-sm" : "text-xl"}>
          {pass.venue}, {pass.address}
        </p>
        <div>
          <p className={`font-bold ${a6 ? "text-lg" : "text-3xl"}`}>{pass.business}</p>
          <p className={`font-extrabold ${a6 ? "text-2xl" : "text-5xl"}`}>{t("fairs.pass.booth", { code: pass.booth })}</p>
        </div>
        <div role="img" aria-label={t("fairs.pass.qrLabel")} className={a6 ? "w-36" : "w-72"} dangerouslySetInnerHTML={{ __html: pass.qrSvg }} />
        <p className={a6 ? "text-xs" : "text-lg"}>{t("fairs.pass.codeLabel")}</p>
        <p className={`font-mono font-bold tracking-wider ${a6 ? "text-sm" : "text-2xl"}`} data-testid="pass-code">
          {pass.passCode}
        </p>
      </article>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
