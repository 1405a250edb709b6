// The pay page of one payment: the VietQR first (image, the same data as text, a download
// link), "I have transferred", and card payment when Stripe is configured.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { getLanguage, getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { readBankAccount } from "~/modules/payments/bank-account.server";
import { getBusinessPayment, reportTransfer } from "~/modules/payments/payments.server";
import { isStripeEnabled, startCardCheckout } from "~/modules/payments/stripe.server";
import { buildVietQrPayload } from "~/modules/payments/vietqr";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  try {
    const { payment, payable } = await getBusinessPayment(db, { actor, businessId, paymentId: params.id ?? "" });
    const account = await readBankAccount(db);
    const open = payment.status === "PENDING";
    return {
      title: t("payments.business.payTitle", { what: payable.description }),
      payment: {
        id: payment.id,
        status: payment.status,
        amount: formatVnd(payment.amountVnd),
        note: payment.reference,
        reportedAt: payment.transferReportedAt ? formatDateTime(payment.transferReportedAt, language) : null,
        hasReceipt: payment.receiptNo !== null,
      },
      what: payable.description,
      kind: payable.kind,
      transfer:
        open && account
          ? {
              bank: account.bank.name,
              accountNumber: account.accountNumber,
              accountName: account.accountName,
              payload: buildVietQrPayload({ bankBin: account.bankBin, accountNumber: account.accountNumber, amountVnd: payment.amountVnd, note: payment.reference }),
            }
          : null,
      noAccount: open && !account,
      card: open && isStripeEnabled(),
    };
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  const intent = (await request.formData()).get("intent");
  const paymentId = params.id ?? "";
  await dbReady;
  try {
    if (intent === "reported") {
      await reportTransfer(db, { actor, businessId, paymentId });
      return redirectWithFlash(request, `/business/payments/${paymentId}`, { kind: "success", message: "payments.business.transferReported" });
    }
    if (intent === "card") return redirect(await startCardCheckout(db, { actor, businessId, paymentId }));
  } catch (error) {
    if (error instanceof DomainError && error.code === "conflict") {
      return redirectWithFlash(request, `/business/payments/${paymentId}`, { kind: "error", message: error.message });
    }
    throw toHttpError(error);
  }
  throw data("Bad Request", { status: 400 });
}

export default function PayPage() {
  const { payment, what, kind, transfer, noAccount, card } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const qrUrl = `/business/payments/${payment.id}/qr.png`;
  return (
    <section aria-labelledby="pay-title" className="space-y-6">
      <p>
        <Link to="/business/payments">{t("payments.business.back")}</Link>
      </p>
      <div>
        <p className="text-sm text-stone-700">{t(`payments.kind.${kind}`)}</p>
        <h1 id="pay-title" className="text-3xl font-bold">
          {what}
        </h1>
        <p className="text-2xl font-bold">{payment.amount}</p>
        <p>{t(`payments.status.${payment.status}`)}</p>
      </div>

      {payment.status === "PAID" ? (
        <div className="card space-y-2">
          <p className="font-semibold">{t("payments.business.paidTitle")}</p>
          {payment.hasReceipt ? <Link to={`/business/payments/${payment.id}/receipt`}>{t("payments.business.receipt")}</Link> : null}
        </div>
      ) : null}
      {payment.status === "WAIVED" ? <p className="card font-semibold">{t("payments.business.waivedTitle")}</p> : null}
      {noAccount ? <p className="card">{t("payments.business.noAccount")}</p> : null}

      {transfer ? (
        <section aria-labelledby="qr-title" className="card space-y-4">
          <h2 id="qr-title" className="text-2xl font-bold">
            {t("payments.business.scanTitle")}
          </h2>
          <p>{t("payments.business.scanLead")}</p>
          <img
            src={qrUrl}
            width={320}
            height={320}
            className="h-auto w-full max-w-80 border border-stone-300 bg-white"
            alt={t("payments.business.qrAlt", { amount: payment.amount, account: transfer.accountNumber, note: payment.note })}
          />
          <p>
            <a href={qrUrl} download={`vietqr-${payment.note}.png`}>
              {t("payments.business.download")}
            </a>
          </p>
          <h3 className="text-xl font-bold">{t("payments.business.manualTitle")}</h3>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("payments.business.bank")}</dt>
            <dd>{transfer.bank}</dd>
            <dt className="font-semibold">{t("payments.business.accountNumber")}</dt>
            <dd className="font-mono">{transfer.accountNumber}</dd>
            <dt className="font-semibold">{t("payments.business.accountName")}</dt>
            <dd>{transfer.accountName}</dd>
            <dt className="font-semibold">{t("payments.receipt.amount")}</dt>
            <dd>{payment.amount}</dd>
            <dt className="font-semibold">{t("payments.business.note")}</dt>
            <dd>
              <strong className="font-mono text-xl" data-testid="transfer-note">
                {payment.note}
              </strong>
              <span className="block text-sm text-stone-700">{t("payments.business.noteHint")}</span>
            </dd>
          </dl>
          <details>
            <summary>{t("payments.business.payload")}</summary>
            <p className="font-mono text-xs break-all">{transfer.payload}</p>
          </details>
          {payment.reportedAt ? (
            <p>{t("payments.business.reportedAt", { time: payment.reportedAt })}</p>
          ) : (
            <Form method="post" className="space-y-1">
              <input type="hidden" name="intent" value="reported" />
              <button type="submit" className="btn-secondary">
                {t("payments.business.transferred")}
              </button>
              <p className="text-sm text-stone-700">{t("payments.business.transferredHint")}</p>
            </Form>
          )}
        </section>
      ) : null}

      {card ? (
        <section aria-labelledby="card-title" className="card space-y-2">
          <h2 id="card-title" className="text-2xl font-bold">
            {t("payments.business.cardTitle")}
          </h2>
          <Form method="post">
            <input type="hidden" name="intent" value="card" />
            <button type="submit" className="btn-secondary">
              {t("payments.business.cardButton")}
            </button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
