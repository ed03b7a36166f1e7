import { DemandStateConflictError } from './matching.errors';

/**
 * `open → matched` when the first match lands; `open | matched → fulfilled` when a deal
 * from one of its matches completes or the owner says so; `→ closed` by the owner;
 * `→ expired` once its deadline has passed. The last three are final.
 */
export const DEMAND_STATUSES = ['open', 'matched', 'fulfilled', 'closed', 'expired'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const DEMAND_ACTIONS = ['match', 'fulfil', 'close', 'expire'] as const;
export type DemandAction = (typeof DEMAND_ACTIONS)[number];

const TRANSITIONS: Record<DemandAction, { from: readonly DemandStatus[]; to: DemandStatus; done: string }> = {
  match: { from: ['open'], to: 'matched', done: 'matched' },
  fulfil: { from: ['open', 'matched'], to: 'fulfilled', done: 'fulfilled' },
  close: { from: ['open', 'matched'], to: 'closed', done: 'closed' },
  expire: { from: ['open', 'matched'], to: 'expired', done: 'expired' },
};

/** Still wanted: editable, matched, and its matches can be accepted. */
export function isDemandActive(status: DemandStatus): boolean {
  return status === 'open' || status === 'matched';
}

export function canTransition(status: DemandStatus, action: DemandAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The status `action` leads to from `status`; 409 DEMAND_STATE_CONFLICT when there is no such step. */
export function nextDemandStatus(status: DemandStatus, action: DemandAction): DemandStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(status)) throw new DemandStateConflictError(status, transition.done);
  return transition.to;
}

/** The statuses `action` may start from, for guarded UPDATEs. */
export function demandStatusesFor(action: DemandAction): readonly DemandStatus[] {
  return TRANSITIONS[action].from;
}
