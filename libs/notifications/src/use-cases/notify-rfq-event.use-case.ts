import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { AppConfig, type OutboxMessage, type RfqEventPayload, UnitOfWork } from '@rongtong/platform';
import { isRfqEventType, RFQ_BUYER_EVENT_TYPES } from '../domain';
import { rfqEmail, rfqNotificationText } from '../templates';
import { DispatchPending } from './dispatch-pending';
import { EventFanOut } from './event-fan-out';

/**
 * An RFQ event → every member of each enterprise the event names (invited, interested,
 * passed over, awarded, or whose quote a change may outdate; the buyer for a take-down or
 * reinstatement): an in-app notification and an email in their language, and
 * deliveries to those enterprises' webhooks, in one transaction keyed by the event's id.
 */
@Injectable()
export class NotifyRfqEventUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly people: OrganizationDirectory,
    private readonly fanOut: EventFanOut,
    private readonly dispatch: DispatchPending,
  ) {}

  async execute(event: OutboxMessage<RfqEventPayload>) {
    const { type, payload: rfq } = event;
    if (!isRfqEventType(type)) throw new Error(`Not an RFQ event: ${type}`);
    const rfqUrl = `${this.config.publicWebUrl}/rfqs/${rfq.rfqId}`;
    // Suppliers' events never reach the buyer; the park's moderation of the RFQ reaches only it.
    const organizations = RFQ_BUYER_EVENT_TYPES.includes(type)
      ? [rfq.organizationId]
      : [...new Set(rfq.notifyOrganizationIds)].filter((id) => id !== rfq.organizationId);
    const members = await Promise.all(
      organizations.map(async (organizationId) =>
        (await this.people.memberIds(organizationId)).map((userId) => ({ userId, organizationId })),
      ),
    );
    const candidates = members.flat();
    const recipients = await this.uow.run(async (tx) => {
      const readers = await this.people.readersOf(candidates.map((c) => c.userId));
      const told = candidates.flatMap((c) => {
        const reader = readers.get(c.userId);
        if (!reader) return [];
        const won = rfq.awardedOrganizationIds?.includes(c.organizationId) ?? false;
        const { locale, displayName: name } = reader;
        return [
          {
            userId: c.userId,
            organizationId: c.organizationId,
            address: reader.email,
            notification: rfqNotificationText(type, rfq, locale, won),
            email: rfqEmail(type, rfq, { locale, name, rfqUrl, won }),
          },
        ];
      });
      await this.fanOut.write(tx, event, {
        recipients: told,
        organizations,
        data: { rfqId: rfq.rfqId },
      });
      return told.length;
    });
    const queued = await this.dispatch.afterCommit(event.id, event.requestId);
    return { recipients, ...queued };
  }
}
