// Format checks for the identifiers businesses give us (enterprise codes, 12-digit personal
// IDs used as household-business tax codes, cooperative numbers, phones). They check shape
// only, not existence; personal IDs are sensitive and leave the server only masked.

const ENTERPRISE_CODE = /^\d{10}(?:-(?!000)\d{3})?$/;

/** Canonical written form: "0123456789" or, for a branch, "0123456789-001" (suffix 001–999). */
export function isEnterpriseCode(s: string): boolean {
  return ENTERPRISE_CODE.test(s);
}

/** Accepts spaces and the undashed 13-digit form; returns the canonical form or null. */
export function normaliseEnterpriseCode(s: string): string | null {
  const compact = s.replace(/\s+/g, "");
  const candidate = /^\d{13}$/.test(compact) ? `${compact.slice(0, 10)}-${compact.slice(10)}` : compact;
  return isEnterpriseCode(candidate) ? candidate : null;
}

/**
 * CCCD shape: 3 digits province of birth (001–096), 1 digit gender/century, 2 digits year of
 * birth, 6 random digits. The province range is checked, not the exact list of codes in use.
 */
export function isPersonalId(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  const province = Number(s.slice(0, 3));
  return province >= 1 && province <= 96;
}

/** "••••••••9012": only the last four digits are ever shown, enough to tell two IDs apart. */
export function maskPersonalId(s: string): string {
  const compact = s.replace(/\s+/g, "");
  const visible = compact.length > 4 ? compact.slice(-4) : "";
  return "•".repeat(compact.length - visible.length) + visible;
}

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/**
 * "+84 912 345 678", "0912.345.678", "84912345678" → "0912345678"; "0235 3 123 456" →
 * "02353123456". Mobile: 10 digits from 03/05/07/08/09; landline: 11 digits from 02.
 */
export function normaliseVietnamesePhone(s: string): string | null {
  let digits = s.trim().replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = digits.slice(3);
  else if (digits.startsWith("0084")) digits = digits.slice(4);
  else if (digits.startsWith("84")) digits = digits.slice(2);
  else if (!digits.startsWith("0")) return null;
  // People often keep the trunk zero after the country code: "+84 0912 …".
  if (!digits.startsWith("0")) digits = `0${digits}`;
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : null;
}

export function isVietnamesePhone(s: string): boolean {
  return normaliseVietnamesePhone(s) !== null;
}

/** Cooperative registration numbers vary by issuing office, so only the shape is checked. */
export function isCooperativeRegistrationNo(s: string): boolean {
  return /^(?=.*\d)[0-9A-Za-z/-]{4,20}$/.test(s);
}
