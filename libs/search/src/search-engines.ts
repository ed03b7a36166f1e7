import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AppConfig } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import type { SearchEngine } from './domain/search-query';
import { PostgresSearchEngine } from './engines/postgres/postgres.engine';
import { Segmenter } from './text/segmenter';

export const MEILISEARCH_ENGINE = Symbol('MEILISEARCH_ENGINE');

/**
 * The engines of this deployment. PostgreSQL is always kept (it is the default and the
 * fallback); Meilisearch serves queries when `SEARCH_ENGINE=meilisearch` and answers.
 */
@Injectable()
export class SearchEngines {
  private readonly logger = new Logger(SearchEngines.name);
  readonly postgres: PostgresSearchEngine;

  constructor(
    dataSource: DataSource,
    segmenter: Segmenter,
    private readonly config: AppConfig,
    @Optional() @Inject(MEILISEARCH_ENGINE) readonly meilisearch?: SearchEngine,
  ) {
    this.postgres = new PostgresSearchEngine(dataSource, segmenter);
  }

  /** Every engine that must hold the documents. */
  writers(): SearchEngine[] {
    return this.meilisearch ? [this.postgres, this.meilisearch] : [this.postgres];
  }

  /** Runs `work` on the configured engine, falling back to PostgreSQL when Meilisearch fails. */
  async read<T>(work: (engine: SearchEngine) => Promise<T>): Promise<T> {
    if (this.config.search.engine === 'meilisearch' && this.meilisearch) {
      try {
        return await work(this.meilisearch);
      } catch (error) {
        this.logger.warn(
          `Meilisearch failed, answering from PostgreSQL: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return work(this.postgres);
  }
}
