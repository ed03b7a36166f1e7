import { Injectable } from '@nestjs/common';
import { assertNever } from '@rongtong/kernel';
import { SearchEngines, type SearchFilters, type SearchQuery } from '@rongtong/search';
import type { DemandContent } from '../domain/demand';
import type { DemandTerms } from '../domain/text-relevance';

/** Candidates scored per demand at most: the search engine's best. */
export const CANDIDATE_LIMIT = 50;
/** Fewer hits than this and the search is widened (without the category, then without words). */
const FEW = 10;
/** The demand's first concepts make its query: each more makes the engine's ranking dearer. */
const SEARCH_CONCEPTS = 4;
/** A demand's query text, as long as a search box takes. */
const MAX_QUERY_LENGTH = 200;
/** Parks searched for a same-park demand (an enterprise is rarely in more). */
const MAX_PARKS = 3;

/** Where the demand is: its region (or its organization's) and its organization's parks. */
export interface DemandPlace {
  regionCode: string | null;
  parkIds: readonly string[];
}

/**
 * The words a demand is searched by: its concepts (title first, then what its details
 * name; filler, quantities and certificates left out), so the engine ranks by what the
 * scorer weighs, and a long title does not make a dear query.
 */
export function searchTextOf(terms: DemandTerms): string {
  return terms.concepts
    .slice(0, SEARCH_CONCEPTS)
    .map((c) => c.text)
    .join(' ')
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The filters a demand's hard limits translate to, so the engine returns only listings
 * that can be candidates: the kind, the location preference (a region prefix, or the
 * park), the certifications required, the service mode or licence type asked for.
 */
export function searchFiltersOf(demand: DemandContent, place: DemandPlace): SearchFilters[] {
  const filters: SearchFilters = { kind: demand.kind };
  if (demand.certifications.length) filters.certifications = [...demand.certifications];
  if (demand.kind === 'equipment') filters.serviceMode = demand.details.serviceMode;
  if (demand.kind === 'ip') filters.licenceType = demand.details.licenceType;
  switch (demand.locationPreference) {
    case 'same_province':
    case 'same_city':
      if (place.regionCode === null) return [];
      filters.region = place.regionCode.slice(0, demand.locationPreference === 'same_city' ? 4 : 2);
      return [filters];
    case 'same_park':
      return place.parkIds.slice(0, MAX_PARKS).map((park) => ({ ...filters, park }));
    case 'anywhere':
      return [filters];
    default:
      return assertNever(demand.locationPreference, 'location preference');
  }
}

/**
 * Finds a demand's candidates through the search engine (whichever serves queries, with
 * its fallback), never around it: the demand's words ranked by the engine (listings with
 * all of them first, then with most), under filters for the demand's hard limits. A named
 * category narrows the search unless that leaves too few; too few for the words, the
 * newest listings under the filters fill in.
 */
@Injectable()
export class CandidateSearch {
  constructor(private readonly engines: SearchEngines) {}

  async find(demand: DemandContent, terms: DemandTerms, place: DemandPlace): Promise<string[]> {
    const variants = searchFiltersOf(demand, place);
    if (variants.length === 0) return [];
    const q = searchTextOf(terms);
    const found: string[] = [];
    const search = async (text: string, category: string | undefined) => {
      for (const filters of variants) {
        const query: SearchQuery = {
          q: text,
          filters: { ...filters, ...(category && { category }) },
          sort: text ? 'relevance' : 'newest',
          page: 1,
          limit: CANDIDATE_LIMIT,
          viewerParkIds: [...place.parkIds],
        };
        const result = await this.engines.read((engine) => engine.search(query));
        for (const hit of result.hits) if (!found.includes(hit.id)) found.push(hit.id);
      }
    };
    const category = demand.category ?? undefined;
    await search(q, category);
    if (found.length < FEW && category) await search(q, undefined);
    if (found.length < FEW && q) await search('', category);
    return found.slice(0, CANDIDATE_LIMIT);
  }
}
