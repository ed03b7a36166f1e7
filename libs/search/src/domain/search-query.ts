import type { ListingKind } from '@rongtong/listings';
import type { SearchDocument } from './search-document';

export const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'distance'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchFilters {
  kind?: ListingKind;
  /** Category name or slug. */
  category?: string;
  /** A prefix of the region code: `32` Jiangsu, `3205` Suzhou. */
  region?: string;
  park?: string;
  priceMin?: number;
  priceMax?: number;
  /** Every one must be held. */
  certifications?: string[];
  serviceMode?: string;
  patentType?: string;
  licenceType?: string;
  openLicence?: boolean;
  /** Equipment free for `minutes` in one stretch within `[from, to)` (resolved to `ids` before an engine runs). */
  freeTime?: { from: Date; to: Date; minutes: number };
  /** Only these listings: what a filter resolved outside the engines (free time). Never empty. */
  ids?: string[];
}

export interface SearchQuery {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  /** For distance sorting and radius filtering. */
  near?: { lat: number; lng: number; radiusKm?: number };
  page: number;
  limit: number;
  /** Parks the caller's organizations belong to: park-only listings of those parks are visible. */
  viewerParkIds: string[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** Fragments with matches wrapped in <em>…</em>; the rest of the text escaped. */
  highlights: { title?: string; description?: string };
  document: SearchDocument;
  distanceKm?: number;
}

export type FacetCounts = Record<string, number>;

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: { kind: FacetCounts; category: FacetCounts; region: FacetCounts; certifications: FacetCounts };
  page: number;
  limit: number;
  engine: 'postgres' | 'meilisearch';
}

/** One search engine. Two implement it: PostgreSQL (default, fallback) and Meilisearch. */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Adds or replaces documents. */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(prefix: string, limit: number): Promise<string[]>;
  /** Every indexed id with its `updatedAt`, for drift checks. */
  indexedVersions(): Promise<Map<string, string>>;
  /** Throws when the engine cannot serve queries. */
  ping(): Promise<void>;
}
