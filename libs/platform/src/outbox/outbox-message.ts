/** What a context announces: a fact about one aggregate, with the data listeners need. */
export interface DomainEvent<P extends object = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
}

/** A committed event as the relay hands it to a queue; `id` is also the BullMQ job id. */
export interface OutboxMessage<P extends object = Record<string, unknown>> extends DomainEvent<P> {
  id: string;
  occurredAt: string;
  /** The request (or job) that caused the event, so logs can be followed across hops. */
  requestId: string | null;
}
