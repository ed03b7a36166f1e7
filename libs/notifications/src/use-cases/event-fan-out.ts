import { Injectable } from '@nestjs/common';
import type { Db, OutboxMessage } from '@rongtong/platform';
import { NotificationRepository } from '../persistence/notification.repository';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import type { NotificationText, RenderedEmail } from '../templates';

/** One person told, in the name of an organization, in their own language. */
export interface Told {
  userId: string;
  organizationId: string;
  address: string;
  notification: NotificationText;
  email: RenderedEmail;
}

export interface FanOut {
  recipients: Told[];
  /** Whose webhooks hear of it. */
  organizations: string[];
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
        ...r.notification,
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
        to: r.address,
        userId: r.userId,
        ...r.email,
      })),
    );
  }
}
