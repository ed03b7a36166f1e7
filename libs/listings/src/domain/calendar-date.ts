/** A calendar date with no time or zone, as written `YYYY-MM-DD`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date `YYYY-MM-DD` names, or undefined when it is malformed or no real day (2025-02-30). */
export function parseCalendarDate(input: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(input);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  return formatCalendarDate(fromUtc(toUtc(date))) === input ? date : undefined;
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same month and day `years` later. 29 February in a year without one becomes
 * 1 March, so the span never falls short of whole years.
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return fromUtc(toUtc({ ...date, year: date.year + years }));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc({ ...date, day: date.day + days }));
}

function toUtc({ year, month, day }: CalendarDate): Date {
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

function fromUtc(utc: Date): CalendarDate {
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}
