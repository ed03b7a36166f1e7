import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { ExpireLapsedDealsUseCase, RevealLapsedReviewsUseCase } from '@rongtong/deals';
import { ExpireDemandsUseCase } from '@rongtong/matching';
import { SealWebhookSecretsUseCase } from '@rongtong/notifications';
import { DispatchingProcessor, JobHandler, type JobName, type JobOf } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const OUTBOX_RETENTION_DAYS = 7;
const HOUR = 3_600_000;

/** Each housekeeping job, how often it runs (ms) and what it is given. */
const SCHEDULES: ReadonlyArray<[JobName<'maintenance'>, number, object]> = [
  ['outbox.prune', HOUR, { olderThanDays: OUTBOX_RETENTION_DAYS }],
  ['deals.expire-lapsed', 60_000, {}],
  ['demands.expire', HOUR, {}],
  ['deals.reveal-reviews', HOUR, {}],
  ['webhooks.seal-secrets', HOUR, {}],
];

/**
 * Housekeeping: published outbox rows are kept a week for tracing, then pruned hourly;
 * deal requests nobody answered in time lapse, checked every minute; demands past their
 * deadline expire, checked hourly; lone reviews past their blind period are announced,
 * hourly; webhook secrets not sealed under the current key are sealed, at start and hourly.
 */
@Processor('maintenance')
export class MaintenanceProcessor extends DispatchingProcessor<'maintenance'> implements OnApplicationBootstrap {
  readonly queue = 'maintenance';

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue('maintenance') private readonly maintenance: Queue,
    private readonly expireLapsed: ExpireLapsedDealsUseCase,
    private readonly expireDemands: ExpireDemandsUseCase,
    private readonly sealWebhookSecrets: SealWebhookSecretsUseCase,
    private readonly revealReviews: RevealLapsedReviewsUseCase,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const [name, every, data] of SCHEDULES) {
      await this.maintenance.upsertJobScheduler(name, { every }, { name, data });
    }
    // And once now: a worker started with a new SECRETS_KEY (rotation) seals at once.
    await this.maintenance.add('webhooks.seal-secrets', {});
  }

  @JobHandler('deals.reveal-reviews')
  async revealLapsedReviews(): Promise<{ announced: number }> {
    return { announced: await drain(() => this.revealReviews.execute()) };
  }

  @JobHandler('webhooks.seal-secrets')
  async sealSecrets(): Promise<{ sealed: number }> {
    const sealed = await this.sealWebhookSecrets.execute();
    if (sealed > 0) this.logger.log(`Sealed ${sealed} webhook secrets under the current SECRETS_KEY`);
    return { sealed };
  }

  @JobHandler('demands.expire')
  async expirePastDeadline(): Promise<{ expired: number }> {
    return { expired: await this.expireDemands.execute() };
  }

  @JobHandler('deals.expire-lapsed')
  async expireLapsedDeals(): Promise<{ expired: number }> {
    return { expired: await drain(() => this.expireLapsed.execute()) };
  }

  @JobHandler('outbox.prune')
  async pruneOutbox(job: JobOf<'maintenance', 'outbox.prune'>): Promise<{ deleted: number }> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(days => $1)`,
      [job.data.olderThanDays],
    );
    this.logger.log(`Pruned ${deleted} published outbox events older than ${job.data.olderThanDays} days`);
    return { deleted: Number(deleted) };
  }
}

/** Runs `batch` until it does nothing more, so a backlog after downtime clears in one run; the total done. */
async function drain(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let done = await batch(); done > 0; done = await batch()) total += done;
  return total;
}
