// Stripe webhooks: the raw body is read first and verified against the signature (300 s
// tolerance); a bad signature or stale timestamp is a 400 and changes nothing. Exempt from the
// same-origin check (server.ts) because Stripe, not a browser, posts here.
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook, isStripeEnabled } from "~/modules/payments/stripe.server";
import { db, dbReady } from "~/utils/db.server";

export async function action({ request }: ActionFunctionArgs) {
  const rawBody = await request.text();
  if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405 });
  if (!isStripeEnabled()) return new Response("Not Found", { status: 404 });
  await dbReady;
  const outcome = await handleStripeWebhook(db, { rawBody, signature: request.headers.get("stripe-signature") });
  return new Response(outcome.body, { status: outcome.status, headers: { "Content-Type": "text/plain" } });
}

export function loader() {
  return new Response("Method Not Allowed", { status: 405 });
}
