// Forms of the sales-point programme, shared by the browser (Conform onValidate) and the
// actions. Messages are locale keys. Opening hours arrive as seven rows, Monday first; a
// closing time earlier than the opening time runs past midnight; 00:00–00:00 is all day.
import { z } from "zod";
import { isVietnamesePhone, normaliseVietnamesePhone } from "~/utils/identifiers";

/** Form row order: Thứ Hai … Chủ Nhật (weekday numbers as in Date#getDay: 0 = Sunday). */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** Rough bounding box of Vietnam including the islands: coordinates outside it are typos. */
export const VIETNAM_BBOX = { minLat: 8, maxLat: 24, minLng: 102, maxLng: 110 } as const;

export const NAME_MAX = 200;
export const REASON_MAX = 2000;

export const SALES_POINT_INTENTS = {
  save: "save",
  chooseProvince: "chooseProvince",
  addPhotos: "addPhotos",
  removePhoto: "removePhoto",
  apply: "apply",
  withdraw: "withdraw",
} as const;

export const OFFICE_INTENTS = {
  inspect: "inspect",
  certify: "certify",
  reject: "reject",
  renew: "renew",
  suspend: "suspend",
  reinstate: "reinstate",
  revoke: "revoke",
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → 450; null when not a 24-hour HH:MM time. */
export function parseClock(value: string): number | null {
  const match = TIME.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

const requiredText = (max: number) =>
  z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(max, "errors.tooLong");

const coordinate = (message: string) =>
  z.number({ invalid_type_error: message }).finite(message).optional();

const HoursRowSchema = z
  .object({
    weekday: z.number().int().min(0).max(6),
    closed: z.boolean().optional(),
    opensAt: z.string().trim().optional(),
    closesAt: z.string().trim().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.closed) return;
    const opens = row.opensAt ? parseClock(row.opensAt) : null;
    const closes = row.closesAt ? parseClock(row.closesAt) : null;
    if (!row.opensAt) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "salesPoints.errors.timeRequired" });
    else if (opens === null) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "salesPoints.errors.time" });
    if (!row.closesAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "salesPoints.errors.timeRequired" });
    else if (closes === null) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "salesPoints.errors.time" });
    if (opens !== null && closes !== null && opens === closes && opens !== 0) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "salesPoints.errors.sameTime" });
    }
  });

export const SalesPointFieldsSchema = z
  .object({
    name: requiredText(NAME_MAX),
    provinceCode: requiredText(10),
    communeCode: requiredText(10),
    streetAddress: requiredText(300),
    latitude: coordinate("salesPoints.errors.latitude"),
    longitude: coordinate("salesPoints.errors.longitude"),
    phone: optionalText(30).refine((v) => !v || isVietnamesePhone(v), "errors.phone"),
    vietGoodsShare: z
      .number({ required_error: "errors.required", invalid_type_error: "salesPoints.errors.share" })
      .int("salesPoints.errors.share")
      .min(0, "salesPoints.errors.share")
      .max(100, "salesPoints.errors.share"),
    categoryIds: z.array(z.string().max(40)).max(50).default([]),
    hours: z.array(HoursRowSchema).length(7),
  })
  .superRefine((value, ctx) => {
    const { latitude: lat, longitude: lng } = value;
    if ((lat === undefined) !== (lng === undefined)) {
      ctx.addIssue({ code: "custom", path: [lat === undefined ? "latitude" : "longitude"], message: "salesPoints.errors.bothCoordinates" });
    }
    if (lat !== undefined && (lat < VIETNAM_BBOX.minLat || lat > VIETNAM_BBOX.maxLat)) {
      ctx.addIssue({ code: "custom", path: ["latitude"], message: "salesPoints.errors.latitude" });
    }
    if (lng !== undefined && (lng < VIETNAM_BBOX.minLng || lng > VIETNAM_BBOX.maxLng)) {
      ctx.addIssue({ code: "custom", path: ["longitude"], message: "salesPoints.errors.longitude" });
    }
  })
  .transform((value) => ({
    name: value.name,
    provinceCode: value.provinceCode,
    communeCode: value.communeCode,
    streetAddress: value.streetAddress,
    latitude: value.latitude ?? null,
    longitude: value.longitude ?? null,
    phone: value.phone ? normaliseVietnamesePhone(value.phone) : null,
    vietGoodsShare: value.vietGoodsShare,
    categoryIds: [...new Set(value.categoryIds.filter(Boolean))],
    hours: value.hours
      .filter((row) => !row.closed)
      .map((row) => {
        const opensAt = parseClock(row.opensAt!)!;
        const closesAt = parseClock(row.closesAt!)!;
        // 00:00–00:00 is the only way to say "all day" with a 24-hour clock input.
        return { weekday: row.weekday, opensAt, closesAt: opensAt === 0 && closesAt === 0 ? 1440 : closesAt };
      }),
  }));

