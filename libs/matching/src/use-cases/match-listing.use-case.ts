import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { todayInChina } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { DemandRepository } from '../persistence/demand.repository';
import { MatchRepository } from '../persistence/match.repository';
import { type DateWindow, windowOf } from '../domain/candidate-facts';
import { CandidateReader } from '../matcher/candidate-reader';
import type { RecordedMatch } from '../domain/match';
import { MatchRecorder, type RecordResult } from '../matcher/match-recorder';
import { MatchingConfig } from '../matcher/matching-config';
import { rankCandidates } from '../domain/rank-candidates';

/** Demands weighed per listing at most: the newest still wanted. */
export const REVERSE_DEMAND_LIMIT = 500;

export interface ReverseMatchResult extends RecordResult {
  /** Demands weighed. */
  demands: number;
  /** Demands the listing was proposed to (new or refreshed). */
  matches: number;
}

const NOTHING: ReverseMatchResult = { demands: 0, matches: 0, created: 0, refreshed: 0, removed: 0 };

/**
 * A listing published or changed → the demands still wanted that it could fit, scored
 * pair by pair with the same facts and function as a demand's own run, and recorded with
 * a `match.created` event per new match (the SME hears of it). A demand takes the listing
 * while it has room for more proposals, or when the listing beats its weakest one.
 * This covers a demand posted before the listing, which its own run could not find.
 * Proposals nobody has acted on (no provider interest, no deal requested) are withdrawn
 * from demands still wanted that the changed listing no longer fits (they are weighed
 * again whatever the filters), and from all of them once the listing is no longer
 * published (unpublished, suspended, archived).
 */
@Injectable()
export class MatchListingUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly matches: MatchRepository,
    private readonly directory: OrganizationDirectory,
    private readonly reader: CandidateReader,
    private readonly recorder: MatchRecorder,
    private readonly settings: MatchingConfig,
  ) {}

  async execute(listingId: string): Promise<ReverseMatchResult> {
    const { candidates, providers } = await this.reader.load([listingId]);
    const candidate = candidates[0];
    if (!candidate) {
      const removed = await this.matches.withdrawProposedOfListing(this.uow.db, listingId);
      return { ...NOTHING, removed };
    }
    const { listing } = candidate;
    const today = todayInChina();
    // The demands it is proposed to are weighed again, whatever the filters: it may no longer fit them.
    const holders = await this.matches.demandsProposedListing(this.uow.db, listingId);
    const demands = await this.demands.openForListing(
      this.uow.db,
      {
        kind: listing.kind,
        categorySlug: listing.categorySlug,
        regionCode: listing.regionCode,
        providerOrganizationId: listing.providerOrganizationId,
        parkMemberIds: await this.directory.membersOfParks(listing.parkIds),
      },
      today,
      REVERSE_DEMAND_LIMIT,
      holders,
    );
    if (demands.length === 0) return NOTHING;
    const [owners, standing, book] = await Promise.all([
      this.reader.organizations(demands.map((d) => d.organizationId)),
      this.matches.proposedStanding(
        this.uow.db,
        demands.map((d) => d.id),
      ),
      this.reader.facts(candidates, span(demands.map(windowOf)), today),
    ]);
    const outcomes = demands.map((demand) => {
      const owner = owners.get(demand.organizationId);
      const place = { regionCode: demand.regionCode ?? owner?.regionCode ?? null, parkIds: owner?.parkIds ?? [] };
      const ranked = rankCandidates(
        { ...demand, ...place },
        this.reader.terms(demand),
        candidates,
        book,
        providers,
        this.settings,
        today,
      );
      const held = standing.get(demand.id);
      const matches: RecordedMatch[] = ranked.filter(
        (m) => !held || held.proposed < this.settings.maxMatches || m.score > held.lowestScore,
      );
      return { demand, matches, fits: ranked.length > 0 };
    });
    // Demands it no longer fits at all (not merely outranked): those it is proposed to
    // lose the proposal.
    const unfit = outcomes.filter((o) => !o.fits).map((o) => o.demand.id);
    const recorded = await this.recorder.recordEach(outcomes);
    const removed = unfit.length ? await this.matches.withdrawProposedOfListing(this.uow.db, listingId, unfit) : 0;
    return {
      demands: demands.length,
      matches: outcomes.filter((o) => o.matches.length).length,
      ...recorded,
      removed: recorded.removed + removed,
    };
  }
}

/** The span of several windows: the earliest start to the latest end. */
function span(windows: ReadonlyArray<DateWindow | undefined>): DateWindow | undefined {
  const given = windows.filter((w): w is DateWindow => w !== undefined);
  if (given.length === 0) return undefined;
  return {
    from: given.reduce((min, w) => (w.from < min ? w.from : min), given[0].from),
    to: given.reduce((max, w) => (w.to > max ? w.to : max), given[0].to),
  };
}
