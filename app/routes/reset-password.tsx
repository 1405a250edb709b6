import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { findValidResetToken, resetPassword } from "~/modules/identity/accounts.server";
import { ResetPasswordSchema } from "~/modules/identity/auth.schema";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  await dbReady;
  const valid = token.length > 10 && (await findValidResetToken(db, token)) !== null;
  return { title: t("auth.resetTitle"), token, valid };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ResetPasswordSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password", "confirmPassword"] }), { status: 400 });
  await dbReady;
  try {
    await resetPassword(db, submission.value);
  } catch (error) {
    if (error instanceof DomainError) return data(submission.reply({ formErrors: [error.message] }), { status: 400 });
    throw error;
  }
  return redirectWithFlash(request, "/login", { kind: "success", message: "auth.resetDone" });
}

export default function ResetPasswordPage() {
  const { token, valid } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "reset",
    lastResult,
    constraint: getZodConstraint(ResetPasswordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
    shouldValidate: "onSubmit",
  });
  if (!valid) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold">{t("auth.resetTitle")}</h1>
        <p role="alert" className="mt-4">
          {t("auth.resetInvalid")}
        </p>
        <p className="mt-4">
          <Link to="/forgot-password">{t("auth.forgot")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("auth.resetTitle")}</h1>
      <Form method="post" {...getFormProps(form)} className="card mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="token" value={token} />
        <Field id={fields.password.id} label={t("auth.newPassword")} hint={t("auth.passwordHint")} errors={fields.password.errors}>
          {(aria) => <input {...getInputProps(fields.password, { type: "password" })} {...aria} autoComplete="new-password" className="input" />}
        </Field>
        <Field id={fields.confirmPassword.id} label={t("auth.confirmPassword")} errors={fields.confirmPassword.errors}>
          {(aria) => (
            <input {...getInputProps(fields.confirmPassword, { type: "password" })} {...aria} autoComplete="new-password" className="input" />
          )}
        </Field>
        <button type="submit" className="btn-primary w-full">
          {t("auth.resetSubmit")}
        </button>
      </Form>
    </div>
  );
}
