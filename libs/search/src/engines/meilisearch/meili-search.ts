import type { FacetDistribution, SearchParams, SearchResponse } from 'meilisearch';
import {
  type FacetCounts,
  relaxation,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../../domain/search-query';
import { SYNONYM_EXPANSIONS, SYNONYM_GROUPS } from '../../domain/synonyms';
import { type MeiliDocument, searchDocumentFrom } from './meili-document';
import { meiliFilter, meiliSort } from './meili-filters';
import { FACET_ATTRIBUTES } from './meili-settings';

/** A stored document as a hit returns it; `_geoDistance` (metres) comes with a `_geoPoint` sort. */
export type MeiliHit = MeiliDocument & { _geoDistance?: number };

/**
 * Meilisearch does not escape the text around its highlight tags. It marks matches with
 * private-use characters instead, the whole fragment is HTML-escaped, and only then do
 * the marks become `<em>` tags: no markup from a listing reaches the page.
 */
const MATCH_START = '\uE000';
const MATCH_END = '\uE001';
const CROP_WORDS = 40;

/** Page-numbered search parameters: Meilisearch then answers with an exact `totalHits`. */
export type MeiliSearchParams = SearchParams & { page: number; hitsPerPage: number };

export function meiliSearchParams(query: SearchQuery): MeiliSearchParams {
  const sort = meiliSort(query);
  return {
    filter: meiliFilter(query),
    ...(sort.length > 0 ? { sort } : {}),
    facets: Object.values(FACET_ATTRIBUTES),
    // Every attribute marked: what matched in each hit tells which words a relaxed answer dropped.
    attributesToHighlight: ['*'],
    attributesToCrop: ['description'],
    cropLength: CROP_WORDS,
    cropMarker: '…',
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
    showRankingScore: true,
    // No dead ends: when no listing has every word, drop the commonest (least informative)
    // words first, as the PostgreSQL engine ranks by how much of the query a listing covers.
    matchingStrategy: 'frequency',
    page: query.page,
    hitsPerPage: query.limit,
  };
}

export function meiliSearchResult(
  response: SearchResponse<MeiliHit, MeiliSearchParams>,
  query: SearchQuery,
): SearchResult {
  const facets = response.facetDistribution ?? {};
  const words = queryWords(query.q);
  const relaxed =
    words.length > 1 && query.sort === 'relevance' && query.page === 1
      ? relaxation(
          words,
          response.hits.map((hit) => covered(words, markedTexts(hit._formatted))),
        )
      : undefined;
  return {
    hits: response.hits.map((hit): SearchHit => {
      const highlights: SearchHit['highlights'] = {};
      const title = matchedFragment(hit._formatted?.title);
      const description = matchedFragment(hit._formatted?.description);
      if (title !== undefined) highlights.title = title;
      if (description !== undefined) highlights.description = description;
      const distanceKm = hitDistanceKm(hit, query);
      return {
        id: hit.id,
        score: hit._rankingScore ?? 0,
        highlights,
        document: searchDocumentFrom(hit),
        ...(distanceKm === undefined ? {} : { distanceKm }),
      };
    }),
    total: response.totalHits,
    facets: {
      kind: facetCounts(facets, FACET_ATTRIBUTES.kind),
      category: facetCounts(facets, FACET_ATTRIBUTES.category),
      region: facetCounts(facets, FACET_ATTRIBUTES.region),
      certifications: facetCounts(facets, FACET_ATTRIBUTES.certifications),
    },
    page: query.page,
    limit: query.limit,
    engine: 'meilisearch',
    ...(relaxed ? { relaxed } : {}),
  };
}

/** The words a searcher separated (Meilisearch segments the rest itself). */
function queryWords(q: string): string[] {
  return [...new Set(q.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean))];
}

/** What a search for a word finds: the word, or its glossary group and the narrower ones. */
const FINDS = new Map<string, string[]>();
for (const [i, group] of SYNONYM_GROUPS.entries())
  for (const member of group)
    FINDS.set(
      member.normalize('NFKC').toLowerCase(),
      SYNONYM_EXPANSIONS[i].map((t) => t.normalize('NFKC').toLowerCase()),
    );

/** Which words a hit has, by the texts Meilisearch marked in it (a synonym counts for its word). */
function covered(words: string[], marked: string[]): boolean[] {
  return words.map((word) => {
    const finds = FINDS.get(word) ?? [word];
    return marked.some((m) => finds.some((f) => m === f || m.includes(f) || (m.length > 1 && f.includes(m))));
  });
}

/** The marked (matched) texts anywhere in a hit's formatted attributes. */
function markedTexts(formatted: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const part of value.split(MATCH_START).slice(1)) out.push(part.split(MATCH_END)[0].toLowerCase());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(formatted);
  return out;
}

/** A fragment with Meilisearch's match marks, as escaped HTML with `<em>` around the matches. */
export function highlighted(fragment: string): string {
  return escapeHtml(fragment).replaceAll(MATCH_START, '<em>').replaceAll(MATCH_END, '</em>');
}

/** Like the PostgreSQL engine, a highlight is given only where something matched. */
function matchedFragment(formatted: unknown): string | undefined {
  return typeof formatted === 'string' && formatted.includes(MATCH_START) ? highlighted(formatted) : undefined;
}

/**
 * Kilometres to one decimal, as the PostgreSQL engine gives them. Meilisearch measures only
 * when it sorts by distance; for other sorts near a point the distance is worked out here.
 */
function hitDistanceKm(hit: MeiliHit, query: SearchQuery): number | undefined {
  let metres = hit._geoDistance;
  if (metres === undefined && query.near && hit._geo) metres = greatCircleMetres(query.near, hit._geo);
  return metres === undefined ? undefined : Math.round(metres / 100) / 10;
}

const EARTH_RADIUS_METRES = 6_371_000;

/** Haversine distance on a sphere of 6371 km, as the PostgreSQL engine measures it. */
export function greatCircleMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (degrees: number): number => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function facetCounts(distribution: FacetDistribution, attribute: string): FacetCounts {
  return { ...distribution[attribute] };
}
