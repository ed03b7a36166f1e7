import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { AppConfig, type DealEventPayload, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import { dealRecipients, isDealEventType, receivingOrganizations, receivingSides } from '../domain';
import { dealEmail, dealNotificationText } from '../templates';
import { DispatchPending } from './dispatch-pending';
import { EventFanOut } from './event-fan-out';

/**
 * A deal event → the receiving party's in-app notifications, webhook deliveries and
 * emails, each person's in their own language, all written in one transaction keyed by
 * the event's id (so a redelivered event adds nothing), then the deliveries and emails
 * are enqueued.
 */
@Injectable()
export class NotifyDealEventUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly people: OrganizationDirectory,
    private readonly fanOut: EventFanOut,
    private readonly dispatch: DispatchPending,
  ) {}

  async execute(event: OutboxMessage<DealEventPayload>) {
    const { type, payload: deal } = event;
    if (!isDealEventType(type)) throw new Error(`Not a deal event: ${type}`);
    const dealUrl = `${this.config.publicWebUrl}/deals/${deal.dealId}`;

    const recipients = await this.uow.run(async (tx) => {
      const providerMembers = receivingSides(deal.actorSide).includes('provider')
        ? await this.people.memberIds(deal.providerOrganizationId)
        : [];
      const candidates = dealRecipients(deal, providerMembers);
      const readers = await this.people.readersOf(candidates.map((r) => r.userId));
      // A user deleted since the event was written has no inbox: skip rather than fail.
      const told = candidates.flatMap((r) => {
        const reader = readers.get(r.userId);
        if (!reader) return [];
        const { locale, displayName: name } = reader;
        return [
          {
            userId: r.userId,
            organizationId: r.organizationId,
            address: reader.email,
            notification: dealNotificationText(type, deal, locale),
            email: dealEmail(type, deal, { locale, name, dealUrl }),
          },
        ];
      });
      await this.fanOut.write(tx, event, {
        recipients: told,
        organizations: receivingOrganizations(deal),
        data: {
          dealId: deal.dealId,
          kind: deal.kind,
          listingId: deal.listingId,
          state: deal.state,
          ...(deal.previousState !== undefined && { previousState: deal.previousState }),
          ...(deal.action !== undefined && { action: deal.action }),
        },
      });
      return told.length;
    });

    const queued = await this.dispatch.afterCommit(event.id, event.requestId);
    return { recipients, ...queued };
  }
}
