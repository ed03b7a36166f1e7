import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RefreshFreeTimeUseCase } from '@rongtong/deals';
import {
  Batcher,
  DependencyMonitor,
  DispatchingProcessor,
  JobHandler,
  type JobOf,
  WORKER_DEFAULTS,
} from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { keepSchedules } from '../schedules';

const DAILY_MS = 24 * 3_600_000;

/**
 * Listing and booking events → `listing_free_time`. Jobs arriving together recompute as
 * one batch (each listing once, one transaction), and a job completes only when its
 * listing's rows are in step. A daily job rolls every listing's horizon forward.
 */
@Processor('availability', { ...WORKER_DEFAULTS, concurrency: 64 })
export class AvailabilityProcessor
  extends DispatchingProcessor<'availability'>
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  readonly queue = 'availability';
  private stopKeeping?: () => void;
  private readonly batcher: Batcher<string>;

  constructor(
    private readonly freeTime: RefreshFreeTimeUseCase,
    @InjectQueue('availability') private readonly availability: Queue,
    private readonly dependencies: DependencyMonitor,
  ) {
    super();
    this.batcher = new Batcher<string>(
      async (ids) => {
        const { bookable, rows } = await freeTime.execute(ids);
        this.logger.debug(`Free time: ${bookable} of ${new Set(ids).size} listings bookable, ${rows} intervals`);
      },
      { maxSize: 200, maxWaitMs: 20 },
    );
  }

  /**
   * Daily; BullMQ runs an `every` scheduler's first job at once, so a new deployment (or a
   * worker that was down) fills the table without waiting a day.
   */
  async onApplicationBootstrap(): Promise<void> {
    this.stopKeeping = await keepSchedules(
      this.availability,
      [{ name: 'availability.refresh-all', every: DAILY_MS, data: {} }],
      this.dependencies,
      this.logger,
    );
  }

  onApplicationShutdown(): void {
    this.stopKeeping?.();
  }

  @JobHandler('listing.published')
  published(job: JobOf<'availability', 'listing.published'>): Promise<void> {
    return this.batcher.add(job.data.payload.listingId);
  }

  @JobHandler('listing.updated')
  updated(job: JobOf<'availability', 'listing.updated'>): Promise<void> {
    return this.batcher.add(job.data.payload.listingId);
  }

  @JobHandler('listing.unpublished')
  unpublished(job: JobOf<'availability', 'listing.unpublished'>): Promise<void> {
    return this.batcher.add(job.data.payload.listingId);
  }

  @JobHandler('deal.created')
  dealCreated(job: JobOf<'availability', 'deal.created'>): Promise<void> {
    return this.dealChanged(job.data.payload);
  }

  @JobHandler('deal.state_changed')
  dealStateChanged(job: JobOf<'availability', 'deal.state_changed'>): Promise<void> {
    return this.dealChanged(job.data.payload);
  }

  @JobHandler('availability.refresh-all')
  async refreshAll(): Promise<{ listings: number; bookable: number; rows: number }> {
    const done = await this.freeTime.refreshAll();
    this.logger.log(
      `Free time refreshed: ${done.bookable} of ${done.listings} listings bookable, ${done.rows} intervals`,
    );
    return done;
  }

  /** Only bookings hold equipment time; other deals leave free time as it is. */
  private async dealChanged(payload: { kind: string; listingId: string | null }): Promise<void> {
    if (payload.kind === 'booking' && payload.listingId) await this.batcher.add(payload.listingId);
  }
}
