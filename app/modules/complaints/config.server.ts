// Settings of the complaint procedure, read once from the environment (README lists them).
import { z } from "zod";

const schema = z.object({
  /** Months after closing before the complainant's contact data is erased. */
  COMPLAINT_CONTACT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** Complaints one IP address may file per hour (the benchmark raises it). */
  COMPLAINT_INTAKE_RATE_LIMIT: z.coerce.number().int().positive().default(10),
});

let cached: z.infer<typeof schema> | undefined;

export function complaintConfig() {
  return (cached ??= schema.parse(process.env));
}

/** Wrong code/PIN pairs allowed per code in the window before tracking that code is locked. */
export const PIN_MAX_FAILURES = 5;
export const PIN_WINDOW_MS = 15 * 60 * 1000;
/** How long a correct PIN keeps the tracking page open (signed cookie). */
export const ACCESS_COOKIE_SECONDS = 30 * 60;
export const MAX_EVIDENCE_FILES = 5;
