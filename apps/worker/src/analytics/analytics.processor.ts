import { Processor } from '@nestjs/bullmq';
import { type AnalyticsEvent, changesOf, ProjectAnalyticsUseCase } from '@rongtong/analytics';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';
import { CoalescingBatcher } from './coalescing-batcher';

/**
 * Outbox events → park analytics. Jobs arriving together are derived as one batch (each
 * listing, deal and organization once, one transaction; batches one after another, so
 * this worker's batches never deadlock each other; what arrives during a batch goes in the
 * next, so a burst makes bigger batches, not a queue of small ones), and a job completes
 * only when its facts and rollups are written. Replaying an event re-derives the same
 * facts: no change.
 */
@Processor('analytics', { ...WORKER_DEFAULTS, concurrency: 200 })
export class AnalyticsProcessor extends DispatchingProcessor<'analytics'> {
  readonly queue = 'analytics';
  private readonly batcher: CoalescingBatcher<AnalyticsEvent>;

  constructor(project: ProjectAnalyticsUseCase) {
    super();
    this.batcher = new CoalescingBatcher<AnalyticsEvent>(
      async (events) => {
        await project.execute(changesOf(events));
      },
      { maxSize: 500, maxWaitMs: 20 },
    );
  }

  @JobHandler('listing.created')
  listingCreated(job: JobOf<'analytics', 'listing.created'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  @JobHandler('listing.status_changed')
  listingStatusChanged(job: JobOf<'analytics', 'listing.status_changed'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  /** A published listing's content changed: its opening hours or capacity on offer may have. */
  @JobHandler('listing.updated')
  listingUpdated(job: JobOf<'analytics', 'listing.updated'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  @JobHandler('deal.created')
  dealCreated(job: JobOf<'analytics', 'deal.created'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  @JobHandler('deal.state_changed')
  dealStateChanged(job: JobOf<'analytics', 'deal.state_changed'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  /** A counter-offer by the provider is its first response, when nothing came before. */
  @JobHandler('deal.offer_made')
  dealOfferMade(job: JobOf<'analytics', 'deal.offer_made'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  /** A new member's listings and deals now count in the park (and deals may now be inside it). */
  @JobHandler('park_membership.approved')
  membershipApproved(job: JobOf<'analytics', 'park_membership.approved'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  /** Industry, size class or badge changed: every fact of the organization is derived again. */
  @JobHandler('organization.facts_changed')
  factsChanged(job: JobOf<'analytics', 'organization.facts_changed'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  @JobHandler('organization.badge_verified')
  badgeVerified(job: JobOf<'analytics', 'organization.badge_verified'>): Promise<void> {
    return this.batcher.add(job.data);
  }

  @JobHandler('organization.badge_rejected')
  badgeRejected(job: JobOf<'analytics', 'organization.badge_rejected'>): Promise<void> {
    return this.batcher.add(job.data);
  }
}
