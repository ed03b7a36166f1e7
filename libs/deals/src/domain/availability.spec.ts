import type { Interval } from '@rongtong/kernel';
import { type BookingRules, defaultBookingRules, type OpeningHours } from '@rongtong/listings';
import {
  AVAILABILITY_MAX_DAYS,
  availabilityWindow,
  bookingRulesOf,
  calendarDaysIn,
  checkSlot,
  describeOpeningHours,
  freeSlots,
  hasFreeWindow,
  longestFreeMinutes,
  openIntervals,
  type SlotViolationCode,
} from './availability';
import { AvailabilityWindowInvalidError, AvailabilityWindowTooLongError } from './availability.errors';

// 2026-12-07 is a Monday; Asia/Shanghai is UTC+8 all year.
const at = (iso: string) => new Date(iso);
const sh = (local: string) => at(`${local}+08:00`);
const span = (start: string, end: string): Interval => ({ start: sh(start), end: sh(end) });
const iso = (intervals: Interval[]) => intervals.map((i) => [i.start.toISOString(), i.end.toISOString()]);
const local = (intervals: Interval[]) => intervals.map((i) => [shanghai(i.start), shanghai(i.end)].join(' → '));
function shanghai(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const ALL_DAY = [{ start: '00:00', end: '24:00' }];
const every = (intervals: { start: string; end: string }[]): OpeningHours => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
  sat: intervals,
  sun: intervals,
});

function rules(overrides: Partial<BookingRules> = {}): BookingRules {
  return { ...defaultBookingRules(), leadTimeHours: 0, ...overrides };
}

const EARLY = sh('2026-12-01T00:00');
/** Before the 2026 DST changes the Berlin cases turn on. */
const JANUARY = at('2026-01-01T00:00Z');

