// Card payments through Stripe Checkout, on only when STRIPE_SECRET_KEY and
// STRIPE_WEBHOOK_SECRET are set. VND is zero-decimal: 150.000 ₫ is unit_amount 150000.
// The webhook is the source of truth; the success page confirms early by retrieving the
// session. Each event.id is a StripeEvent row written in the same transaction as its effect, so
// a redelivery, or the success page and the webhook racing, fulfils once (settlePayment is
// status-guarded).
import Stripe from "stripe";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, NotFound } from "~/modules/errors";
import { hasBusinessPermission, type Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { registerOutboxHandler } from "~/utils/workers.server";
import { loadPayable, payableOf } from "./payables.server";
import { appendPaymentEvent, settlePayment } from "./payments.server";

export const WEBHOOK_TOLERANCE_SECONDS = 300;
const API_VERSION = "2025-08-27.basil" as const;

let clientOverride: Stripe | null = null;

/** Tests point the client at a local HTTP server (`new Stripe(key, { host, port, protocol })`). */
export function useStripeClient(client: Stripe | null) {
  clientOverride = client;
}

export function isStripeEnabled(): boolean {
  const e = env();
  return Boolean(e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET);
}

export function stripeClient(): Stripe {
  if (clientOverride) return clientOverride;
  const key = env().STRIPE_SECRET_KEY;
  if (!key || !isStripeEnabled()) throw new Conflict("payments.errors.cardOff");
  return new Stripe(key, { apiVersion: API_VERSION, maxNetworkRetries: 2, timeout: 20_000 });
}

/** Creates (or, with the same idempotency key, gets back) the Checkout Session of a payment. */
export async function startCardCheckout(db: Db, { actor, businessId, paymentId }: { actor: Actor; businessId: string; paymentId: string }): Promise<string> {
  if (!hasBusinessPermission(actor, businessId, "business:payments:pay")) throw new Forbidden();
  if (!isStripeEnabled()) throw new Conflict("payments.errors.cardOff");
  const payment = await db.payment.findFirst({ where: { id: paymentId, businessId } });
  if (!payment) throw new NotFound();
  if (payment.status !== "PENDING") throw new Conflict("payments.errors.notOpen");
  const payable = await loadPayable(db, payableOf(payment));
  const appUrl = env().APP_URL;
  // Network call outside any transaction (ADR 0009); the key makes a double click one session.
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "vnd", unit_amount: payment.amountVnd, product_data: { name: payable.description.slice(0, 250) } } }],
      client_reference_id: payment.id,
      metadata: { paymentId: payment.id, reference: payment.reference },
      payment_intent_data: { metadata: { paymentId: payment.id } },
      success_url: `${appUrl}/business/payments/${payment.id}/card-return?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${appUrl}/business/payments/${payment.id}`,
    },
    { idempotencyKey: `checkout:${payment.id}:${payment.amountVnd}` },
  );
  if (!session.url) throw new Conflict("payments.errors.cardOff");
  await db.$transaction(async (tx) => {
    const moved = await tx.payment.updateMany({ where: { id: payment.id, status: "PENDING" }, data: { stripeSessionId: session.id } });
    if (moved.count === 0) return;
    await appendPaymentEvent(tx, { paymentId: payment.id, kind: "checkout_started", fromStatus: "PENDING", toStatus: "PENDING", actorId: actor.userId, data: { sessionId: session.id } });
    await recordAudit(tx, { actorId: actor.userId, action: "payment.checkout_start", entityType: "Payment", entityId: payment.id, data: { sessionId: session.id } });
  });
  return session.url;
}

type SessionLike = Pick<Stripe.Checkout.Session, "id" | "client_reference_id" | "metadata" | "payment_status" | "amount_total" | "currency" | "payment_intent">;

/** Settles the payment a paid session is for, after checking it is that payment's amount. */
async function fulfilSession(tx: Tx, session: SessionLike, stripeEventId: string | null, paidAt: Date): Promise<"paid" | "already" | "ignored"> {
  const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
  if (!paymentId || session.payment_status !== "paid") return "ignored";
  const payment = await tx.payment.findUnique({ where: { id: paymentId } });
  if (!payment) return "ignored";
  if (session.currency?.toLowerCase() !== "vnd" || session.amount_total !== payment.amountVnd) {
    await recordAudit(tx, { actorId: null, action: "payment.stripe_mismatch", entityType: "Payment", entityId: payment.id, data: { sessionId: session.id, amount: session.amount_total, currency: session.currency } });
    return "ignored";
  }
  if (payment.status !== "PENDING" && payment.status !== "PAID") return "ignored";
  const intent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  return settlePayment(tx, { paymentId: payment.id, actorId: null, method: "STRIPE", amountVnd: payment.amountVnd, paidAt, stripeEventId, stripePaymentIntentId: intent });
}

