import { Injectable } from '@nestjs/common';
import { type Actor, OrganizationDirectory } from '@rongtong/identity';
import { parseSearchQuery, type RawSearchParams } from './domain/search-query.parse';
import type { SearchResult } from './domain/search-query';
import { SearchEngines } from './search-engines';

/** The search use cases: listings by query and filters, and completions for the search box. */
@Injectable()
export class SearchService {
  constructor(
    private readonly engines: SearchEngines,
    private readonly directory: OrganizationDirectory,
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
    return this.engines.read((engine) => engine.search(query));
  }

  async suggest(prefix: string, limit = 8): Promise<string[]> {
    const trimmed = prefix.trim().slice(0, 50);
    if (!trimmed) return [];
    return this.engines.read((engine) => engine.suggest(trimmed, limit));
  }
}
