// Stripe Checkout's success URL: confirm early by retrieving the session (the webhook remains
// the source of truth), then back to the pay page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { confirmCardReturn } from "~/modules/payments/stripe.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  const paymentId = params.id ?? "";
  await dbReady;
  try {
    const outcome = sessionId ? await confirmCardReturn(db, { actor, businessId, paymentId, sessionId }) : "ignored";
    const paid = outcome === "paid" || outcome === "already";
    return redirectWithFlash(request, `/business/payments/${paymentId}`, {
      kind: paid ? "success" : "info",
      message: paid ? "payments.business.cardPaid" : "payments.business.cardPending",
    });
  } catch (error) {
    throw toHttpError(error);
  }
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
