import { Injectable } from '@nestjs/common';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import { type Db, type DomainEvent, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  DEMAND_EVENTS,
  type DemandStatusChangedPayload,
  MATCH_CREATED_EVENT,
  type MatchCreatedEventPayload,
  type RecordedMatch,
} from '../domain';
import type { DemandRecord } from '../persistence/demand.repository';
import { DemandRepository } from '../persistence/demand.repository';
import { MatchRepository } from '../persistence/match.repository';

export interface RecordResult {
  /** Matches proposed for the first time. */
  created: number;
  /** Proposals whose score and reasons were refreshed. */
  refreshed: number;
  /** Proposals dropped because the edited demand no longer fits them. */
  removed: number;
}

/**
 * Writes a matching run's outcome for one demand in one transaction: the matches
 * (upserted: never twice, never over an accepted or dismissed one), a `match.created`
 * event per new one, and `open → matched` once the demand has a proposal.
 */
@Injectable()
export class MatchRecorder {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matches: MatchRepository,
    private readonly demands: DemandRepository,
    private readonly outbox: OutboxWriter,
    private readonly listings: ListingsForIndexUseCase,
  ) {}

  async record(
    demand: DemandRecord,
    scored: readonly RecordedMatch[],
    options: { prune?: boolean } = {},
  ): Promise<RecordResult> {
    if (scored.length === 0 && !options.prune) return { created: 0, refreshed: 0, removed: 0 };
    return this.uow.run((tx) => this.recordIn(tx, demand, scored, options));
  }

  /** Several demands' outcomes (a listing matched in reverse) in one transaction. */
  async recordEach(
    outcomes: ReadonlyArray<{ demand: DemandRecord; matches: readonly RecordedMatch[] }>,
  ): Promise<RecordResult> {
    const total: RecordResult = { created: 0, refreshed: 0, removed: 0 };
    const some = outcomes.filter((o) => o.matches.length > 0);
    if (some.length === 0) return total;
    return this.uow.run(async (tx) => {
      for (const { demand, matches } of some) {
        const done = await this.recordIn(tx, demand, matches, {});
        total.created += done.created;
        total.refreshed += done.refreshed;
      }
      return total;
    });
  }

  private async recordIn(
    tx: Db,
    demand: DemandRecord,
    scored: readonly RecordedMatch[],
    { prune = false }: { prune?: boolean },
  ): Promise<RecordResult> {
    // Only listings still published, held so until commit: one unpublished meanwhile is
    // not proposed, and its withdrawal (listing.unpublished) runs after this is written.
    const published = await this.listings.holdPublished(
      tx,
      scored.map((m) => m.listingId),
    );
    const live = scored.filter((m) => published.has(m.listingId));
    const { inserted, updated } = await this.matches.upsertMatches(
      tx,
      demand.id,
      live.map(({ listingTitle: _, ...match }) => match),
    );
    const removed = prune
      ? await this.matches.removeStaleProposed(
          tx,
          demand.id,
          live.map((m) => m.listingId),
        )
      : 0;
    const byListing = new Map(scored.map((m) => [m.listingId, m]));
    const events: DomainEvent<object>[] = inserted.map(({ id, listingId }) => {
      const match = byListing.get(listingId)!;
      return {
        type: MATCH_CREATED_EVENT,
        aggregateType: 'demand',
        aggregateId: demand.id,
        payload: {
          demandId: demand.id,
          matchId: id,
          listingId,
          demandOrganizationId: demand.organizationId,
          demandCreatedBy: demand.createdBy,
          providerOrganizationId: match.providerOrganizationId,
          score: match.score,
          demandTitle: demand.title,
          listingTitle: match.listingTitle,
        } satisfies MatchCreatedEventPayload,
      };
    });
    const proposing = inserted.length + updated.length > 0 && demand.status === 'open';
    if (proposing && (await this.demands.markMatched(tx, demand.id))) {
      events.push({
        type: DEMAND_EVENTS.statusChanged,
        aggregateType: 'demand',
        aggregateId: demand.id,
        payload: {
          demandId: demand.id,
          organizationId: demand.organizationId,
          kind: demand.kind,
          status: 'matched',
          previousStatus: 'open',
        } satisfies DemandStatusChangedPayload,
      });
    }
    await this.outbox.append(tx, ...events);
    return { created: inserted.length, refreshed: updated.length, removed };
  }
}