/** The success page: retrieve the session and settle if Stripe says it is paid. */
export async function confirmCardReturn(db: Db, { actor, businessId, paymentId, sessionId }: { actor: Actor; businessId: string; paymentId: string; sessionId: string }) {
  if (!hasBusinessPermission(actor, businessId, "business:payments:pay")) throw new Forbidden();
  const payment = await db.payment.findFirst({ where: { id: paymentId, businessId } });
  if (!payment) throw new NotFound();
  if (payment.status === "PAID") return "already" as const;
  const session = await stripeClient().checkout.sessions.retrieve(sessionId);
  if ((session.metadata?.paymentId ?? session.client_reference_id) !== payment.id) throw new NotFound();
  return db.$transaction((tx) => fulfilSession(tx, session, null, new Date()));
}

export type WebhookOutcome = { status: 200 | 400; body: string };

/** Verifies the signature on the raw body, then applies the event once. */
export async function handleStripeWebhook(db: Db, { rawBody, signature }: { rawBody: string; signature: string | null }): Promise<WebhookOutcome> {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return { status: 400, body: "missing signature" };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS);
  } catch {
    return { status: 400, body: "bad signature" };
  }
  await db.$transaction(async (tx) => {
    const seen = await tx.stripeEvent.findUnique({ where: { id: event.id } });
    if (seen) return;
    let paymentId: string | null = null;
    const paidAt = new Date(event.created * 1000);
    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded": {
        const session = event.data.object;
        paymentId = session.metadata?.paymentId ?? session.client_reference_id ?? null;
        await tx.stripeEvent.create({ data: { id: event.id, type: event.type, paymentId } });
        await fulfilSession(tx, session, event.id, paidAt);
        return;
      }
      case "checkout.session.async_payment_failed":
      case "checkout.session.expired": {
        const session = event.data.object;
        paymentId = session.metadata?.paymentId ?? session.client_reference_id ?? null;
        await tx.stripeEvent.create({ data: { id: event.id, type: event.type, paymentId } });
        const payment = paymentId ? await tx.payment.findUnique({ where: { id: paymentId } }) : null;
        // the payment stays PENDING: the business may pay again, by card or transfer
        if (payment?.status === "PENDING") {
          await appendPaymentEvent(tx, { paymentId: payment.id, kind: event.type === "checkout.session.expired" ? "checkout_expired" : "card_failed", fromStatus: "PENDING", toStatus: "PENDING", actorId: null, stripeEventId: event.id });
        }
        return;
      }
      case "charge.refunded": {
        const charge = event.data.object;
        const intent = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);
        const payment = intent ? await tx.payment.findFirst({ where: { stripePaymentIntentId: intent } }) : null;
        paymentId = payment?.id ?? null;
        await tx.stripeEvent.create({ data: { id: event.id, type: event.type, paymentId } });
        if (payment && payment.status === "PAID" && charge.amount_refunded >= payment.amountVnd) {
          const moved = await tx.payment.updateMany({ where: { id: payment.id, status: "PAID" }, data: { status: "REFUNDED" } });
          if (moved.count) {
            await appendPaymentEvent(tx, { paymentId: payment.id, kind: "refunded", fromStatus: "PAID", toStatus: "REFUNDED", actorId: null, stripeEventId: event.id });
            await recordAudit(tx, { actorId: null, action: "payment.refund", entityType: "Payment", entityId: payment.id, data: { stripeEventId: event.id } });
          }
        }
        return;
      }
      default:
        await tx.stripeEvent.create({ data: { id: event.id, type: event.type, paymentId } });
    }
  });
  return { status: 200, body: "ok" };
}

/** Outbox topic written by refundPaymentsFor: the refund call leaves the database afterwards. */
export async function deliverStripeRefund(payload: unknown): Promise<void> {
  const { paymentId, paymentIntentId, amountVnd } = payload as { paymentId: string; paymentIntentId: string; amountVnd: number };
  await stripeClient().refunds.create({ payment_intent: paymentIntentId, amount: amountVnd }, { idempotencyKey: `refund:${paymentId}` });
}

registerOutboxHandler("stripe.refund", deliverStripeRefund);
