// E-mails about payments, written to the outbox in the caller's transaction. They go to the
// business's owners (and its contact address) only and never mention household status: the
// poverty status is for the business itself, partners and officers (ADR 0015).
import { remixI18n } from "~/i18next.server";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import type { Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { formatVnd } from "~/utils/money";

export type PaymentMailKind = "created" | "paid" | "waived" | "refunded" | "cancelled" | "waiverRefused" | "waiverRequested";

export async function mailBusiness(
  tx: Tx,
  { businessId, kind, paymentId, amountVnd, description }: { businessId: string; kind: PaymentMailKind; paymentId?: string | null; amountVnd: number; description: string },
): Promise<void> {
  const business = await tx.business.findUniqueOrThrow({
    where: { id: businessId },
    select: { name: true, email: true, memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true, disabledAt: true } } } } },
  });
  const recipients = new Map<string, string>();
  for (const { user } of business.memberships) if (!user.disabledAt) recipients.set(user.email.toLowerCase(), user.locale);
  if (business.email && !recipients.has(business.email.toLowerCase())) recipients.set(business.email.toLowerCase(), "vi");
  const appUrl = env().APP_URL;
  const url = paymentId
    ? `${appUrl}/business/payments/${paymentId}${kind === "paid" || kind === "refunded" ? "/receipt" : ""}`
    : `${appUrl}/business/payments`;
  for (const [to, locale] of recipients) {
    const t = await remixI18n.getFixedT(locale === "en" ? "en" : "vi", "common");
    const args = { business: business.name, description, amount: formatVnd(amountVnd), url, interpolation: { escapeValue: false } };
    await enqueueEmail(tx, { to, subject: t(`payments.email.${kind}Subject`, args), text: t(`payments.email.${kind}Body`, args) });
  }
}

/** Tells the office staff who reconcile that something needs a look (no household data). */
export async function mailOffice(tx: Tx, { subjectKey, bodyKey, args }: { subjectKey: string; bodyKey: string; args: Record<string, string> }) {
  const officers = await tx.user.findMany({ where: { role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null }, select: { email: true } });
  const t = await remixI18n.getFixedT("vi", "common");
  const all = { ...args, interpolation: { escapeValue: false } };
  for (const { email } of officers) await enqueueEmail(tx, { to: email, subject: t(subjectKey, all), text: t(bodyKey, all) });
}
