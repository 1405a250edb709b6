// The one search contract of the platform. Both engines (embedded SQLite FTS5 and
// Meilisearch) implement `SearchEngine` and pass the same contract suite
// (search.contract.test.ts). Documents are what the public may see: published products,
// verified producers and certified sales points — nothing else is ever indexed.
import type { Tx } from "~/utils/db.server";

export const SEARCH_DOCUMENT_TYPES = ["product", "producer", "salesPoint"] as const;
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number];
export type SearchDocumentId = `${SearchDocumentType}:${string}`;

export interface SearchDocument {
  id: SearchDocumentId;
  type: SearchDocumentType;
  /** product name, business name or sales point name, as written (with tones) */
  title: string;
  /** one line under the title: producer and place, or the address */
  subtitle: string;
  /** longer text: description, ingredients, category and place names */
  body: string;
  /**
   * pre-2025 district and province names of the document's commune ("Phan Thiết Bình Thuận"),
   * searched with a low weight and never shown
   */
  oldPlaceNames?: string;
  url: string;
  categoryId?: string;
  categorySlug?: string;
  provinceCode?: string;
  communeCode?: string;
  /** highest valid OCOP star rating (3, 4 or 5) */
  ocopStars?: number;
  /** holds a valid certificate (OCOP / HVNCLC for products and producers, the sales-point one) */
  certified: boolean;
  lat?: number;
  lng?: number;
  /** ms since epoch: approval, verification or certification time */
  publishedAt: number;
}

export type SearchSort = "relevance" | "distance" | "newest";

export interface SearchQuery {
  q: string;
  type?: SearchDocumentType;
  categoryId?: string;
  provinceCode?: string;
  communeCode?: string;
  minStars?: number;
  certified?: boolean;
  near?: { lat: number; lng: number };
  sort: SearchSort;
  /** 1-based */
  page: number;
  perPage: number;
}

/** A run of text that did or did not match the query: render matches in <mark>. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  doc: SearchDocument;
  highlight: { title: HighlightSegment[]; body: HighlightSegment[] };
  /** great-circle distance from `query.near`, when both points are known */
  distanceKm?: number;
}

export const FACET_NAMES = ["type", "category", "province", "commune", "stars", "certified"] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/**
 * Counts over every document that matches the text and all filters. Documents without a
 * value (no category, no stars) are not counted under that facet; `type` and `certified`
 * always sum to `total`. `certified` keys are "true" / "false"; `stars` keys "3" | "4" | "5".
 */
export type SearchFacets = Record<FacetName, Record<string, number>>;

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: SearchFacets;
  /** the corrected query when typo tolerance changed a word */
  didYouMean?: string;
}

export type RebuildProgress = (progress: { done: number; total: number; phase: string }) => void;

export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Adds or replaces documents. With `tx`, the change commits (or not) with the caller's writes. */
  index(docs: SearchDocument[], tx?: Tx): Promise<void>;
  remove(ids: SearchDocumentId[], tx?: Tx): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Re-reads every public document from the database and replaces the whole index. */
  rebuild(onProgress?: RebuildProgress): Promise<{ documents: number }>;
}

export function emptyFacets(): SearchFacets {
  return { type: {}, category: {}, province: {}, commune: {}, stars: {}, certified: {} };
}
