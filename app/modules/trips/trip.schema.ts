// Forms of the trips feature, shared by the browser and the actions. Messages are locale keys;
// the small field builders (required text, Vietnam wall-clock date-time, đồng) are the fairs'
// ones, so both features read and write times and money the same way.
import { z } from "zod";
import { checkbox, dateTime, int, money, optionalText, requiredText } from "~/modules/fairs/fair.schema";

export { toVnDateTimeInput } from "~/modules/fairs/fair.schema";

export const TRIP_INTENTS = {
  save: "save",
  publish: "publish",
  close: "close",
  finish: "finish",
  cancel: "cancel",
  addStop: "addStop",
  editStop: "editStop",
  moveStop: "moveStop",
  removeStop: "removeStop",
  chooseProvince: "chooseProvince",
  invite: "invite",
  approve: "approve",
  reject: "reject",
  cancelParticipant: "cancelParticipant",
  markPaid: "markPaid",
  checkIn: "checkIn",
  inspect: "inspect",
  visitors: "visitors",
  accept: "accept",
  decline: "decline",
  apply: "apply",
  withdraw: "withdraw",
  reportSales: "reportSales",
} as const;

export const TripFieldsSchema = z.object({
  name: requiredText(200),
  description: optionalText(5000),
  capacity: int(1, 500),
  feeVnd: money,
  verifiedOnly: checkbox,
  openToApplications: checkbox,
  eligibleCategoryId: optionalText(40),
});
export type TripFields = z.output<typeof TripFieldsSchema>;

export const StopFieldsSchema = z
  .object({
    provinceCode: requiredText(10),
    communeCode: requiredText(10),
    venue: requiredText(300),
    address: optionalText(500),
    latitude: z.number({ invalid_type_error: "trips.errors.coordinate" }).min(8, "trips.errors.coordinate").max(24, "trips.errors.coordinate").optional(),
    longitude: z.number({ invalid_type_error: "trips.errors.coordinate" }).min(102, "trips.errors.coordinate").max(110, "trips.errors.coordinate").optional(),
    startsAt: dateTime,
    endsAt: dateTime,
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "trips.errors.endsBeforeStart" });
    if ((v.latitude === undefined) !== (v.longitude === undefined)) ctx.addIssue({ code: "custom", path: ["longitude"], message: "trips.errors.coordinatePair" });
  });
export type StopFields = z.output<typeof StopFieldsSchema>;

export const StopIdSchema = z.object({ stopId: requiredText(40) });
export const MoveStopSchema = z.object({ stopId: requiredText(40), direction: z.enum(["up", "down"]) });
export const ReasonSchema = z.object({ reason: requiredText(1000) });
export const ParticipantIdSchema = z.object({ participantId: requiredText(40) });
export const RejectSchema = z.object({ participantId: requiredText(40), reason: requiredText(1000) });
export const InviteSchema = z.object({
  businessIds: z.array(z.string().max(40), { required_error: "trips.errors.pickBusinesses" }).min(1, "trips.errors.pickBusinesses").max(200),
});

export const CandidateFiltersSchema = z.object({
  category: z.string().max(40).optional().catch(undefined),
  commune: z.string().max(10).optional().catch(undefined),
  stars: z.coerce.number().int().min(3).max(5).optional().catch(undefined),
  minProducts: z.coerce.number().int().min(0).max(1000).optional().catch(undefined),
});
export type CandidateFilters = z.output<typeof CandidateFiltersSchema>;

export const CheckInSchema = z.object({ stopId: requiredText(40), code: requiredText(60) });

export const InspectionSchema = z.object({
  stopId: requiredText(40),
  participantId: requiredText(40),
  vietnameseOrigin: checkbox,
  labelling: checkbox,
  expiryDates: checkbox,
  pricesDisplayed: checkbox,
  passed: z.enum(["pass", "fail"], { required_error: "trips.errors.passOrFail", invalid_type_error: "trips.errors.passOrFail" }).transform((v) => v === "pass"),
  notes: optionalText(2000),
});
export type InspectionFields = z.output<typeof InspectionSchema>;

export const VisitorsSchema = z.object({ stopId: requiredText(40), visitors: int(0, 10_000_000) });

const bigDong = z.string({ required_error: "errors.required" }).transform((value, ctx) => {
  const digits = value.replace(/[.,\s₫đ]/giu, "");
  if (!/^\d{1,15}$/.test(digits)) {
    ctx.addIssue({ code: "custom", message: "trips.errors.money" });
    return z.NEVER;
  }
  return BigInt(digits);
});
export const SalesSchema = z.object({ participantId: requiredText(40), stopId: requiredText(40), salesVnd: bigDong });
export type SalesFields = z.output<typeof SalesSchema>;

export const ApplySchema = z.object({ tripId: requiredText(40), waiverRequested: checkbox, note: optionalText(1000) });

/** A stored trip as form defaults (strings). */
export function tripFormDefaults(trip?: { name: string; description: string | null; capacity: number; feeVnd: number; verifiedOnly: boolean; openToApplications: boolean; eligibleCategoryId: string | null }) {
  return {
    name: trip?.name ?? "",
    description: trip?.description ?? "",
    capacity: String(trip?.capacity ?? 15),
    feeVnd: String(trip?.feeVnd ?? 0),
    verifiedOnly: trip?.verifiedOnly ?? true,
    openToApplications: trip?.openToApplications ?? false,
    eligibleCategoryId: trip?.eligibleCategoryId ?? "",
  };
}
