// What the public may see, written once per thing (ADR 0013). Each rule is a Prisma `where`
// (for lists, counts, search rebuilds, the sitemap) and a pure predicate over the same fields
// (for building one search document, the verify page, badges); visibility.server.test.ts
// proves each pair agrees on every status and on the Vietnamese day boundaries. Nothing else
// in the code decides publicness: import from here.
import type { Prisma } from "~/generated/prisma/client";
import { fromVnLocal, vnDateKey } from "~/utils/dates";

// ───────────────────────────── certificates ─────────────────────────────

export type CertificateCheckState = "DECLARED" | "CHECKED" | "ISSUED" | "REJECTED";
export type CertificateStatusValue = "ACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED";

/** Whose word the public may rely on: the office compared it with the register, or issued it. */
export const CONFIRMED_CHECK_STATES = ["CHECKED", "ISSUED"] as const satisfies readonly CertificateCheckState[];

export interface CertificateFacts {
  checkState: CertificateCheckState | string;
  status: CertificateStatusValue | string;
  expiresOn: Date | null;
}

/** A certificate the public pages list (with its state, even expired or revoked): confirmed by the office. */
export const CONFIRMED_CERTIFICATE_WHERE = {
  checkState: { in: [...CONFIRMED_CHECK_STATES] },
} satisfies Prisma.CertificateWhereInput;

export function isConfirmedCertificate(c: Pick<CertificateFacts, "checkState">): boolean {
  return (CONFIRMED_CHECK_STATES as readonly string[]).includes(c.checkState);
}

/**
 * A certificate in force today: confirmed, ACTIVE, and its expiry day (Vietnamese calendar)
 * is today or later. `expiresOn` is an instant inside the expiry day, so "not before today's
 * VN midnight" is exactly that, and the answer does not wait for the daily expiry job.
 * Only these give OCOP stars, labels and "certified".
 */
export function certificateInForceWhere(now: Date): Prisma.CertificateWhereInput {
  return {
    ...CONFIRMED_CERTIFICATE_WHERE,
    status: "ACTIVE",
    OR: [{ expiresOn: null }, { expiresOn: { gte: fromVnLocal(vnDateKey(now)) } }],
  };
}

export function isCertificateInForce(c: CertificateFacts, now: Date): boolean {
  return (
    isConfirmedCertificate(c) && c.status === "ACTIVE" && (c.expiresOn === null || vnDateKey(c.expiresOn) >= vnDateKey(now))
  );
}

/** The highest OCOP stars among certificates in force, or null. */
export function ocopStarsInForce(
  certificates: ReadonlyArray<CertificateFacts & { kind: string; stars: number | null }>,
  now: Date,
): number | null {
  const stars = certificates.filter((c) => c.kind === "OCOP" && c.stars && isCertificateInForce(c, now)).map((c) => c.stars!);
  return stars.length ? Math.max(...stars) : null;
}

// ───────────────────────────── producers ─────────────────────────────

export type BusinessStatusValue = "DRAFT" | "PENDING" | "VERIFIED" | "REJECTED" | "SUSPENDED";

/** A producer is public while the office has verified it (suspension or a return to PENDING hides it). */
export const PUBLIC_PRODUCER_WHERE = { status: "VERIFIED" } satisfies Prisma.BusinessWhereInput;

export function isPublicProducer(b: { status: BusinessStatusValue | string }): boolean {
  return b.status === "VERIFIED";
}

// ───────────────────────────── products ─────────────────────────────

export type ProductStatusValue = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED" | "UNPUBLISHED";

/** A product is public while APPROVED and its producer is public. */
export const PUBLIC_PRODUCT_WHERE = {
  status: "APPROVED",
  business: PUBLIC_PRODUCER_WHERE,
} satisfies Prisma.ProductWhereInput;

export function isPublicProduct(p: { status: ProductStatusValue | string; business: { status: string } }): boolean {
  return p.status === "APPROVED" && isPublicProducer(p.business);
}

// ───────────────────────────── sales points ─────────────────────────────

export type SalesPointStatusValue = "DRAFT" | "APPLIED" | "CERTIFIED" | "REJECTED";

/**
 * A sales point has a public page while its producer is public and it is past DRAFT: an
 * applied, certified or rejected (e.g. revoked) point is a real shop people may look up.
 */
export const PUBLIC_SALES_POINT_WHERE = {
  status: { not: "DRAFT" },
  business: PUBLIC_PRODUCER_WHERE,
} satisfies Prisma.SalesPointWhereInput;

export function isPublicSalesPoint(sp: { status: SalesPointStatusValue | string; business: { status: string } }): boolean {
  return sp.status !== "DRAFT" && isPublicProducer(sp.business);
}

/**
 * A certified sales point: public, CERTIFIED, and holding a sales-point certificate in force
 * today. Search, stats and the "certified" filter count these.
 */
export function certifiedSalesPointWhere(now: Date): Prisma.SalesPointWhereInput {
  return {
    ...PUBLIC_SALES_POINT_WHERE,
    AND: [{ status: "CERTIFIED" }, { certificates: { some: { ...certificateInForceWhere(now), kind: "SALES_POINT" } } }],
  };
}

export function isCertifiedSalesPoint(
  sp: { status: string; business: { status: string }; certificates: ReadonlyArray<CertificateFacts & { kind: string }> },
  now: Date,
): boolean {
  return (
    isPublicSalesPoint(sp) &&
    sp.status === "CERTIFIED" &&
    sp.certificates.some((c) => c.kind === "SALES_POINT" && isCertificateInForce(c, now))
  );
}

/** The fields the predicates read, for selects that feed them. */
export const CERTIFICATE_FACTS_SELECT = { kind: true, stars: true, checkState: true, status: true, expiresOn: true } as const;
