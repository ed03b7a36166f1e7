import { OrganizationDirectory } from '@rongtong/identity';
import { Injectable } from '@nestjs/common';
import { AppConfig, type MatchEventPayload, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import { isMatchEventType, matchRecipients } from '../domain';
import { matchEmail, matchNotificationText } from '../templates';
import { DispatchPending } from './dispatch-pending';
import { EventFanOut } from './event-fan-out';

/**
 * A matching event (a new match, a provider's interest) → the demand's creator's in-app
 * notification and email in their language, and deliveries to the demand organization's
 * webhooks, all written in one transaction keyed by the event's id (a redelivered event
 * adds nothing), then the deliveries and emails are enqueued.
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
    const demandUrl = `${this.config.publicWebUrl}/demands/${match.demandId}`;

    const recipients = await this.uow.run(async (tx) => {
      const candidates = matchRecipients(match);
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
            notification: matchNotificationText(type, match, locale),
            email: matchEmail(type, match, { locale, name, demandUrl }),
          },
        ];
      });
      await this.fanOut.write(tx, event, {
        recipients: told,
        organizations: [match.demandOrganizationId],
        data: {
          demandId: match.demandId,
          matchId: match.matchId,
          listingId: match.listingId,
          ...(match.score !== undefined && { score: match.score }),
        },
      });
      return told.length;
    });

    const queued = await this.dispatch.afterCommit(event.id, event.requestId);
    return { recipients, ...queued };
  }
}
