import { type BookingRules, defaultBookingRules, type OpeningInterval, WEEKDAYS } from '@rongtong/listings';
import {
  chinaDay,
  type FieldViolation,
  firstGap,
  type Interval,
  intervalOf,
  type Localized,
  mergeSpans,
  readQueryInstant,
  type Span,
  subtractSpans,
} from '@rongtong/kernel';
import { DateTime } from 'luxon';
import { AvailabilityWindowInvalidError, AvailabilityWindowTooLongError } from './availability.errors';

export const SLOT_VIOLATION_CODES = [
  'END_BEFORE_START',
  'OFF_GRID',
  'TOO_SHORT',
  'TOO_LONG',
  'LEAD_TIME',
  'OUTSIDE_OPENING_HOURS',
  'BLACKOUT_DATE',
  'PUBLIC_HOLIDAY',
  'BEYOND_HORIZON',
] as const;
export type SlotViolationCode = (typeof SLOT_VIOLATION_CODES)[number];

/** One reason a requested slot cannot be booked, worded with the listing's local times. */
export interface SlotViolation {
  code: SlotViolationCode;
  message: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MINUTES_PER_DAY = 24 * 60;

/** What GET /listings/:id/availability shows when no window is asked for. */
export const AVAILABILITY_DEFAULT_DAYS = 14;
/** The longest window one availability request may ask for. */
export const AVAILABILITY_MAX_DAYS = 92;
const DAY = 24 * HOUR;

/**
 * The window an availability request asks for: ISO 8601 times with an offset, `from`
 * defaulting to now and `to` to 14 days after `from`, at most 92 days long.
 */
export function availabilityWindow(raw: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const violations: FieldViolation[] = [];
  const from = raw.from === undefined ? now : readQueryInstant(raw.from, 'from', violations);
  const to =
    raw.to === undefined
      ? from && new Date(from.getTime() + AVAILABILITY_DEFAULT_DAYS * DAY)
      : readQueryInstant(raw.to, 'to', violations);
  if (from && to && to <= from) violations.push({ field: 'to', message: 'must be after from' });
  if (violations.length > 0 || !from || !to) throw new AvailabilityWindowInvalidError(violations);
  if (to.getTime() - from.getTime() > AVAILABILITY_MAX_DAYS * DAY) {
    throw new AvailabilityWindowTooLongError('to', AVAILABILITY_MAX_DAYS);
  }
  return { from, to };
}

/** True for equipment booked by the hour (self- or technician-operated), not samples alone. */
export function offersTimeSlots(details: unknown): boolean {
  const modes = (details as { serviceModes?: unknown } | null | undefined)?.serviceModes;
  return Array.isArray(modes) && modes.some((mode) => mode === 'self_operated' || mode === 'technician_operated');
}

/**
 * The booking rules an equipment listing's stored details carry, field by field over the
 * defaults (a listing stored before a field existed still reads whole).
 */
export function bookingRulesOf(details: unknown): BookingRules {
  const booking = (details as { booking?: unknown } | null | undefined)?.booking;
  return typeof booking === 'object' && booking !== null
    ? { ...defaultBookingRules(), ...(booking as Partial<BookingRules>) }
    : defaultBookingRules();
}

/**
 * Every reason `[start, end)` cannot be booked under `rules` at `now`; empty when it can
 * (as far as the rules go: other bookings are the database's exclusion constraint's).
 */
export function checkSlot(rules: BookingRules, start: Date, end: Date, now: Date): SlotViolation[] {
  const zone = rules.timeZone;
  const s = start.getTime();
  const e = end.getTime();
  const violations: SlotViolation[] = [];
  const ordered = e > s;

  if (!ordered) {
    violations.push({
      code: 'END_BEFORE_START',
      message: `The end (${local(e, zone)}) must be after the start (${local(s, zone)}) ${zone}`,
    });
  }
  const offGrid = [s, e].filter((t) => !onGrid(rules, t));
  if (offGrid.length > 0) {
    violations.push({
      code: 'OFF_GRID',
      message:
        `${offGrid.map((t) => local(t, zone)).join(' and ')} ${offGrid.length > 1 ? 'are' : 'is'} not on the ` +
        `${rules.slotMinutes}-minute slot grid: bookings start and end at multiples of ${rules.slotMinutes} minutes ` +
        `after midnight ${zone}`,
    });
  }
  if (ordered) {
    const minutes = (e - s) / MINUTE;
    if (minutes < rules.minMinutes) {
      violations.push({
        code: 'TOO_SHORT',
        message: `${duration(minutes)} is shorter than the minimum booking of ${duration(rules.minMinutes)}`,
      });
    }
    if (rules.maxMinutes !== null && minutes > rules.maxMinutes) {
      violations.push({
        code: 'TOO_LONG',
        message: `${duration(minutes)} is longer than the maximum booking of ${duration(rules.maxMinutes)}`,
      });
    }
  }
  const earliest = now.getTime() + rules.leadTimeHours * HOUR;
  if (s < earliest) {
    violations.push({
      code: 'LEAD_TIME',
      message:
        `Bookings must be made ${rules.leadTimeHours} hours ahead: the earliest start now is ` +
        `${local(earliest, zone)} ${zone}`,
    });
  }
  const latest = now.getTime() + rules.horizonDays * DAY;
  if (s > latest) {
    violations.push({
      code: 'BEYOND_HORIZON',
      message:
        `Bookings can start at most ${rules.horizonDays} days ahead: the latest start now is ` +
        `${local(latest, zone)} ${zone}`,
    });
  }
  if (ordered) {
    const gap = firstGap(openSpans(rules, s, e, { closures: false }), s, e);
    if (gap) {
      violations.push({
        code: 'OUTSIDE_OPENING_HOURS',
        message: `Closed ${localRange(gap, zone)}; opening hours ${describeOpeningHours(rules)} ${zone}`,
      });
    }
    const blackouts = localDates(s, e, zone).filter((date) => rules.blackoutDates.includes(date));
    if (blackouts.length > 0) {
      violations.push({
        code: 'BLACKOUT_DATE',
        message: `${blackouts.join(', ')} ${blackouts.length > 1 ? 'are blackout dates' : 'is a blackout date'} (closed all day, ${zone})`,
      });
    }
    if (rules.publicHolidays === 'closed') {
      for (const date of localDates(s, e, zone)) {
        const day = chinaDay(date);
        if (day?.kind !== 'holiday') continue;
        violations.push({
          code: 'PUBLIC_HOLIDAY',
          message: `${date} is a public holiday, ${day.holiday.en} (closed all day, ${zone})`,
        });
      }
    }
  }
  return violations;
}

/** Open time in `[from, to)`: opening hours in the listing's zone, merged, less blackout dates. */
export function openIntervals(rules: BookingRules, from: Date, to: Date): Interval[] {
  return openSpans(rules, from.getTime(), to.getTime(), { closures: true }).map(intervalOf);
}

/**
 * The maximal intervals in `[from, to)` in which a booking could start and end: open time
 * less `busy` (the blocked ranges of active bookings, their buffers included) and less
 * everything before `now` + lead time, snapped inward to the slot grid, each kept only if
 * it fits the minimum booking. A new booking keeps its own buffer free after it, so an
 * interval ends `bufferMinutes` before the next busy range begins (whether or not the
 * listing closes in between); one that no busy range follows closely ends at closing time.
 * `busy` should cover `[from, to + bufferMinutes)` for the last interval to be right.
 */
export function freeSlots(rules: BookingRules, from: Date, to: Date, busy: readonly Interval[], now: Date): Interval[] {
  const t = to.getTime();
  const earliest = Math.max(from.getTime(), now.getTime() + rules.leadTimeHours * HOUR);
  if (earliest >= t) return [];
  const blocked = mergeSpans(busy.map((b) => [b.start.getTime(), b.end.getTime()] as const));
  const buffer = rules.bufferMinutes * MINUTE;
  const minimum = rules.minMinutes * MINUTE;
  const free: Interval[] = [];
  for (const [a, b] of subtractSpans(openSpans(rules, earliest, t, { closures: true }), blocked)) {
    const next = blocked.find(([start]) => start >= b);
    const start = ceilToGrid(rules, a);
    const end = floorToGrid(rules, next ? Math.min(b, next[0] - buffer) : b);
    if (end - start >= minimum) free.push(intervalOf([start, end]));
  }
  return free;
}

/** The longest free interval of `freeSlots`, in minutes (0 when there is none). */
export function longestFreeMinutes(free: readonly Interval[]): number {
  return free.reduce((longest, i) => Math.max(longest, (i.end.getTime() - i.start.getTime()) / MINUTE), 0);
}

/** True when some free interval in `[from, to)` lasts at least `minutes`. */
export function hasFreeWindow(
  rules: BookingRules,
  from: Date,
  to: Date,
  busy: readonly Interval[],
  now: Date,
  minutes: number,
): boolean {
  return longestFreeMinutes(freeSlots(rules, from, to, busy, now)) >= minutes;
}

/** True when `t` is a whole multiple of the slot after local midnight in the rules' zone. */
export function onGrid(rules: BookingRules, t: number): boolean {
  return gridOverage(rules, t) === 0;
}

/** Milliseconds `t` lies past the last grid line, read on the local wall clock. */
function gridOverage(rules: BookingRules, t: number): number {
  const wall = DateTime.fromMillis(t, { zone: rules.timeZone });
  if (!wall.isValid) throw new RangeError(`Cannot place ${t} in time zone '${rules.timeZone}'`);
  const sinceMidnight = ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000 + wall.millisecond;
  return sinceMidnight % (rules.slotMinutes * MINUTE);
}

/**
 * The first grid instant at or after `t`. Stepping by the wall-clock remainder is exact
 * within one UTC offset; across a DST change it may land off the grid, and steps again.
 */
function ceilToGrid(rules: BookingRules, t: number): number {
  const slot = rules.slotMinutes * MINUTE;
  let at = t;
  for (let overage = gridOverage(rules, at); overage !== 0; overage = gridOverage(rules, at)) {
    at += slot - overage;
  }
  return at;
}

/** The last grid instant at or before `t` (see `ceilToGrid`). */
function floorToGrid(rules: BookingRules, t: number): number {
  let at = t;
  for (let overage = gridOverage(rules, at); overage !== 0; overage = gridOverage(rules, at)) {
    at -= overage;
  }
  return at;
}

/**
 * Opening hours as UTC spans clipped to `[from, to)`, merged, so that `mon 00:00–24:00` and
 * `tue 00:00–24:00` are one run. Each local day's wall-clock times are placed in the zone
 * by luxon, so a DST day opens 23 or 25 hours from midnight to midnight. A make-up working
 * day (调休) opens with the hours of the weekday it stands in for, unless the rules keep
 * it closed; `closures` takes out blackout dates and, unless open, public holidays (the
 * slot check reports those by name instead).
 */
function openSpans(rules: BookingRules, from: number, to: number, { closures }: { closures: boolean }): Span[] {
  if (to <= from) return [];
  const closed = new Set(closures ? rules.blackoutDates : []);
  const holidaysClosed = closures && rules.publicHolidays !== 'open';
  const spans: Span[] = [];
  for (let day = dayOf(from, rules.timeZone); day.start < to; day = dayAfter(day)) {
    if (closed.has(day.date)) continue;
    const china = chinaDay(day.date);
    if (holidaysClosed && china?.kind === 'holiday') continue;
    const weekday =
      china?.kind === 'make_up_workday' && rules.makeUpWorkdays !== 'closed' ? china.standsFor : day.weekday;
    for (const interval of rules.openingHours[WEEKDAYS[weekday - 1]] ?? []) {
      const start = Math.max(wallClock(day, interval.start), from);
      const end = Math.min(wallClock(day, interval.end), to);
      if (end > start) spans.push([start, end]);
    }
  }
  return mergeSpans(spans);
}

/**
 * A local calendar day in a zone: its date, weekday and the UTC instants of its midnight
 * and the next. Placing wall-clock times in a zone is the costly part of every
 * availability question (luxon asks Intl for the offset), and the same few days of the
 * same few zones come up again and again: days and their wall-clock instants are kept.
 */
interface LocalDay {
  zone: string;
  date: string;
  weekday: number;
  start: number;
  end: number;
  next?: LocalDay;
  wallClocks: Map<string, number>;
}

const LOCAL_DAYS = new Map<string, LocalDay>();
const LOCAL_DAYS_KEPT = 20_000;

/** The local day `t` falls on. */
function dayOf(t: number, zone: string): LocalDay {
  const wall = DateTime.fromMillis(t, { zone });
  if (!wall.isValid) throw new RangeError(`Cannot place ${t} in time zone '${zone}'`);
  const key = `${zone}|${wall.toISODate()}`;
  let day = LOCAL_DAYS.get(key);
  if (!day) {
    const midnight = wall.startOf('day');
    day = {
      zone,
      date: midnight.toISODate(),
      weekday: midnight.weekday,
      start: midnight.toMillis(),
      end: nextDay(midnight).toMillis(),
      wallClocks: new Map(),
    };
    if (LOCAL_DAYS.size >= LOCAL_DAYS_KEPT) LOCAL_DAYS.clear();
    LOCAL_DAYS.set(key, day);
  }
  return day;
}

function dayAfter(day: LocalDay): LocalDay {
  day.next ??= dayOf(day.end, day.zone);
  return day.next;
}

function nextDay(day: DateTime): DateTime {
  return day.plus({ days: 1 }).startOf('day');
}

/** The instant of `HH:MM` on the local `day`; `24:00` is the next day's midnight. */
function wallClock(day: LocalDay, time: string): number {
  let at = day.wallClocks.get(time);
  if (at === undefined) {
    const [hour, minute] = time.split(':').map(Number);
    at =
      hour * 60 + minute >= MINUTES_PER_DAY
        ? day.end
        : DateTime.fromMillis(day.start, { zone: day.zone })
            .set({ hour, minute, second: 0, millisecond: 0 })
            .toMillis();
    day.wallClocks.set(time, at);
  }
  return at;
}

/** A day of `[from, to)` China's calendar marks, as availability shows it. */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'make_up_workday';
  name: Localized;
  /** Whether the listing opens that day under its rules (a holiday's own hours, a make-up day's stand-in ones). */
  open: boolean;
}

