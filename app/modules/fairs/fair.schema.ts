// Forms of the fairs feature, shared by the browser (Conform onValidate) and the actions.
// Messages are locale keys. Date-times are typed as Vietnam wall-clock ("2026-12-18T08:00",
// what <input type="datetime-local"> sends) and stored as UTC instants.
import { z } from "zod";
import { fromVnLocal } from "~/utils/dates";
import { parseVnd } from "~/utils/money";

export const FAIR_INTENTS = {
  save: "save",
  chooseProvince: "chooseProvince",
  publish: "publish",
  close: "close",
  finish: "finish",
  cancel: "cancel",
  addBoothType: "addBoothType",
  deleteBoothType: "deleteBoothType",
  generateBooths: "generateBooths",
  editBooth: "editBooth",
  deleteBooth: "deleteBooth",
} as const;

export const REGISTRATION_INTENTS = {
  register: "register",
  cancel: "cancel",
  reportResults: "reportResults",
  approve: "approve",
  reject: "reject",
  move: "move",
  promote: "promote",
  markPaid: "markPaid",
} as const;

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** "2026-12-18T08:00" in Vietnam time → the UTC instant; null when malformed. */
export function parseVnDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  try {
    return fromVnLocal(match[1]!, Number(match[2]) * 60 + Number(match[3]));
  } catch {
    return null;
  }
}

/** The inverse, for form defaults. */
export function toVnDateTimeInput(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}

export const requiredText = (max: number) =>
  z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(max, "errors.tooLong");
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));
export const dateTime = z
  .string({ required_error: "errors.required" })
  .transform((value, ctx) => {
    const date = parseVnDateTime(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "fairs.errors.dateTime" });
      return z.NEVER;
    }
    return date;
  });
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");
export const int = (min: number, max: number) =>
  z.number({ required_error: "errors.required", invalid_type_error: "fairs.errors.wholeNumber" }).int("fairs.errors.wholeNumber").min(min, "fairs.errors.range").max(max, "fairs.errors.range");
const optionalInt = (min: number, max: number) => int(min, max).optional();
export const money = z.string({ required_error: "errors.required" }).transform((value, ctx) => {
  const amount = parseVnd(value);
  if (amount === null || amount > 1_000_000_000) {
    ctx.addIssue({ code: "custom", message: "fairs.errors.money" });
    return z.NEVER;
  }
  return amount;
});

/** "x,y,w,h; x,y,w,h" → rectangles; null when malformed. */
export function parseAisles(text: string): Array<{ x: number; y: number; w: number; h: number }> | null {
  const parts = text.split(";").map((p) => p.trim()).filter(Boolean);
  const rects = [];
  for (const part of parts) {
    const numbers = part.split(",").map((n) => Number(n.trim()));
    if (numbers.length !== 4 || numbers.some((n) => !Number.isInteger(n) || n < 0)) return null;
    const [x, y, w, h] = numbers as [number, number, number, number];
    if (w === 0 || h === 0) return null;
    rects.push({ x, y, w, h });
  }
  return rects;
}

export const FairFieldsSchema = z
  .object({
    name: requiredText(200),
    description: optionalText(5000),
    venue: requiredText(300),
    provinceCode: requiredText(10),
    communeCode: requiredText(10),
    latitude: z.number({ invalid_type_error: "fairs.errors.coordinate" }).min(8, "fairs.errors.coordinate").max(24, "fairs.errors.coordinate").optional(),
    longitude: z.number({ invalid_type_error: "fairs.errors.coordinate" }).min(102, "fairs.errors.coordinate").max(110, "fairs.errors.coordinate").optional(),
    startsAt: dateTime,
    endsAt: dateTime,
    registrationOpensAt: dateTime,
    registrationClosesAt: dateTime,
    verifiedOnly: checkbox,
    eligibleCategoryId: optionalText(40),
    ocopPriority: checkbox,
    ownCommunePriority: checkbox,
    allowBoothChoice: checkbox,
    holdHours: int(1, 720),
    planWidth: int(5, 500),
    planDepth: int(5, 500),
    planAisles: optionalText(2000),
    entranceX: optionalInt(0, 500),
    entranceY: optionalInt(0, 500),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "fairs.errors.endsBeforeStart" });
    if (v.registrationClosesAt <= v.registrationOpensAt)
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "fairs.errors.windowOrder" });
    if (v.registrationClosesAt > v.startsAt)
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "fairs.errors.windowAfterStart" });
    if ((v.latitude === undefined) !== (v.longitude === undefined))
      ctx.addIssue({ code: "custom", path: ["longitude"], message: "fairs.errors.coordinatePair" });
    if (v.planAisles && !parseAisles(v.planAisles)) ctx.addIssue({ code: "custom", path: ["planAisles"], message: "fairs.errors.aisles" });
  });
export type FairFields = z.output<typeof FairFieldsSchema>;

export const ChooseProvinceSchema = z.object({ provinceCode: z.string().optional() });

