/**
 * The kinds of deal, named once for every context that speaks of deals: deals runs them,
 * the queue catalog's `deal.*` events carry them, notifications word them. A new kind
 * starts here; the compiler then points at each table (`Record<DealKind, …>`) and switch
 * (ending in `assertNever`) that must learn it. An `order` is opened by an RFQ's award
 * (sourcing), not against a listing.
 */
export const DEAL_KINDS = ['booking', 'sample_test', 'reservation', 'licence', 'order'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export function isDealKind(value: unknown): value is DealKind {
  return (DEAL_KINDS as readonly unknown[]).includes(value);
}
