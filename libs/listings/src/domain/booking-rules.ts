import { type Checked, type FieldReader, INVALID, isCalendarDate } from '@rongtong/kernel';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock times `HH:MM` in the rules' time zone; `end` may be `24:00`. */
export interface OpeningInterval {
  start: string;
  end: string;
}

/** Each weekday's open intervals, sorted; an empty list is a closed day. */
export type OpeningHours = Record<Weekday, OpeningInterval[]>;

/**
 * How far ahead equipment listings' free time is kept (deals' worker computes it) and can
 * be searched for (search's free-time filter): the two contexts' one shared figure.
 */
export const FREE_TIME_HORIZON_DAYS = 60;

/** How an equipment listing's time may be booked. */
export interface BookingRules {
  /** Bookings start and end on this grid, anchored at local midnight. */
  slotMinutes: number;
  minMinutes: number;
  /** Null: no upper bound (a climate-chamber run can take weeks). */
  maxMinutes: number | null;
  /** How far ahead of its start a booking must be made. */
  leadTimeHours: number;
  /** How far ahead a booking may start, in days (default a year): no bookings for 2100. */
  horizonDays: number;
  /** Kept free after each booking (cleaning, cool-down, calibration). */
  bufferMinutes: number;
  /** A booking can be cancelled free of charge until this long before its start. */
  cancellationCutoffHours: number;
  /** True: a request for a free slot is confirmed at once; false: the owner confirms it. */
  instantBook: boolean;
  /** IANA zone the opening hours and blackout dates are read in. */
  timeZone: string;
  openingHours: OpeningHours;
  /** Local dates (`YYYY-MM-DD`) closed all day: maintenance, holidays. Sorted, distinct. */
  blackoutDates: string[];
  /** China's statutory holidays (国庆节, 春节 …): `closed` all day (the default) or `open` by the week's hours. */
  publicHolidays: PublicHolidays;
  /**
   * China's make-up working days (调休, a Saturday or Sunday worked in exchange for a
   * weekday off): `open` with the hours of the weekday they stand in for (the default),
   * or `closed`: kept as the weekend day they are (closed, in the default Mon–Fri week).
   */
  makeUpWorkdays: MakeUpWorkdays;
}

export const PUBLIC_HOLIDAYS = ['closed', 'open'] as const;
export type PublicHolidays = (typeof PUBLIC_HOLIDAYS)[number];
export const MAKE_UP_WORKDAYS = ['open', 'closed'] as const;
export type MakeUpWorkdays = (typeof MAKE_UP_WORKDAYS)[number];

/**
 * What a listing that states nothing gets. Opening hours are a Chinese office week
 * (CONTRACT.md); bookings are confirmed by the owner unless they opt into instant booking.
 */
export function defaultBookingRules(): BookingRules {
  const workday = (): OpeningInterval[] => [{ start: '09:00', end: '18:00' }];
  return {
    slotMinutes: 30,
    minMinutes: 30,
    maxMinutes: null,
    leadTimeHours: 24,
    horizonDays: 365,
    bufferMinutes: 0,
    cancellationCutoffHours: 24,
    instantBook: false,
    timeZone: 'Asia/Shanghai',
    openingHours: {
      mon: workday(),
      tue: workday(),
      wed: workday(),
      thu: workday(),
      fri: workday(),
      sat: [],
      sun: [],
    },
    blackoutDates: [],
    publicHolidays: 'closed',
    makeUpWorkdays: 'open',
  };
}

const FIELDS = [
  'slotMinutes',
  'minMinutes',
  'maxMinutes',
  'leadTimeHours',
  'horizonDays',
  'bufferMinutes',
  'cancellationCutoffHours',
  'instantBook',
  'timeZone',
  'openingHours',
  'blackoutDates',
  'publicHolidays',
  'makeUpWorkdays',
] as const;

const MINUTES_PER_DAY = 24 * 60;
const HOURS_PER_YEAR = 366 * 24;

