// What the public verification page says about a certificate. `expiresOn` is the UTC instant
// at which the expiry day starts in Vietnam (fromVnLocal(dateKey)); the certificate is valid
// through that whole VN day and expired from the next. Revocation outranks everything.
import { addMonths, daysBetweenKeys, fromVnLocal, vnDateKey } from "~/utils/dates";

export type CertificateStatus = "ACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED";
export type CertificatePublicState = "valid" | "expiring_soon" | "expired" | "suspended" | "revoked";

export const OCOP_VALIDITY_MONTHS = 36;
export const EXPIRY_REMINDER_DAYS = 30;

/**
 * Order of precedence: revoked, then expired (by status or by date: a lapsed certificate
 * stays lapsed once a suspension is lifted), then suspended, then the date countdown.
 * "expiring_soon" covers the last `soonDays` calendar days including the expiry day itself.
 */
export function certificatePublicState(
  certificate: { status: CertificateStatus; expiresOn: Date | null },
  now: Date,
  soonDays = EXPIRY_REMINDER_DAYS,
): CertificatePublicState {
  if (certificate.status === "REVOKED") return "revoked";
  if (certificate.status === "EXPIRED") return "expired";
  const daysLeft =
    certificate.expiresOn === null ? null : daysBetweenKeys(vnDateKey(now), vnDateKey(certificate.expiresOn));
  if (daysLeft !== null && daysLeft < 0) return "expired";
  if (certificate.status === "SUSPENDED") return "suspended";
  return daysLeft !== null && daysLeft <= soonDays ? "expiring_soon" : "valid";
}

/** OCOP stars are valid 36 months: the expiry day is the same calendar day 36 months on (clamped). */
export function ocopDefaultExpiry(issuedOn: Date): Date {
  return fromVnLocal(addMonths(vnDateKey(issuedOn), OCOP_VALIDITY_MONTHS));
}
