import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ExpireLapsedDealsUseCase, RevealLapsedReviewsUseCase } from '@rongtong/deals';
import { ExpireUsccDisputesUseCase } from '@rongtong/identity';
import { ExpireDemandsUseCase } from '@rongtong/matching';
import { SealWebhookSecretsUseCase } from '@rongtong/notifications';
import {
  DependencyMonitor,
  DispatchingProcessor,
  JobHandler,
  type JobName,
  type JobOf,
  WORKER_DEFAULTS,
} from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { keepSchedules } from '../schedules';

const OUTBOX_RETENTION_DAYS = 7;
const HOUR = 3_600_000;

/** Each housekeeping job, how often it runs (ms) and what it is given. */
const SCHEDULES: ReadonlyArray<[JobName<'maintenance'>, number, object]> = [
  ['outbox.prune', HOUR, { olderThanDays: OUTBOX_RETENTION_DAYS }],
  ['deals.expire-lapsed', 60_000, {}],
  ['demands.expire', HOUR, {}],
  ['deals.reveal-reviews', HOUR, {}],
  ['webhooks.seal-secrets', HOUR, {}],
  ['uscc-disputes.expire', HOUR, {}],
];

/**
 * Housekeeping: delivered outbox rows are kept a week for tracing, then pruned hourly
 * (an event not yet delivered is kept);
 * deal requests nobody answered in time lapse, checked every minute; demands past their
 * deadline expire, checked hourly; lone reviews past their blind period are announced,
 * hourly; webhook secrets not sealed under the current key are sealed, at start and hourly;
 * credit code disputes whose claimant never confirmed them expire, hourly.
 */
@Processor('maintenance', WORKER_DEFAULTS)
export class MaintenanceProcessor
  extends DispatchingProcessor<'maintenance'>
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  readonly queue = 'maintenance';
  private stopKeeping?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue('maintenance') private readonly maintenance: Queue,
    private readonly expireLapsed: ExpireLapsedDealsUseCase,
    private readonly expireDemands: ExpireDemandsUseCase,
    private readonly sealWebhookSecrets: SealWebhookSecretsUseCase,
    private readonly revealReviews: RevealLapsedReviewsUseCase,
    private readonly expireDisputes: ExpireUsccDisputesUseCase,
    private readonly dependencies: DependencyMonitor,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopKeeping = await keepSchedules(
      this.maintenance,
      SCHEDULES.map(([name, every, data]) => ({ name, every, data })),
      this.dependencies,
      this.logger,
    );
    // And once now: a worker started with a new SECRETS_KEY (rotation) seals at once.
    void this.maintenance.add('webhooks.seal-secrets', {}).catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.stopKeeping?.();
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

  @JobHandler('uscc-disputes.expire')
  async expireUnconfirmedDisputes(): Promise<{ expired: number }> {
    return { expired: await this.expireDisputes.execute() };
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
      `DELETE FROM outbox WHERE completed_at < now() - make_interval(days => $1)`,
      [job.data.olderThanDays],
    );
    this.logger.log(`Pruned ${deleted} delivered outbox events older than ${job.data.olderThanDays} days`);
    return { deleted: Number(deleted) };
  }
}

/** Runs `batch` until it does nothing more, so a backlog after downtime clears in one run; the total done. */
async function drain(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let done = await batch(); done > 0; done = await batch()) total += done;
  return total;
}
