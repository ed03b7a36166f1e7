export type DealKind = 'booking' | 'sample_test' | 'reservation' | 'licence';
export type DealState =
  | 'requested'
  | 'countered'
  | 'confirmed'
  | 'accepted'
  | 'samples_received'
  | 'report_delivered'
  | 'completed'
  | 'no_show'
  | 'declined'
  | 'expired'
  | 'cancelled';
export const DEAL_STATES: DealState[] = [
  'requested',
  'countered',
  'confirmed',
  'accepted',
  'samples_received',
  'report_delivered',
  'completed',
  'no_show',
  'declined',
  'expired',
  'cancelled',
];
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
