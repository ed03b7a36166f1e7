import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@rongtong/platform';
import { SearchEngines } from '@rongtong/search';

/**
 * The search engine. With Meilisearch configured but unreachable, search still works
 * (PostgreSQL answers), so readiness reports it degraded rather than down.
 */
@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly engines: SearchEngines,
    private readonly config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    try {
      await this.engines.postgres.ping();
    } catch (error) {
      return indicator.down({
        dependency: 'search engine',
        engine: 'postgres',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    if (this.config.search.engine !== 'meilisearch' || !this.engines.meilisearch)
      return indicator.up({ engine: 'postgres' });
    try {
      await this.engines.meilisearch.ping();
      return indicator.up({ engine: 'meilisearch' });
    } catch (error) {
      return indicator.up({
        engine: 'postgres',
        degraded: true,
        message: `Meilisearch unreachable, PostgreSQL answering: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
}
