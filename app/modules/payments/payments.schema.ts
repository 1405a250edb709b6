// Zod schemas of the payment forms, shared by the forms (Conform) and the actions. Messages are
// locale keys. State rules (what may be paid, by whom) live in the modules.
import { z } from "zod";
import { parseVnd } from "~/utils/money";

const required = (key: string) => z.string({ required_error: "errors.required" }).trim().min(1, key);

export const BankAccountSchema = z.object({
  bankBin: z.string({ required_error: "errors.invalidChoice" }).regex(/^\d{6}$/, "errors.invalidChoice"),
  accountNumber: required("errors.required").pipe(z.string().regex(/^[0-9A-Za-z]{6,19}$/, "payments.errors.accountNumber")),
  accountName: required("errors.required").pipe(
    z.string().transform((s) => s.toUpperCase().replace(/\s+/g, " ")).pipe(z.string().regex(/^[A-Z0-9 ]{3,70}$/, "payments.errors.accountName")),
  ),
});

const dongAmount = required("errors.required").transform((text, ctx) => {
  const value = parseVnd(text);
  if (value === null || value <= 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "payments.errors.amount" });
    return z.NEVER;
  }
  return value;
});

export const MarkPaidSchema = z.object({
  method: z.enum(["VIETQR", "CASH"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  amountVnd: dongAmount,
  paidOn: required("errors.required").pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "payments.errors.date")),
  bankReference: z.string().trim().max(100, "errors.tooLong").optional(),
});

export const WaiverRequestSchema = z.object({
  kind: z.enum(["fair_registration", "trip_participant"]),
  id: z.string().min(1).max(40),
  householdStatus: z.enum(["POOR", "NEAR_POOR"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  certificateNumber: required("errors.required").pipe(z.string().max(50, "payments.errors.certificateNumber")),
  certificateYear: z.coerce
    .number({ invalid_type_error: "payments.errors.year", required_error: "errors.required" })
    .int("payments.errors.year")
    .min(2000, "payments.errors.year")
    .max(2100, "payments.errors.year"),
});

export const WaiverDecisionSchema = z.object({
  waiverId: z.string().min(1).max(40),
  decision: z.enum(["confirm", "refuse"]),
  note: z.string().trim().max(500, "errors.tooLong").optional(),
});

export const PAYMENT_STATUSES = ["PENDING", "PAID", "FAILED", "REFUNDED", "WAIVED", "CANCELLED"] as const;
export const PAYMENT_METHODS = ["VIETQR", "STRIPE", "CASH", "WAIVER"] as const;

export const OfficePaymentFilterSchema = z.object({
  status: z.enum(PAYMENT_STATUSES).optional().catch(undefined),
  method: z.enum(PAYMENT_METHODS).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

/** How an officer closes a statement line that pays nothing here. */
export const LINE_RESOLUTIONS = ["returned_to_sender", "not_a_fee", "settled_by_hand"] as const;
export type LineResolution = (typeof LINE_RESOLUTIONS)[number];
