import { DateTime } from 'luxon';

/**
 * Calendar dates: a day with no time or zone, written and passed as `YYYY-MM-DD` (as the
 * API, the database and every context hold them), so that comparing two is comparing
 * strings. Whole months and years are luxon's; day steps are integer arithmetic on day
 * numbers, because capacity periods step through them for every matched candidate and
 * luxon costs ten times as much per step.
 */
export type CalendarDate = string;

/** The parts of a date, for code that needs its year. */
export interface CalendarDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date `YYYY-MM-DD` names, or undefined when it is malformed or no real day (2027-02-30). */
export function parseCalendarDate(input: string): CalendarDateParts | undefined {
  const match = ISO_DATE.exec(input);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
    ? date
    : undefined;
}

/** True for a string `YYYY-MM-DD` that names a real day. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseCalendarDate(value) !== undefined;
}

export function formatCalendarDate({ year, month, day }: CalendarDateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28–31; `month` 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (negative before), so day steps are integer steps. */
export function dayNumber(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / DAY_MS);
}

export function dateOfDayNumber(day: number): CalendarDate {
  const utc = new Date(day * DAY_MS);
  return formatCalendarDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

/** 1 Monday … 7 Sunday (ISO). */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** `months` later; a day the month lacks becomes its last (31 January + 1 month = 28 February). */
export function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return utcDate(date).plus({ months }).toISODate()!;
}

/**
 * The same month and day `years` later. 29 February in a year without one becomes
 * 1 March, so the span never falls short of whole years.
 */
export function plusYears(date: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = parseParts(date);
  return DateTime.fromObject({ year: year + years, month, day: 1 }, { zone: 'utc' })
    .plus({ days: day - 1 })
    .toISODate()!;
}

/** The whole months from `from` that end on or before `to` (negative when `to` is months sooner). */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  while (months > 0 && plusMonths(from, months) > to) months -= 1;
  return months;
}

function parseParts(date: CalendarDate): CalendarDateParts {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function utcDate(date: CalendarDate): DateTime {
  return DateTime.fromObject(parseParts(date), { zone: 'utc' });
}
