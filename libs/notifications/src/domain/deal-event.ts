import type { DealKind } from '@rongtong/kernel';

/**
 * The deal events notifications listen to, as this context reads them. The contract
 * itself is `DealEventPayload` in the platform's queue catalog; this is the part the
 * domain needs, kept here so the domain stays free of the platform.
 */
export const DEAL_EVENT_TYPES = [
  'deal.created',
  'deal.state_changed',
  'deal.offer_made',
  'deal.message_posted',
  'deal.review_revealed',
] as const;
export type DealEventType = (typeof DEAL_EVENT_TYPES)[number];

export function isDealEventType(value: string): value is DealEventType {
  return (DEAL_EVENT_TYPES as readonly string[]).includes(value);
}

export type DealSide = 'requester' | 'provider';

export interface DealEventFacts {
  dealId: string;
  kind: DealKind;
  /** Null for an order (an RFQ's award). */
  listingId: string | null;
  listingTitle: string;
  requesterOrganizationId: string;
  requesterUserId: string;
  providerOrganizationId: string;
  state: string;
  previousState?: string;
  action?: string;
  actorSide: DealSide | 'system';
  actorUserId: string | null;
  messageExcerpt?: string;
}
