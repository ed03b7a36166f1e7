import { DateTime } from 'luxon';
import type { CalendarDate } from './calendar-date';

/** China's one time zone: UTC+8 all year, no daylight saving. Dates the platform states are its dates. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** The date the clocks of `zone` show at `now`. */
export function todayIn(zone: string, now: Date): CalendarDate {
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) throw new RangeError(`Cannot place ${now.toISOString()} in time zone '${zone}'`);
  return local.toISODate();
}

/** Today's date in China (Asia/Shanghai). */
export function todayInChina(now = new Date()): CalendarDate {
  return todayIn(CHINA_TIME_ZONE, now);
}

/** The instant `date` begins in `zone`: its local midnight (or first moment, on a DST day that skips it). */
export function startOfDayIn(date: CalendarDate, zone: string): Date {
  const local = DateTime.fromISO(date, { zone });
  if (!local.isValid) throw new RangeError(`Cannot place ${date} in time zone '${zone}'`);
  return local.toJSDate();
}

/**
 * Midnight starting `date` in China: `startOfDayIn(date, CHINA_TIME_ZONE)` without asking
 * luxon (and Intl) for the offset, which China has kept at +08:00 since 1991; matching
 * asks it for every candidate.
 */
export function chinaMidnight(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** `2026-12-07T09:00:00+08:00`: an instant as the clocks of `zone` show it. */
export function instantInZone(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toISO({ suppressMilliseconds: true }) ?? date.toISOString();
}
