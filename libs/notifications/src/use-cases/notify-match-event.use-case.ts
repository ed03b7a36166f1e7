import { Injectable } from '@nestjs/common';
import { OrganizationDirectory } from '@rongtong/identity';
import { AppConfig, type MatchEventPayload, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import { isMatchEventType, matchEmail, matchNotificationText, matchRecipients } from '../domain';
import { DispatchPending } from './dispatch-pending';
import { EventFanOut } from './event-fan-out';

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
    private readonly fanOut: EventFanOut,
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
      await this.fanOut.write(tx, event, {
        recipients,
        addresses,
        organizations: [match.demandOrganizationId],
        text,
        email,
        data: {
          demandId: match.demandId,
          matchId: match.matchId,
          listingId: match.listingId,
          ...(match.score !== undefined && { score: match.score }),
        },
      });
      return recipients.length;
    });

    const queued = await this.dispatch.afterCommit(event.id, event.requestId);
    return { recipients, ...queued };
  }
}
