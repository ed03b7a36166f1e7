import {
  type FieldViolation,
  isCalendarDate,
  type PeriodRange,
  periodsCovering,
  plusDays,
  plusYears,
} from '@rongtong/kernel';
import type { CapacityDetails } from '@rongtong/listings';
import { DealValidationError } from './deals.errors';

/** What of a capacity listing decides which periods exist and how much each offers. */
export type CapacityOffering = Pick<CapacityDetails, 'capacity' | 'minOrder' | 'leadTimeDays' | 'periods'>;

/** A period with what the provider offers in it (0: not on offer). */
export interface OfferedPeriod extends PeriodRange {
  offered: number;
}

/**
 * What the provider offers in one period. Without listed offers, `capacity.quantity`
 * every period. With them, a period is offered only as much as every one of its days
 * is: the smallest quantity among the offers covering it, and 0 if any of its days lies
 * outside every offer. So a week straddling two offers gets the lower one, and a week
 * or month that runs past the last offer is not on offer at all: the platform never
 * promises more than the provider stated for any part of a period.
 */
export function offeredIn(period: PeriodRange, offering: Pick<CapacityOffering, 'capacity' | 'periods'>): number {
  if (offering.periods.length === 0) return offering.capacity.quantity;
  const offers = [...offering.periods].sort((a, b) => a.start.localeCompare(b.start));
  let covered = period.start;
  let offered = Infinity;
  for (const offer of offers) {
    if (offer.end < covered) continue;
    if (offer.start > covered) return 0;
    offered = Math.min(offered, offer.quantity);
    if (offer.end >= period.end) return offered;
    covered = plusDays(offer.end, 1);
  }
  return 0;
}

/** The periods the window covers, each with what is offered in it. */
export function capacityPeriods(
  offering: Pick<CapacityOffering, 'capacity' | 'periods'>,
  from: string,
  to: string,
): OfferedPeriod[] {
  return periodsCovering(offering.capacity.per, from, to).map((period) => ({
    ...period,
    offered: offeredIn(period, offering),
  }));
}

/** What GET /listings/:id/capacity shows when no window is asked for: the next 90 days. */
export const CAPACITY_DEFAULT_DAYS = 90;

/**
 * The window a capacity query asks for: dates `YYYY-MM-DD`, `from` defaulting to today
 * and `to` to 90 days later; `to` not before `from`, and at most a year after it.
 */
export function capacityWindow(raw: { from?: string; to?: string }, today: string): { from: string; to: string } {
  const violations: FieldViolation[] = [];
  const read = (value: string | undefined, field: 'from' | 'to', fallback: () => string | undefined) => {
    if (value === undefined) return fallback();
    if (isCalendarDate(value)) return value;
    violations.push({ field, message: 'must be a date YYYY-MM-DD' });
    return undefined;
  };
  const from = read(raw.from, 'from', () => today);
  const to = read(raw.to, 'to', () => from && plusDays(from, CAPACITY_DEFAULT_DAYS));
  if (from && to && to < from) violations.push({ field: 'to', message: 'must not be before from' });
  else if (from && to && to >= plusYears(from, 1)) {
    violations.push({ field: 'to', message: 'the window may be at most a year long' });
  }
  if (violations.length > 0 || !from || !to) throw new DealValidationError(violations);
  return { from, to };
}
