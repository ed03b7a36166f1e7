import type { ListingKind } from '@rongtong/listings';
import type { SearchDocument } from './search-document';
import type { SupplierDocument, SupplierSearchQuery, SupplierSearchResult } from './supplier-document';

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
  /**
   * Set when no listing has every word of the query and the engine relaxed it: `dropped`
   * are the words the first hit lacks (unknown and least informative words go first),
   * `kept` those it has; hits covering more of the query rank higher. Filters are never
   * relaxed.
   */
  relaxed?: RelaxedQuery;
  /** When nothing is found: words the searcher might try instead (the index's terms). */
  suggestions?: string[];
}

export interface RelaxedQuery {
  dropped: string[];
  kept: string[];
}

/**
 * What a relaxed answer dropped and kept, from the words each hit has (in query order):
 * undefined when some hit has them all, or when there is nothing to relax.
 */
export function relaxation(words: readonly string[], has: ReadonlyArray<readonly boolean[]>): RelaxedQuery | undefined {
  if (words.length < 2 || has.length === 0 || has.some((h) => h.length === words.length && h.every(Boolean)))
    return undefined;
  const first = has[0];
  const dropped = words.filter((_, i) => !first[i]);
  const kept = words.filter((_, i) => first[i]);
  return dropped.length && kept.length ? { dropped, kept } : undefined;
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
  /** The supplier directory's documents (one per enterprise), beside the listings'. */
  upsertSuppliers(documents: SupplierDocument[]): Promise<void>;
  removeSuppliers(ids: string[]): Promise<void>;
  searchSuppliers(query: SupplierSearchQuery): Promise<SupplierSearchResult>;
  /** Every enterprise the directory holds, for rebuilds. */
  indexedSupplierIds(): Promise<Set<string>>;
}
