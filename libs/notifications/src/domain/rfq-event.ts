/**
 * The RFQ events suppliers are told of, as notifications read them. The contract itself
 * is `RfqEventPayload` in the platform's queue catalog.
 */
export const RFQ_EVENT_TYPES = ['rfq.invited', 'rfq.question_answered', 'rfq.awarded', 'rfq.cancelled'] as const;
export type RfqEventType = (typeof RFQ_EVENT_TYPES)[number];

export function isRfqEventType(value: string): value is RfqEventType {
  return (RFQ_EVENT_TYPES as readonly string[]).includes(value);
}

export interface RfqEventFacts {
  rfqId: string;
  organizationId: string;
  title: string;
  notifyOrganizationIds: string[];
  reason?: string | null;
  awardedOrganizationIds?: string[];
}
