/**
 * The matching events notifications listen to, as this context reads them. The contract
 * itself is `MatchEventPayload` in the platform's queue catalog.
 */
export const MATCH_EVENT_TYPES = ['match.created', 'match.interest'] as const;
export type MatchEventType = (typeof MATCH_EVENT_TYPES)[number];

export function isMatchEventType(value: string): value is MatchEventType {
  return (MATCH_EVENT_TYPES as readonly string[]).includes(value);
}

export interface MatchEventFacts {
  demandId: string;
  matchId: string;
  listingId: string;
  demandOrganizationId: string;
  /** The user who posted the demand: the one told. */
  demandCreatedBy: string;
  providerOrganizationId: string;
  demandTitle: string;
  listingTitle: string;
  /** match.created: the match's score, 0–1. */
  score?: number;
  /** match.interest: the provider's user who said so. */
  actorUserId?: string;
}
