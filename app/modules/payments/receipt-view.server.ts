// The receipt's view model, shared by the business and office receipt pages.
import type { Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { formatVnd } from "~/utils/money";
import { amountInWords } from "./amount-in-words";
import { getReceipt } from "./payments.server";
import type { TFunction } from "i18next";

export async function receiptView(db: Db, { actor, paymentId, t, language }: { actor: Actor; paymentId: string; t: TFunction; language: string }) {
  const { payment, payable } = await getReceipt(db, { actor, paymentId });
  return {
    number: `${String(payment.receiptNo).padStart(4, "0")}/${payment.receiptYear}`,
    office: "Phòng Kinh tế — Hàng Việt",
    payer: payment.business.name,
    payerAddress: payment.business.streetAddress,
    description: `${t(`payments.kind.${payable.kind}`)}: ${payable.description}`,
    amount: formatVnd(payment.amountVnd),
    amountInWords: amountInWords(payment.amountVnd),
    method: t(`payments.method.${payment.method}`),
    date: formatDateTime(payment.paidAt!, language),
    reference: payment.reference,
    bankReference: payment.bankReference,
    refunded: payment.status === "REFUNDED",
  };
}
