// The office's receiving account (bank from the bundled NAPAS list, account number and name)
// and the statement layouts already mapped. Officers who reconcile keep it; changes are audited.
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { readBankAccount, updateBankAccount } from "~/modules/payments/bank-account.server";
import { BANKS } from "~/modules/payments/banks";
import { BankAccountSchema } from "~/modules/payments/payments.schema";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:payments:reconcile");
  await dbReady;
  const [account, mappings, t] = await Promise.all([
    readBankAccount(db),
    db.bankColumnMapping.findMany({ orderBy: { updatedAt: "desc" }, take: 20 }),
    getT(request),
  ]);
  return {
    title: t("payments.bank.title"),
    account: account ? { bankBin: account.bankBin, accountNumber: account.accountNumber, accountName: account.accountName } : null,
    banks: BANKS.map((b) => ({ bin: b.bin, label: `${b.code} — ${b.name} (${b.bin})` })),
    mappings: mappings.map((m) => ({ key: m.headerSignature, text: [m.dateColumn, m.amountColumn, m.descriptionColumn, m.referenceColumn].filter(Boolean).join(" · ") })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:payments:reconcile");
  const submission = parseWithZod(await request.formData(), { schema: BankAccountSchema });
  if (submission.status !== "success") return data(submission.reply({ formErrors: ["errors.fixBelow"] }), { status: 400 });
  await dbReady;
  try {
    await updateBankAccount(db, { actor, input: submission.value });
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid") {
      return data(submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), { status: 400 });
    }
    throw toHttpError(error);
  }
  return redirectWithFlash(request, "/office/settings/bank", { kind: "success", message: "payments.bank.saved" });
}

export default function BankSettings() {
  const { account, banks, mappings } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "bank-account",
    lastResult,
    defaultValue: account ?? { bankBin: "", accountNumber: "", accountName: "" },
    constraint: getZodConstraint(BankAccountSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BankAccountSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="bank-title" className="max-w-3xl space-y-4">
      <p>
        <Link to="/office/payments">← {t("payments.office.title")}</Link>
      </p>
      <h1 id="bank-title" className="text-3xl font-bold">
        {t("payments.bank.title")}
      </h1>
      <p>{t("payments.bank.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field id={fields.bankBin.id} label={t("payments.bank.bank")} errors={fields.bankBin.errors}>
          {(aria) => (
            <select {...getSelectProps(fields.bankBin)} {...aria} className="input">
              <option value="">{t("payments.bank.choose")}</option>
              {banks.map((b) => (
                <option key={b.bin} value={b.bin}>
                  {b.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fields.accountNumber.id} label={t("payments.bank.accountNumber")} errors={fields.accountNumber.errors}>
          {(aria) => <input {...getInputProps(fields.accountNumber, { type: "text" })} {...aria} inputMode="numeric" autoComplete="off" className="input max-w-80" />}
        </Field>
        <Field id={fields.accountName.id} label={t("payments.bank.accountName")} hint={t("payments.bank.accountNameHint")} errors={fields.accountName.errors}>
          {(aria) => <input {...getInputProps(fields.accountName, { type: "text" })} {...aria} autoComplete="off" className="input" />}
        </Field>
        <button type="submit" className="btn-primary">
          {t("payments.bank.save")}
        </button>
      </Form>
      <section aria-labelledby="mappings-title" className="space-y-2">
        <h2 id="mappings-title" className="text-2xl font-bold">
          {t("payments.bank.mappingsTitle")}
        </h2>
        {mappings.length === 0 ? (
          <p>{t("payments.bank.noMappings")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {mappings.map((m) => (
              <li key={m.key}>{m.text}</li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
