// One payment for the office: what it pays, its history, and "record as received" (a transfer
// seen in the bank, or cash) with amount, date and bank reference.
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { MarkPaidSchema } from "~/modules/payments/payments.schema";
import { getPaymentForOffice, markPaidByHand } from "~/modules/payments/payments.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime, fromVnLocal, vnDateKey } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:payments:reconcile");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  try {
    const { payment, payable } = await getPaymentForOffice(db, { actor, paymentId: params.id ?? "" });
    return {
      title: t("payments.office.detailTitle", { reference: payment.reference }),
      today: vnDateKey(new Date()),
      payment: {
        id: payment.id,
        reference: payment.reference,
        business: payment.business.name,
        amount: formatVnd(payment.amountVnd),
        amountVnd: payment.amountVnd,
        status: payment.status,
        method: payment.method,
        hasReceipt: payment.receiptNo !== null,
        reported: payment.transferReportedAt ? formatDateTime(payment.transferReportedAt, language) : null,
      },
      payable: { kind: payable.kind, description: payable.description },
      events: payment.events.map((e) => ({ id: e.id, kind: e.kind, toStatus: e.toStatus, actor: e.actor?.name ?? "", when: formatDateTime(e.createdAt, language) })),
    };
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:payments:reconcile");
  const submission = parseWithZod(await request.formData(), { schema: MarkPaidSchema });
  if (submission.status !== "success") return data(submission.reply({ formErrors: ["errors.fixBelow"] }), { status: 400 });
  const paymentId = params.id ?? "";
  await dbReady;
  try {
    const { method, amountVnd, paidOn, bankReference } = submission.value;
    // a date typed today means now; an earlier date means noon of that day in Vietnam
    const paidAt = paidOn === vnDateKey(new Date()) ? new Date() : fromVnLocal(paidOn, 12 * 60);
    const outcome = await markPaidByHand(db, { actor, paymentId, method, amountVnd, paidAt, bankReference: bankReference || null });
    return redirectWithFlash(request, `/office/payments/${paymentId}`, {
      kind: outcome === "paid" ? "success" : "info",
      message: outcome === "paid" ? "payments.office.markedPaid" : "payments.office.alreadyPaid",
    });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      const fieldErrors = error.fieldErrors.paidOn ? { paidOn: error.fieldErrors.paidOn } : error.fieldErrors;
      return data(submission.reply({ formErrors: [error.message], fieldErrors }), { status: error.code === "invalid" ? 400 : 409 });
    }
    throw toHttpError(error);
  }
}

export default function OfficePaymentDetail() {
  const { payment, payable, events, today } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "mark-paid",
    lastResult,
    defaultValue: { method: "VIETQR", amountVnd: String(payment.amountVnd), paidOn: today, bankReference: "" },
    constraint: getZodConstraint(MarkPaidSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MarkPaidSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="detail-title" className="max-w-3xl space-y-6">
      <p>
        <Link to="/office/payments">← {t("payments.office.title")}</Link>
      </p>
      <h1 id="detail-title" className="text-3xl font-bold">
        {t("payments.office.detailTitle", { reference: payment.reference })}
      </h1>
      <dl className="card grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("payments.office.business")}</dt>
        <dd>{payment.business}</dd>
        <dt className="font-semibold">{t("payments.office.payable")}</dt>
        <dd>
          {t(`payments.kind.${payable.kind}`)}: {payable.description}
        </dd>
        <dt className="font-semibold">{t("payments.office.amount")}</dt>
        <dd>{payment.amount}</dd>
        <dt className="font-semibold">{t("payments.office.status")}</dt>
        <dd>{t(`payments.status.${payment.status}`)}</dd>
        <dt className="font-semibold">{t("payments.office.method")}</dt>
        <dd>{t(`payments.method.${payment.method}`)}</dd>
        {payment.reported ? (
          <>
            <dt className="font-semibold">{t("payments.office.reported")}</dt>
            <dd>{payment.reported}</dd>
          </>
        ) : null}
      </dl>
      {payment.hasReceipt ? (
        <p>
          <Link to={`/office/payments/${payment.id}/receipt`}>{t("payments.business.receipt")}</Link>
        </p>
      ) : null}

      {payment.status === "PENDING" ? (
        <section aria-labelledby="mark-title" className="space-y-2">
          <h2 id="mark-title" className="text-2xl font-bold">
            {t("payments.office.markPaidTitle")}
          </h2>
          <p>{t("payments.office.markPaidLead")}</p>
          <Form method="post" {...getFormProps(form)} className="card space-y-4">
            <FormErrors id={form.errorId} errors={form.errors} />
            <Field id={fields.method.id} label={t("payments.office.method")} errors={fields.method.errors}>
              {(aria) => (
                <select {...getSelectProps(fields.method)} {...aria} className="input">
                  <option value="VIETQR">{t("payments.method.VIETQR")}</option>
                  <option value="CASH">{t("payments.method.CASH")}</option>
                </select>
              )}
            </Field>
            <Field id={fields.amountVnd.id} label={t("payments.office.amount")} errors={fields.amountVnd.errors}>
              {(aria) => <input {...getInputProps(fields.amountVnd, { type: "text" })} {...aria} inputMode="numeric" className="input max-w-60" />}
            </Field>
            <Field id={fields.paidOn.id} label={t("payments.office.paidOn")} errors={fields.paidOn.errors}>
              {(aria) => <input {...getInputProps(fields.paidOn, { type: "date" })} {...aria} className="input max-w-60" />}
            </Field>
            <Field id={fields.bankReference.id} label={`${t("payments.office.bankRef")} ${t("common.optional")}`} errors={fields.bankReference.errors}>
              {(aria) => <input {...getInputProps(fields.bankReference, { type: "text" })} {...aria} className="input" />}
            </Field>
            <button type="submit" className="btn-primary">
              {t("payments.office.markPaid")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-2xl font-bold">
          {t("payments.office.history")}
        </h2>
        <ol className="space-y-1">
          {events.map((e) => (
            <li key={e.id}>
              {e.when} — {t(`payments.office.event.${e.kind}`, { defaultValue: e.kind })} ({t(`payments.status.${e.toStatus}`)}){e.actor ? ` — ${e.actor}` : ""}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
