// Business profile and office-decision forms, shared by the browser (Conform onValidate) and
// the actions. Messages are locale keys. Which identifier is required depends on the legal
// form; whether a stored personal ID may be kept is known only to the caller, hence a factory.
import { z } from "zod";
import { LEGAL_FORMS } from "~/modules/identity/auth.schema";
import { isCooperativeRegistrationNo, isPersonalId, isVietnamesePhone, normaliseEnterpriseCode, normaliseVietnamesePhone } from "~/utils/identifiers";

export { LEGAL_FORMS };
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const BUSINESS_STATUSES = ["DRAFT", "PENDING", "VERIFIED", "REJECTED", "SUSPENDED"] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

export const DESCRIPTION_MAX = 2000;
export const REASON_MAX = 1000;

/** Buttons of the profile form. Only "save" validates the whole form. */
export const PROFILE_INTENTS = {
  save: "save",
  chooseProvince: "choose-province",
  searchOld: "search-old",
  pickOld: "pick-old",
  clearOld: "clear-old",
} as const;
export const SUBMIT_INTENT = "submit-verification";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

const digitsOnly = (s: string) => s.replace(/[\s.]/g, "");

export interface ProfileSchemaOptions {
  /** The business already has a personal ID on file: leaving the field empty keeps it. */
  hasStoredPersonalId?: boolean;
}

export function profileSchema({ hasStoredPersonalId = false }: ProfileSchemaOptions = {}) {
  return z
    .object({
      intent: z.literal(PROFILE_INTENTS.save),
      legalForm: z.enum(LEGAL_FORMS, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
      name: z.string({ required_error: "errors.required" }).trim().min(2, "errors.required").max(200, "errors.tooLong"),
      enterpriseCode: optionalText(20),
      ownerPersonalId: optionalText(20),
      registrationNo: optionalText(20),
      provinceCode: optionalText(10),
      communeCode: optionalText(10),
      oldCommuneId: z.coerce.number().int().positive().optional(),
      streetAddress: optionalText(300),
      phone: optionalText(30).refine((v) => !v || isVietnamesePhone(v), "errors.phone"),
      email: optionalText(254)
        .refine((v) => !v || z.string().email().safeParse(v).success, "errors.email")
        .transform((v) => v?.toLowerCase()),
      website: optionalText(300).refine((v) => !v || isHttpUrl(v), "profile.errors.website"),
      description: optionalText(DESCRIPTION_MAX),
    })
    .superRefine((value, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
      if (value.legalForm === "ENTERPRISE") {
        if (!value.enterpriseCode) issue("enterpriseCode", "profile.errors.enterpriseCodeRequired");
        else if (!normaliseEnterpriseCode(value.enterpriseCode)) issue("enterpriseCode", "profile.errors.enterpriseCode");
      }
      if (value.legalForm === "HOUSEHOLD") {
        if (!value.ownerPersonalId) {
          if (!hasStoredPersonalId) issue("ownerPersonalId", "profile.errors.personalIdRequired");
        } else if (!isPersonalId(digitsOnly(value.ownerPersonalId))) issue("ownerPersonalId", "profile.errors.personalId");
      }
      if (value.legalForm === "COOPERATIVE" || value.legalForm === "COOPERATIVE_GROUP") {
        if (!value.registrationNo) issue("registrationNo", "profile.errors.registrationNoRequired");
        else if (!isCooperativeRegistrationNo(value.registrationNo)) issue("registrationNo", "profile.errors.registrationNo");
      }
    })
    .transform(({ intent: _intent, ...value }) => ({
      ...value,
      // Only the identifier of the chosen legal form is kept; the others are cleared.
      enterpriseCode: value.legalForm === "ENTERPRISE" && value.enterpriseCode ? normaliseEnterpriseCode(value.enterpriseCode)! : null,
      ownerPersonalId: value.legalForm === "HOUSEHOLD" && value.ownerPersonalId ? digitsOnly(value.ownerPersonalId) : undefined,
      registrationNo:
        (value.legalForm === "COOPERATIVE" || value.legalForm === "COOPERATIVE_GROUP") && value.registrationNo
          ? value.registrationNo.toUpperCase()
          : null,
      phone: value.phone ? normaliseVietnamesePhone(value.phone)! : null,
    }));
}

export type ProfileInput = z.output<ReturnType<typeof profileSchema>>;

/** The non-saving buttons: they only reload the form (commune list, old-address search). */
export const ProfileHelperSchema = z
  .object({
    intent: z.enum([PROFILE_INTENTS.chooseProvince, PROFILE_INTENTS.searchOld, PROFILE_INTENTS.pickOld, PROFILE_INTENTS.clearOld]),
    provinceCode: z.string().trim().optional(),
    oldQuery: z.string().trim().max(100).optional(),
    oldPick: z.coerce.number().int().positive().optional(),
  })
  .passthrough();

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const DECISIONS = ["verify", "reject", "suspend", "reinstate"] as const;
export type Decision = (typeof DECISIONS)[number];

const reason = z
  .string({ required_error: "profile.errors.reasonRequired" })
  .trim()
  .min(5, "profile.errors.reasonRequired")
  .max(REASON_MAX, "errors.tooLong");

export const DecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("reject"), reason }),
  z.object({ intent: z.literal("suspend"), reason }),
  z.object({ intent: z.literal("reinstate") }),
]);

export const REVIEW_PAGE_SIZE = 20;
export const ReviewFilterSchema = z.object({
  status: z.enum([...BUSINESS_STATUSES, "ALL"]).catch("PENDING").default("PENDING"),
  commune: z.string().trim().max(10).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
