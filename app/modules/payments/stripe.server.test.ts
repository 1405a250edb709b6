// Stripe offline: the official client pointed at a local HTTP server started here, webhooks
// signed with the client's own generateTestHeaderString.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officeActor } from "~/modules/catalog/test-factories";
import { drainOutbox } from "~/modules/notifications/outbox.server";
import { db, dbReady } from "~/utils/db.server";
import { openPaymentForBusiness, refundPaymentsFor } from "./payments.server";
import { confirmCardReturn, deliverStripeRefund, handleStripeWebhook, startCardCheckout, useStripeClient } from "./stripe.server";
import { createRegisteredBusiness } from "./test-factories";

const WEBHOOK_SECRET = "whsec_test_payments";
process.env.STRIPE_SECRET_KEY = "sk_test_payments";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

type Session = { id: string; object: "checkout.session"; url: string; payment_status: string; amount_total: number; currency: string; client_reference_id: string; metadata: Record<string, string>; payment_intent: string | null };
const sessions = new Map<string, Session>();
const idempotencyKeys: string[] = [];
const refunds: Array<{ body: string; key: string | undefined }> = [];
let server: Server;

function readBody(req: import("node:http").IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => resolve(body));
  });
}

beforeAll(async () => {
  await dbReady;
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(json));
    };
    const key = req.headers["idempotency-key"] as string | undefined;
    if (req.method === "POST" && req.url === "/v1/checkout/sessions") {
      const form = new URLSearchParams(body);
      const existing = [...sessions.values()].find((s) => s.metadata.idempotencyKey === key);
      if (key) idempotencyKeys.push(key);
      if (existing) return send(200, existing);
      const id = `cs_test_${sessions.size + 1}`;
      const session: Session = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/${id}`,
        payment_status: "unpaid",
        amount_total: Number(form.get("line_items[0][price_data][unit_amount]")),
        currency: form.get("line_items[0][price_data][currency]") ?? "",
        client_reference_id: form.get("client_reference_id") ?? "",
        metadata: { paymentId: form.get("metadata[paymentId]") ?? "", idempotencyKey: key ?? "" },
        payment_intent: null,
      };
      sessions.set(id, session);
      return send(200, session);
    }
    const retrieve = req.url?.match(/^\/v1\/checkout\/sessions\/([^/?]+)/);
    if (req.method === "GET" && retrieve) {
      const session = sessions.get(retrieve[1]!);
      return session ? send(200, session) : send(404, { error: { type: "invalid_request_error", message: "No such session" } });
    }
    if (req.method === "POST" && req.url === "/v1/refunds") {
      refunds.push({ body, key });
      return send(200, { id: `re_${refunds.length}`, object: "refund", status: "succeeded" });
    }
    send(404, { error: { type: "invalid_request_error", message: `unexpected ${req.method} ${req.url}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  useStripeClient(new Stripe("sk_test_payments", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 }));
});

afterAll(async () => {
  useStripeClient(null);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function signed(event: Record<string, unknown>, { secret = WEBHOOK_SECRET, timestamp }: { secret?: string; timestamp?: number } = {}) {
  const rawBody = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret, ...(timestamp ? { timestamp } : {}) });
  return { rawBody, signature };
}

function sessionEvent(id: string, type: string, session: Session) {
  return { id, object: "event", type, created: Math.floor(Date.now() / 1000), data: { object: session } };
}

async function pendingCardPayment() {
  const registered = await createRegisteredBusiness(db);
  const payment = await openPaymentForBusiness(db, { actor: registered.actor, businessId: registered.business.id, payable: registered.payable });
  const url = await startCardCheckout(db, { actor: registered.actor, businessId: registered.business.id, paymentId: payment.id });
  const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  return { ...registered, payment: row, url, session: sessions.get(row.stripeSessionId!)! };
}

describe("Checkout Session", () => {
  it("is created in vnd, zero-decimal, with one idempotency key per payment", async () => {
    const { payment, session, url, actor, business } = await pendingCardPayment();
    expect(url).toBe(session.url);
    expect(session).toMatchObject({ currency: "vnd", amount_total: 1_500_000, client_reference_id: payment.id });
    await startCardCheckout(db, { actor, businessId: business.id, paymentId: payment.id });
    const keys = idempotencyKeys.filter((k) => k.includes(payment.id));
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(sessions.size).toBeGreaterThan(0);
    expect([...sessions.values()].filter((s) => s.client_reference_id === payment.id)).toHaveLength(1);
  });

  it("success page settles only when the retrieved session is paid", async () => {
    const { payment, session, actor, business } = await pendingCardPayment();
    expect(await confirmCardReturn(db, { actor, businessId: business.id, paymentId: payment.id, sessionId: session.id })).toBe("ignored");
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
    session.payment_status = "paid";
    session.payment_intent = "pi_return_1";
    expect(await confirmCardReturn(db, { actor, businessId: business.id, paymentId: payment.id, sessionId: session.id })).toBe("paid");
    const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row).toMatchObject({ status: "PAID", method: "STRIPE", stripePaymentIntentId: "pi_return_1" });
    // the webhook arriving afterwards changes nothing
    const late = signed(sessionEvent("evt_return_late", "checkout.session.completed", session));
    expect((await handleStripeWebhook(db, late)).status).toBe(200);
    expect(await db.paymentEvent.count({ where: { paymentId: payment.id, kind: "paid" } })).toBe(1);
  });
});

