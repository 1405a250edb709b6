// The vocabulary of complaints (ADR 0016), shared by the modules, the forms and the pages.
// The database CHECKs in migration 20261130140000_complaints list the same values.

export const REMEDIES = ["REFUND", "EXCHANGE", "REPAIR", "APOLOGY", "OTHER"] as const;
export type Remedy = (typeof REMEDIES)[number];

export const VULNERABLE_GROUPS = ["POOR_HOUSEHOLD", "ETHNIC_MINORITY", "REMOTE_AREA", "ELDERLY", "DISABILITY", "OTHER"] as const;
export type VulnerableGroup = (typeof VULNERABLE_GROUPS)[number];

export const OUTCOMES = ["RESOLVED_WITH_RELIEF", "RESOLVED_WITHOUT_RELIEF", "WITHDRAWN", "NOT_RESOLVED"] as const;
export type Outcome = (typeof OUTCOMES)[number] | "MERGED";

export const STATUSES = ["RECEIVED", "NEEDS_INFO", "FORWARDED", "ANSWERED", "RESOLVED", "ESCALATED", "CLOSED", "REJECTED"] as const;
/** Still being handled: counted in the queue, candidates for duplicates. */
export const OPEN_STATUSES = ["RECEIVED", "NEEDS_INFO", "FORWARDED", "ANSWERED", "ESCALATED"] as const;
/** The business has it and owes an answer or is negotiating. */
export const WITH_BUSINESS_STATUSES = ["FORWARDED", "ANSWERED"] as const;

export type EventKind =
  | "filed"
  | "info_added"
  | "info_requested"
  | "rejected"
  | "assigned"
  | "merged"
  | "redacted"
  | "forwarded"
  | "outside_contact"
  | "business_reply"
  | "agreed"
  | "complainant_reply"
  | "complainant_resolved"
  | "complainant_not_satisfied"
  | "reminder"
  | "overdue"
  | "escalated"
  | "closed"
  | "contact_erased"
  | "note"
  | "status_changed";

export type ActorKind = "office" | "complainant" | "business" | "system";

/** Who may read an event: nobody outside the office unless it says so (the column default too). */
export interface EventVisibility {
  visibleToComplainant: boolean;
  visibleToBusiness: boolean;
}
export const OFFICE_ONLY: EventVisibility = { visibleToComplainant: false, visibleToBusiness: false };
export const TO_COMPLAINANT: EventVisibility = { visibleToComplainant: true, visibleToBusiness: false };
export const TO_BOTH: EventVisibility = { visibleToComplainant: true, visibleToBusiness: true };

/**
 * What a person typed as a code, in canonical form: case and spaces ignored, the letters people
 * confuse read as Crockford does (O→0, I/L→1), the "KN" prefix and dashes optional. Null when it
 * cannot be a code.
 */
export function normaliseTrackingCode(input: string): string | null {
  let text = input.toUpperCase().replace(/[\s\-_.]/g, "");
  if (text.length === 10 && text.startsWith("KN")) text = text.slice(2);
  text = text.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(text)) return null;
  return `KN-${text.slice(0, 4)}-${text.slice(4)}`;
}

