// Friendly error pages in the visitor's language for 404, 403, 429, 400 and 500.
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const KEYS: Record<number, { title: string; text: string }> = {
  400: { title: "errorPage.badRequestTitle", text: "errorPage.badRequestText" },
  403: { title: "errorPage.forbiddenTitle", text: "errorPage.forbiddenText" },
  404: { title: "errorPage.notFoundTitle", text: "errorPage.notFoundText" },
  429: { title: "errorPage.tooManyTitle", text: "errorPage.tooManyText" },
};

export function errorStatus(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = errorStatus(error);
  const keys = KEYS[status] ?? (status === 409 ? KEYS[400]! : { title: "errorPage.serverTitle", text: "errorPage.serverText" });
  if (status >= 500 && typeof console !== "undefined") console.error(error);
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-2xl py-8">
      <p className="text-sm font-semibold text-stone-700">{t("errorPage.status", { status })}</p>
      <h1 id="error-title" className="mt-1 text-3xl font-bold">
        {t(keys.title)}
      </h1>
      <p className="mt-3 text-lg">{t(keys.text)}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link to="/" className="btn-primary">
          {t("errorPage.backHome")}
        </Link>
        {status === 403 ? (
          <Link to="/login" className="btn-secondary">
            {t("errorPage.login")}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
