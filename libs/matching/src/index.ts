// The matching context's public face.
export * from './domain';
export * from './matching.module';
export * from './use-cases';
export * from './engine';
export type { DemandRecord, DemandListFilter } from './persistence/demand.repository';
export type { MatchRecord, ProviderMatchRecord, UpsertResult } from './persistence/match.repository';
// The repositories' classes, for the worker's matching run and for tests that drive them through the app.
export { DemandRepository } from './persistence/demand.repository';
export { MatchRepository } from './persistence/match.repository';
export { matchingEntities } from './persistence/entities';
