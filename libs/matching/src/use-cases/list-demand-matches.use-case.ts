import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { MatchRepository } from '../persistence/match.repository';
import { matchView } from './demand-view';
import { MatchingParties } from './matching-parties';

/** The owner's ranked matches of a demand, best first, with the reasons for each score. */
@Injectable()
export class ListDemandMatchesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchRepository,
    private readonly parties: MatchingParties,
  ) {}

  async execute(
    actor: Actor,
    demandId: string,
    options: { includeDismissed?: boolean } = {},
    locale: Locale = DEFAULT_LOCALE,
  ) {
    const db = this.uow.db;
    const demand = await this.parties.ownedDemand(db, actor, demandId);
    const matches = await this.matches.listForDemand(db, enterpriseIds(actor), demandId, options);
    const listings = await this.parties.listingSummaries(matches.map((m) => m.listingId));
    return {
      demandId,
      demandStatus: demand.status,
      items: matches.map((match) => matchView(match, listings.get(match.listingId), locale)),
    };
  }
}
