import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { analyticsEntities } from './persistence/entities/analytics.entities';
import { AnalyticsProjectionRepository } from './persistence/analytics-projection.repository';
import { AnalyticsReadRepository } from './persistence/analytics-read.repository';
import { ExportParkAnalyticsUseCase } from './use-cases/export-park-analytics.use-case';
import { GetParkAnalyticsUseCase, GetPlatformAnalyticsUseCase } from './use-cases/park-analytics.use-case';
import { ProjectAnalyticsUseCase } from './use-cases/project-analytics.use-case';

const USE_CASES = [
  ProjectAnalyticsUseCase,
  GetParkAnalyticsUseCase,
  GetPlatformAnalyticsUseCase,
  ExportParkAnalyticsUseCase,
];

/** Park analytics: facts and rollups the worker keeps from outbox events, and the figures read from them. */
@Module({
  imports: [TypeOrmModule.forFeature(analyticsEntities), IdentityModule],
  providers: [AnalyticsProjectionRepository, AnalyticsReadRepository, ...USE_CASES],
  exports: USE_CASES,
})
export class AnalyticsModule {}
