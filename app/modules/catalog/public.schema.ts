// Query parameters of the public catalogue pages and the open-data JSON, shared by the filter
// forms (browser) and the loaders. Empty values mean "all"; pages parse leniently, the API strictly.
import { z } from "zod";

import { API_MAX_PER_PAGE, CATALOG_PER_PAGE, LEGAL_FORMS, PRODUCT_LABELS, PRODUCT_SORTS } from "./public.constants";

export {
  API_MAX_PER_PAGE,
  CATALOG_PER_PAGE,
  LEGAL_FORMS,
  PRODUCT_LABELS,
  PRODUCT_SORTS,
  type LegalForm,
  type ProductSort,
} from "./public.constants";

const placeCode = z.string().trim().regex(/^\d{1,10}$/, "invalid code");
const slugParam = z.string().trim().regex(/^[a-z0-9-]{1,120}$/, "invalid slug");
const page = z.coerce.number().int().min(1).max(100_000).default(1);
const perPage = z.coerce.number().int().min(1).max(API_MAX_PER_PAGE).default(CATALOG_PER_PAGE);

export const ProductQuerySchema = z.object({
  category: slugParam.optional(),
  province: placeCode.optional(),
  commune: placeCode.optional(),
  stars: z.coerce.number().int().min(1).max(5).optional(),
  label: z.enum(PRODUCT_LABELS).optional(),
  sort: z.enum(PRODUCT_SORTS).default("newest"),
  page,
  perPage,
});
export type ProductQuery = z.infer<typeof ProductQuerySchema>;

export const ProducerQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  province: placeCode.optional(),
  commune: placeCode.optional(),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  category: slugParam.optional(),
  page,
  perPage,
});
export type ProducerQuery = z.infer<typeof ProducerQuerySchema>;

export type QueryParse<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

/**
 * Reads URL parameters; empty values ("all" in a select) count as absent. `lenient` (HTML
 * pages) drops a malformed parameter instead of failing, so a mistyped link still shows the
 * list; the JSON API is strict and reports the problem.
 */
export function parseCatalogQuery<S extends z.ZodTypeAny>(
  schema: S,
  params: URLSearchParams,
  { lenient = false }: { lenient?: boolean } = {},
): QueryParse<z.infer<S>> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value.trim() !== "") raw[key] = value;
  let parsed = schema.safeParse(raw);
  if (!parsed.success && lenient) {
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
    parsed = schema.safeParse(raw);
  }
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
  return { ok: false, errors };
}

