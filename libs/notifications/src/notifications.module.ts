import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { Mailer } from './mailer';
import { NotificationJobs } from './notification-jobs';
import { NotificationRepository } from './persistence/notification.repository';
import { OutboundEmailRepository } from './persistence/outbound-email.repository';
import { WebhookDeliveryRepository } from './persistence/webhook-delivery.repository';
import { WebhookEndpointRepository } from './persistence/webhook-endpoint.repository';
import {
  CreateWebhookUseCase,
  DeleteWebhookUseCase,
  DeliverWebhookUseCase,
  ListNotificationsUseCase,
  ListWebhookDeliveriesUseCase,
  ListWebhooksUseCase,
  MarkAllNotificationsReadUseCase,
  MarkNotificationReadUseCase,
  NotifyDealEventUseCase,
  NotifyInvitationUseCase,
  NotifyAccountTokenUseCase,
  NotifyUsccDisputeUseCase,
  NotifyMatchEventUseCase,
  NotifyRfqEventUseCase,
  SealWebhookSecretsUseCase,
  SetWebhookActiveUseCase,
  SendEmailUseCase,
} from './use-cases';
import { DispatchPending } from './use-cases/dispatch-pending';
import { EventFanOut } from './use-cases/event-fan-out';
import { WebhookAccess } from './use-cases/webhook-access';
import { WebhookTransport } from './webhook-transport';
import { notificationsEntities } from './persistence/entities';

const USE_CASES = [
  CreateWebhookUseCase,
  DeleteWebhookUseCase,
  DeliverWebhookUseCase,
  ListNotificationsUseCase,
  ListWebhookDeliveriesUseCase,
  ListWebhooksUseCase,
  MarkAllNotificationsReadUseCase,
  MarkNotificationReadUseCase,
  NotifyDealEventUseCase,
  NotifyInvitationUseCase,
  NotifyAccountTokenUseCase,
  NotifyUsccDisputeUseCase,
  NotifyMatchEventUseCase,
  NotifyRfqEventUseCase,
  SealWebhookSecretsUseCase,
  SetWebhookActiveUseCase,
  SendEmailUseCase,
];

/**
 * Notifications: what people and systems are told when deals move, demands are matched
 * or invitations go out — in-app notifications, signed webhooks and email. The worker runs the listeners
 * and senders; the API serves the inbox and webhook management.
 */
@Module({
  imports: [TypeOrmModule.forFeature(notificationsEntities), IdentityModule],
  providers: [
    NotificationRepository,
    WebhookEndpointRepository,
    WebhookDeliveryRepository,
    OutboundEmailRepository,
    NotificationJobs,
    Mailer,
    DispatchPending,
    EventFanOut,
    WebhookAccess,
    WebhookTransport,
    ...USE_CASES,
  ],
  exports: [...USE_CASES, Mailer],
})
export class NotificationsModule {}
