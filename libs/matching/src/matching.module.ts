import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityModule, DealsModule } from '@rongtong/deals';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { SearchModule } from '@rongtong/search';
import { CandidateReader } from './matcher/candidate-reader';
import { CandidateSearch } from './matcher/candidate-search';
import { MatchRecorder } from './matcher/match-recorder';
import { MatchingConfig } from './matcher/matching-config';
import { DemandRepository } from './persistence/demand.repository';
import { MatchRepository } from './persistence/match.repository';
import { AcceptMatchUseCase } from './use-cases/accept-match.use-case';
import { ChangeDemandStatusUseCase } from './use-cases/change-demand-status.use-case';
import { CreateDemandUseCase } from './use-cases/create-demand.use-case';
import { DismissMatchUseCase } from './use-cases/dismiss-match.use-case';
import { ExpireDemandsUseCase } from './use-cases/expire-demands.use-case';
import { ExpressInterestUseCase } from './use-cases/express-interest.use-case';
import { FulfilDemandFromDealUseCase } from './use-cases/fulfil-demand-from-deal.use-case';
import { GetDemandUseCase, ListDemandsUseCase } from './use-cases/get-demand.use-case';
import { ListDemandMatchesUseCase } from './use-cases/list-demand-matches.use-case';
import { ListMatchedDemandsUseCase } from './use-cases/list-matched-demands.use-case';
import { MatchDemandUseCase } from './use-cases/match-demand.use-case';
import { MatchListingUseCase } from './use-cases/match-listing.use-case';
import { MatchingParties } from './use-cases/matching-parties';
import { UpdateDemandUseCase } from './use-cases/update-demand.use-case';
import { matchingEntities } from './persistence/entities';

const REPOSITORIES = [DemandRepository, MatchRepository];

/** Demands, their matches and the step from a match to a deal: what the API and the worker call. */
const USE_CASES = [
  CreateDemandUseCase,
  UpdateDemandUseCase,
  ChangeDemandStatusUseCase,
  GetDemandUseCase,
  ListDemandsUseCase,
  ListDemandMatchesUseCase,
  DismissMatchUseCase,
  AcceptMatchUseCase,
  ListMatchedDemandsUseCase,
  ExpressInterestUseCase,
  ExpireDemandsUseCase,
  FulfilDemandFromDealUseCase,
  MatchDemandUseCase,
  MatchListingUseCase,
];

/**
 * The matcher's moving parts (libs/matching/src/matcher): the configured weights, candidates
 * from the search engines, their facts from the other contexts, and the recorder that stores
 * a run's matches and announces them. The scoring itself is pure, in domain/.
 */
const MATCHER = [MatchingConfig, CandidateSearch, CandidateReader, MatchRecorder];

/**
 * Matching: SMEs' demands, the listings the matcher proposes for them with score and
 * reasons, and the step from an accepted match to a prefilled deal.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(matchingEntities),
    IdentityModule,
    ListingsModule,
    DealsModule,
    AvailabilityModule,
    SearchModule,
  ],
  providers: [...REPOSITORIES, MatchingParties, ...USE_CASES, ...MATCHER],
  exports: USE_CASES,
})
export class MatchingModule {}
