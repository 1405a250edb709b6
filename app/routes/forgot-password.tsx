import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/ui/field";
import { HoneypotField } from "~/components/ui/honeypot";
import { getT } from "~/i18next.server";
import { requestPasswordReset } from "~/modules/identity/accounts.server";
import { ForgotPasswordSchema, HONEYPOT_FIELD } from "~/modules/identity/auth.schema";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { accountMail } from "~/utils/mail-templates.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  return { title: t("auth.forgotTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (formData.get(HONEYPOT_FIELD)) throw new Response("Bad Request", { status: 400 });
  const submission = parseWithZod(formData, { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await dbReady;
  await requestPasswordReset(db, { email: submission.value.email, appUrl: env().APP_URL, mail: await accountMail(request) });
  return redirectWithFlash(request, "/login", { kind: "info", message: "auth.forgotSent" });
}

export default function ForgotPasswordPage() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "forgot",
    lastResult,
    constraint: getZodConstraint(ForgotPasswordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("auth.forgotTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("auth.forgotLead")}</p>
      <Form method="post" {...getFormProps(form)} className="card relative mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <HoneypotField />
        <Field id={fields.email.id} label={t("auth.email")} errors={fields.email.errors}>
          {(aria) => <input {...getInputProps(fields.email, { type: "email" })} {...aria} autoComplete="email" className="input" />}
        </Field>
        <button type="submit" className="btn-primary w-full">
          {t("auth.forgotSubmit")}
        </button>
      </Form>
    </div>
  );
}
