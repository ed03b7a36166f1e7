// The matching engine's public part: the runs the worker (and the eval and bench) call,
// the weights and the scoring function, and the event a new match announces.
export { MatchDemandUseCase, type MatchRunResult } from './match-demand.use-case';
export { MatchListingUseCase, type ReverseMatchResult } from './match-listing.use-case';
export { MATCH_CREATED_EVENT, type MatchCreatedEventPayload } from './match-recorder';
export {
  DEFAULT_MATCHING_SETTINGS,
  DEFAULT_MATCHING_WEIGHTS,
  MATCH_FACTORS,
  type MatchFactor,
  type MatchingWeights,
  resolveMatchingWeights,
} from './matching-weights';
export { type CandidateFacts, type CandidateScore, scoreCandidate, type ScoringDemand } from './scoring';
