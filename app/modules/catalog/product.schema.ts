// Form schemas of the product workflow, shared by the browser (Conform onValidate) and the
// actions (parseWithZod) and by the CSV import. Messages are locale keys. Existence of the
// category and commune, uniqueness and state transitions are checked in the modules.
import { z } from "zod";
import { isDateKey } from "~/utils/dates";
import { parseVnd } from "~/utils/money";

/**
 * The column is a 32-bit Int in the database, so 2 billion đồng is the ceiling; far above any
 * indicative retail price of the campaign's goods.
 */
export const MAX_PRICE_VND = 2_000_000_000;
export const MAX_PHOTOS = 10;
export const OCOP_STARS = [3, 4, 5] as const;
export const CERTIFICATE_KINDS = ["OCOP", "HVNCLC", "OTHER"] as const;
export type ProductCertificateKind = (typeof CERTIFICATE_KINDS)[number];

const optionalText = (max: number) => z.string().trim().max(max, "errors.tooLong").optional();

/** Accepts a number (import) or what a person types ("150.000", "150000 ₫"); empty means none. */
const priceVnd = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") {
      if (value.trim() === "") return undefined;
      return parseVnd(value) ?? Number.NaN;
    }
    return value;
  },
  z
    .number({ invalid_type_error: "products.errors.priceInvalid" })
    .int("products.errors.priceInvalid")
    .min(0, "products.errors.priceInvalid")
    .max(MAX_PRICE_VND, "products.errors.priceTooHigh")
    .optional(),
);

export const ProductFieldsSchema = z.object({
  name: z
    .string({ required_error: "errors.required" })
    .trim()
    .min(2, "products.errors.nameShort")
    .max(200, "errors.tooLong"),
  categoryId: z.string({ required_error: "products.errors.categoryRequired" }).trim().min(1, "products.errors.categoryRequired"),
  description: optionalText(5000),
  unit: optionalText(50),
  priceVnd,
  originCommuneCode: z.string().trim().max(10, "errors.invalidChoice").optional(),
  ingredients: optionalText(2000),
});
export type ProductFields = z.infer<typeof ProductFieldsSchema>;

export const PRODUCT_FIELD_NAMES = ["name", "categoryId", "description", "unit", "priceVnd", "originCommuneCode", "ingredients"] as const;
export type ProductFieldName = (typeof PRODUCT_FIELD_NAMES)[number];

// ───────────── business product page: one form per intent ─────────────

export const PRODUCT_INTENTS = {
  update: "update",
  addPhotos: "add-photos",
  removePhoto: "remove-photo",
  movePhoto: "move-photo",
  addOcop: "add-ocop",
  addHvnclc: "add-hvnclc",
  addOther: "add-other",
  removeCertificate: "remove-certificate",
  submit: "submit",
  withdrawRevision: "withdraw-revision",
  unpublish: "unpublish",
} as const;

const requiredDate = () => z.string({ required_error: "errors.required" }).trim().refine(isDateKey, "products.errors.dateInvalid");
const optionalDate = () => z.string().trim().refine(isDateKey, "products.errors.dateInvalid").optional();
const certNumber = z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(100, "errors.tooLong");
const certIssuer = z.string({ required_error: "errors.required" }).trim().min(2, "errors.required").max(200, "errors.tooLong");
/** Parsed by Conform's memory upload handler; empty file inputs arrive as undefined. */
const documentFile = z.instanceof(File).optional();

export const OcopCertificateSchema = z.object({
  intent: z.literal(PRODUCT_INTENTS.addOcop),
  stars: z.coerce
    .number({ required_error: "products.errors.starsRequired", invalid_type_error: "products.errors.starsRequired" })
    .int("products.errors.starsRequired")
    .refine((n) => (OCOP_STARS as readonly number[]).includes(n), "products.errors.starsRequired"),
  number: certNumber,
  issuer: certIssuer,
  issuedOn: requiredDate(),
  expiresOn: optionalDate(),
  document: documentFile,
});

