import { Processor } from '@nestjs/bullmq';
import { RunListingImportUseCase } from '@rongtong/listings';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/**
 * Listing imports (issue 22), two at a time: each streams its file, so memory does not
 * grow with files, and a big import does not hold up another enterprise's for long.
 */
@Processor('imports', { ...WORKER_DEFAULTS, concurrency: 2 })
export class ListingImportProcessor extends DispatchingProcessor<'imports'> {
  readonly queue = 'imports';

  constructor(private readonly run: RunListingImportUseCase) {
    super();
  }

  @JobHandler('listing-import.run')
  async listingImport(job: JobOf<'imports', 'listing-import.run'>): Promise<void> {
    await this.run.execute(job.data.importId);
  }
}
