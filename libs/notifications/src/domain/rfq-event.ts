/**
 * The RFQ events suppliers are told of, as notifications read them. The contract itself
 * is `RfqEventPayload` in the platform's queue catalog.
 */
export const RFQ_EVENT_TYPES = [
  'rfq.invited',
  'rfq.question_answered',
  'rfq.awarded',
  'rfq.cancelled',
  'rfq.amended',
  'rfq.taken_down',
  'rfq.reinstated',
] as const;
export type RfqEventType = (typeof RFQ_EVENT_TYPES)[number];

export function isRfqEventType(value: string): value is RfqEventType {
  return (RFQ_EVENT_TYPES as readonly string[]).includes(value);
}

/** The events told to the buyer itself (the park's moderation of its RFQ), not to suppliers. */
export const RFQ_BUYER_EVENT_TYPES: readonly RfqEventType[] = ['rfq.taken_down', 'rfq.reinstated'];

export interface RfqEventFacts {
  rfqId: string;
  organizationId: string;
  title: string;
  notifyOrganizationIds: string[];
  reason?: string | null;
  awardedOrganizationIds?: string[];
  changedFields?: string[];
}
