import type { DealEventFacts, DealSide } from './deal-event';
import type { MatchEventFacts } from './match-event';

/** One person told about an event, and the organization in whose name they hear it. */
export interface Recipient {
  userId: string;
  organizationId: string;
  side: DealSide;
}

/** The parties that hear of an event: the one that did not act, or both for the system's. */
export function receivingSides(actorSide: DealEventFacts['actorSide']): DealSide[] {
  if (actorSide === 'requester') return ['provider'];
  if (actorSide === 'provider') return ['requester'];
  return ['requester', 'provider'];
}

/** The organizations whose webhooks hear of an event. */
export function receivingOrganizations(event: DealEventFacts): string[] {
  return [
    ...new Set(
      receivingSides(event.actorSide).map((side) =>
        side === 'requester' ? event.requesterOrganizationId : event.providerOrganizationId,
      ),
    ),
  ];
}

/**
 * Who is told of a deal event. On the requester's side only the user who opened the deal
 * (it is their request); on the provider's side every member of the provider. Never the
 * user who acted, and each user once (the requester's side first).
 */
export function dealRecipients(event: DealEventFacts, providerMemberIds: readonly string[]): Recipient[] {
  const recipients: Recipient[] = [];
  const seen = new Set<string>(event.actorUserId ? [event.actorUserId] : []);
  const add = (userId: string, organizationId: string, side: DealSide) => {
    if (seen.has(userId)) return;
    seen.add(userId);
    recipients.push({ userId, organizationId, side });
  };
  for (const side of receivingSides(event.actorSide)) {
    if (side === 'requester') add(event.requesterUserId, event.requesterOrganizationId, side);
    else for (const userId of providerMemberIds) add(userId, event.providerOrganizationId, side);
  }
  return recipients;
}

/**
 * Who is told of a match event: the user who posted the demand (it is their request),
 * in the demand's organization's name, unless they did it themselves. A new match and a
 * provider's interest both concern the demand's side only; the provider learns of demands
 * from its own list of matched demands.
 */
export function matchRecipients(event: MatchEventFacts): Recipient[] {
  if (event.actorUserId === event.demandCreatedBy) return [];
  return [{ userId: event.demandCreatedBy, organizationId: event.demandOrganizationId, side: 'requester' }];
}
