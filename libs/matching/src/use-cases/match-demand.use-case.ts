import { Injectable } from '@nestjs/common';
import { todayInChina } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { isDemandActive } from '../domain';
import { DemandRepository } from '../persistence/demand.repository';
import { windowOf } from '../domain/candidate-facts';
import { CandidateReader } from '../matcher/candidate-reader';
import { CandidateSearch } from '../matcher/candidate-search';
import { MatchRecorder, type RecordResult } from '../matcher/match-recorder';
import { MatchingConfig } from '../matcher/matching-config';
import { rankCandidates } from '../domain/rank-candidates';

export interface MatchRunResult extends RecordResult {
  /** Listings the search engine offered. */
  candidates: number;
  /** Matches at or above the minimum score (at most the maximum per demand). */
  matches: number;
}

const NOTHING: MatchRunResult = { candidates: 0, matches: 0, created: 0, refreshed: 0, removed: 0 };

/**
 * Matches one demand against the published listings: candidates through the search
 * engine under the demand's hard limits, their facts in one batch per kind of fact,
 * scored, the best kept and recorded with a `match.created` event per new match. Runs on
 * `demand.created` and `demand.updated`; a demand no longer wanted is left alone.
 * `prune` (an edited demand) drops unanswered proposals that no longer fit.
 */
@Injectable()
export class MatchDemandUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly search: CandidateSearch,
    private readonly reader: CandidateReader,
    private readonly recorder: MatchRecorder,
    private readonly settings: MatchingConfig,
  ) {}

  async execute(demandId: string, options: { prune?: boolean } = {}): Promise<MatchRunResult> {
    const demand = await this.demands.findById(this.uow.db, demandId);
    const today = todayInChina();
    if (!demand || !isDemandActive(demand.status) || (demand.deadline !== null && demand.deadline < today)) {
      return NOTHING;
    }
    const owner = (await this.reader.organizations([demand.organizationId])).get(demand.organizationId);
    const place = { regionCode: demand.regionCode ?? owner?.regionCode ?? null, parkIds: owner?.parkIds ?? [] };
    const terms = this.reader.terms(demand);
    const ids = await this.search.find(demand, terms, place);
    const { candidates, providers, book } = await this.reader.gather(ids, windowOf(demand), today);
    const ranked = rankCandidates({ ...demand, ...place }, terms, candidates, book, providers, this.settings, today);
    const recorded = await this.recorder.record(demand, ranked, options);
    return { candidates: ids.length, matches: ranked.length, ...recorded };
  }
}
