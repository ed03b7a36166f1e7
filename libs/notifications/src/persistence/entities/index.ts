import { NotificationEntity } from './notifications.entity';
import { OutboundEmailEntity } from './outbound-emails.entity';
import { WebhookDeliveryEntity } from './webhook-deliveries.entity';
import { WebhookEndpointEntity } from './webhook-endpoints.entity';

export * from './notifications.entity';
export * from './outbound-emails.entity';
export * from './webhook-deliveries.entity';
export * from './webhook-endpoints.entity';

/** Every table of the notifications context, for the DataSource. */
export const notificationsEntities = [
  NotificationEntity,
  OutboundEmailEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
];
