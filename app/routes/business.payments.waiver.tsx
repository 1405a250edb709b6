// A household business asks for a fee waiver on one payable, declaring its household status and
// the commune certificate (optional scan, stored private). Only the business's owners reach it.
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { discardPrepared, prepareUpload, UploadRejected, type PreparedUpload } from "~/modules/files/uploads.server";
import { loadPayable, vnYear } from "~/modules/payments/payables.server";
import { WaiverRequestSchema } from "~/modules/payments/payments.schema";
import { requestWaiver } from "~/modules/payments/waivers.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

const MB = 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  const { businessId } = await requireBusiness(request, "business:payments:pay");
  const url = new URL(request.url);
  const kind = url.searchParams.get("kind");
  const id = url.searchParams.get("id") ?? "";
  if (kind !== "fair_registration" && kind !== "trip_participant") throw new Response("Not Found", { status: 404 });
  await dbReady;
  const t = await getT(request);
  try {
    const payable = await loadPayable(db, { kind, id });
    if (payable.businessId !== businessId) throw new Response("Not Found", { status: 404 });
    const eventYear = vnYear(payable.eventStartsAt);
    return { title: t("payments.business.waiverTitle"), kind, id, description: payable.description, amount: formatVnd(payable.amountVnd), eventYear };
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  const upload = await readUploadForm(request, { maxFileBytes: 10 * MB, maxFiles: 1, maxTotalBytes: 11 * MB });
  if (!upload.ok) return data({ status: "error" as const, error: { document: [upload.message] } }, { status: upload.status });
  const submission = parseWithZod(upload.formData, { schema: WaiverRequestSchema });
  if (submission.status !== "success") return data(submission.reply({ formErrors: ["errors.fixBelow"] }), { status: 400 });
  const file = filesOf(upload.formData, "document")[0];
  let prepared: PreparedUpload | null = null;
  try {
    if (file) prepared = await prepareUpload({ bytes: Buffer.from(await file.arrayBuffer()), kind: "document", name: file.name });
  } catch (error) {
    if (error instanceof UploadRejected) return data(submission.reply({ fieldErrors: { document: [error.message] } }), { status: error.code === "too_large" ? 413 : 415 });
    throw error;
  }
  await dbReady;
  const { kind, id, ...input } = submission.value;
  try {
    await requestWaiver(db, { actor, businessId, input: { payable: { kind, id }, ...input }, document: prepared });
  } catch (error) {
    if (prepared) await discardPrepared([prepared]);
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      return data(submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), { status: error.code === "invalid" ? 400 : 409 });
    }
    throw toHttpError(error);
  }
  return redirectWithFlash(request, "/business/payments", { kind: "success", message: "payments.business.waiverSent" });
}

export default function WaiverRequestPage() {
  const { kind, id, description, amount, eventYear } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "waiver-request",
    lastResult: lastResult && "initialValue" in lastResult ? lastResult : undefined,
    defaultValue: { kind, id, certificateYear: String(eventYear) },
    constraint: getZodConstraint(WaiverRequestSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: WaiverRequestSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const uploadError = lastResult && "error" in lastResult && lastResult.error && "document" in lastResult.error ? (lastResult.error.document as string[]) : undefined;
  return (
    <section aria-labelledby="waiver-title" className="max-w-2xl space-y-4">
      <p>
        <Link to="/business/payments">{t("payments.business.back")}</Link>
      </p>
      <h1 id="waiver-title" className="text-3xl font-bold">
        {t("payments.business.waiverTitle")}
      </h1>
      <p>
        <strong>{description}</strong> — {amount}
      </p>
      <p>{t("payments.business.waiverLead")}</p>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="card space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <input {...getInputProps(fields.kind, { type: "hidden" })} />
        <input {...getInputProps(fields.id, { type: "hidden" })} />
        <Field id={fields.householdStatus.id} label={t("payments.business.householdStatus")} errors={fields.householdStatus.errors}>
          {(aria) => (
            <select {...getSelectProps(fields.householdStatus)} {...aria} className="input">
              <option value="">—</option>
              <option value="POOR">{t("payments.household.POOR")}</option>
              <option value="NEAR_POOR">{t("payments.household.NEAR_POOR")}</option>
            </select>
          )}
        </Field>
        <Field id={fields.certificateNumber.id} label={t("payments.business.certificateNumber")} errors={fields.certificateNumber.errors}>
          {(aria) => <input {...getInputProps(fields.certificateNumber, { type: "text" })} {...aria} className="input" autoComplete="off" />}
        </Field>
        <Field
          id={fields.certificateYear.id}
          label={t("payments.business.certificateYear")}
          hint={t("payments.business.certificateYearHint", { year: eventYear })}
          errors={fields.certificateYear.errors}
        >
          {(aria) => <input {...getInputProps(fields.certificateYear, { type: "number" })} {...aria} className="input max-w-40" />}
        </Field>
        <Field id="waiver-document" label={`${t("payments.business.document")} ${t("common.optional")}`} hint={t("payments.business.documentHint")} errors={uploadError ?? form.allErrors["document"]}>
          {(aria) => <input {...aria} name="document" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" className="input" />}
        </Field>
        <button type="submit" className="btn-primary">
          {t("payments.business.submitWaiver")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
