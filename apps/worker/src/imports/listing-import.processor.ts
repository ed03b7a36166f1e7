import { Processor } from '@nestjs/bullmq';
import { RunListingImportUseCase } from '@rongtong/listings';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/**
 * Listing imports (issue 22), two at a time: each streams its file, so memory does not
 * grow with files, and a big import does not hold up another enterprise's for long. The
 * job comes from the import's outbox event. A fault is retried (the import starts over:
 * rows already imported are then unchanged); after the last attempt the import ends
 * `failed`, saying so, rather than staying `running`.
 */
@Processor('imports', { ...WORKER_DEFAULTS, concurrency: 2 })
export class ListingImportProcessor extends DispatchingProcessor<'imports'> {
  readonly queue = 'imports';

  constructor(private readonly run: RunListingImportUseCase) {
    super();
  }

  @JobHandler('listing_import.requested')
  async listingImport(job: JobOf<'imports', 'listing_import.requested'>): Promise<void> {
    const { importId } = job.data.payload;
    try {
      await this.run.execute(importId);
    } catch (error) {
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) await this.run.failAfterRetries(importId, attempts, error);
      throw error;
    }
  }
}
