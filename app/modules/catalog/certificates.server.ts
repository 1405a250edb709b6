// Certificates a business declares for one of its products: OCOP stars, the yearly HVNCLC
// label and other certificates. Each gets a fresh unguessable verification code for
// /verify/:code; the scanned document is a private file (business and office only).
// Dates arrive as VN calendar days and are stored as the start of that day (fromVnLocal).
import type { Certificate } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { ocopDefaultExpiry } from "~/modules/certification/certificate-state";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import { Conflict, Invalid, NotFound } from "~/modules/errors";
import { releaseFiles, removeReleasedBytes } from "~/modules/files/lifecycle.server";
import { UploadRejected, recordUpload, transactionWithUploads } from "~/modules/files/uploads.server";
import type { Actor } from "~/modules/identity/permissions";
import { syncSearch } from "~/modules/search/sync.server";
import type { Db, Tx } from "~/utils/db.server";
import { fromVnLocal, vnDateKey } from "~/utils/dates";
import { cleanText } from "~/utils/text";
import { businessForProductWrite, findOwnProduct, uploadInvalid, type UploadedFile } from "./products.server";

export type ProductCertificateInput =
  | { kind: "OCOP"; stars: number; number: string; issuer: string; issuedOn: string; expiresOn?: string | undefined }
  | { kind: "HVNCLC"; year: number; number: string; issuer: string; issuedOn?: string | undefined }
  | { kind: "OTHER"; title: string; number: string; issuer: string; issuedOn: string; expiresOn?: string | undefined };

type CertificateData = {
  kind: "OCOP" | "HVNCLC" | "OTHER";
  title: string | null;
  number: string;
  issuer: string;
  issuedOn: Date;
  expiresOn: Date | null;
  stars: number | null;
  year: number | null;
};

/**
 * Checks the rules a form cannot: OCOP stars 3–5 and 36 months by default; HVNCLC is valid
 * for its year (issued within it, expiring on 31 December); an expiry comes after the issue
 * day; nothing is issued in the future.
 */
export function certificateData(input: ProductCertificateInput, today = vnDateKey(new Date())): CertificateData {
  const errors: Record<string, string[]> = {};
  const number = cleanText(input.number);
  const issuer = cleanText(input.issuer);
  if (!number) errors.number = ["errors.required"];
  if (!issuer) errors.issuer = ["errors.required"];

  let issuedKey: string;
  let expiresKey: string | null;
  let stars: number | null = null;
  let year: number | null = null;
  let title: string | null = null;
  if (input.kind === "OCOP") {
    if (![3, 4, 5].includes(input.stars)) errors.stars = ["products.errors.starsRequired"];
    stars = input.stars;
    issuedKey = input.issuedOn;
    expiresKey = input.expiresOn || vnDateKey(ocopDefaultExpiry(fromVnLocal(input.issuedOn)));
  } else if (input.kind === "HVNCLC") {
    year = input.year;
    issuedKey = input.issuedOn || `${input.year}-01-01`;
    expiresKey = `${input.year}-12-31`;
    if (!issuedKey.startsWith(`${input.year}-`)) errors.issuedOn = ["products.errors.issuedOutsideYear"];
  } else {
    title = cleanText(input.title);
    if (!title) errors.title = ["errors.required"];
    issuedKey = input.issuedOn;
    expiresKey = input.expiresOn || null;
  }
  if (issuedKey > today && !errors.issuedOn) errors.issuedOn = ["products.errors.issuedInFuture"];
  if (expiresKey !== null && expiresKey <= issuedKey && input.kind !== "HVNCLC") errors.expiresOn = ["products.errors.expiryBeforeIssue"];
  if (Object.keys(errors).length) throw new Invalid("errors.fixBelow", errors);
  return {
    kind: input.kind,
    title,
    number,
    issuer,
    issuedOn: fromVnLocal(issuedKey),
    expiresOn: expiresKey ? fromVnLocal(expiresKey) : null,
    stars,
    year,
  };
}

async function uniqueVerificationCode(tx: Tx): Promise<string> {
  // 100 random bits make a clash practically impossible; the loop only guards the unique index.
  for (;;) {
    const code = generateVerificationCode();
    if (!(await tx.certificate.findUnique({ where: { verificationCode: code }, select: { id: true } }))) return code;
  }
}

/**
 * Adds a certificate to the business's own product. It is DECLARED: the business's word only,
 * waiting in the office's check queue (with the product, or on its own when the product is
 * already published). Until an officer checks it, it changes nothing the public sees: no
 * stars, no label, and /verify says it has not been checked (ADR 0013).
 */
export async function addProductCertificate(
  db: Db,
  {
    actor,
    businessId,
    productId,
    input,
    document,
  }: { actor: Actor; businessId: string; productId: string; input: ProductCertificateInput; document?: UploadedFile | null },
): Promise<Certificate> {
  // Checked before the document is read (and again inside the transaction, where it counts).
  await businessForProductWrite(db, actor, businessId);
  await findOwnProduct(db, businessId, productId);
  const data = certificateData(input);
  const files = document && document.bytes.length > 0 ? [document] : [];
  try {
    return await transactionWithUploads(db, { files, kind: "document" }, async (tx, prepared) => {
      await businessForProductWrite(tx, actor, businessId);
      const product = await findOwnProduct(tx, businessId, productId);
      const stored = prepared[0] ? await recordUpload(tx, prepared[0], { businessId, uploadedById: actor.userId, isPrivate: true }) : null;
      const certificate = await tx.certificate.create({
        data: { ...data, verificationCode: await uniqueVerificationCode(tx), documentFileId: stored?.id ?? null, businessId, productId: product.id },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "product.certificate_add",
        entityType: "Product",
        entityId: product.id,
        data: { certificateId: certificate.id, kind: data.kind, number: data.number, whilePublished: product.status === "APPROVED" },
      });
      return certificate;
    });
  } catch (error) {
    if (error instanceof UploadRejected) throw uploadInvalid(error, "document", "document");
    throw error;
  }
}

/**
 * Removes a certificate the business declared by mistake. Its verification code stops
 * working; the audit log keeps its number and code. A certificate the office checked is the
 * office's record and stays (removing it would change the public page without a review).
 */
async function removeProductCertificateInTx(
  tx: Tx,
  { actor, businessId, productId, certificateId }: { actor: Actor; businessId: string; productId: string; certificateId: string },
) {
  await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  const certificate = await tx.certificate.findFirst({ where: { id: certificateId, productId: product.id, businessId } });
  if (!certificate) throw new NotFound();
  if (certificate.checkState === "CHECKED" || certificate.checkState === "ISSUED") {
    throw new Conflict("certificateChecks.errors.checkedCannotBeRemoved");
  }
  await tx.certificate.delete({ where: { id: certificate.id } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "product.certificate_remove",
    entityType: "Product",
    entityId: product.id,
    data: {
      certificateId,
      kind: certificate.kind,
      number: certificate.number,
      verificationCode: certificate.verificationCode,
      whilePublished: product.status === "APPROVED",
    },
  });
  if (product.status === "APPROVED") await syncSearch(tx, { productIds: [product.id] });
  return releaseFiles(tx, [certificate.documentFileId]);
}

// ───────────── use cases: each opens its own short transaction (ADR 0010) ─────────────

export async function removeProductCertificate(db: Db, input: Parameters<typeof removeProductCertificateInTx>[1]): Promise<void> {
  await removeReleasedBytes(await db.$transaction((tx) => removeProductCertificateInTx(tx, input)));
}
