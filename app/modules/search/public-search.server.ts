// What the public search pages and JSON endpoints show: one engine query, facet counts turned
// into labelled options, and small suggestion payloads for the header combobox. Only indexed
// (public) documents can appear, so nothing here needs the actor.
import type { Language } from "~/i18n";
import { absoluteUrl } from "~/modules/catalog/public.server";
import type { Tx } from "~/utils/db.server";
import { facetNames, type FacetNames } from "./facet-labels.server";
import { getSearchEngine } from "./index.server";
import { activeFilters, SUGGEST_LIMIT, SUGGEST_MIN_CHARS, toSearchQuery, type SearchParams } from "./search.schema";
import {
  SEARCH_DOCUMENT_TYPES,
  type HighlightSegment,
  type SearchDocumentType,
  type SearchEngine,
  type SearchFacets,
  type SearchHit,
} from "./search.types";

type Reader = Pick<Tx, "category" | "province" | "commune">;

export interface FacetOption {
  /** the URL value that selects this option */
  value: string;
  /** a name from the catalogue (categories, places); types, stars and "certified" are labelled by the UI */
  label?: string;
  count: number;
}

export interface SearchFacetGroups {
  type: FacetOption[];
  category: FacetOption[];
  province: FacetOption[];
  commune: FacetOption[];
  /** "at least n stars", so a count includes the higher ratings */
  stars: FacetOption[];
  certified: FacetOption[];
}

export interface PublicSearchHit {
  id: string;
  type: SearchDocumentType;
  title: string;
  subtitle: string;
  url: string;
  highlight: { title: HighlightSegment[]; body: HighlightSegment[] };
  ocopStars: number | null;
  certified: boolean;
  distanceKm: number | null;
}

export interface PublicSearchPage {
  total: number;
  page: number;
  perPage: number;
  pages: number;
  hits: PublicSearchHit[];
  facets: SearchFacetGroups;
  /** names of the active filters, for "remove filter" links */
  names: FacetNames;
  didYouMean: string | null;
}

const FACET_LIMIT = { category: 15, province: 12, commune: 12 } as const;
const collator = new Intl.Collator("vi");

function namedOptions(counts: Record<string, number>, names: Record<string, string>, limit: number): FacetOption[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, label: names[value] ?? value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))
    .slice(0, limit);
}

export function facetGroups(facets: SearchFacets, names: FacetNames): SearchFacetGroups {
  const starCount = (min: number) =>
    Object.entries(facets.stars).reduce((sum, [stars, count]) => (Number(stars) >= min ? sum + count : sum), 0);
  return {
    type: SEARCH_DOCUMENT_TYPES.filter((type) => (facets.type[type] ?? 0) > 0).map((type) => ({ value: type, count: facets.type[type]! })),
    category: namedOptions(facets.category, names.category, FACET_LIMIT.category),
    province: namedOptions(facets.province, names.province, FACET_LIMIT.province),
    commune: namedOptions(facets.commune, names.commune, FACET_LIMIT.commune),
    stars: [5, 4, 3].map((min) => ({ value: String(min), count: starCount(min) })).filter((o) => o.count > 0),
    certified: (facets.certified.true ?? 0) > 0 ? [{ value: "true", count: facets.certified.true! }] : [],
  };
}

function toPublicHit(hit: SearchHit): PublicSearchHit {
  const { doc } = hit;
  return {
    id: doc.id,
    type: doc.type,
    title: doc.title,
    subtitle: doc.subtitle,
    url: doc.url,
    highlight: hit.highlight,
    ocopStars: doc.ocopStars ?? null,
    certified: doc.certified,
    distanceKm: hit.distanceKm === undefined ? null : Math.round(hit.distanceKm * 10) / 10,
  };
}

export async function searchPublic(
  client: Reader,
  { params, language, engine = getSearchEngine() }: { params: SearchParams; language: Language; engine?: SearchEngine },
): Promise<PublicSearchPage> {
  const query = toSearchQuery(params);
  const result = await engine.search(query);
  const names = await facetNames(client, {
    facets: result.facets,
    language,
    also: { category: params.category, province: params.province, commune: params.commune },
  });
  return {
    total: result.total,
    page: query.page,
    perPage: query.perPage,
    pages: Math.max(1, Math.ceil(result.total / query.perPage)),
    hits: result.hits.map(toPublicHit),
    facets: facetGroups(result.facets, names),
    names,
    didYouMean: result.didYouMean ?? null,
  };
}

export interface SearchSuggestion {
  title: string;
  subtitle: string;
  type: SearchDocumentType;
  url: string;
  /** the title split into matched and unmatched runs */
  highlight: HighlightSegment[];
}

/**
 * Up to SUGGEST_LIMIT best matches for what is typed so far; nothing under SUGGEST_MIN_CHARS.
 * The engine reads the last word as a prefix from one letter on ("nuoc m"), as /search does.
 */
export async function suggestPublic({ q, engine = getSearchEngine() }: { q: string; engine?: SearchEngine }): Promise<SearchSuggestion[]> {
  const text = q.slice(0, 100);
  if (text.trim().length < SUGGEST_MIN_CHARS) return [];
  // A trailing space stays: it tells the engine the last word is finished.
  const result = await engine.search({ q: text, sort: "relevance", page: 1, perPage: SUGGEST_LIMIT });
  return result.hits.map((hit) => toSuggestion(hit, hit.highlight.title));
}

function toSuggestion({ doc }: SearchHit, highlight: HighlightSegment[]): SearchSuggestion {
  return { title: doc.title, subtitle: doc.subtitle, type: doc.type, url: doc.url, highlight };
}

/** The open-data body of /api/v1/search: absolute URLs, highlights as segment arrays. */
export function searchApiBody(params: SearchParams, page: PublicSearchPage) {
  const labelled = (options: FacetOption[]) => options.map(({ value, label, count }) => (label === undefined ? { value, count } : { value, label, count }));
  return {
    query: {
      q: params.q,
      ...activeFilters(params),
      sort: params.sort === "distance" && !params.near ? "relevance" : params.sort,
      ...(params.near ? { near: `${params.near.lat},${params.near.lng}` } : {}),
    },
    total: page.total,
    page: page.page,
    perPage: page.perPage,
    pages: page.pages,
    didYouMean: page.didYouMean,
    data: page.hits.map((hit) => ({
      id: hit.id,
      type: hit.type,
      title: hit.title,
      subtitle: hit.subtitle,
      url: absoluteUrl(hit.url),
      highlight: hit.highlight,
      ocopStars: hit.ocopStars,
      certified: hit.certified,
      ...(hit.distanceKm === null ? {} : { distanceKm: hit.distanceKm }),
    })),
    facets: {
      type: labelled(page.facets.type),
      category: labelled(page.facets.category),
      province: labelled(page.facets.province),
      commune: labelled(page.facets.commune),
      stars: labelled(page.facets.stars),
      certified: labelled(page.facets.certified),
    },
  };
}
