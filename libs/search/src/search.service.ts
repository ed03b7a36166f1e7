import { Injectable } from '@nestjs/common';
import { type Actor, OrganizationDirectory } from '@rongtong/identity';
import { parseSearchQuery, type RawSearchParams } from './domain/search-query.parse';
import type { SearchQuery, SearchResult } from './domain/search-query';
import { FreeTimeFinder } from './free-time-finder';
import { SearchEngines } from './search-engines';

/** The search use cases: listings by query and filters, and completions for the search box. */
@Injectable()
export class SearchService {
  constructor(
    private readonly engines: SearchEngines,
    private readonly directory: OrganizationDirectory,
    private readonly freeTime: FreeTimeFinder,
  ) {}

  async search(actor: Actor | undefined, params: RawSearchParams): Promise<SearchResult> {
    // Park-only listings are for enterprises in those parks (and the parks' operators).
    const viewerParkIds = actor
      ? [
          ...new Set([
            ...(await this.directory.parksOf(actor.memberships.map((m) => m.organizationId))),
            ...actor.operatedParkIds,
          ]),
        ]
      : [];
    const query = parseSearchQuery(params, viewerParkIds);
    const { freeTime } = query.filters;
    if (freeTime) {
      // Free time is kept beside the listings, not in the engines: resolved to ids first.
      const ids = await this.freeTime.listingsFreeFor(freeTime);
      if (ids.length === 0) return this.engines.read(async (engine) => emptyResult(engine.name, query));
      query.filters.ids = ids;
    }
    return this.engines.read((engine) => engine.search(query));
  }

  async suggest(prefix: string, limit = 8): Promise<string[]> {
    const trimmed = prefix.trim().slice(0, 50);
    if (!trimmed) return [];
    return this.engines.read((engine) => engine.suggest(trimmed, limit));
  }
}

function emptyResult(engine: SearchResult['engine'], query: SearchQuery): SearchResult {
  return {
    hits: [],
    total: 0,
    facets: { kind: {}, category: {}, region: {}, certifications: {} },
    page: query.page,
    limit: query.limit,
    engine,
  };
}
