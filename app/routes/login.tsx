import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/ui/field";
import { HoneypotField } from "~/components/ui/honeypot";
import { authenticate } from "~/modules/identity/accounts.server";
import { HONEYPOT_FIELD, LoginSchema } from "~/modules/identity/auth.schema";
import { homePathFor } from "~/modules/identity/permissions";
import { getT } from "~/i18next.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { clientIp, loginLimiter } from "~/utils/rate-limit.server";
import { getActor, safeRedirect, startSession } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (actor) throw redirect(homePathFor(actor));
  const t = await getT(request);
  return { title: t("auth.loginTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (formData.get(HONEYPOT_FIELD)) throw new Response("Bad Request", { status: 400 });
  const submission = parseWithZod(formData, { schema: LoginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const limitKey = `${email}|${clientIp(request)}`;
  if (loginLimiter.retryAfterMs(limitKey) > 0) {
    return data(submission.reply({ formErrors: ["errors.rateLimited"], hideFields: ["password"] }), { status: 429 });
  }
  await dbReady;
  const result = await authenticate(db, { email, password });
  if (!result.ok) {
    if (result.reason === "invalid") loginLimiter.fail(limitKey);
    const message = result.reason === "disabled" ? "errors.accountDisabled" : "errors.invalidCredentials";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: 401 });
  }
  loginLimiter.reset(limitKey);
  const home = homePathFor(result.user);
  return startSession(request, result.user.id, safeRedirect(redirectTo, home));
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "login",
    lastResult,
    constraint: getZodConstraint(LoginSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("auth.loginTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("auth.loginLead")}</p>
      <Form method="post" {...getFormProps(form)} className="card relative mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <HoneypotField />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field id={fields.email.id} label={t("auth.email")} errors={fields.email.errors}>
          {(aria) => <input {...getInputProps(fields.email, { type: "email" })} {...aria} autoComplete="email" className="input" />}
        </Field>
        <Field id={fields.password.id} label={t("auth.password")} errors={fields.password.errors}>
          {(aria) => (
            <input {...getInputProps(fields.password, { type: "password" })} {...aria} autoComplete="current-password" className="input" />
          )}
        </Field>
        <button type="submit" className="btn-primary w-full" disabled={navigation.state === "submitting"}>
          {t("auth.submitLogin")}
        </button>
        <p className="flex flex-wrap justify-between gap-2 text-sm">
          <Link to="/forgot-password">{t("auth.forgot")}</Link>
          <span>
            {t("auth.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
          </span>
        </p>
      </Form>
    </div>
  );
}
