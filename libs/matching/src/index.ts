// The matching context's public face.
export * from './domain';
export * from './matching.module';
export * from './use-cases';
// The matcher's public part: the weights and the scoring function (the eval and the bench call them).
export {
  DEFAULT_MATCHING_SETTINGS,
  DEFAULT_MATCHING_WEIGHTS,
  MATCH_FACTORS,
  type MatchFactor,
  type MatchingWeights,
  resolveMatchingWeights,
} from './domain/matching-weights';
export { type CandidateFacts, type CandidateScore, scoreCandidate, type ScoringDemand } from './domain/scoring';
export type { DemandRecord, DemandListFilter } from './persistence/demand.repository';
export type { MatchRecord, ProviderMatchRecord, UpsertResult } from './persistence/match.repository';
// The repositories' classes, for the worker's matching run and for tests that drive them through the app.
export { DemandRepository } from './persistence/demand.repository';
export { MatchRepository } from './persistence/match.repository';
export { matchingEntities } from './persistence/entities';