describe("webhook", () => {
  it("fulfils once when one session's event arrives 10 times, and once before the completed event", async () => {
    const { payment, session } = await pendingCardPayment();
    session.payment_status = "paid";
    session.payment_intent = "pi_many";
    const early = signed(sessionEvent("evt_async_1", "checkout.session.async_payment_succeeded", session));
    expect(await handleStripeWebhook(db, early)).toEqual({ status: 200, body: "ok" });
    const completed = signed(sessionEvent("evt_completed_1", "checkout.session.completed", session));
    const answers = await Promise.all(Array.from({ length: 10 }, () => handleStripeWebhook(db, completed)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id }, include: { events: true } });
    expect(row.status).toBe("PAID");
    expect(row.events.filter((e) => e.kind === "paid")).toHaveLength(1);
    expect(await db.stripeEvent.count({ where: { id: { in: ["evt_async_1", "evt_completed_1"] } } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { topic: "email", payload: { contains: "/receipt" } } })).toBeGreaterThan(0);
    // an expiry arriving late does not reopen a paid payment
    const expired = signed(sessionEvent("evt_expired_1", "checkout.session.expired", { ...session, payment_status: "unpaid" }));
    expect((await handleStripeWebhook(db, expired)).status).toBe(200);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PAID");
  });

  it("answers 400 and changes nothing on a bad signature or a stale timestamp", async () => {
    const { payment, session } = await pendingCardPayment();
    session.payment_status = "paid";
    const event = sessionEvent("evt_forged", "checkout.session.completed", session);
    const before = await db.stripeEvent.count();
    const forged = signed(event, { secret: "whsec_someone_else" });
    expect((await handleStripeWebhook(db, forged)).status).toBe(400);
    const stale = signed(event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect((await handleStripeWebhook(db, stale)).status).toBe(400);
    const tampered = signed(event);
    expect((await handleStripeWebhook(db, { rawBody: tampered.rawBody.replace("1500000", "1"), signature: tampered.signature })).status).toBe(400);
    expect((await handleStripeWebhook(db, { rawBody: tampered.rawBody, signature: null })).status).toBe(400);
    expect(await db.stripeEvent.count()).toBe(before);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
  });

  it("ignores a paid session whose amount is not the payment's", async () => {
    const { payment, session } = await pendingCardPayment();
    const cheap = signed(sessionEvent("evt_cheap", "checkout.session.completed", { ...session, payment_status: "paid", amount_total: 1_000 }));
    expect((await handleStripeWebhook(db, cheap)).status).toBe(200);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
  });
});

describe("refund when the office cancels", () => {
  it("marks the card payment REFUNDED and calls the refund API through the outbox once", async () => {
    const { payment, session, payable } = await pendingCardPayment();
    session.payment_status = "paid";
    session.payment_intent = "pi_refund_me";
    await handleStripeWebhook(db, signed(sessionEvent("evt_paid_refund", "checkout.session.completed", session)));
    const officer = await officeActor(db);
    const changed = await db.$transaction((tx) => refundPaymentsFor(tx, { actorId: officer.userId, payable, reason: "Hội chợ bị hủy" }));
    expect(changed).toBe(1);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("REFUNDED");
    await drainOutbox(db, { "stripe.refund": deliverStripeRefund });
    const mine = refunds.filter((r) => r.key === `refund:${payment.id}`);
    expect(mine).toHaveLength(1);
    expect(new URLSearchParams(mine[0]!.body).get("payment_intent")).toBe("pi_refund_me");
    expect(new URLSearchParams(mine[0]!.body).get("amount")).toBe("1500000");
    // a charge.refunded webhook afterwards is harmless
    const charge = { id: "ch_1", object: "charge", payment_intent: "pi_refund_me", amount_refunded: 1_500_000 };
    const refunded = signed({ id: "evt_charge_refunded", object: "event", type: "charge.refunded", created: Math.floor(Date.now() / 1000), data: { object: charge } });
    expect((await handleStripeWebhook(db, refunded)).status).toBe(200);
    expect(await db.paymentEvent.count({ where: { paymentId: payment.id, kind: "refunded" } })).toBe(1);
  });
});
