import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { AppConfig, type MatchEventPayload, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import { isMatchEventType, matchEmail, matchNotificationText, matchRecipients } from '../domain';
import { NotificationRepository } from '../persistence/notification.repository';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../persistence/webhook-endpoint.repository';
import { DispatchPending } from './dispatch-pending';

/**
 * A matching event (a new match, a provider's interest) → the demand's creator's in-app
 * notification and email, and deliveries to the demand organization's webhooks, all
 * written in one transaction keyed by the event's id (a redelivered event adds nothing),
 * then the deliveries and emails are enqueued.
 */
@Injectable()
export class NotifyMatchEventUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly people: OrganizationDirectory,
    private readonly notifications: NotificationRepository,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly emails: OutboundEmailRepository,
    private readonly dispatch: DispatchPending,
  ) {}

  async execute(event: OutboxMessage<MatchEventPayload>) {
    const { type, payload: match } = event;
    if (!isMatchEventType(type)) throw new Error(`Not a match event: ${type}`);
    const text = matchNotificationText(type, match);
    const email = matchEmail(text, { demandUrl: `${this.config.publicWebUrl}/demands/${match.demandId}` });

    const recipients = await this.uow.run(async (tx) => {
      const candidates = matchRecipients(match);
      const addresses = await this.people.emailsOf(candidates.map((r) => r.userId));
      // A user deleted since the event was written has no inbox: skip rather than fail.
      const recipients = candidates.filter((r) => addresses.has(r.userId));
      const endpoints = await this.endpoints.subscribers(tx, [match.demandOrganizationId], type);

      await this.notifications.insertMany(
        tx,
        recipients.map((r) => ({
          userId: r.userId,
          organizationId: r.organizationId,
          eventId: event.id,
          type,
          ...text,
          data: {
            demandId: match.demandId,
            matchId: match.matchId,
            listingId: match.listingId,
            ...(match.score !== undefined && { score: match.score }),
          },
        })),
      );
      await this.deliveries.insertMany(
        tx,
        endpoints.map((endpoint) => ({
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: type,
          occurredAt: event.occurredAt,
          payload: match,
        })),
      );
      await this.emails.insertMany(
        tx,
        recipients.map((r) => ({
          eventId: event.id,
          template: type,
          to: addresses.get(r.userId)!,
          userId: r.userId,
          ...email,
        })),
      );
      return recipients.length;
    });

    const queued = await this.dispatch.afterCommit(event.id, event.requestId);
    return { recipients, ...queued };
  }
}
