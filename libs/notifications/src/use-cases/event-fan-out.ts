import { Injectable } from '@nestjs/common';
import type { Db, OutboxMessage } from '@rongtong/platform';
import { NotificationRepository } from '../persistence/notification.repository';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';

type NotificationRow = Parameters<NotificationRepository['insertMany']>[1][number];
type EmailRow = Parameters<OutboundEmailRepository['insertMany']>[1][number];

export interface FanOut {
  /** The people told, each in the name of an organization, with the address to email. */
  recipients: { userId: string; organizationId: string }[];
  addresses: Map<string, string>;
  /** Whose webhooks hear of it. */
  organizations: string[];
  text: Pick<NotificationRow, 'title' | 'body'>;
  email: Omit<EmailRow, 'eventId' | 'template' | 'to' | 'userId'>;
  /** Ids a client follows from the notification. */
  data: Record<string, unknown>;
}

/**
 * One event → in-app notifications, webhook deliveries and emails, written in the
 * caller's transaction and keyed by the event's id, so a redelivered event adds nothing.
 */
@Injectable()
export class EventFanOut {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly emails: OutboundEmailRepository,
  ) {}

  async write(tx: Db, event: OutboxMessage<object>, fan: FanOut): Promise<void> {
    const endpoints = await this.endpoints.subscribers(tx, fan.organizations, event.type);
    await this.notifications.insertMany(
      tx,
      fan.recipients.map((r) => ({
        userId: r.userId,
        organizationId: r.organizationId,
        eventId: event.id,
        type: event.type,
        ...fan.text,
        data: fan.data,
      })),
    );
    await this.deliveries.insertMany(
      tx,
      endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        occurredAt: event.occurredAt,
        payload: event.payload,
      })),
    );
    await this.emails.insertMany(
      tx,
      fan.recipients.map((r) => ({
        eventId: event.id,
        template: event.type,
        to: fan.addresses.get(r.userId)!,
        userId: r.userId,
        ...fan.email,
      })),
    );
  }
}
