import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { DemandNotFoundError, type DemandKind, type DemandStatus } from '../domain';
import { DemandRepository } from '../persistence/demand.repository';
import { MatchRepository } from '../persistence/match.repository';
import { demandView, providerDemandView, providerMatchView } from './demand-view';
import { MatchingParties } from './matching-parties';

/**
 * One demand: whole for its owner; for a provider matched to it (when the SME lets
 * providers see it) as providers see it, with that provider's matches. 404 for anyone else.
 */
@Injectable()
export class GetDemandUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly matches: MatchRepository,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, demandId: string, locale: Locale = DEFAULT_LOCALE) {
    const db = this.uow.db;
    const organizations = enterpriseIds(actor);
    const owned = await this.demands.findOwned(db, organizations, demandId);
    if (owned) return { ...demandView(owned), yourSide: 'owner' as const };
    const provided = await this.matches.findForProviderByDemand(db, organizations, demandId);
    if (provided.length === 0) throw new DemandNotFoundError();
    const { demand } = provided[0];
    const [names, listings] = await Promise.all([
      this.parties.organizationNames([demand.organizationId]),
      this.parties.listingSummaries(provided.map((p) => p.match.listingId)),
    ]);
    return {
      ...providerDemandView(demand, names.get(demand.organizationId) ?? null),
      yourSide: 'provider' as const,
      matches: provided.map(({ match }) => providerMatchView(match, listings.get(match.listingId), locale)),
    };
  }
}

export interface ListDemandsInput {
  status?: DemandStatus;
  kind?: DemandKind;
  page: number;
  limit: number;
}

/** The demands of the caller's enterprises, newest first. */
@Injectable()
export class ListDemandsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
  ) {}

  async execute(actor: Actor, input: ListDemandsInput) {
    const organizations = enterpriseIds(actor);
    if (organizations.length === 0) return { items: [], total: 0, page: input.page, limit: input.limit };
    const { items, total } = await this.demands.listForOrganizations(this.uow.db, organizations, {
      status: input.status,
      kind: input.kind,
      limit: input.limit,
      offset: (input.page - 1) * input.limit,
    });
    return { items: items.map(demandView), total, page: input.page, limit: input.limit };
  }
}