export const BoothTypeSchema = z.object({
  name: requiredText(120),
  widthM: int(1, 50),
  depthM: int(1, 50),
  feeVnd: money,
  includesTable: checkbox,
  includesChairs: checkbox,
  includesElectricity: checkbox,
});
export type BoothTypeFields = z.output<typeof BoothTypeSchema>;

export const BOOTH_PREFIX = /^[A-Z]{1,2}$/;
export const GenerateBoothsSchema = z.object({
  boothTypeId: requiredText(40),
  prefix: z.string({ required_error: "errors.required" }).trim().toUpperCase().regex(BOOTH_PREFIX, "fairs.errors.prefix"),
  startNumber: int(1, 999),
  count: int(1, 200),
  x: int(0, 500),
  y: int(0, 500),
  /** booths per row; equal to count for a single row */
  perRow: int(1, 200),
});
export type GenerateBoothsFields = z.output<typeof GenerateBoothsSchema>;

export const BOOTH_CODE = /^[A-Z]{1,2}\d{1,3}$/;
export const EditBoothSchema = z.object({
  boothId: requiredText(40),
  code: z.string({ required_error: "errors.required" }).trim().toUpperCase().regex(BOOTH_CODE, "fairs.errors.boothCode"),
  x: int(0, 500),
  y: int(0, 500),
});
export const BoothIdSchema = z.object({ boothId: requiredText(40) });
export const BoothTypeIdSchema = z.object({ boothTypeId: requiredText(40) });
export const ReasonSchema = z.object({ reason: requiredText(1000) });

export const RegisterSchema = z.object({
  boothTypeId: requiredText(40),
  boothId: optionalText(40),
  productIds: z.array(z.string().max(40)).max(20, "fairs.errors.tooManyProducts").optional().transform((v) => v ?? []),
  waiverRequested: checkbox,
  note: optionalText(1000),
});
export type RegisterFields = z.output<typeof RegisterSchema>;

export const RegistrationIdSchema = z.object({ registrationId: requiredText(40) });
export const RejectSchema = z.object({ registrationId: requiredText(40), reason: requiredText(1000) });
export const MoveSchema = z.object({ registrationId: requiredText(40), boothId: requiredText(40) });

export const ResultsSchema = z.object({
  registrationId: requiredText(40),
  salesVnd: z.string({ required_error: "errors.required" }).transform((value, ctx) => {
    const digits = value.replace(/[.,\s₫đ]/giu, "");
    if (!/^\d{1,15}$/.test(digits)) {
      ctx.addIssue({ code: "custom", message: "fairs.errors.money" });
      return z.NEVER;
    }
    return BigInt(digits);
  }),
  visitors: int(0, 10_000_000),
  contacts: int(0, 1_000_000),
  comment: optionalText(2000),
});
export type ResultsFields = z.output<typeof ResultsSchema>;

export const CheckInSchema = z.object({ code: requiredText(60) });

export const PublicFairFiltersSchema = z.object({
  province: z.string().max(10).optional().catch(undefined),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});

/** A stored fair as the form's default values (strings, Vietnam wall-clock times). */
export function fairFormDefaults(fair?: {
  name: string;
  description: string | null;
  venue: string;
  provinceCode: string;
  communeCode: string;
  latitude: number | null;
  longitude: number | null;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  verifiedOnly: boolean;
  eligibleCategoryId: string | null;
  ocopPriority: boolean;
  ownCommunePriority: boolean;
  allowBoothChoice: boolean;
  holdHours: number;
  planWidth: number;
  planDepth: number;
  planAisles: string;
  entranceX: number | null;
  entranceY: number | null;
}) {
  const s = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return {
    name: fair?.name ?? "",
    description: fair?.description ?? "",
    venue: fair?.venue ?? "",
    provinceCode: fair?.provinceCode ?? "",
    communeCode: fair?.communeCode ?? "",
    latitude: s(fair?.latitude),
    longitude: s(fair?.longitude),
    startsAt: fair ? toVnDateTimeInput(fair.startsAt) : "",
    endsAt: fair ? toVnDateTimeInput(fair.endsAt) : "",
    registrationOpensAt: fair ? toVnDateTimeInput(fair.registrationOpensAt) : "",
    registrationClosesAt: fair ? toVnDateTimeInput(fair.registrationClosesAt) : "",
    verifiedOnly: fair?.verifiedOnly ?? true,
    eligibleCategoryId: fair?.eligibleCategoryId ?? "",
    ocopPriority: fair?.ocopPriority ?? false,
    ownCommunePriority: fair?.ownCommunePriority ?? false,
    allowBoothChoice: fair?.allowBoothChoice ?? true,
    holdHours: s(fair?.holdHours ?? 48),
    planWidth: s(fair?.planWidth ?? 40),
    planDepth: s(fair?.planDepth ?? 20),
    planAisles: fair?.planAisles ?? "",
    entranceX: s(fair?.entranceX),
    entranceY: s(fair?.entranceY),
  };
}

export const IntentOnlySchema = z.object({ intent: z.string() });
