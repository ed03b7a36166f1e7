import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  DEMAND_EVENTS,
  DemandStateConflictError,
  isDemandActive,
  MatchNotFoundError,
  type MatchInterestEventPayload,
} from '../domain';
import { MatchRepository } from '../persistence/match.repository';
import { providerItems } from './list-matched-demands.use-case';
import { MatchingParties } from './matching-parties';

/**
 * A matched provider tells the SME it is interested. Recorded once (asking again changes
 * nothing and announces nothing); `match.interest` has the SME notified. Members of the
 * match's provider enterprise only, and only on demands providers may see: 404 otherwise.
 */
@Injectable()
export class ExpressInterestUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, matchId: string, locale: Locale = DEFAULT_LOCALE) {
    const providers = enterpriseIds(actor);
    const found = await this.matches.findForProvider(this.uow.db, providers, matchId);
    if (!found) throw new MatchNotFoundError();
    const listings = await this.parties.listingSummaries([found.match.listingId]);
    const listingTitle = listings.get(found.match.listingId)?.title ?? '';

    const record = await this.uow.run(async (tx) => {
      const locked = await this.matches.findForProvider(tx, providers, matchId, { forUpdate: true });
      if (!locked) throw new MatchNotFoundError();
      const { match, demand } = locked;
      // Asked again: answered as the first time, whatever became of the demand since.
      if (match.providerInterestAt) return locked;
      if (!isDemandActive(demand.status)) throw new DemandStateConflictError(demand.status, 'answered');
      if (await this.matches.recordInterest(tx, match.id, actor.userId)) {
        await this.outbox.append(tx, {
          type: DEMAND_EVENTS.matchInterest,
          aggregateType: 'demand',
          aggregateId: demand.id,
          payload: {
            demandId: demand.id,
            matchId: match.id,
            listingId: match.listingId,
            demandOrganizationId: demand.organizationId,
            demandCreatedBy: demand.createdBy,
            providerOrganizationId: match.providerOrganizationId,
            actorUserId: actor.userId,
            demandTitle: demand.title,
            listingTitle,
          } satisfies MatchInterestEventPayload,
        });
      }
      return (await this.matches.findForProvider(tx, providers, matchId))!;
    });
    const [item] = await providerItems(this.parties, [record], locale);
    return item;
  }
}