export type SalesPointFields = z.output<typeof SalesPointFieldsSchema>;

/** The "choose province" button only reloads the form: nothing is validated but the province. */
export const ChooseProvinceSchema = z.object({
  intent: z.literal(SALES_POINT_INTENTS.chooseProvince),
  provinceCode: z.string().trim().max(10).optional(),
});

// ───────────── office ─────────────

export const ProgrammeSettingsSchema = z.object({
  checklist: z
    .string({ required_error: "errors.required" })
    .max(5000, "errors.tooLong")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length > 0, "salesPoints.errors.checklistEmpty")
    .refine((items) => items.length <= 30 && items.every((item) => item.length <= 300), "errors.tooLong"),
  minVietGoodsShare: z
    .number({ required_error: "errors.required", invalid_type_error: "salesPoints.errors.share" })
    .int("salesPoints.errors.share")
    .min(0, "salesPoints.errors.share")
    .max(100, "salesPoints.errors.share"),
  validityMonths: z
    .number({ required_error: "errors.required", invalid_type_error: "salesPoints.errors.validity" })
    .int("salesPoints.errors.validity")
    .min(1, "salesPoints.errors.validity")
    .max(120, "salesPoints.errors.validity"),
  issuer: optionalText(200),
});

const reason = z.string({ required_error: "salesPoints.errors.reasonRequired" }).trim().min(3, "salesPoints.errors.reasonRequired").max(REASON_MAX, "errors.tooLong");
const dateKey = z
  .string({ required_error: "errors.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "salesPoints.errors.date");
const certificateNumber = requiredText(60);

export const InspectSchema = z.object({
  intent: z.literal(OFFICE_INTENTS.inspect),
  checklist: z.array(z.enum(["pass", "fail"], { errorMap: () => ({ message: "salesPoints.errors.checklistAnswer" }) })).default([]),
  observedShare: z
    .number({ required_error: "errors.required", invalid_type_error: "salesPoints.errors.share" })
    .int("salesPoints.errors.share")
    .min(0, "salesPoints.errors.share")
    .max(100, "salesPoints.errors.share"),
  notes: optionalText(REASON_MAX),
});

export const CertifySchema = z.object({ intent: z.literal(OFFICE_INTENTS.certify), number: certificateNumber, issuedOn: dateKey });
export const RejectSchema = z.object({ intent: z.literal(OFFICE_INTENTS.reject), reasons: reason });
export const RenewSchema = z.object({
  intent: z.literal(OFFICE_INTENTS.renew),
  certificateId: z.string().min(1),
  number: certificateNumber,
  issuedOn: dateKey,
});
export const SuspendSchema = z.object({ intent: z.literal(OFFICE_INTENTS.suspend), certificateId: z.string().min(1), reason });
export const ReinstateSchema = z.object({ intent: z.literal(OFFICE_INTENTS.reinstate), certificateId: z.string().min(1) });
export const RevokeSchema = z.object({ intent: z.literal(OFFICE_INTENTS.revoke), certificateId: z.string().min(1), reason });

export const OfficeActionSchema = z.discriminatedUnion("intent", [
  InspectSchema,
  CertifySchema,
  RejectSchema,
  RenewSchema,
  SuspendSchema,
  ReinstateSchema,
  RevokeSchema,
]);
