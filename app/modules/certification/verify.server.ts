// What /verify/:code tells anyone holding a QR code: the certificate's public state, what and
// whom it certifies, issuer and dates, and for a revocation its date and reason. A malformed
// or unknown code is NotFound (codes carry 100 random bits, so a miss is a typo or a forgery).
// Only public facts are selected: never the certificate document, a personal ID or contacts.
// Whose word it is decides the headline (ADR 0013): only a certificate the office checked or
// issued may be called genuine; a declared one is "not checked yet", a rejected one "not
// confirmed", whatever its dates say.
import type { Prisma } from "~/generated/prisma/client";
import { isConfirmedCertificate, isPublicProduct, isPublicProducer, isPublicSalesPoint } from "~/modules/catalog/visibility";
import { NotFound } from "~/modules/errors";
import type { Db, Tx } from "~/utils/db.server";
import { certificatePublicState, type CertificatePublicState, type CertificateStatus } from "./certificate-state";
import { normaliseVerificationCode } from "./verification-code";

type Reader = Db | Tx;

const placeSelect = { select: { name: true, province: { select: { name: true } } } } as const;

const verificationSelect = {
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
  status: true,
  checkState: true,
  checkedAt: true,
  statusChangedAt: true,
  statusReason: true,
  business: { select: { name: true, slug: true, status: true, commune: placeSelect } },
  product: { select: { name: true, slug: true, status: true } },
  salesPoint: {
    select: { id: true, name: true, streetAddress: true, status: true, commune: placeSelect, business: { select: { status: true } } },
  },
} satisfies Prisma.CertificateSelect;

/** confirmed: checked or issued by the office; declared: the business's word only; rejected: not confirmed. */
export type CertificateTrust = "confirmed" | "declared" | "rejected";

export interface CertificateVerification {
  trust: CertificateTrust;
  /** when the office compared it with the issuer's register (checked certificates) */
  checkedOn: Date | null;
  state: CertificatePublicState;
  kind: "OCOP" | "HVNCLC" | "SALES_POINT" | "OTHER";
  title: string | null;
  stars: number | null;
  year: number | null;
  number: string;
  issuer: string;
  issuedOn: Date;
  expiresOn: Date | null;
  verificationCode: string;
  /** set for a revocation: when it happened and the office's stated reason */
  revocation: { on: Date | null; reason: string | null } | null;
  /** when a suspension began (its reason may be an ongoing inspection, so it is not shown) */
  suspendedOn: Date | null;
  holder: {
    name: string;
    /** the producer page, while the business is verified */
    url: string | null;
    /** commune and province only: a household's street address may be its home */
    place: string | null;
  };
  subject:
    | { type: "salesPoint"; name: string; address: string; url: string | null }
    | { type: "product"; name: string; url: string | null }
    | { type: "business" };
  /** the certificate that renewed this one, if any */
  renewedBy: { number: string; verifyPath: string } | null;
}

function placeLine(commune: { name: string; province: { name: string } } | null): string | null {
  return commune ? `${commune.name}, ${commune.province.name}` : null;
}

export async function verifyCertificate(
  client: Reader,
  { code, now = new Date() }: { code: string; now?: Date },
): Promise<CertificateVerification> {
  const normalised = normaliseVerificationCode(code);
  if (!normalised) throw new NotFound("publicSalesPoints.verify.notFoundTitle");
  const row = await client.certificate.findUnique({ where: { verificationCode: normalised }, select: verificationSelect });
  if (!row) throw new NotFound("publicSalesPoints.verify.notFoundTitle");
  const renewal = await client.certificate.findFirst({
    where: { renewsId: row.id },
    orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
    select: { number: true, verificationCode: true },
  });
  const state = certificatePublicState({ status: row.status as CertificateStatus, expiresOn: row.expiresOn }, now);

  let subject: CertificateVerification["subject"] = { type: "business" };
  if (row.salesPoint) {
    const sp = row.salesPoint;
    const isPublic = isPublicSalesPoint(sp);
    subject = {
      type: "salesPoint",
      name: sp.name,
      address: [sp.streetAddress, placeLine(sp.commune)].filter(Boolean).join(", "),
      url: isPublic ? `/sales-points/${sp.id}` : null,
    };
  } else if (row.product) {
    // The certificate is a public fact even when the product is unpublished (or its producer
    // suspended): the check still answers, naming the product without linking to a page
    // that would be a 404.
    const isPublic = isPublicProduct({ status: row.product.status, business: row.business });
    subject = { type: "product", name: row.product.name, url: isPublic ? `/products/${row.product.slug}` : null };
  }

  const trust: CertificateTrust = isConfirmedCertificate(row) ? "confirmed" : row.checkState === "REJECTED" ? "rejected" : "declared";
  return {
    trust,
    checkedOn: row.checkState === "CHECKED" ? row.checkedAt : null,
    state,
    kind: row.kind,
    title: row.title,
    stars: row.stars,
    year: row.year,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    verificationCode: row.verificationCode,
    revocation: state === "revoked" ? { on: row.statusChangedAt, reason: row.statusReason } : null,
    suspendedOn: state === "suspended" ? row.statusChangedAt : null,
    holder: {
      name: row.business.name,
      url: isPublicProducer(row.business) ? `/producers/${row.business.slug}` : null,
      place: placeLine(row.business.commune),
    },
    subject,
    renewedBy: renewal ? { number: renewal.number, verifyPath: `/verify/${renewal.verificationCode}` } : null,
  };
}
