import type { FieldViolation } from '@rongtong/kernel';
import type { CapacityDetails } from '@rongtong/listings';
import { DealValidationError } from './deals.errors';

/** What of a capacity listing decides which periods exist and how much each offers. */
export type CapacityOffering = Pick<CapacityDetails, 'capacity' | 'minOrder' | 'leadTimeDays' | 'periods'>;

/** A week (ISO, Monday–Sunday) or a calendar month: first and last day, `YYYY-MM-DD`, inclusive. */
export interface PeriodRange {
  start: string;
  end: string;
}

/** A period with what the provider offers in it (0: not on offer). */
export interface OfferedPeriod extends PeriodRange {
  offered: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as a day number (days since 1970-01-01), so periods are plain integer
 * arithmetic; undefined when malformed or no real day (2026-02-30).
 */
export function calendarDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = Math.round(utc.getTime() / DAY_MS);
  return formatDay(day) === date ? day : undefined;
}

function formatDay(day: number): string {
  const utc = new Date(day * DAY_MS);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(utc.getUTCMonth() + 1).padStart(2, '0')}-${String(utc.getUTCDate()).padStart(2, '0')}`;
}

export function calendarPlusDays(date: string, days: number): string {
  return formatDay(calendarDayNumber(date)! + days);
}

/** The same day `years` later (29 February → 1 March). */
export function calendarPlusYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(y + years, m - 1, d);
  return formatDay(Math.round(utc.getTime() / DAY_MS));
}

/** Today's date in China (Asia/Shanghai, UTC+8 all year, no daylight saving). */
export function todayInShanghai(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The week or month `date` falls in. */
export function periodOf(per: 'week' | 'month', date: string): PeriodRange {
  const day = calendarDayNumber(date)!;
  if (per === 'week') {
    // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    return { start: formatDay(monday), end: formatDay(monday + 6) };
  }
  const utc = new Date(day * DAY_MS);
  const first = Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth(), 1) / DAY_MS;
  const last = Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth() + 1, 0) / DAY_MS;
  return { start: formatDay(first), end: formatDay(last) };
}

/**
 * Every week or month the window `[from, to]` (inclusive dates) touches, in order. A
 * period the window only partly covers counts whole: capacity is offered per period.
 */
export function periodsCovering(per: 'week' | 'month', from: string, to: string): PeriodRange[] {
  const periods: PeriodRange[] = [];
  for (let period = periodOf(per, from); period.start <= to; period = periodOf(per, calendarPlusDays(period.end, 1))) {
    periods.push(period);
  }
  return periods;
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
    covered = calendarPlusDays(offer.end, 1);
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
    if (calendarDayNumber(value) !== undefined) return value;
    violations.push({ field, message: 'must be a date YYYY-MM-DD' });
    return undefined;
  };
  const from = read(raw.from, 'from', () => today);
  const to = read(raw.to, 'to', () => from && calendarPlusDays(from, CAPACITY_DEFAULT_DAYS));
  if (from && to && to < from) violations.push({ field: 'to', message: 'must not be before from' });
  else if (from && to && to >= calendarPlusYears(from, 1)) {
    violations.push({ field: 'to', message: 'the window may be at most a year long' });
  }
  if (violations.length > 0 || !from || !to) throw new DealValidationError(violations);
  return { from, to };
}
