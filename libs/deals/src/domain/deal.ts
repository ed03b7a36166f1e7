import type { DealKind } from '@rongtong/kernel';
import { DealOutOfTurnError, DealStateConflictError } from './deals.errors';

// The kinds are named once, in the kernel, for every context that speaks of deals.
export { DEAL_KINDS, type DealKind } from '@rongtong/kernel';

export const DEAL_STATES = [
  'requested',
  'countered',
  'confirmed',
  'accepted',
  'samples_received',
  'report_delivered',
  'in_production',
  'shipped',
  'received',
  'completed',
  'no_show',
  'declined',
  'expired',
  'cancelled',
] as const;
export type DealState = (typeof DEAL_STATES)[number];

/** The two parties: who asked (the SME) and who offers (the listing's owner). */
export type Side = 'requester' | 'provider';
/** Who took a step: a party, or the platform itself (a hold that lapsed). */
export type ActorSide = Side | 'system';

export const DEAL_ACTIONS = [
  'accept',
  'decline',
  'cancel',
  'complete',
  'no_show',
  'receive_samples',
  'deliver_report',
  'start_production',
  'ship',
  'receive',
  'counter',
  'expire',
] as const;
export type DealAction = (typeof DEAL_ACTIONS)[number];

interface Step {
  to: DealState;
  /** Who may take it. */
  by: readonly ActorSide[];
}

type Flow = Partial<Record<DealState, Partial<Record<DealAction, Step>>>>;

const provider = ['provider'] as const;
const requester = ['requester'] as const;
const either = ['requester', 'provider'] as const;
const system = ['system'] as const;

/**
 * Each kind's lifecycle: from a state, which action leads where and who may take it.
 * A negotiation (reservations, licences) alternates between `requested` (the provider's
 * move) and `countered` (the requester's move); `counter` is the offer that hands the
 * turn over. An order (an RFQ's award: the buyer is the requester, the supplier the
 * provider) starts confirmed: the award was the agreement.
 */
const FLOWS: Record<DealKind, Flow> = {
  booking: {
    requested: {
      accept: { to: 'confirmed', by: provider },
      decline: { to: 'declined', by: provider },
      cancel: { to: 'cancelled', by: requester },
      expire: { to: 'expired', by: system },
    },
    confirmed: {
      cancel: { to: 'cancelled', by: either },
      complete: { to: 'completed', by: provider },
      no_show: { to: 'no_show', by: provider },
    },
  },
  sample_test: {
    requested: {
      accept: { to: 'accepted', by: provider },
      decline: { to: 'declined', by: provider },
      cancel: { to: 'cancelled', by: requester },
      expire: { to: 'expired', by: system },
    },
    accepted: {
      receive_samples: { to: 'samples_received', by: provider },
      cancel: { to: 'cancelled', by: either },
    },
    samples_received: { deliver_report: { to: 'report_delivered', by: provider } },
    report_delivered: { complete: { to: 'completed', by: requester } },
  },
  reservation: {
    requested: {
      accept: { to: 'accepted', by: provider },
      decline: { to: 'declined', by: provider },
      counter: { to: 'countered', by: provider },
      cancel: { to: 'cancelled', by: requester },
      expire: { to: 'expired', by: system },
    },
    countered: {
      accept: { to: 'accepted', by: requester },
      decline: { to: 'declined', by: requester },
      counter: { to: 'requested', by: requester },
      cancel: { to: 'cancelled', by: either },
      expire: { to: 'expired', by: system },
    },
    accepted: {
      complete: { to: 'completed', by: provider },
      cancel: { to: 'cancelled', by: either },
    },
  },
  licence: {
    requested: {
      accept: { to: 'accepted', by: provider },
      decline: { to: 'declined', by: provider },
      counter: { to: 'countered', by: provider },
      cancel: { to: 'cancelled', by: requester },
      expire: { to: 'expired', by: system },
    },
    countered: {
      accept: { to: 'accepted', by: requester },
      decline: { to: 'declined', by: requester },
      counter: { to: 'requested', by: requester },
      cancel: { to: 'cancelled', by: either },
      expire: { to: 'expired', by: system },
    },
  },
  order: {
    confirmed: {
      start_production: { to: 'in_production', by: provider },
      cancel: { to: 'cancelled', by: either },
    },
    in_production: {
      ship: { to: 'shipped', by: provider },
      cancel: { to: 'cancelled', by: either },
    },
    shipped: { receive: { to: 'received', by: requester } },
    received: { complete: { to: 'completed', by: requester } },
  },
};

/** The state a deal of each kind opens in: a request, save an order, which an award confirmed. */
export const INITIAL_STATES: Record<DealKind, DealState> = {
  booking: 'requested',
  sample_test: 'requested',
  reservation: 'requested',
  licence: 'requested',
  order: 'confirmed',
};

/** States a deal never leaves. */
export const CLOSED_STATES: ReadonlySet<DealState> = new Set([
  'completed',
  'no_show',
  'declined',
  'expired',
  'cancelled',
]);

/**
 * Where `action` by `side` leads from `state`. A step nobody may take from this state is
 * a state conflict; a step the other party (or only the platform) may take is out of turn.
 * Both are 409: the deal moved on, or it is not this party's move.
 */
export function nextState(kind: DealKind, state: DealState, action: DealAction, side: ActorSide): DealState {
  const step = FLOWS[kind][state]?.[action];
  if (!step) throw new DealStateConflictError(kind, state, action);
  if (!step.by.includes(side)) throw new DealOutOfTurnError(state, action, side);
  return step.to;
}

/** The actions `side` may take now, for clients to offer the right buttons. */
export function availableActions(kind: DealKind, state: DealState, side: ActorSide): DealAction[] {
  const steps = FLOWS[kind][state] ?? {};
  return (Object.keys(steps) as DealAction[]).filter((a) => steps[a]!.by.includes(side) && a !== 'expire');
}

/** Whose move it is in `state`, or null when the deal waits on nobody's decision. */
export function turnOf(kind: DealKind, state: DealState): Side | null {
  if (state === 'requested') return 'provider';
  if (state === 'countered') return 'requester';
  if (kind === 'sample_test' && (state === 'accepted' || state === 'samples_received')) return 'provider';
  if (kind === 'sample_test' && state === 'report_delivered') return 'requester';
  if (kind === 'order' && (state === 'confirmed' || state === 'in_production')) return 'provider';
  if (kind === 'order' && (state === 'shipped' || state === 'received')) return 'requester';
  return null;
}

/** True while the deal waits on an answer that, unanswered, lapses. */
export function isHeld(state: DealState): boolean {
  return state === 'requested' || state === 'countered';
}

/** A deal both parties may review: it ran its course (a licence, once agreed). */
export function isReviewable(kind: DealKind, state: DealState): boolean {
  return state === 'completed' || (kind === 'licence' && state === 'accepted');
}

/** Every (state, action) pair of a kind, for exhaustive tests. */
export function stepsOf(kind: DealKind): { from: DealState; action: DealAction; to: DealState; by: ActorSide[] }[] {
  return Object.entries(FLOWS[kind]).flatMap(([from, steps]) =>
    Object.entries(steps ?? {}).map(([action, step]) => ({
      from: from as DealState,
      action: action as DealAction,
      to: step.to,
      by: [...step.by],
    })),
  );
}
