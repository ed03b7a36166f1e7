import { Processor } from '@nestjs/bullmq';
import { FulfilDemandFromDealUseCase, MatchDemandUseCase, MatchListingUseCase } from '@rongtong/matching';
import { Batcher, DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/** Runs side by side within a batch: each is a handful of queries. */
const PARALLEL_RUNS = 4;

/**
 * Demand and listing events → matches. Jobs arriving together are coalesced: each demand
 * (or listing) is matched once per batch, from its current state, and a job completes
 * only when its run is recorded. Runs are idempotent (matches are upserted), so a batch
 * that fails is simply retried whole.
 */
@Processor('matching', { ...WORKER_DEFAULTS, concurrency: 32 })
export class MatchingProcessor extends DispatchingProcessor<'matching'> {
  readonly queue = 'matching';
  private readonly demands: Batcher<{ demandId: string; edited: boolean }>;
  private readonly listings: Batcher<string>;

  constructor(
    matchDemand: MatchDemandUseCase,
    matchListing: MatchListingUseCase,
    private readonly fulfil: FulfilDemandFromDealUseCase,
  ) {
    super();
    this.demands = new Batcher(
      async (items) => {
        // An edit in the batch prunes proposals the demand no longer fits.
        const edited = new Map<string, boolean>();
        for (const { demandId, edited: e } of items) edited.set(demandId, (edited.get(demandId) ?? false) || e);
        await runAll([...edited], async ([demandId, prune]) => {
          const done = await matchDemand.execute(demandId, { prune });
          this.logger.debug(`Demand ${demandId}: ${done.matches} matches (${done.created} new) of ${done.candidates}`);
        });
      },
      { maxSize: 50, maxWaitMs: 50 },
    );
    this.listings = new Batcher(
      async (ids) => {
        await runAll([...new Set(ids)], async (listingId) => {
          const done = await matchListing.execute(listingId);
          this.logger.debug(
            `Listing ${listingId}: proposed to ${done.matches} of ${done.demands} demands, withdrawn from ${done.removed}`,
          );
        });
      },
      { maxSize: 50, maxWaitMs: 50 },
    );
  }

  @JobHandler('demand.created')
  demandCreated(job: JobOf<'matching', 'demand.created'>): Promise<void> {
    return this.demands.add({ demandId: job.data.payload.demandId, edited: false });
  }

  @JobHandler('demand.updated')
  demandUpdated(job: JobOf<'matching', 'demand.updated'>): Promise<void> {
    return this.demands.add({ demandId: job.data.payload.demandId, edited: true });
  }

  @JobHandler('listing.published')
  listingPublished(job: JobOf<'matching', 'listing.published'>): Promise<void> {
    return this.listings.add(job.data.payload.listingId);
  }

  @JobHandler('listing.updated')
  listingUpdated(job: JobOf<'matching', 'listing.updated'>): Promise<void> {
    return this.listings.add(job.data.payload.listingId);
  }

  /** Not published any more: the run finds no listing and withdraws its open proposals. */
  @JobHandler('listing.unpublished')
  listingUnpublished(job: JobOf<'matching', 'listing.unpublished'>): Promise<void> {
    return this.listings.add(job.data.payload.listingId);
  }

  @JobHandler('deal.state_changed')
  async dealStateChanged(job: JobOf<'matching', 'deal.state_changed'>): Promise<void> {
    if (
      job.data.payload.state !== 'completed' &&
      !(job.data.payload.kind === 'licence' && job.data.payload.state === 'accepted')
    )
      return;
    if (await this.fulfil.execute({ dealId: job.data.payload.dealId })) {
      this.logger.debug(`Deal ${job.data.payload.dealId} completed: its demand is fulfilled`);
    }
  }
}

/** Runs `work` on every item, a few at a time; fails (after all ran) if any failed. */
async function runAll<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_RUNS, items.length) }, lane));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, `${failures.length} matching runs failed`);
}
