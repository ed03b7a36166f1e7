import { Logger, type Provider } from '@nestjs/common';
import { AppConfig } from '@rongtong/platform';
import { MEILISEARCH_ENGINE } from '../../search-engines';
import { Segmenter } from '../../text/segmenter';
import { MeilisearchEngine } from './meilisearch.engine';

/**
 * The Meilisearch engine when `MEILI_URL` is set. Its index settings are applied at
 * start; if Meilisearch is unreachable then, the process still starts (PostgreSQL
 * answers) and the settings are applied on the next start.
 */
export const meilisearchProvider: Provider = {
  provide: MEILISEARCH_ENGINE,
  inject: [AppConfig, Segmenter],
  useFactory: async (config: AppConfig, segmenter: Segmenter) => {
    if (!config.search.meiliUrl) return undefined;
    const engine = new MeilisearchEngine({
      url: config.search.meiliUrl,
      apiKey: config.search.meiliMasterKey,
      indexName: `${config.queue.prefix}-listings`,
      wordEdges: (text) => segmenter.wordEdges(text),
    });
    await engine.ensureIndex().catch((error: unknown) => {
      new Logger('Search').warn(
        `Meilisearch unreachable at start (${error instanceof Error ? error.message : String(error)}): PostgreSQL answers until it is back`,
      );
    });
    return engine;
  },
};
