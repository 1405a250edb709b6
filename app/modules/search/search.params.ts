// The constants and helpers of /search that the browser needs, without Zod: the header combobox
// (on every page) and the results page import these, so Zod stays out of their JavaScript.
// search.schema.ts re-exports them next to the Zod schema the loaders parse with.
import type { SearchParams } from "./search.schema";

export const SEARCH_PER_PAGE = 20;
export const SEARCH_API_MAX_PER_PAGE = 100;
export const SEARCH_SORTS = ["relevance", "newest", "distance"] as const;
/** The combobox asks from this many typed characters on, and shows at most this many options. */
export const SUGGEST_MIN_CHARS = 2;
export const SUGGEST_LIMIT = 8;
/** The filters a result page can carry, in the order the sidebar shows them. */
export const SEARCH_FILTER_PARAMS = ["type", "category", "province", "commune", "stars", "certified"] as const;
export type SearchFilterParam = (typeof SEARCH_FILTER_PARAMS)[number];

/** Which filters are set, as URL values (for "remove this filter" links and the API echo). */
export function activeFilters(params: SearchParams): Partial<Record<SearchFilterParam, string>> {
  const out: Partial<Record<SearchFilterParam, string>> = {};
  if (params.type) out.type = params.type;
  if (params.category) out.category = params.category;
  if (params.province) out.province = params.province;
  if (params.commune) out.commune = params.commune;
  if (params.stars) out.stars = String(params.stars);
  if (params.certified) out.certified = params.certified;
  return out;
}
