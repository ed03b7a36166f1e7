import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { AppConfig, type DealEventPayload, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import {
  dealEmail,
  dealNotificationText,
  dealRecipients,
  isDealEventType,
  receivingOrganizations,
  receivingSides,
} from '../domain';
import { DispatchPending } from './dispatch-pending';
import { EventFanOut } from './event-fan-out';

/**
 * A deal event → the receiving party's in-app notifications, webhook deliveries and
 * emails, all written in one transaction keyed by the event's id (so a redelivered event
 * adds nothing), then the deliveries and emails are enqueued.
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
    const text = dealNotificationText(type, deal);
    const email = dealEmail(text, { dealUrl: `${this.config.publicWebUrl}/deals/${deal.dealId}` });

    const recipients = await this.uow.run(async (tx) => {
      const providerMembers = receivingSides(deal.actorSide).includes('provider')
        ? await this.people.memberIds(deal.providerOrganizationId)
        : [];
      const candidates = dealRecipients(deal, providerMembers);
      const addresses = await this.people.emailsOf(candidates.map((r) => r.userId));
      // A user deleted since the event was written has no inbox: skip rather than fail.
      const recipients = candidates.filter((r) => addresses.has(r.userId));
      await this.fanOut.write(tx, event, {
        recipients,
        addresses,
        organizations: receivingOrganizations(deal),
        text,
        email,
        data: {
          dealId: deal.dealId,
          kind: deal.kind,
          listingId: deal.listingId,
          state: deal.state,
          ...(deal.previousState !== undefined && { previousState: deal.previousState }),
          ...(deal.action !== undefined && { action: deal.action }),
        },
      });
      return recipients.length;
    });

    const queued = await this.dispatch.afterCommit(event.id, event.requestId);
    return { recipients, ...queued };
  }
}
