import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/ui/field";
import { HoneypotField } from "~/components/ui/honeypot";
import { getLanguage, getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { signUpBusiness } from "~/modules/identity/accounts.server";
import { HONEYPOT_FIELD, LEGAL_FORMS, SignupSchema } from "~/modules/identity/auth.schema";
import { homePathFor } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { accountMail } from "~/utils/mail-templates.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { flashHeader, getActor, startSession } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (actor) throw redirect(homePathFor(actor));
  const t = await getT(request);
  return { title: t("auth.signupTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (formData.get(HONEYPOT_FIELD)) throw new Response("Bad Request", { status: 400 });
  const submission = parseWithZod(formData, { schema: SignupSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password", "confirmPassword"] }), { status: 400 });
  }
  await dbReady;
  try {
    const { user } = await signUpBusiness(db, {
      ...submission.value,
      appUrl: env().APP_URL,
      mail: await accountMail(request),
      locale: await getLanguage(request),
    });
    const response = await startSession(request, user.id, "/business");
    response.headers.append("Set-Cookie", await flashHeader(request, { kind: "success", message: "auth.signedUp" }));
    return response;
  } catch (error) {
    if (error instanceof DomainError) {
      return data(
        submission.reply({ fieldErrors: error.fieldErrors, formErrors: ["errors.fixBelow"], hideFields: ["password", "confirmPassword"] }),
        { status: 409 },
      );
    }
    throw error;
  }
}

export default function SignupPage() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "signup",
    lastResult,
    constraint: getZodConstraint(SignupSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t("auth.signupTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("auth.signupLead")}</p>
      <Form method="post" {...getFormProps(form)} className="card relative mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <HoneypotField />
        <Field id={fields.businessName.id} label={t("auth.businessName")} errors={fields.businessName.errors}>
          {(aria) => <input {...getInputProps(fields.businessName, { type: "text" })} {...aria} autoComplete="organization" className="input" />}
        </Field>
        <Field id={fields.legalForm.id} label={t("auth.legalForm")} errors={fields.legalForm.errors}>
          {(aria) => (
            <select {...getSelectProps(fields.legalForm)} {...aria} className="input">
              <option value="">—</option>
              {LEGAL_FORMS.map((form) => (
                <option key={form} value={form}>
                  {t(`legalForm.${form}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fields.name.id} label={t("auth.name")} errors={fields.name.errors}>
          {(aria) => <input {...getInputProps(fields.name, { type: "text" })} {...aria} autoComplete="name" className="input" />}
        </Field>
        <Field id={fields.email.id} label={t("auth.email")} errors={fields.email.errors}>
          {(aria) => <input {...getInputProps(fields.email, { type: "email" })} {...aria} autoComplete="email" className="input" />}
        </Field>
        <Field id={fields.phone.id} label={`${t("auth.phone")} ${t("common.optional")}`} hint={t("auth.phoneHint")} errors={fields.phone.errors}>
          {(aria) => <input {...getInputProps(fields.phone, { type: "tel" })} {...aria} autoComplete="tel" className="input" />}
        </Field>
        <Field id={fields.password.id} label={t("auth.password")} hint={t("auth.passwordHint")} errors={fields.password.errors}>
          {(aria) => <input {...getInputProps(fields.password, { type: "password" })} {...aria} autoComplete="new-password" className="input" />}
        </Field>
        <Field id={fields.confirmPassword.id} label={t("auth.confirmPassword")} errors={fields.confirmPassword.errors}>
          {(aria) => (
            <input {...getInputProps(fields.confirmPassword, { type: "password" })} {...aria} autoComplete="new-password" className="input" />
          )}
        </Field>
        <div>
          <div className="flex items-start gap-2">
            <input
              {...getInputProps(fields.agree, { type: "checkbox" })}
              aria-describedby={fields.agree.errors ? fields.agree.errorId : undefined}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={fields.agree.id}>{t("auth.agree")}</label>
          </div>
          {fields.agree.errors ? (
            <p id={fields.agree.errorId} className="mt-1 text-sm font-medium text-red-800">
              {t(fields.agree.errors[0]!)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn-primary w-full" disabled={navigation.state === "submitting"}>
          {t("auth.submitSignup")}
        </button>
        <p className="text-sm">
          {t("auth.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
        </p>
      </Form>
    </div>
  );
}