export const HvnclcCertificateSchema = z.object({
  intent: z.literal(PRODUCT_INTENTS.addHvnclc),
  year: z.coerce
    .number({ required_error: "products.errors.yearInvalid", invalid_type_error: "products.errors.yearInvalid" })
    .int("products.errors.yearInvalid")
    .min(1997, "products.errors.yearInvalid")
    .max(2100, "products.errors.yearInvalid"),
  number: certNumber,
  issuer: certIssuer,
  issuedOn: optionalDate(),
  document: documentFile,
});

export const OtherCertificateSchema = z.object({
  intent: z.literal(PRODUCT_INTENTS.addOther),
  title: z.string({ required_error: "errors.required" }).trim().min(2, "errors.required").max(200, "errors.tooLong"),
  number: certNumber,
  issuer: certIssuer,
  issuedOn: requiredDate(),
  expiresOn: optionalDate(),
  document: documentFile,
});

export const ProductUpdateSchema = ProductFieldsSchema.extend({ intent: z.literal(PRODUCT_INTENTS.update) });
export const AddPhotosSchema = z.object({
  intent: z.literal(PRODUCT_INTENTS.addPhotos),
  photos: z.array(z.instanceof(File), { required_error: "products.errors.photoRequired" }).min(1, "products.errors.photoRequired"),
});
export const RemovePhotoSchema = z.object({ intent: z.literal(PRODUCT_INTENTS.removePhoto), photoId: z.string().min(1) });
export const MovePhotoSchema = z.object({
  intent: z.literal(PRODUCT_INTENTS.movePhoto),
  photoId: z.string().min(1),
  direction: z.enum(["up", "down"]),
});
export const RemoveCertificateSchema = z.object({ intent: z.literal(PRODUCT_INTENTS.removeCertificate), certificateId: z.string().min(1) });
export const SubmitSchema = z.object({ intent: z.literal(PRODUCT_INTENTS.submit) });
export const WithdrawRevisionSchema = z.object({ intent: z.literal(PRODUCT_INTENTS.withdrawRevision) });
export const BusinessUnpublishSchema = z.object({ intent: z.literal(PRODUCT_INTENTS.unpublish) });

export const BusinessProductActionSchema = z.discriminatedUnion("intent", [
  ProductUpdateSchema,
  AddPhotosSchema,
  RemovePhotoSchema,
  MovePhotoSchema,
  OcopCertificateSchema,
  HvnclcCertificateSchema,
  OtherCertificateSchema,
  RemoveCertificateSchema,
  SubmitSchema,
  WithdrawRevisionSchema,
  BusinessUnpublishSchema,
]);

// ───────────── office review page ─────────────

export const REVIEW_INTENTS = { approve: "approve", requestChanges: "request-changes", unpublish: "unpublish" } as const;

const reviewNote = z
  .string({ required_error: "products.errors.noteRequired" })
  .trim()
  .min(5, "products.errors.noteRequired")
  .max(2000, "errors.tooLong");

export const ApproveSchema = z.object({ intent: z.literal(REVIEW_INTENTS.approve) });
export const RequestChangesSchema = z.object({ intent: z.literal(REVIEW_INTENTS.requestChanges), note: reviewNote });
export const OfficeUnpublishSchema = z.object({ intent: z.literal(REVIEW_INTENTS.unpublish), reason: reviewNote });
export const ReviewActionSchema = z.discriminatedUnion("intent", [ApproveSchema, RequestChangesSchema, OfficeUnpublishSchema]);

/** Review queue filters (GET form). */
export const ReviewQueueFilterSchema = z.object({
  commune: z.string().trim().max(10).optional(),
  category: z.string().trim().max(40).optional(),
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
});
export type ReviewQueueFilter = z.infer<typeof ReviewQueueFilterSchema>;