describe('checkSlot', () => {
  it.each<[string, Partial<BookingRules>, string, string, Date, SlotViolationCode[]]>([
    ['an hour on a Monday morning', {}, '2026-12-07T09:00', '2026-12-07T10:00', EARLY, []],
    ['the whole opening day', {}, '2026-12-07T09:00', '2026-12-07T18:00', EARLY, []],
    ['an end before the start', {}, '2026-12-07T10:00', '2026-12-07T09:00', EARLY, ['END_BEFORE_START']],
    ['a zero-length slot', {}, '2026-12-07T10:00', '2026-12-07T10:00', EARLY, ['END_BEFORE_START']],
    ['a start off the 30-minute grid', {}, '2026-12-07T09:15', '2026-12-07T10:00', EARLY, ['OFF_GRID']],
    [
      'an end off the 60-minute grid',
      { slotMinutes: 60, minMinutes: 60 },
      '2026-12-07T09:00',
      '2026-12-07T10:30',
      EARLY,
      ['OFF_GRID'],
    ],
    ['less than the minimum', { minMinutes: 60 }, '2026-12-07T09:00', '2026-12-07T09:30', EARLY, ['TOO_SHORT']],
    ['more than the maximum', { maxMinutes: 120 }, '2026-12-07T09:00', '2026-12-07T12:00', EARLY, ['TOO_LONG']],
    ['exactly the maximum', { maxMinutes: 180 }, '2026-12-07T09:00', '2026-12-07T12:00', EARLY, []],
    [
      'a start inside the lead time',
      { leadTimeHours: 24 },
      '2026-12-07T09:00',
      '2026-12-07T10:00',
      sh('2026-12-06T10:00'),
      ['LEAD_TIME'],
    ],
    [
      'a start exactly at the lead time',
      { leadTimeHours: 24 },
      '2026-12-07T09:00',
      '2026-12-07T10:00',
      sh('2026-12-06T09:00'),
      [],
    ],
    ['a Saturday', {}, '2026-12-12T10:00', '2026-12-12T11:00', EARLY, ['OUTSIDE_OPENING_HOURS']],
    ['a run past closing time', {}, '2026-12-07T17:00', '2026-12-07T19:00', EARLY, ['OUTSIDE_OPENING_HOURS']],
    [
      'a run over the lunch break',
      {
        openingHours: {
          ...every([]),
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '18:00' },
          ],
        },
      },
      '2026-12-07T11:00',
      '2026-12-07T14:00',
      EARLY,
      ['OUTSIDE_OPENING_HOURS'],
    ],
    [
      'a run from one open day into the next',
      { openingHours: every(ALL_DAY) },
      '2026-12-07T20:00',
      '2026-12-09T08:00',
      EARLY,
      [],
    ],
    ['a week-long run', { openingHours: every(ALL_DAY) }, '2026-12-07T00:00', '2026-12-14T00:00', EARLY, []],
    [
      'a run over a closed day',
      { openingHours: { ...every(ALL_DAY), tue: [] } },
      '2026-12-07T20:00',
      '2026-12-09T08:00',
      EARLY,
      ['OUTSIDE_OPENING_HOURS'],
    ],
    ['a run over an overnight close', {}, '2026-12-07T17:00', '2026-12-08T10:00', EARLY, ['OUTSIDE_OPENING_HOURS']],
    [
      'a blackout date',
      { blackoutDates: ['2026-12-08'] },
      '2026-12-08T10:00',
      '2026-12-08T11:00',
      EARLY,
      ['BLACKOUT_DATE'],
    ],
    [
      'the day before a blackout date',
      { blackoutDates: ['2026-12-08'] },
      '2026-12-07T10:00',
      '2026-12-07T18:00',
      EARLY,
      [],
    ],
    [
      'a run ending at the midnight a blackout date begins',
      { openingHours: every(ALL_DAY), blackoutDates: ['2026-12-08'] },
      '2026-12-07T20:00',
      '2026-12-08T00:00',
      EARLY,
      [],
    ],
    [
      'a run across a blackout date',
      { openingHours: every(ALL_DAY), blackoutDates: ['2026-12-08'] },
      '2026-12-07T20:00',
      '2026-12-09T08:00',
      EARLY,
      ['BLACKOUT_DATE'],
    ],
    [
      'many faults at once',
      { minMinutes: 60, leadTimeHours: 24 },
      '2026-12-12T09:15',
      '2026-12-12T09:30',
      sh('2026-12-12T00:00'),
      ['OFF_GRID', 'TOO_SHORT', 'LEAD_TIME', 'OUTSIDE_OPENING_HOURS'],
    ],
  ])('%s', (_name, overrides, start, end, now, codes) => {
    expect(checkSlot(rules(overrides), sh(start), sh(end), now).map((v) => v.code)).toEqual(codes);
  });

  it('names the local times, the zone and the opening hours when closed', () => {
    const [violation] = checkSlot(rules(), sh('2026-12-12T10:00'), sh('2026-12-12T11:00'), EARLY);
    expect(violation.message).toBe(
      'Closed Sat 2026-12-12 10:00–11:00; opening hours Mon–Fri 09:00–18:00; Sat, Sun closed Asia/Shanghai',
    );
    const [late] = checkSlot(rules(), sh('2026-12-07T17:00'), sh('2026-12-08T10:00'), EARLY);
    expect(late.message).toContain('Closed Mon 2026-12-07 18:00–Tue 2026-12-08 09:00');
  });

  it('names the blackout dates, the earliest start and the grid', () => {
    const messages = checkSlot(
      rules({ openingHours: every(ALL_DAY), blackoutDates: ['2026-12-08', '2026-12-09'], leadTimeHours: 48 }),
      sh('2026-12-07T20:10'),
      sh('2026-12-10T08:00'),
      sh('2026-12-06T12:00'),
    ).map((v) => v.message);
    expect(messages).toEqual([
      'Mon 2026-12-07 20:10 is not on the 30-minute slot grid: bookings start and end at multiples of 30 minutes after midnight Asia/Shanghai',
      'Bookings must be made 48 hours ahead: the earliest start now is Tue 2026-12-08 12:00 Asia/Shanghai',
      '2026-12-08, 2026-12-09 are blackout dates (closed all day, Asia/Shanghai)',
    ]);
  });

  it('reads the grid and the hours on the local clock of a DST zone', () => {
    const berlin = rules({ timeZone: 'Europe/Berlin', slotMinutes: 60, minMinutes: 60 });
    // Monday 30 March 2026, the day after the clocks went forward: 09:00 is 07:00Z.
    expect(checkSlot(berlin, at('2026-03-30T07:00Z'), at('2026-03-30T16:00Z'), JANUARY)).toEqual([]);
    expect(checkSlot(berlin, at('2026-03-30T08:00Z'), at('2026-03-30T17:00Z'), JANUARY).map((v) => v.code)).toEqual([
      'OUTSIDE_OPENING_HOURS',
    ]);
    // Friday 27 March, still UTC+1: 09:00 is 08:00Z.
    expect(checkSlot(berlin, at('2026-03-27T08:00Z'), at('2026-03-27T17:00Z'), JANUARY)).toEqual([]);
  });
});

