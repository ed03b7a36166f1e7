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
  if (per === 'week') return weekFrom(mondayOf(dayNumber(date)));
  const [year, month] = date.split('-').map(Number);
  return monthRange(year, month);
}

/**
 * Every week or month the window `[from, to]` (inclusive dates) touches, in order. A
 * period the window only partly covers counts whole: capacity is offered per period.
 * Steps on day numbers and month counts, not dates: matching asks it per candidate.
 */
export function periodsCovering(per: CalendarPeriod, from: CalendarDate, to: CalendarDate): PeriodRange[] {
  const periods: PeriodRange[] = [];
  if (per === 'week') {
    const last = dayNumber(to);
    for (let monday = mondayOf(dayNumber(from)); monday <= last; monday += 7) periods.push(weekFrom(monday));
    return periods;
  }
  let [year, month] = from.split('-').map(Number);
  for (let period = monthRange(year, month); period.start <= to; period = monthRange(year, month)) {
    periods.push(period);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return periods;
}

/** The Monday on or before a day number (1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday). */
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

function weekFrom(monday: number): PeriodRange {
  return { start: dateOfDayNumber(monday), end: dateOfDayNumber(monday + 6) };
}

function monthRange(year: number, month: number): PeriodRange {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-`;
  return { start: `${first}01`, end: `${first}${String(daysInMonth(year, month)).padStart(2, '0')}` };
}
