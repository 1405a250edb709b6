// Parameters of /search, /api/v1/search and /api/search-suggest, shared by the pages and the
// JSON endpoints (no server imports: the header combobox reads the limits too). Empty values
// mean "no filter"; the page parses leniently, the open-data API strictly (400 on bad input).
import { z } from "zod";
import { SEARCH_API_MAX_PER_PAGE, SEARCH_PER_PAGE, SEARCH_SORTS } from "./search.params";
import { SEARCH_DOCUMENT_TYPES, type SearchQuery } from "./search.types";

export {
  SEARCH_PER_PAGE,
  SEARCH_API_MAX_PER_PAGE,
  SEARCH_SORTS,
  SUGGEST_MIN_CHARS,
  SUGGEST_LIMIT,
  SEARCH_FILTER_PARAMS,
  activeFilters,
  type SearchFilterParam,
} from "./search.params";

const placeCode = z.string().trim().regex(/^\d{1,10}$/, "invalid code");
const near = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, "expected lat,lng")
  .transform((value, ctx) => {
    const [lat, lng] = value.split(",").map(Number) as [number, number];
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "out of range" });
      return z.NEVER;
    }
    return { lat, lng };
  });

export const SearchParamsSchema = z.object({
  q: z.string().trim().max(200, "too long").default(""),
  type: z.enum(SEARCH_DOCUMENT_TYPES).optional(),
  category: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "invalid id")
    .optional(),
  province: placeCode.optional(),
  commune: placeCode.optional(),
  stars: z.coerce.number().int().min(1).max(5).optional(),
  certified: z.enum(["true", "false"]).optional(),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
  near: near.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  perPage: z.coerce.number().int().min(1).max(SEARCH_API_MAX_PER_PAGE).default(SEARCH_PER_PAGE),
});
export type SearchParams = z.infer<typeof SearchParamsSchema>;

export type SearchParamsParse = { ok: true; value: SearchParams } | { ok: false; errors: Record<string, string[]> };

/**
 * Reads URL parameters. `lenient` (the HTML page) drops a malformed parameter instead of
 * failing, so a mistyped link still searches; the JSON API reports the problem.
 */
export function parseSearchParams(params: URLSearchParams, { lenient = false } = {}): SearchParamsParse {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value.trim() !== "" && !(key in raw)) raw[key] = value;
  let parsed = SearchParamsSchema.safeParse(raw);
  if (!parsed.success && lenient) {
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
    parsed = SearchParamsSchema.safeParse(raw);
  }
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
  return { ok: false, errors };
}

/** The engine's query for parsed parameters ("distance" without `near` falls back to relevance). */
export function toSearchQuery(params: SearchParams): SearchQuery {
  return {
    q: params.q,
    type: params.type,
    categoryId: params.category,
    provinceCode: params.province,
    communeCode: params.commune,
    minStars: params.stars,
    certified: params.certified === undefined ? undefined : params.certified === "true",
    near: params.near,
    sort: params.sort === "distance" && !params.near ? "relevance" : params.sort,
    page: params.page,
    perPage: params.perPage,
  };
}
