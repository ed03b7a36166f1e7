import type { components } from '../api/schema';

// Kinds and states come from the API's document (npm run openapi), so a kind or state the
// API adds reaches the app's tables (`Record<DealState, …>`) through the compiler.
type DealDto = components['schemas']['DealDto'];
export type DealKind = DealDto['kind'];
export type DealState = DealDto['state'];

/** Every state, in the order the filters list them; a Record so none can be left out. */
const STATE_ORDER: Record<DealState, null> = {
  requested: null,
  countered: null,
  confirmed: null,
  accepted: null,
  samples_received: null,
  report_delivered: null,
  in_production: null,
  shipped: null,
  received: null,
  completed: null,
  no_show: null,
  declined: null,
  expired: null,
  cancelled: null,
};
export const DEAL_STATES = Object.keys(STATE_ORDER) as DealState[];

/** A step the API offers (`accept`, `decline`, `counter` …), as its document lists them. */
export type DealAction = DealDto['actions'][number];

// The shapes the API answers, from its OpenAPI document: a field renamed or dropped there
// fails the typecheck here (npm run openapi regenerates schema.d.ts).
export type DealEvent = components['schemas']['DealEventDto'];
export type DealOffer = components['schemas']['DealOfferDto'];
export type Deal = DealDto;
export type DealPage = components['schemas']['DealPageDto'];
export type DealMessage = components['schemas']['DealMessageDto'];
export type DealMessagePage = components['schemas']['DealMessagePageDto'];
export type DealDocument = components['schemas']['DealDocumentDto'];

/** One page of a list, the API's one page shape (demands/queries.ts reads it). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