/**
 * Reads `details.booking`, filling each absent field with its default. `timeSlots` says
 * whether the equipment is booked by the hour at all (self- or technician-operated):
 * only then must it open at least once a week.
 */
export function readBookingRules(
  c: FieldReader,
  value: unknown,
  field: string,
  { timeSlots }: { timeSlots: boolean },
): Checked<BookingRules> {
  const defaults = defaultBookingRules();
  if (value === undefined) return defaults;
  const input = c.object(value, field, FIELDS);
  if (input === INVALID) return INVALID;
  const at = (name: (typeof FIELDS)[number]): string => `${field}.${name}`;
  const minutes = (v: unknown, f: string, min: number) => c.number(v, f, { integer: true, min });

  const slotMinutes = c.orDefault(input.slotMinutes, defaults.slotMinutes, (v) => {
    const slot = minutes(v, at('slotMinutes'), 5);
    if (slot === INVALID) return INVALID;
    return MINUTES_PER_DAY % slot === 0
      ? slot
      : c.fail(at('slotMinutes'), 'must divide a day evenly (e.g. 15, 30, 60, 120)');
  });
  const onGrid = (v: number, f: string): Checked<number> =>
    slotMinutes === INVALID || v % slotMinutes === 0
      ? v
      : c.fail(f, `must be a multiple of slotMinutes (${slotMinutes})`);

  const minMinutes = c.orDefault(input.minMinutes, slotMinutes === INVALID ? defaults.minMinutes : slotMinutes, (v) => {
    const min = minutes(v, at('minMinutes'), slotMinutes === INVALID ? 5 : slotMinutes);
    return min === INVALID ? INVALID : onGrid(min, at('minMinutes'));
  });
  const maxMinutes = c.orNull(input.maxMinutes, (v) => {
    const max = minutes(v, at('maxMinutes'), 5);
    if (max === INVALID) return INVALID;
    if (minMinutes !== INVALID && max < minMinutes) {
      return c.fail(at('maxMinutes'), `must be at least minMinutes (${minMinutes})`);
    }
    return onGrid(max, at('maxMinutes'));
  });

  const openingHours = c.orDefault(input.openingHours, defaults.openingHours, (v) =>
    readOpeningHours(c, v, at('openingHours'), slotMinutes === INVALID ? 1 : slotMinutes),
  );
  if (timeSlots && openingHours !== INVALID && WEEKDAYS.every((day) => openingHours[day].length === 0)) {
    c.fail(at('openingHours'), 'must open at least once a week for bookable time slots');
  }

  return c.all({
    slotMinutes,
    minMinutes,
    maxMinutes,
    leadTimeHours: c.orDefault(input.leadTimeHours, defaults.leadTimeHours, (v) =>
      c.number(v, at('leadTimeHours'), { integer: true, min: 0, max: HOURS_PER_YEAR }),
    ),
    horizonDays: c.orDefault(input.horizonDays, defaults.horizonDays, (v) =>
      c.number(v, at('horizonDays'), { integer: true, min: 1, max: 5 * 366 }),
    ),
    bufferMinutes: c.orDefault(input.bufferMinutes, defaults.bufferMinutes, (v) =>
      c.number(v, at('bufferMinutes'), { integer: true, min: 0, max: MINUTES_PER_DAY }),
    ),
    cancellationCutoffHours: c.orDefault(input.cancellationCutoffHours, defaults.cancellationCutoffHours, (v) =>
      c.number(v, at('cancellationCutoffHours'), { integer: true, min: 0, max: HOURS_PER_YEAR }),
    ),
    instantBook: c.orDefault(input.instantBook, defaults.instantBook, (v) => c.boolean(v, at('instantBook'))),
    timeZone: c.orDefault(input.timeZone, defaults.timeZone, (v) => readTimeZone(c, v, at('timeZone'))),
    openingHours,
    blackoutDates: c.orDefault(input.blackoutDates, defaults.blackoutDates, (v) => {
      const dates = c.list(v, at('blackoutDates'), (d, f) => readDate(c, d, f), { maxItems: 366 });
      return dates === INVALID ? INVALID : [...new Set(dates)].sort();
    }),
    publicHolidays: c.orDefault(input.publicHolidays, defaults.publicHolidays, (v) =>
      c.oneOf(v, at('publicHolidays'), PUBLIC_HOLIDAYS),
    ),
    makeUpWorkdays: c.orDefault(input.makeUpWorkdays, defaults.makeUpWorkdays, (v) =>
      c.oneOf(v, at('makeUpWorkdays'), MAKE_UP_WORKDAYS),
    ),
  });
}

