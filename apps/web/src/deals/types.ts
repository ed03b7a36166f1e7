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
  completed: null,
  no_show: null,
  declined: null,
  expired: null,
  cancelled: null,
};
export const DEAL_STATES = Object.keys(STATE_ORDER) as DealState[];

/** A step the API offers (`accept`, `decline`, `counter` …); new ones may appear. */
export type DealAction = string;

export interface DealEvent {
  id: string;
  actorSide: 'requester' | 'provider' | 'system';
  action: string;
  fromState: DealState | null;
  toState: DealState;
  data: Record<string, unknown> | null;
  createdAt: string;
}

export interface DealOffer {
  id?: string;
  version?: number;
  side?: 'requester' | 'provider';
  terms: Record<string, unknown>;
  createdAt: string;
}

export interface Deal {
  id: string;
  kind: DealKind;
  state: DealState;
  turn: 'requester' | 'provider' | null;
  listing: { id: string; title: string };
  requesterOrganizationId: string;
  providerOrganizationId: string;
  terms: Record<string, unknown>;
  holdExpiresAt: string | null;
  stateReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  yourSides: ('requester' | 'provider')[];
  actions: DealAction[];
  offers?: DealOffer[];
  events?: DealEvent[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface DealMessage {
  id: string;
  authorSide: 'requester' | 'provider';
  authorUserId: string;
  body: string;
  documents: { id: string; fileName?: string; filename?: string }[];
  createdAt: string;
}

export interface DealDocument {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
}