/** The holidays and make-up working days in `[from, to)`, in the rules' zone. */
export function calendarDaysIn(rules: BookingRules, from: Date, to: Date): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const date of localDates(from.getTime(), to.getTime(), rules.timeZone)) {
    const day = chinaDay(date);
    if (!day) continue;
    const open =
      day.kind === 'holiday'
        ? rules.publicHolidays === 'open'
        : rules.makeUpWorkdays === 'open' && (rules.openingHours[WEEKDAYS[day.standsFor - 1]] ?? []).length > 0;
    days.push({ date, kind: day.kind, name: day.holiday, open });
  }
  return days;
}

/** The local dates `[from, to)` touches. */
function localDates(from: number, to: number, zone: string): string[] {
  const dates: string[] = [];
  for (let day = dayOf(from, zone); day.start < to; day = dayAfter(day)) dates.push(day.date);
  return dates;
}

function local(t: number, zone: string): string {
  return DateTime.fromMillis(t, { zone }).setLocale('en').toFormat('ccc yyyy-MM-dd HH:mm');
}

/** `Sat 2026-12-05 00:00–24:00`, or both ends in full when the range leaves the day. */
function localRange([from, to]: Span, zone: string): string {
  const start = DateTime.fromMillis(from, { zone }).setLocale('en');
  const end = DateTime.fromMillis(to, { zone }).setLocale('en');
  if (start.hasSame(end, 'day')) return `${start.toFormat('ccc yyyy-MM-dd HH:mm')}–${end.toFormat('HH:mm')}`;
  if (end.toMillis() === nextDay(start).toMillis()) return `${start.toFormat('ccc yyyy-MM-dd HH:mm')}–24:00`;
  return `${start.toFormat('ccc yyyy-MM-dd HH:mm')}–${end.toFormat('ccc yyyy-MM-dd HH:mm')}`;
}

function duration(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Mon–Fri 09:00–12:00, 13:00–18:00; Sat–Sun closed`: days with the same hours grouped. */
export function describeOpeningHours(rules: BookingRules): string {
  const hoursOf = (intervals: readonly OpeningInterval[]) =>
    intervals.length === 0 ? 'closed' : intervals.map((i) => `${i.start}–${i.end}`).join(', ');
  const groups: { first: number; last: number; hours: string }[] = [];
  WEEKDAYS.forEach((day, index) => {
    const hours = hoursOf(rules.openingHours[day] ?? []);
    const last = groups[groups.length - 1];
    if (last && last.hours === hours) last.last = index;
    else groups.push({ first: index, last: index, hours });
  });
  return groups
    .map(({ first, last, hours }) => {
      const days =
        first === last ? DAY_NAMES[first] : `${DAY_NAMES[first]}${last === first + 1 ? ', ' : '–'}${DAY_NAMES[last]}`;
      return `${days} ${hours}`;
    })
    .join('; ');
}
