import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityModule, DealsModule } from '@rongtong/deals';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { SearchModule } from '@rongtong/search';
import { CandidateReader } from './engine/candidate-facts';
import { CandidateSearch } from './engine/candidate-search';
import { MatchDemandUseCase } from './engine/match-demand.use-case';
import { MatchListingUseCase } from './engine/match-listing.use-case';
import { MatchRecorder } from './engine/match-recorder';
import { MatchingConfig } from './engine/matching-config';
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
];

/** The matching engine's providers: scoring, candidate retrieval, the matching run (libs/matching/src/engine). */
const ENGINE = [
  MatchingConfig,
  CandidateSearch,
  CandidateReader,
  MatchRecorder,
  MatchDemandUseCase,
  MatchListingUseCase,
];

/** What the engine's users (the worker's processors) need besides the use cases. */
const ENGINE_EXPORTS = [MatchDemandUseCase, MatchListingUseCase];

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
  providers: [...REPOSITORIES, MatchingParties, ...USE_CASES, ...ENGINE],
  exports: [...USE_CASES, ...ENGINE_EXPORTS],
})
export class MatchingModule {}
