import type { NotificationRecord } from '../persistence/notification.repository';
import type { WebhookDeliveryRecord } from '../persistence/webhook-delivery.repository';
import type { WebhookEndpointRecord } from '../persistence/webhook-endpoint.repository';

export function notificationView(n: NotificationRecord) {
  return {
    id: n.id,
    organizationId: n.organizationId,
    type: n.type,
    title: n.title,
    body: n.body,
    data: n.data,
    readAt: n.readAt,
    createdAt: n.createdAt,
  };
}

/** An endpoint as its organization sees it: never with its secret. */
export function webhookView(w: WebhookEndpointRecord) {
  return { id: w.id, url: w.url, events: w.events, active: w.active, createdAt: w.createdAt };
}

export function deliveryView(d: WebhookDeliveryRecord) {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastAttemptAt: d.lastAttemptAt,
    nextAttemptAt: d.nextAttemptAt,
    occurredAt: d.occurredAt,
    createdAt: d.createdAt,
    payload: d.payload,
  };
}
