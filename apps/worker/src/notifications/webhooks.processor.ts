import { Processor } from '@nestjs/bullmq';
import { DeliverWebhookUseCase } from '@rongtong/notifications';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/** One attempt per job run; a failed attempt throws and BullMQ retries with backoff. */
@Processor('webhooks', { ...WORKER_DEFAULTS, concurrency: 16 })
export class WebhooksProcessor extends DispatchingProcessor<'webhooks'> {
  readonly queue = 'webhooks';

  constructor(private readonly deliver: DeliverWebhookUseCase) {
    super();
  }

  @JobHandler('webhook.deliver')
  deliverWebhook(job: JobOf<'webhooks', 'webhook.deliver'>) {
    return this.deliver.execute({
      deliveryId: job.data.deliveryId,
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
    });
  }
}
