// The office's decision on a declared certificate, shared by the form and the action.
import { z } from "zod";

export const CERTIFICATE_DECISIONS = { check: "check", reject: "reject" } as const;

export const CertificateDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal(CERTIFICATE_DECISIONS.check), certificateId: z.string().min(1) }),
  z.object({
    intent: z.literal(CERTIFICATE_DECISIONS.reject),
    certificateId: z.string().min(1),
    reason: z
      .string({ required_error: "certificateChecks.errors.reasonRequired" })
      .trim()
      .min(5, "certificateChecks.errors.reasonRequired")
      .max(1000, "errors.tooLong"),
  }),
]);
