import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { AppConfig, type JobPayload } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { WEBHOOK_MAX_ATTEMPTS } from './domain';

/** Attempts per email; the queue's default exponential backoff (1 s, 2 s, 4 s …) between them. */
export const EMAIL_MAX_ATTEMPTS = 5;

/**
 * Enqueues the webhook deliveries and emails that a committed event produced. Each job's
 * id is its row's UUID, so enqueuing again (a retried or redelivered event) adds nothing
 * while BullMQ still remembers the job.
 */
@Injectable()
export class NotificationJobs {
  constructor(
    private readonly config: AppConfig,
    @InjectQueue('webhooks') private readonly webhooks: Queue<JobPayload<'webhooks', 'webhook.deliver'>>,
    @InjectQueue('email') private readonly email: Queue<JobPayload<'email', 'email.send'>>,
  ) {}

  async deliverWebhooks(deliveryIds: readonly string[], requestId: string | null): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.webhooks.addBulk(
      deliveryIds.map((deliveryId) => ({
        name: 'webhook.deliver',
        data: { deliveryId, requestId },
        opts: {
          jobId: deliveryId,
          attempts: WEBHOOK_MAX_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.webhooks.retryBaseMs },
        },
      })),
    );
  }

  async sendEmails(emailIds: readonly string[], requestId: string | null): Promise<void> {
    if (emailIds.length === 0) return;
    await this.email.addBulk(
      emailIds.map((emailId) => ({
        name: 'email.send',
        data: { emailId, requestId },
        opts: { jobId: emailId, attempts: EMAIL_MAX_ATTEMPTS },
      })),
    );
  }
}
