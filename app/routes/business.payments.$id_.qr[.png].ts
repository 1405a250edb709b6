// The VietQR of one open payment as a PNG (the pay page shows it and offers it for download).
import type { LoaderFunctionArgs } from "@remix-run/node";
import QRCode from "qrcode";
import { readBankAccount } from "~/modules/payments/bank-account.server";
import { getBusinessPayment } from "~/modules/payments/payments.server";
import { buildVietQrPayload } from "~/modules/payments/vietqr";
import { db, dbReady } from "~/utils/db.server";
import { notFound, toHttpError } from "~/utils/http.server";
import { requireBusiness } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:payments:pay");
  await dbReady;
  let payload: string;
  try {
    const { payment } = await getBusinessPayment(db, { actor, businessId, paymentId: params.id ?? "" });
    const account = await readBankAccount(db);
    if (payment.status !== "PENDING" || !account) throw notFound();
    payload = buildVietQrPayload({ bankBin: account.bankBin, accountNumber: account.accountNumber, amountVnd: payment.amountVnd, note: payment.reference });
  } catch (error) {
    throw toHttpError(error);
  }
  // Medium error correction and a quiet zone: scannable from a phone screen held to a phone.
  const png = await QRCode.toBuffer(payload, { type: "png", errorCorrectionLevel: "M", margin: 4, width: 640 });
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store", "Content-Length": String(png.length) },
  });
}
