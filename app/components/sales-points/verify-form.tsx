// The "type a verification code" form: a GET to /verify, so it works without JavaScript; the
// loader normalises the code and redirects, or returns the error shown next to the field.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function VerifyCodeForm({ defaultValue = "", error = null, id = "verify-code" }: { defaultValue?: string; error?: string | null; id?: string }) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <Form method="get" action="/verify" className="card space-y-3">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-lg font-semibold">
          {t("publicSalesPoints.verify.code")}
        </label>
        <p id={`${id}-hint`} className="text-stone-700">
          {t("publicSalesPoints.verify.codeHint")}
        </p>
        <input
          id={id}
          name="code"
          type="text"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={defaultValue}
          className="input font-mono text-lg"
          aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}
          {...(error ? { "aria-invalid": true } : {})}
        />
        {error ? (
          <p id={errorId} className="font-medium text-red-800">
            {t(error)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn-primary">
        {t("publicSalesPoints.verify.submit")}
      </button>
    </Form>
  );
}
