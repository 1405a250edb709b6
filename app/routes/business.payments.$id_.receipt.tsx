// The business's receipt of one paid payment (printable A5/A4).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Receipt } from "~/components/payments/receipt";
import { getLanguage, getT } from "~/i18next.server";
import { receiptView } from "~/modules/payments/receipt-view.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireBusiness(request, "business:payments:pay");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  try {
    const view = await receiptView(db, { actor, paymentId: params.id ?? "", t, language });
    return { title: t("payments.receipt.title", { number: view.number }), view };
  } catch (error) {
    throw toHttpError(error);
  }
}

export default function BusinessReceipt() {
  const { view } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return <Receipt view={view} back={{ to: "/business/payments", label: t("payments.business.back") }} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
