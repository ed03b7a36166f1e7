import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EMAIL_MAX_ATTEMPTS, WEBHOOK_MAX_ATTEMPTS } from '@rongtong/notifications';
import { AppConfig, DependencyMonitor, type DependencyName } from '@rongtong/platform';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const EVERY_MS = 10 * 60_000;
const BATCH = 1_000;

/**
 * Emails and webhook deliveries still `pending` whose job Redis no longer holds (it
 * restarted without its data) get their job again, same id and options: when Redis comes
 * back, and every ten minutes. Their use cases skip a row that is no longer pending, so a
 * job added twice sends once.
 */
@Injectable()
export class PendingNotificationJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingNotificationJobs.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly onUp = (name: DependencyName) => {
    if (name === 'redis') this.sweepSoon(0);
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly monitor: DependencyMonitor,
    @InjectQueue('webhooks') private readonly webhooks: Queue,
    @InjectQueue('email') private readonly email: Queue,
  ) {}

  onApplicationBootstrap(): void {
    this.monitor.on('up', this.onUp);
    this.timer = setInterval(() => this.sweepSoon(60), EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.monitor.off('up', this.onUp);
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sweeps in the background (rows older than `graceSeconds`), unless a sweep is running. */
  sweepSoon(graceSeconds: number): void {
    if (this.running || this.monitor.isUp('redis') === false) return;
    this.running = this.sweep(graceSeconds)
      .then(
        ({ emails, deliveries }) => {
          if (emails + deliveries > 0)
            this.logger.log(`Jobs added again for ${emails} pending emails and ${deliveries} webhook deliveries`);
        },
        (error: unknown) =>
          this.logger.debug(
            `Pending notification jobs not checked: ${error instanceof Error ? error.message : String(error)}`,
          ),
      )
      .finally(() => (this.running = undefined));
  }

  async sweep(graceSeconds: number): Promise<{ emails: number; deliveries: number }> {
    const emails = await this.missing(this.email, 'outbound_emails', graceSeconds);
    if (emails.length > 0) {
      await this.email.addBulk(
        emails.map((emailId) => ({
          name: 'email.send',
          data: { emailId, requestId: null },
          opts: { jobId: emailId, attempts: EMAIL_MAX_ATTEMPTS },
        })),
      );
    }
    const deliveries = await this.missing(this.webhooks, 'webhook_deliveries', graceSeconds);
    if (deliveries.length > 0) {
      await this.webhooks.addBulk(
        deliveries.map((deliveryId) => ({
          name: 'webhook.deliver',
          data: { deliveryId, requestId: null },
          opts: {
            jobId: deliveryId,
            attempts: WEBHOOK_MAX_ATTEMPTS,
            backoff: { type: 'exponential', delay: this.config.webhooks.retryBaseMs },
          },
        })),
      );
    }
    return { emails: emails.length, deliveries: deliveries.length };
  }

  /** Ids of pending rows of `table` that have no job in `queue`. */
  private async missing(
    queue: Queue,
    table: 'outbound_emails' | 'webhook_deliveries',
    graceSeconds: number,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM ${table}
        WHERE status = 'pending' AND created_at <= now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT $2`,
      [graceSeconds, BATCH],
    );
    const jobs = await Promise.all(rows.map((row) => queue.getJob(row.id) as Promise<Job | undefined>));
    return rows.filter((_, i) => !jobs[i]).map((row) => row.id);
  }
}
