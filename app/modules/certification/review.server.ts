// The office's check of certificates a business declared (ADR 0013). An officer compares the
// document with the issuer's register (for OCOP, the national OCOP system) and either accepts
// it (CHECKED, with who and when) or rejects it with a reason. Until then the certificate
// gives no stars, labels or "genuine" answer. Each decision is one transaction: guarded state
// change + audit entry + e-mail to the business (outbox) + search sync when the product is public.
import { inTransaction } from "~/modules/transactions.server";
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { isPublicProduct } from "~/modules/catalog/visibility";
import { Conflict, Forbidden, NotFound } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { syncSearch } from "~/modules/search/sync.server";
import { remixI18n } from "~/i18next.server";
import type { Db, Tx } from "~/utils/db.server";
import { vnDateKey } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { cleanText } from "~/utils/text";

type Client = Db | Tx;

function assertChecker(actor: Actor) {
  if (!hasPermission(actor, "office:certificates:manage")) throw new Forbidden();
}

const queueSelect = {
  id: true,
  kind: true,
  title: true,
  number: true,
  issuer: true,
  issuedOn: true,
  expiresOn: true,
  stars: true,
  year: true,
  verificationCode: true,
  documentFileId: true,
  createdAt: true,
  business: { select: { id: true, name: true, status: true } },
  product: { select: { id: true, name: true, status: true } },
} satisfies Prisma.CertificateSelect;

export type CertificateToCheck = Prisma.CertificateGetPayload<{ select: typeof queueSelect }> & {
  /** "with the product" while the product itself waits for review; "on its own" once published */
  context: "withProduct" | "published" | "other";
};

/** Declared certificates waiting for the office, oldest first; `productId` narrows to one product. */
export async function listCertificatesToCheck(
  client: Client,
  { actor, productId }: { actor: Actor; productId?: string | undefined },
): Promise<CertificateToCheck[]> {
  assertChecker(actor);
  const rows = await client.certificate.findMany({
    where: { checkState: "DECLARED", ...(productId ? { productId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: queueSelect,
  });
  return rows.map((row) => ({
    ...row,
    context:
      row.product?.status === "SUBMITTED"
        ? "withProduct"
        : row.product && isPublicProduct({ status: row.product.status, business: row.business })
          ? "published"
          : "other",
  }));
}

export function countCertificatesToCheck(client: Client): Promise<number> {
  return client.certificate.count({ where: { checkState: "DECLARED" } });
}

async function declaredCertificate(tx: Tx, certificateId: string) {
  const certificate = await tx.certificate.findUnique({
    where: { id: certificateId },
    select: {
      id: true,
      kind: true,
      number: true,
      checkState: true,
      verificationCode: true,
      stars: true,
      businessId: true,
      productId: true,
      product: { select: { id: true, name: true, status: true } },
      business: { select: { status: true } },
    },
  });
  if (!certificate) throw new NotFound();
  if (certificate.checkState !== "DECLARED") throw new Conflict("certificateChecks.errors.alreadyDecided");
  return certificate;
}

type Decision = "checked" | "rejected";

async function decide(
  tx: Tx,
  { actor, certificateId, decision, reason, now }: { actor: Actor; certificateId: string; decision: Decision; reason: string | null; now: Date },
) {
  const certificate = await declaredCertificate(tx, certificateId);
  // Guarded on the state read above, so two officers deciding at once cannot both win.
  const changed = await tx.certificate.updateMany({
    where: { id: certificate.id, checkState: "DECLARED" },
    data: {
      checkState: decision === "checked" ? "CHECKED" : "REJECTED",
      checkedById: actor.userId,
      checkedAt: now,
      checkNote: reason,
    },
  });
  if (changed.count !== 1) throw new Conflict("certificateChecks.errors.alreadyDecided");
  await recordAudit(tx, {
    actorId: actor.userId,
    action: decision === "checked" ? "certificate.check" : "certificate.reject",
    entityType: "Certificate",
    entityId: certificate.id,
    data: { number: certificate.number, kind: certificate.kind, productId: certificate.productId, ...(reason ? { reason } : {}) },
  });
  await mailBusiness(tx, certificate.id, decision);
  if (certificate.product && isPublicProduct({ status: certificate.product.status, business: certificate.business })) {
    await syncSearch(tx, { productIds: [certificate.product.id] });
  }
}

/** DECLARED → CHECKED: the officer compared it with the issuer's register; it now counts publicly. */
function checkCertificateInTx(tx: Tx, { actor, certificateId, now = new Date() }: { actor: Actor; certificateId: string; now?: Date }) {
  assertChecker(actor);
  return decide(tx, { actor, certificateId, decision: "checked", reason: null, now });
}

/** DECLARED → REJECTED with the officer's reason, which the business receives by e-mail. */
function rejectCertificateInTx(
  tx: Tx,
  { actor, certificateId, reason, now = new Date() }: { actor: Actor; certificateId: string; reason: string; now?: Date },
) {
  assertChecker(actor);
  const cleaned = reason.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  if (cleanText(cleaned).length < 5) throw new Conflict("errors.fixBelow", { reason: ["certificateChecks.errors.reasonRequired"] });
  return decide(tx, { actor, certificateId, decision: "rejected", reason: cleaned, now });
}

async function mailBusiness(tx: Tx, certificateId: string, decision: Decision) {
  const certificate = await tx.certificate.findUniqueOrThrow({
    where: { id: certificateId },
    select: {
      number: true,
      checkNote: true,
      checkedAt: true,
      verificationCode: true,
      product: { select: { id: true, name: true } },
      business: {
        select: {
          name: true,
          email: true,
          memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true, disabledAt: true } } } },
        },
      },
    },
  });
  const recipients = new Map<string, string>();
  for (const { user } of certificate.business.memberships) if (!user.disabledAt) recipients.set(user.email.toLowerCase(), user.locale);
  const own = certificate.business.email?.toLowerCase();
  if (own && !recipients.has(own)) recipients.set(own, "vi");
  const appUrl = env().APP_URL;
  for (const [to, locale] of recipients) {
    const t = await remixI18n.getFixedT(locale === "en" ? "en" : "vi", "common");
    const args = {
      business: certificate.business.name,
      number: certificate.number,
      product: certificate.product?.name ?? "",
      reason: certificate.checkNote ?? "",
      date: certificate.checkedAt ? vnDateKey(certificate.checkedAt) : "",
      editUrl: certificate.product ? `${appUrl}/business/products/${certificate.product.id}` : `${appUrl}/business`,
      verifyUrl: `${appUrl}/verify/${certificate.verificationCode}`,
      interpolation: { escapeValue: false },
    };
    await enqueueEmail(tx, {
      to,
      subject: t(`certificateChecks.email.${decision}Subject`, args),
      text: t(`certificateChecks.email.${decision}Body`, args),
    });
  }
}

export const checkCertificate = inTransaction(checkCertificateInTx);
export const rejectCertificate = inTransaction(rejectCertificateInTx);