describe('openIntervals', () => {
  it('places weekday hours in the zone, as UTC, and skips closed days', () => {
    expect(iso(openIntervals(rules(), sh('2026-12-05T00:00'), sh('2026-12-09T00:00')))).toEqual([
      ['2026-12-07T01:00:00.000Z', '2026-12-07T10:00:00.000Z'],
      ['2026-12-08T01:00:00.000Z', '2026-12-08T10:00:00.000Z'],
    ]);
  });

  it.each<[string, Partial<BookingRules>, string, string, string[]]>([
    [
      'split days',
      {
        openingHours: {
          ...every([]),
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '18:00' },
          ],
        },
      },
      '2026-12-07T00:00',
      '2026-12-08T00:00',
      ['2026-12-07 09:00 → 2026-12-07 12:00', '2026-12-07 13:00 → 2026-12-07 18:00'],
    ],
    [
      'abutting days as one run',
      { openingHours: { ...every([]), mon: ALL_DAY, tue: ALL_DAY } },
      '2026-12-06T00:00',
      '2026-12-10T00:00',
      ['2026-12-07 00:00 → 2026-12-09 00:00'],
    ],
    [
      'overnight hours split at midnight, joined again',
      {
        openingHours: {
          ...every([]),
          mon: [{ start: '22:00', end: '24:00' }],
          tue: [{ start: '00:00', end: '06:00' }],
        },
      },
      '2026-12-07T00:00',
      '2026-12-09T00:00',
      ['2026-12-07 22:00 → 2026-12-08 06:00'],
    ],
    [
      'a blackout date taken out of a run',
      { openingHours: every(ALL_DAY), blackoutDates: ['2026-12-08'] },
      '2026-12-07T12:00',
      '2026-12-09T12:00',
      ['2026-12-07 12:00 → 2026-12-08 00:00', '2026-12-09 00:00 → 2026-12-09 12:00'],
    ],
    [
      'the window clipping the hours',
      {},
      '2026-12-07T10:00',
      '2026-12-08T11:00',
      ['2026-12-07 10:00 → 2026-12-07 18:00', '2026-12-08 09:00 → 2026-12-08 11:00'],
    ],
    ['a closed week', { openingHours: every([]) }, '2026-12-07T00:00', '2026-12-14T00:00', []],
  ])('%s', (_name, overrides, from, to, expected) => {
    expect(local(openIntervals(rules(overrides), sh(from), sh(to)))).toEqual(expected);
  });

  it('gives a Berlin day 23 hours when the clocks go forward and 25 when they go back', () => {
    const sundays = rules({ timeZone: 'Europe/Berlin', openingHours: { ...every([]), sun: ALL_DAY } });
    expect(iso(openIntervals(sundays, at('2026-03-27T00:00Z'), at('2026-03-31T00:00Z')))).toEqual([
      ['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ]);
    expect(iso(openIntervals(sundays, at('2026-10-23T00:00Z'), at('2026-10-27T00:00Z')))).toEqual([
      ['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ]);
  });

  it('keeps Berlin opening hours on the local clock on both sides of a change', () => {
    const daily = rules({ timeZone: 'Europe/Berlin', openingHours: every([{ start: '09:00', end: '18:00' }]) });
    expect(iso(openIntervals(daily, at('2026-03-28T00:00Z'), at('2026-03-31T00:00Z')))).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28T17:00:00.000Z'],
      ['2026-03-29T07:00:00.000Z', '2026-03-29T16:00:00.000Z'],
      ['2026-03-30T07:00:00.000Z', '2026-03-30T16:00:00.000Z'],
    ]);
  });

  it('opens nothing for hours that fall wholly in the hour the clocks skip', () => {
    const skipped = rules({
      timeZone: 'Europe/Berlin',
      openingHours: { ...every([]), sun: [{ start: '02:00', end: '03:00' }] },
    });
    expect(openIntervals(skipped, at('2026-03-28T00:00Z'), at('2026-03-30T00:00Z'))).toEqual([]);
  });
});

describe('freeSlots', () => {
  const MONDAY = ['2026-12-07T00:00', '2026-12-08T00:00'] as const;
  const free = (
    overrides: Partial<BookingRules>,
    busy: Interval[],
    now = EARLY,
    window: readonly [string, string] = MONDAY,
  ) => local(freeSlots(rules(overrides), sh(window[0]), sh(window[1]), busy, now));

  it.each<[string, Partial<BookingRules>, Interval[], string[]]>([
    ['an empty day', {}, [], ['2026-12-07 09:00 → 2026-12-07 18:00']],
    [
      'a booking in the middle',
      {},
      [span('2026-12-07T11:00', '2026-12-07T12:00')],
      ['2026-12-07 09:00 → 2026-12-07 11:00', '2026-12-07 12:00 → 2026-12-07 18:00'],
    ],
    [
      "the new booking's own buffer before the next booking, none before closing",
      { bufferMinutes: 30 },
      // The booking 11:00–12:00 blocks until 12:30 with its own buffer.
      [span('2026-12-07T11:00', '2026-12-07T12:30')],
      ['2026-12-07 09:00 → 2026-12-07 10:30', '2026-12-07 12:30 → 2026-12-07 18:00'],
    ],
    [
      'an off-grid buffer end snapped up to the grid',
      { bufferMinutes: 15 },
      [span('2026-12-07T11:00', '2026-12-07T12:15')],
      ['2026-12-07 09:00 → 2026-12-07 10:30', '2026-12-07 12:30 → 2026-12-07 18:00'],
    ],
    [
      'a buffer longer than the lunch break before an afternoon booking',
      {
        bufferMinutes: 60,
        openingHours: {
          ...every([]),
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '12:30', end: '18:00' },
          ],
        },
      },
      [span('2026-12-07T12:30', '2026-12-07T14:00')],
      ['2026-12-07 09:00 → 2026-12-07 11:30', '2026-12-07 14:00 → 2026-12-07 18:00'],
    ],
    [
      'bookings back to back and overlapping',
      {},
      [
        span('2026-12-07T10:00', '2026-12-07T11:00'),
        span('2026-12-07T11:00', '2026-12-07T12:00'),
        span('2026-12-07T11:30', '2026-12-07T13:00'),
      ],
      ['2026-12-07 09:00 → 2026-12-07 10:00', '2026-12-07 13:00 → 2026-12-07 18:00'],
    ],
    [
      'gaps shorter than the minimum booking dropped',
      { minMinutes: 120 },
      [span('2026-12-07T10:30', '2026-12-07T12:00'), span('2026-12-07T13:00', '2026-12-07T16:00')],
      ['2026-12-07 16:00 → 2026-12-07 18:00'],
    ],
    ['a booking all day', {}, [span('2026-12-07T08:00', '2026-12-07T19:00')], []],
    ['a blackout date', { blackoutDates: ['2026-12-07'] }, [], []],
  ])('%s', (_name, overrides, busy, expected) => {
    expect(free(overrides, busy)).toEqual(expected);
  });

  it.each<[string, number, string, string[]]>([
    ['from the next grid line after now', 0, '2026-12-07T10:10', ['2026-12-07 10:30 → 2026-12-07 18:00']],
    ['from now plus the lead time', 2, '2026-12-07T10:10', ['2026-12-07 12:30 → 2026-12-07 18:00']],
    ['nothing when the lead time passes closing', 8, '2026-12-07T10:10', []],
  ])('starts %s', (_name, leadTimeHours, now, expected) => {
    expect(free({ leadTimeHours }, [], sh(now))).toEqual(expected);
  });

  it('spans days when the hours run on, around a booking', () => {
    expect(
      free({ openingHours: every(ALL_DAY), bufferMinutes: 60 }, [span('2026-12-08T10:00', '2026-12-08T13:00')], EARLY, [
        '2026-12-07T00:00',
        '2026-12-10T00:00',
      ]),
    ).toEqual(['2026-12-07 00:00 → 2026-12-08 09:00', '2026-12-08 13:00 → 2026-12-10 00:00']);
  });

  it('keeps the buffer before a booking just after the window', () => {
    expect(
      free({ openingHours: every(ALL_DAY), bufferMinutes: 60 }, [span('2026-12-08T00:30', '2026-12-08T02:00')]),
    ).toEqual(['2026-12-07 00:00 → 2026-12-07 23:30']);
  });

  it('snaps to the local grid across the hour the clocks skip in Berlin', () => {
    const berlin = rules({ timeZone: 'Europe/Berlin', openingHours: every(ALL_DAY), slotMinutes: 60, minMinutes: 60 });
    // Local 01:15–01:45 (UTC+1) on 29 March; 02:00 local does not exist, the next hour is 03:00 (UTC+2).
    const busy = [{ start: at('2026-03-29T00:15Z'), end: at('2026-03-29T00:45Z') }];
    expect(iso(freeSlots(berlin, at('2026-03-28T23:00Z'), at('2026-03-29T22:00Z'), busy, JANUARY))).toEqual([
      ['2026-03-28T23:00:00.000Z', '2026-03-29T00:00:00.000Z'],
      ['2026-03-29T01:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ]);
    const twoHourly = { ...berlin, slotMinutes: 120, minMinutes: 120 };
    // From 01:45 local the next even hour on the local clock is 04:00 (UTC+2).
    expect(iso(freeSlots(twoHourly, at('2026-03-29T00:45Z'), at('2026-03-29T22:00Z'), [], JANUARY))).toEqual([
      ['2026-03-29T02:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ]);
  });

  it('snaps to the local grid in the hour Berlin lives twice', () => {
    const berlin = rules({ timeZone: 'Europe/Berlin', openingHours: every(ALL_DAY), slotMinutes: 60, minMinutes: 60 });
    // 02:30 local in summer time (00:30Z); the next local full hour is 02:00 winter time (01:00Z).
    expect(iso(freeSlots(berlin, at('2026-10-25T00:30Z'), at('2026-10-25T05:00Z'), [], JANUARY))).toEqual([
      ['2026-10-25T01:00:00.000Z', '2026-10-25T05:00:00.000Z'],
    ]);
  });
});

describe('hasFreeWindow and longestFreeMinutes', () => {
  const monday = [sh('2026-12-07T00:00'), sh('2026-12-08T00:00')] as const;
  const busy = [span('2026-12-07T12:00', '2026-12-07T13:00')];

  it.each([
    [3, true],
    [5, true],
    [5.5, false],
    [9, false],
  ])('finds %s free hours on a Monday with a noon booking: %s', (hours, expected) => {
    expect(hasFreeWindow(rules(), monday[0], monday[1], busy, EARLY, hours * 60)).toBe(expected);
  });

  it('measures the longest interval', () => {
    expect(longestFreeMinutes(freeSlots(rules(), monday[0], monday[1], busy, EARLY))).toBe(300);
    expect(longestFreeMinutes([])).toBe(0);
  });
});

describe('availabilityWindow', () => {
  const now = at('2026-12-01T00:00:00Z');

  it('defaults to the next 14 days from now', () => {
    expect(availabilityWindow({}, now)).toEqual({ from: now, to: at('2026-12-15T00:00:00Z') });
    expect(availabilityWindow({ from: '2026-12-07T09:00:00+08:00' }, now)).toEqual({
      from: at('2026-12-07T01:00:00Z'),
      to: at('2026-12-21T01:00:00Z'),
    });
  });

  it("reads a query string's '+' that arrived as a space", () => {
    expect(availabilityWindow({ from: '2026-12-07T09:00:00 08:00', to: '2026-12-08T09:00:00 08:00' }, now)).toEqual({
      from: at('2026-12-07T01:00:00Z'),
      to: at('2026-12-08T01:00:00Z'),
    });
  });

  it(`allows ${AVAILABILITY_MAX_DAYS} days and no more`, () => {
    expect(availabilityWindow({ from: '2026-12-01T00:00:00Z', to: '2027-03-03T00:00:00Z' }, now).to).toEqual(
      at('2027-03-03T00:00:00Z'),
    );
    expect(() => availabilityWindow({ from: '2026-12-01T00:00:00Z', to: '2027-03-03T00:00:01Z' }, now)).toThrow(
      AvailabilityWindowTooLongError,
    );
  });

  it.each([
    ['a time without an offset', { from: '2026-12-07T09:00:00' }, ['from']],
    ['a date alone', { to: '2026-12-07' }, ['to']],
    ['no time at all', { from: 'tomorrow', to: 'later' }, ['from', 'to']],
    ['an end before the start', { from: '2026-12-07T09:00:00+08:00', to: '2026-12-07T08:00:00+08:00' }, ['to']],
    ['an end at the start', { from: '2026-12-07T09:00:00+08:00', to: '2026-12-07T01:00:00Z' }, ['to']],
  ])('refuses %s, naming the field', (_name, raw, fields) => {
    try {
      availabilityWindow(raw, now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AvailabilityWindowInvalidError);
      expect((error as AvailabilityWindowInvalidError).violations.map((v) => v.field)).toEqual(fields);
    }
  });
});

describe('bookingRulesOf', () => {
  it('reads stored rules over the defaults', () => {
    expect(bookingRulesOf({ booking: { slotMinutes: 60, timeZone: 'Europe/Berlin' } })).toEqual({
      ...defaultBookingRules(),
      slotMinutes: 60,
      timeZone: 'Europe/Berlin',
    });
    expect(bookingRulesOf({ manufacturer: 'Zeiss' })).toEqual(defaultBookingRules());
    expect(bookingRulesOf(null)).toEqual(defaultBookingRules());
  });
});

describe('describeOpeningHours', () => {
  it.each<[string, OpeningHours, string]>([
    ['an office week', defaultBookingRules().openingHours, 'Mon–Fri 09:00–18:00; Sat, Sun closed'],
    ['round the clock', every(ALL_DAY), 'Mon–Sun 00:00–24:00'],
    [
      'a split Saturday',
      {
        ...every([]),
        sat: [
          { start: '09:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      },
      'Mon–Fri closed; Sat 09:00–12:00, 13:00–17:00; Sun closed',
    ],
  ])('%s', (_name, openingHours, expected) => {
    expect(describeOpeningHours(rules({ openingHours }))).toBe(expected);
  });
});

describe("China's calendar", () => {
  // Slots checked from 2026-01-01 on: every date below lies ahead.
  const now = sh('2026-01-01T00:00');
  const codes = (r: BookingRules, start: string, end: string) =>
    checkSlot(r, sh(start), sh(end), now).map((v) => v.code);

  it('closes a statutory holiday under the default rules and names it', () => {
    const violations = checkSlot(rules(), sh('2026-10-08T10:00'), sh('2026-10-08T11:00'), now);
    expect(violations).toEqual([]);
    const [holiday] = checkSlot(rules(), sh('2026-10-01T10:00'), sh('2026-10-01T11:00'), now);
    expect(holiday).toEqual({
      code: 'PUBLIC_HOLIDAY',
      message: '2026-10-01 is a public holiday, National Day (closed all day, Asia/Shanghai)',
    });
  });

  it('knows 1 January and the fixed days of a year without a schedule in the data', () => {
    const later = sh('2026-12-01T00:00');
    const codes = (r: BookingRules, start: string, end: string) =>
      checkSlot(r, sh(start), sh(end), later).map((v) => v.code);
    expect(codes(rules(), '2027-01-01T10:00', '2027-01-01T11:00')).toEqual(['PUBLIC_HOLIDAY']);
    // 除夕 2027 (the lunar calendar's), a Friday.
    expect(codes(rules(), '2027-02-05T10:00', '2027-02-05T11:00')).toEqual(['PUBLIC_HOLIDAY']);
    expect(codes(rules(), '2027-01-04T10:00', '2027-01-04T11:00')).toEqual([]);
  });

  it('opens a make-up working day with the hours of the weekday it stands in for', () => {
    // Saturday 2026-10-10 is worked for Wednesday 2026-10-07.
    const hours = { ...defaultBookingRules().openingHours, wed: [{ start: '08:00', end: '12:00' }] };
    expect(codes(rules({ openingHours: hours }), '2026-10-10T08:00', '2026-10-10T10:00')).toEqual([]);
    expect(codes(rules({ openingHours: hours }), '2026-10-10T13:00', '2026-10-10T14:00')).toEqual([
      'OUTSIDE_OPENING_HOURS',
    ]);
    expect(codes(rules({ makeUpWorkdays: 'closed' }), '2026-10-10T10:00', '2026-10-10T11:00')).toEqual([
      'OUTSIDE_OPENING_HOURS',
    ]);
  });

  it('opens holidays by the week when the rules say so, and free time follows both', () => {
    expect(codes(rules({ publicHolidays: 'open' }), '2026-10-01T10:00', '2026-10-01T11:00')).toEqual([]);
    const week = freeSlots(rules(), sh('2026-09-30T00:00'), sh('2026-10-11T00:00'), [], now);
    expect(local(week)).toEqual([
      '2026-09-30 09:00 → 2026-09-30 18:00',
      '2026-10-08 09:00 → 2026-10-08 18:00',
      '2026-10-09 09:00 → 2026-10-09 18:00',
      '2026-10-10 09:00 → 2026-10-10 18:00',
    ]);
  });
});

describe('calendarDaysIn', () => {
  it('names the holidays and make-up days of a window and says whether the listing opens', () => {
    const days = calendarDaysIn(rules(), sh('2026-09-30T00:00'), sh('2026-10-11T00:00'));
    expect(days.map((d) => [d.date, d.kind, d.name['zh-CN'], d.open])).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, 'holiday', '国庆节', false]),
      ['2026-10-10', 'make_up_workday', '国庆节', true],
    ]);
    expect(calendarDaysIn(rules({ publicHolidays: 'open' }), sh('2026-10-01T00:00'), sh('2026-10-02T00:00'))).toEqual([
      { date: '2026-10-01', kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' }, open: true },
    ]);
  });
});