function readTimeZone(c: FieldReader, value: unknown, field: string): Checked<string> {
  const zone = c.text(value, field, 64);
  if (zone === INVALID) return INVALID;
  try {
    // Canonical spelling: `asia/shanghai` comes back as `Asia/Shanghai`.
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return c.fail(field, 'must be an IANA time zone such as Asia/Shanghai');
  }
}

function readDate(c: FieldReader, value: unknown, field: string): Checked<string> {
  if (isCalendarDate(value)) return value;
  return c.fail(field, 'must be a calendar date as YYYY-MM-DD');
}

const WALL_CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes after local midnight, or undefined for anything that is not HH:MM (≤ 24:00). */
function minuteOfDay(value: unknown): number | undefined {
  const match = typeof value === 'string' ? WALL_CLOCK.exec(value) : null;
  if (!match) return undefined;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute <= MINUTES_PER_DAY ? minute : undefined;
}

/**
 * `{mon: [{start: '09:00', end: '12:00'}, {start: '13:00', end: '18:00'}], …}`; a day left
 * out is closed. Overnight hours are split at midnight (`22:00–24:00`, next day `00:00–06:00`).
 */
function readOpeningHours(c: FieldReader, value: unknown, field: string, slotMinutes: number): Checked<OpeningHours> {
  const input = c.object(value, field, WEEKDAYS);
  if (input === INVALID) return INVALID;
  // A misspelt day would otherwise read as closed, and the week perhaps as never open.
  if (Object.keys(input).some((key) => !(WEEKDAYS as readonly string[]).includes(key))) {
    return INVALID;
  }
  const hours = {} as Record<Weekday, Checked<OpeningInterval[]>>;
  for (const day of WEEKDAYS) {
    hours[day] = c.orDefault(input[day], [], (v) => readDay(c, v, `${field}.${day}`, slotMinutes));
  }
  return c.all(hours);
}

function readDay(c: FieldReader, value: unknown, field: string, slotMinutes: number): Checked<OpeningInterval[]> {
  const intervals = c.list(
    value,
    field,
    (v, f): Checked<OpeningInterval & { from: number; to: number }> => {
      const input = c.object(v, f, ['start', 'end']);
      if (input === INVALID) return INVALID;
      const { start, end } = input;
      const from = minuteOfDay(start);
      const to = minuteOfDay(end);
      if (typeof start !== 'string' || from === undefined) {
        return c.fail(`${f}.start`, 'must be a time as HH:MM');
      }
      if (typeof end !== 'string' || to === undefined) {
        return c.fail(`${f}.end`, 'must be a time as HH:MM, at most 24:00');
      }
      if (from >= to) return c.fail(f, 'must end after it starts');
      if (from % slotMinutes !== 0 || to % slotMinutes !== 0) {
        return c.fail(f, `must start and end on the ${slotMinutes}-minute slot grid`);
      }
      return { start, end, from, to };
    },
    { maxItems: 12 },
  );
  if (intervals === INVALID) return INVALID;
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].from < sorted[i - 1].to) return c.fail(field, 'has overlapping intervals');
  }
  return sorted.map(({ start, end }) => ({ start, end }));
}
