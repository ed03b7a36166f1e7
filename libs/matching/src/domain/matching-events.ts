import type { DemandKind } from './demand';
import type { DemandStatus } from './demand-status';

/**
 * What the matching context announces through the outbox (aggregateType `demand`,
 * aggregateId the demand's id). `demand.created` and `demand.updated` start a matching
 * run; `match.interest` tells the SME a matched provider is interested.
 */
export const DEMAND_EVENTS = {
  created: 'demand.created',
  updated: 'demand.updated',
  statusChanged: 'demand.status_changed',
  matchInterest: 'match.interest',
} as const;

export interface DemandEventPayload {
  demandId: string;
  organizationId: string;
  kind: DemandKind;
}

export interface DemandStatusChangedPayload extends DemandEventPayload {
  status: DemandStatus;
  previousStatus: DemandStatus;
}

export interface MatchInterestEventPayload {
  demandId: string;
  matchId: string;
  listingId: string;
  demandOrganizationId: string;
  demandCreatedBy: string;
  providerOrganizationId: string;
  actorUserId: string;
  demandTitle: string;
  listingTitle: string;
}

/** The event each new match announces (aggregateType `demand`): the SME hears of it. */
export const MATCH_CREATED_EVENT = 'match.created';

export interface MatchCreatedEventPayload {
  demandId: string;
  matchId: string;
  listingId: string;
  demandOrganizationId: string;
  demandCreatedBy: string;
  providerOrganizationId: string;
  score: number;
  demandTitle: string;
  listingTitle: string;
}
