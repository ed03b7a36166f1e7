import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { NotificationJobs } from '../notification-jobs';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';

/**
 * After an event's rows are committed: enqueue every delivery and email of that event
 * still pending. Run again for a redelivered event, it re-enqueues what a crash between
 * commit and enqueue left behind, and the job ids absorb the rest.
 */
@Injectable()
export class DispatchPending {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly emails: OutboundEmailRepository,
    private readonly jobs: NotificationJobs,
  ) {}

  async afterCommit(eventId: string, requestId: string | null): Promise<{ deliveries: number; emails: number }> {
    const deliveryIds = await this.deliveries.pendingIdsOfEvent(this.uow.db, eventId);
    const emailIds = await this.emails.pendingIdsOfEvent(this.uow.db, eventId);
    await this.jobs.deliverWebhooks(deliveryIds, requestId);
    await this.jobs.sendEmails(emailIds, requestId);
    return { deliveries: deliveryIds.length, emails: emailIds.length };
  }
}
