// The business's fees: what is due, pending, paid or waived, with the way to pay each one.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ListTable } from "~/components/ui/list-table";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { listBusinessPayments, openPaymentForBusiness } from "~/modules/payments/payments.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  await dbReady;
  const [rows, t] = await Promise.all([listBusinessPayments(db, { actor, businessId }), getT(request)]);
  return {
    title: t("payments.business.title"),
    rows: rows.map(({ payable, payment, waiver, due }) => {
      const state = payment?.status === "PAID" ? "paid" : payment?.status === "WAIVED" ? "waived" : waiver?.status === "REQUESTED" ? "waiver_requested" : payment ? "pending" : due ? "due" : "not_due";
      return {
        key: `${payable.kind}:${payable.id}`,
        kind: payable.kind,
        id: payable.id,
        description: payable.description,
        amount: formatVnd(payable.amountVnd),
        state,
        paymentId: payment?.id ?? null,
        canAskWaiver: !payment || payment.status === "PENDING" ? !waiver || waiver.status === "REFUSED" : false,
      };
    }),
  };
}

const OpenSchema = z.object({ kind: z.enum(["fair_registration", "trip_participant"]), id: z.string().min(1).max(40) });

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  const parsed = OpenSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw data("Bad Request", { status: 400 });
  await dbReady;
  try {
    const payment = await openPaymentForBusiness(db, { actor, businessId, payable: parsed.data });
    return redirectWithFlash(request, `/business/payments/${payment.id}`, { kind: "success", message: "payments.business.opened" });
  } catch (error) {
    if (error instanceof DomainError && error.code === "conflict") {
      return redirectWithFlash(request, "/business/payments", { kind: "error", message: error.message });
    }
    throw toHttpError(error);
  }
}

export default function BusinessPayments() {
  const { rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="payments-title" className="space-y-4">
      <h1 id="payments-title" className="text-3xl font-bold">
        {t("payments.business.title")}
      </h1>
      <p>{t("payments.business.lead")}</p>
      <ListTable
        columns={[t("payments.business.what"), t("payments.business.amount"), t("payments.business.state"), t("payments.business.actions")]}
        rows={rows}
        rowKey={(r) => r.key}
        emptyText={t("payments.business.empty")}
      >
        {(r) => (
          <>
            <td className="p-2">
              <span className="block text-xs text-stone-700">{t(`payments.kind.${r.kind}`)}</span>
              {r.description}
            </td>
            <td className="p-2 whitespace-nowrap">{r.amount}</td>
            <td className="p-2">{t(`payments.feeState.${r.state}`)}</td>
            <td className="p-2">
              <div className="flex flex-wrap gap-2">
                {r.state === "due" ? (
                  <Form method="post">
                    <input type="hidden" name="kind" value={r.kind} />
                    <input type="hidden" name="id" value={r.id} />
                    <button type="submit" className="btn-primary" aria-label={`${t("payments.business.pay")}: ${r.description}`}>
                      {t("payments.business.pay")}
                    </button>
                  </Form>
                ) : null}
                {r.paymentId && r.state === "pending" ? (
                  <Link to={`/business/payments/${r.paymentId}`} className="btn-primary" aria-label={`${t("payments.business.pay")}: ${r.description}`}>
                    {t("payments.business.pay")}
                  </Link>
                ) : null}
                {r.paymentId && r.state === "paid" ? (
                  <Link to={`/business/payments/${r.paymentId}/receipt`} aria-label={`${t("payments.business.receipt")}: ${r.description}`}>
                    {t("payments.business.receipt")}
                  </Link>
                ) : null}
                {r.canAskWaiver ? (
                  <Link to={`/business/payments/waiver?kind=${r.kind}&id=${r.id}`} aria-label={`${t("payments.business.askWaiver")}: ${r.description}`}>
                    {t("payments.business.askWaiver")}
                  </Link>
                ) : null}
              </div>
            </td>
          </>
        )}
      </ListTable>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
