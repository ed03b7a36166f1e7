import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { MatchRepository, type ProviderMatchRecord } from '../persistence/match.repository';
import { providerDemandView, providerMatchView } from './demand-view';
import { MatchingParties } from './matching-parties';

export interface ListMatchedDemandsInput {
  listingId?: string;
  includeClosed?: boolean;
  page: number;
  limit: number;
}

/**
 * For providers: the demands the matcher matched to their enterprises' listings, when the
 * SME lets providers see them, with each match's score and reasons. Newest match first.
 */
@Injectable()
export class ListMatchedDemandsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchRepository,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, input: ListMatchedDemandsInput, locale: Locale = DEFAULT_LOCALE) {
    const organizations = enterpriseIds(actor);
    if (organizations.length === 0) return { items: [], total: 0, page: input.page, limit: input.limit };
    const { items, total } = await this.matches.listForProviders(this.uow.db, organizations, {
      listingId: input.listingId,
      includeClosed: input.includeClosed,
      limit: input.limit,
      offset: (input.page - 1) * input.limit,
    });
    return { items: await providerItems(this.parties, items, locale), total, page: input.page, limit: input.limit };
  }
}

/** Matches with their demands as providers see them. */
export async function providerItems(parties: MatchingParties, records: ProviderMatchRecord[], locale: Locale) {
  const [names, listings] = await Promise.all([
    parties.organizationNames(records.map((r) => r.demand.organizationId)),
    parties.listingSummaries(records.map((r) => r.match.listingId)),
  ]);
  return records.map(({ match, demand }) => ({
    match: providerMatchView(match, listings.get(match.listingId), locale),
    demand: providerDemandView(demand, names.get(demand.organizationId) ?? null),
  }));
}
