// The analytics context's public face.
export * from './analytics.module';
export * from './domain/analytics.errors';
export { MAX_PERIOD_YEARS, parsePeriod, type Period } from './domain/period';
export { type AnalyticsChanges, type AnalyticsEvent, changesOf } from './domain/analytics-changes';
export { ProjectAnalyticsUseCase } from './use-cases/project-analytics.use-case';
// The repositories, for the correctness test and the benchmark that drive the projection without Nest.
export { AnalyticsProjectionRepository } from './persistence/analytics-projection.repository';
export { AnalyticsReadRepository } from './persistence/analytics-read.repository';
export { parkFigures, parkTotals } from './use-cases/park-figures';
export {
  GetParkAnalyticsUseCase,
  GetPlatformAnalyticsUseCase,
  type PeriodQuery,
  type PlatformAnalytics,
} from './use-cases/park-analytics.use-case';
export {
  type AnalyticsExport,
  ExportParkAnalyticsUseCase,
  type ExportFormat,
} from './use-cases/export-park-analytics.use-case';
export type { Industry, ParkFigures, ParkTotals } from './use-cases/park-figures';
export { analyticsEntities } from './persistence/entities/analytics.entities';
export { BOOKED_STATES, SERVED_STATES } from './persistence/analytics-projection.repository';
