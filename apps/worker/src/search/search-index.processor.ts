import { Processor } from '@nestjs/bullmq';
import { Batcher, DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';
import { SearchIndexer, SupplierIndexer } from '@rongtong/search';

/**
 * Listing events → the search engines (listings, and the supplier directory's documents of
 * their owners); organization events → the supplier directory. Jobs arriving together are indexed as one batch
 * (each listing once), and a job completes only when its listing is in step.
 */
@Processor('search-index', { ...WORKER_DEFAULTS, concurrency: 64 })
export class SearchIndexProcessor extends DispatchingProcessor<'search-index'> {
  readonly queue = 'search-index';
  private readonly batcher: Batcher<string>;

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly suppliers: SupplierIndexer,
  ) {
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

  /** The supplier directory's document of an enterprise whose verification, profile or facts changed. */
  @JobHandler('organization.verified')
  organizationVerified(job: JobOf<'search-index', 'organization.verified'>): Promise<unknown> {
    return this.suppliers.sync([job.data.payload.organizationId]);
  }

  @JobHandler('organization.verification_rejected')
  verificationRejected(job: JobOf<'search-index', 'organization.verification_rejected'>): Promise<unknown> {
    return this.suppliers.sync([job.data.payload.organizationId]);
  }

  @JobHandler('organization.profile_changed')
  profileChanged(job: JobOf<'search-index', 'organization.profile_changed'>): Promise<unknown> {
    return this.suppliers.sync([job.data.payload.organizationId]);
  }

  @JobHandler('organization.facts_changed')
  factsChanged(job: JobOf<'search-index', 'organization.facts_changed'>): Promise<unknown> {
    return this.suppliers.sync([job.data.payload.organizationId]);
  }

  @JobHandler('organization.badge_verified')
  badgeVerified(job: JobOf<'search-index', 'organization.badge_verified'>): Promise<unknown> {
    return this.suppliers.sync([job.data.payload.organizationId]);
  }

  @JobHandler('organization.badge_rejected')
  badgeRejected(job: JobOf<'search-index', 'organization.badge_rejected'>): Promise<unknown> {
    return this.suppliers.sync([job.data.payload.organizationId]);
  }
}
