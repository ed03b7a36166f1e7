/** What sourcing announces through the outbox (notifications, search, analytics listen). */
export const RFQ_EVENTS = {
  created: 'rfq.created',
  updated: 'rfq.updated',
  published: 'rfq.published',
  closed: 'rfq.closed',
  cancelled: 'rfq.cancelled',
  takenDown: 'rfq.taken_down',
  reinstated: 'rfq.reinstated',
  /** An open RFQ's material change, told to the suppliers whose quotes it may outdate. */
  amended: 'rfq.amended',
  invited: 'rfq.invited',
  questionAsked: 'rfq.question_asked',
  questionAnswered: 'rfq.question_answered',
  awarded: 'rfq.awarded',
} as const;

export const QUOTE_EVENTS = {
  submitted: 'quote.submitted',
  revised: 'quote.revised',
  withdrawn: 'quote.withdrawn',
} as const;

export interface RfqEventPayload {
  rfqId: string;
  organizationId: string;
  [key: string]: unknown;
}
