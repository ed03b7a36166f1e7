import { type CalendarDate, dateOfDayNumber, dayNumber, daysInMonth } from './calendar-date';

/** What capacity is offered and reserved per: an ISO week (Monday–Sunday) or a calendar month. */
export type CalendarPeriod = 'week' | 'month';

/** A week or month: first and last day, `YYYY-MM-DD`, inclusive. */
export interface PeriodRange {
  start: CalendarDate;
  end: CalendarDate;
}

/** The week or month `date` falls in. */
export function periodOf(per: CalendarPeriod, date: CalendarDate): PeriodRange {
  const day = dayNumber(date);
  if (per === 'week') {
    // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    return { start: dateOfDayNumber(monday), end: dateOfDayNumber(monday + 6) };
  }
  const [year, month] = date.split('-').map(Number);
  const first = date.slice(0, 8);
  return { start: `${first}01`, end: `${first}${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/**
 * Every week or month the window `[from, to]` (inclusive dates) touches, in order. A
 * period the window only partly covers counts whole: capacity is offered per period.
 */
export function periodsCovering(per: CalendarPeriod, from: CalendarDate, to: CalendarDate): PeriodRange[] {
  const periods: PeriodRange[] = [];
  for (
    let period = periodOf(per, from);
    period.start <= to;
    period = periodOf(per, dateOfDayNumber(dayNumber(period.end) + 1))
  ) {
    periods.push(period);
  }
  return periods;
}
