import { Processor } from '@nestjs/bullmq';
import { Batcher, DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';
import { SearchIndexer } from '@rongtong/search';

/**
 * Listing events → the search engines. Jobs arriving together are indexed as one batch
 * (each listing once), and a job completes only when its listing is in step.
 */
@Processor('search-index', { ...WORKER_DEFAULTS, concurrency: 64 })
export class SearchIndexProcessor extends DispatchingProcessor<'search-index'> {
  readonly queue = 'search-index';
  private readonly batcher: Batcher<string>;

  constructor(private readonly indexer: SearchIndexer) {
    super();
    this.batcher = new Batcher<string>(
      async (ids) => {
        const { indexed, removed } = await indexer.sync(ids);
        this.logger.debug(`Search index: ${indexed} indexed, ${removed} removed`);
      },
      { maxSize: 200, maxWaitMs: 20 },
    );
  }

  @JobHandler('listing.published')
  published(job: JobOf<'search-index', 'listing.published'>): Promise<void> {
    return this.batcher.add(job.data.payload.listingId);
  }

  @JobHandler('listing.updated')
  updated(job: JobOf<'search-index', 'listing.updated'>): Promise<void> {
    return this.batcher.add(job.data.payload.listingId);
  }

  @JobHandler('listing.unpublished')
  unpublished(job: JobOf<'search-index', 'listing.unpublished'>): Promise<void> {
    return this.batcher.add(job.data.payload.listingId);
  }

  @JobHandler('park_membership.approved')
  async parkMembershipApproved(job: JobOf<'search-index', 'park_membership.approved'>): Promise<void> {
    await this.indexer.syncProvider(job.data.payload.organizationId);
  }

  /** A frozen provider's listings leave search (see SearchIndexer.sync); unfrozen, they return. */
  @JobHandler('organization.frozen')
  async organizationFrozen(job: JobOf<'search-index', 'organization.frozen'>): Promise<void> {
    await this.indexer.syncProvider(job.data.payload.organizationId);
  }

  @JobHandler('organization.unfrozen')
  async organizationUnfrozen(job: JobOf<'search-index', 'organization.unfrozen'>): Promise<void> {
    await this.indexer.syncProvider(job.data.payload.organizationId);
  }
}
