import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { MatchNotFoundError, MatchStateConflictError, readDismissReason } from '../domain';
import { MatchRepository } from '../persistence/match.repository';
import { matchView } from './demand-view';
import { MatchingParties } from './matching-parties';

/**
 * The SME says no to a match, and why: recorded, hidden from its list from then on, and
 * never proposed again (re-matching leaves it dismissed). Dismissing twice changes nothing.
 */
@Injectable()
export class DismissMatchUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchRepository,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, demandId: string, matchId: string, reason: unknown, locale: Locale = DEFAULT_LOCALE) {
    const text = readDismissReason(reason);
    const match = await this.uow.run(async (tx) => {
      await this.parties.ownedDemand(tx, actor, demandId);
      const current = await this.matches.get(tx, enterpriseIds(actor), demandId, matchId, { forUpdate: true });
      if (!current) throw new MatchNotFoundError();
      if (current.status === 'dismissed') return current;
      if (current.status === 'accepted') throw new MatchStateConflictError('accepted', 'dismissed');
      return this.matches.dismiss(tx, matchId, text);
    });
    const listings = await this.parties.listingSummaries([match.listingId]);
    return matchView(match, listings.get(match.listingId), locale);
  }
}
