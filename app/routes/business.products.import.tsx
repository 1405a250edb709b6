import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { CSV_COLUMNS, CSV_MAX_BYTES, CSV_TEMPLATE_PATH, CSV_UPLOAD_FIELD } from "~/modules/catalog/csv-import.schema";
import { importProductsCsv, listCategorySlugs, type CsvImportResult } from "~/modules/catalog/csv-import.server";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { filesOf, readUploadForm, refusalMessageKey, type UploadLimits } from "~/utils/upload-form.server";
import { statusFor } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireBusiness(request, "business:products:manage");
  await dbReady;
  const [t, language, categories] = await Promise.all([getT(request), getLanguage(request), listCategorySlugs(db)]);
  return {
    title: t("catalog.import.title"),
    categories: categories.map((c) => ({ slug: c.slug, name: language === "en" ? c.nameEn : c.nameVi, child: c.child })),
  };
}

/** One CSV file; the reader stops as soon as it is larger than the import accepts. */
const UPLOAD_LIMITS: UploadLimits = { maxFileBytes: CSV_MAX_BYTES, maxFiles: 1, maxTotalBytes: CSV_MAX_BYTES + 64 * 1024 };

type ActionResult = { formErrors: string[]; result: null } | { formErrors: []; result: CsvImportResult };

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:products:manage");
  const fail = (key: string, status = 400) => data<ActionResult>({ formErrors: [key], result: null }, { status });
  const read = await readUploadForm(request, UPLOAD_LIMITS);
  if (!read.ok) return fail(refusalMessageKey(read.code, "catalog.import.errors.tooLarge"), read.status);
  const [file] = filesOf(read.formData, CSV_UPLOAD_FIELD);
  if (!file) return fail("catalog.import.errors.fileRequired");
  if (!/\.csv$/i.test(file.name)) return fail("catalog.import.errors.notCsv");
  await dbReady;
  try {
    const result = await importProductsCsv(db, { actor, businessId, bytes: new Uint8Array(await file.arrayBuffer()) });
    return data<ActionResult>({ formErrors: [], result });
  } catch (error) {
    if (error instanceof DomainError) return fail(error.message, statusFor(error));
    throw error;
  }
}

export default function ProductImportPage() {
  const { categories } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const busy = navigation.state === "submitting";
  const result = actionData?.result ?? null;
  return (
    <div className="space-y-6">
      <header>
        <p>
          <Link to="/business/products">← {t("business.products")}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{t("catalog.import.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("catalog.import.lead")}</p>
      </header>

      {result ? <ImportSummary result={result} /> : null}

      <Form method="post" encType="multipart/form-data" className="card space-y-4" aria-busy={busy}>
        <FormErrors errors={actionData?.formErrors} />
        <p>
          <a href={CSV_TEMPLATE_PATH} download className="btn-secondary">
            {t("catalog.import.templateLink")}
          </a>
        </p>
        <div className="space-y-1">
          <label htmlFor="csv-file" className="block font-semibold">
            {t("catalog.import.file")}
          </label>
          <p id="csv-file-hint" className="text-sm text-stone-700">
            {t("catalog.import.fileHint")} {t("catalog.import.limits")}
          </p>
          <input
            id="csv-file"
            name={CSV_UPLOAD_FIELD}
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="csv-file-hint"
            className="input"
          />
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("catalog.import.submit")}
        </button>
        {busy ? (
          <p role="status" className="flex items-center gap-3">
            <progress aria-label={t("catalog.import.uploading")} className="w-40" />
            <span>{t("catalog.import.uploading")}</span>
          </p>
        ) : null}
      </Form>

      <section aria-labelledby="csv-columns" className="card">
        <h2 id="csv-columns" className="text-xl font-bold">
          {t("catalog.import.columnsTitle")}
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4">
                {t("catalog.import.columnHeader")}
              </th>
              <th scope="col" className="py-1">
                {t("catalog.import.columnMeaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr key={c.header} className="border-t border-stone-200">
                <td className="py-1 pr-4 font-mono">
                  {c.header}
                  {c.required ? <span className="font-sans font-semibold"> ({t("catalog.import.requiredMark")})</span> : null}
                </td>
                <td className="py-1">{t(`catalog.import.columns.${c.header}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold">{t("catalog.import.categoriesTitle")}</summary>
          <ul className="mt-2 columns-1 text-sm sm:columns-2">
            {categories.map((c) => (
              <li key={c.slug} className={c.child ? "pl-4" : "font-semibold"}>
                <code>{c.slug}</code> — {c.name}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}

function ImportSummary({ result }: { result: CsvImportResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-summary" className="card space-y-3" role="status">
      <h2 id="import-summary" className="text-xl font-bold">
        {t("catalog.import.summaryTitle")}
      </h2>
      <ul className="space-y-1">
        <li>{t("catalog.import.rowsRead", { count: result.rowsRead })}</li>
        <li className="font-semibold text-green-800">{t("catalog.import.created", { count: result.created })}</li>
        <li className={result.rowsWithErrors ? "font-semibold text-red-900" : ""}>
          {t("catalog.import.rowsWithErrors", { count: result.rowsWithErrors })}
        </li>
      </ul>
      {result.rowsWithErrors === 0 ? <p>{t("catalog.import.allGood")}</p> : null}
      {result.created > 0 ? (
        <p>
          <Link to="/business/products">{t("catalog.import.createdLink")}</Link>
        </p>
      ) : null}
      {result.errors.length ? (
        <div className="space-y-2">
          <h3 id="import-errors" className="text-lg font-bold">
            {t("catalog.import.errorsTitle")}
          </h3>
          <p>{t("catalog.import.errorsLead")}</p>
          <div className="overflow-x-auto">
            <table aria-labelledby="import-errors" className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-4">
                    {t("catalog.import.row")}
                  </th>
                  <th scope="col" className="py-1 pr-4">
                    {t("catalog.import.column")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("catalog.import.reason")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e) => (
                  <tr key={`${e.row}-${e.column ?? ""}`} className="border-t border-stone-200 align-top">
                    <td className="py-1 pr-4 font-semibold">{e.row}</td>
                    <td className="py-1 pr-4 font-mono">{e.column ?? t("catalog.import.wholeRow")}</td>
                    <td className="py-1">{e.messages.map((m) => t(m)).join(" ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
