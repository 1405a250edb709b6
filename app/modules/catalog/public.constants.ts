// The choices of the public catalogue's filter forms, without Zod: the /products and /producers
// pages render them in the browser, so they must not pull in the schemas of public.schema.ts.
export const CATALOG_PER_PAGE = 24;
export const API_MAX_PER_PAGE = 100;
export const PRODUCT_SORTS = ["newest", "name", "stars", "price_asc", "price_desc"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
export const PRODUCT_LABELS = ["ocop", "hvnclc"] as const;
export const LEGAL_FORMS = ["ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
