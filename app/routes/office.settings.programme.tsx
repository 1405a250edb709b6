// The criteria of the sales-point programme: checklist items (one per line), the minimum share
// of Vietnamese goods and the validity in months. Officers read and edit them with the same
// permission that certifies (ADR 0008); every change is audited.
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { getProgrammeSettings, updateProgramme } from "~/modules/sales-points/programme.server";
import { ProgrammeSettingsSchema } from "~/modules/sales-points/sales-point.schema";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:sales-points:certify");
  await dbReady;
  const [programme, t] = await Promise.all([getProgrammeSettings(db, { actor }), getT(request)]);
  return { title: t("salesPoints.settings.title"), programme };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:sales-points:certify");
  const submission = parseWithZod(await request.formData(), { schema: ProgrammeSettingsSchema });
  if (submission.status !== "success") return data(submission.reply({ formErrors: ["errors.fixBelow"] }), { status: 400 });
  await dbReady;
  try {
    await updateProgramme(db, { actor, input: submission.value });
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid") {
      return data(submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), { status: 400 });
    }
    throw toHttpError(error);
  }
  return redirectWithFlash(request, "/office/settings/programme", { kind: "success", message: "salesPoints.settings.saved" });
}

export default function ProgrammeSettingsPage() {
  const { programme } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "programme-settings",
    lastResult,
    defaultValue: {
      checklist: programme.checklist.join("\n"),
      minVietGoodsShare: String(programme.minVietGoodsShare),
      validityMonths: String(programme.validityMonths),
      issuer: programme.issuer ?? "",
    },
    constraint: getZodConstraint(ProgrammeSettingsSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProgrammeSettingsSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="programme-settings-title" className="max-w-3xl space-y-4">
      <p>
        <Link to="/office/sales-points">{t("salesPoints.office.backToList")}</Link>
      </p>
      <h1 id="programme-settings-title" className="text-3xl font-bold">
        {t("salesPoints.settings.title")}
      </h1>
      <p>{t("salesPoints.settings.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field id={fields.checklist.id} label={t("salesPoints.settings.checklist")} hint={t("salesPoints.settings.checklistHint")} errors={fields.checklist.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.checklist)} {...aria} rows={8} className="input" />}
        </Field>
        <Field id={fields.minVietGoodsShare.id} label={t("salesPoints.settings.minShare")} errors={fields.minVietGoodsShare.errors}>
          {(aria) => <input {...getInputProps(fields.minVietGoodsShare, { type: "number" })} {...aria} step={1} className="input max-w-40" />}
        </Field>
        <Field id={fields.validityMonths.id} label={t("salesPoints.settings.validityMonths")} errors={fields.validityMonths.errors}>
          {(aria) => <input {...getInputProps(fields.validityMonths, { type: "number" })} {...aria} step={1} className="input max-w-40" />}
        </Field>
        <Field id={fields.issuer.id} label={`${t("salesPoints.settings.issuer")} ${t("common.optional")}`} hint={t("salesPoints.settings.issuerHint")} errors={fields.issuer.errors}>
          {(aria) => <input {...getInputProps(fields.issuer, { type: "text" })} {...aria} className="input" />}
        </Field>
        <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
          {t("salesPoints.settings.save")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
