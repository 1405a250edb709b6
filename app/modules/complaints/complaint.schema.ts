// Forms of the complaint procedure. Error messages are locale keys (complaints.errors.*).
import { z } from "zod";
import { isDateKey } from "~/utils/dates";
import { isVietnamesePhone } from "~/utils/identifiers";
import { OUTCOMES, REMEDIES, VULNERABLE_GROUPS } from "./model";

const text = (max: number, required: string) =>
  z.string({ required_error: required }).trim().min(1, required).max(max, "complaints.errors.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "complaints.errors.tooLong").optional();

export const IntakeSchema = z
  .object({
    description: z
      .string({ required_error: "complaints.errors.description" })
      .trim()
      .min(15, "complaints.errors.descriptionShort")
      .max(5000, "complaints.errors.tooLong"),
    happenedOn: z
      .string()
      .optional()
      .refine((v) => v === undefined || isDateKey(v), "complaints.errors.date"),
    productSlug: optionalText(200),
    producerSlug: optionalText(200),
    salesPointId: optionalText(50),
    businessNameText: optionalText(200),
    placeText: optionalText(200),
    remedy: z.enum(REMEDIES, { errorMap: () => ({ message: "complaints.errors.remedy" }) }),
    remedyNote: optionalText(500),
    name: text(120, "complaints.errors.name"),
    phone: z
      .string()
      .trim()
      .optional()
      .refine((v) => v === undefined || isVietnamesePhone(v), "complaints.errors.phone"),
    email: z.string().trim().email("complaints.errors.email").max(200).optional(),
    consentShareContact: z.boolean().default(false),
    vulnerable: z.boolean().default(false),
    vulnerableGroup: z.enum(VULNERABLE_GROUPS, { errorMap: () => ({ message: "complaints.errors.group" }) }).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "complaints.errors.phoneOrEmail" });
    }
    if (value.vulnerable && !value.vulnerableGroup) {
      ctx.addIssue({ code: "custom", path: ["vulnerableGroup"], message: "complaints.errors.group" });
    }
    if (value.remedy === "OTHER" && !value.remedyNote) {
      ctx.addIssue({ code: "custom", path: ["remedyNote"], message: "complaints.errors.remedyNote" });
    }
    const onPlatform = value.productSlug || value.producerSlug || value.salesPointId;
    if (!onPlatform && !value.businessNameText) {
      ctx.addIssue({ code: "custom", path: ["businessNameText"], message: "complaints.errors.target" });
    }
  });
export type IntakeInput = z.infer<typeof IntakeSchema>;

export const TrackSchema = z.object({
  code: z.string({ required_error: "complaints.errors.code" }).trim().min(1, "complaints.errors.code").max(30),
  pin: z
    .string({ required_error: "complaints.errors.pin" })
    .trim()
    .regex(/^\d{6}$/, "complaints.errors.pin"),
});

export const ComplainantActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add-info"), message: text(3000, "complaints.errors.message") }),
  z.object({ intent: z.literal("reply"), message: text(3000, "complaints.errors.message") }),
  z.object({ intent: z.literal("resolved"), message: optionalText(3000) }),
  z.object({ intent: z.literal("not-satisfied"), message: optionalText(3000) }),
]);

export const OfficeActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("assign"), assigneeId: z.string().trim().optional() }),
  z.object({ intent: z.literal("reject"), reason: text(2000, "complaints.errors.reason") }),
  z.object({ intent: z.literal("ask-info"), message: text(2000, "complaints.errors.message") }),
  z.object({ intent: z.literal("redact"), descriptionRedacted: text(5000, "complaints.errors.description") }),
  z.object({ intent: z.literal("forward"), note: optionalText(2000) }),
  z.object({ intent: z.literal("outside-contact"), note: text(2000, "complaints.errors.message") }),
  z.object({ intent: z.literal("escalate"), note: optionalText(2000) }),
  z.object({ intent: z.literal("close"), outcome: z.enum(OUTCOMES, { errorMap: () => ({ message: "complaints.errors.outcome" }) }), note: optionalText(2000) }),
  z.object({ intent: z.literal("merge"), intoCode: text(30, "complaints.errors.code") }),
  z.object({ intent: z.literal("note"), message: text(2000, "complaints.errors.message") }),
  z.object({ intent: z.literal("reveal-contact") }),
]);

export const BusinessAnswerSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("answer"),
    message: text(3000, "complaints.errors.message"),
    proposal: optionalText(1000),
  }),
  z.object({ intent: z.literal("agreed"), message: optionalText(1000) }),
]);

export const HolidaySchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    kind: z.enum(["HOLIDAY", "WORKING_SATURDAY"]),
    date: z.string().trim().refine(isDateKey, "complaints.errors.date"),
    name: text(120, "complaints.errors.holidayName"),
  }),
  z.object({ intent: z.literal("remove"), kind: z.enum(["HOLIDAY", "WORKING_SATURDAY"]), date: z.string().trim() }),
]);

/** The office's redacted version of one piece of evidence (the file itself is inspected by prepareUpload). */
export const RedactAttachmentSchema = z.object({
  redacted: z.instanceof(File, { message: "complaints.errors.redactedFile" }).refine((file) => file.size > 0, "complaints.errors.redactedFile"),
});
