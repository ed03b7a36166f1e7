import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SearchIndexer } from '@rongtong/search';

/**
 * At start, the worker (which maintains the index) gives the PostgreSQL index the
 * glossary's concept terms if it was built with another glossary: after a deployment that
 * changed the glossary, searches expand concepts word by word until this is done. It runs
 * beside the queues, not before them; shutdown waits for it.
 */
@Injectable()
export class SearchGlossaryRefresh implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchGlossary');
  private running?: Promise<void>;

  constructor(private readonly indexer: SearchIndexer) {}

  onApplicationBootstrap(): void {
    this.running = this.indexer.refreshGlossaryConcepts().catch((error: unknown) => {
      this.logger.warn(
        `Glossary concepts not indexed (searches expand them meanwhile): ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running;
  }
}
