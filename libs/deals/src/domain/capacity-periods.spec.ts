import {
  calendarDayNumber,
  calendarPlusDays,
  calendarPlusYears,
  type CapacityOffering,
  capacityPeriods,
  capacityWindow,
  offeredIn,
  periodOf,
  periodsCovering,
  todayInShanghai,
} from './capacity-periods';
import { DealValidationError } from './deals.errors';

const offering = (
  per: 'week' | 'month',
  periods: CapacityOffering['periods'] = [],
  quantity = 100,
): Pick<CapacityOffering, 'capacity' | 'periods'> => ({
  capacity: { quantity, unit: 'machine_hour', per },
  periods,
});

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
  ])('%s is a date: %s', (date, valid) => {
    expect(calendarDayNumber(date) !== undefined).toBe(valid);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(calendarPlusDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-06-15', '2027-06-15'],
    ['2028-02-29', '2029-03-01'],
  ])('%s + 1 year = %s', (date, expected) => {
    expect(calendarPlusYears(date, 1)).toBe(expected);
  });

  it.each([
    ['2026-05-31T15:59:59Z', '2026-05-31'],
    ['2026-05-31T16:00:00Z', '2026-06-01'],
  ])('at %s it is %s in Shanghai', (instant, date) => {
    expect(todayInShanghai(new Date(instant))).toBe(date);
  });
});

describe('periodOf', () => {
  it.each([
    // ISO weeks run Monday to Sunday, across month and year ends.
    ['week', '2026-06-01', '2026-06-01', '2026-06-07'], // a Monday
    ['week', '2026-06-07', '2026-06-01', '2026-06-07'], // a Sunday
    ['week', '2026-01-01', '2025-12-29', '2026-01-04'], // a Thursday
    ['week', '1970-01-01', '1969-12-29', '1970-01-04'],
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['month', '2026-12-31', '2026-12-01', '2026-12-31'],
  ] as const)('%s of %s is %s – %s', (per, date, start, end) => {
    expect(periodOf(per, date)).toEqual({ start, end });
  });
});

describe('periodsCovering', () => {
  it.each([
    ['week', '2026-06-03', '2026-06-03', [['2026-06-01', '2026-06-07']]],
    [
      'week',
      '2026-06-07',
      '2026-06-08',
      [
        ['2026-06-01', '2026-06-07'],
        ['2026-06-08', '2026-06-14'],
      ],
    ],
    [
      'month',
      '2026-11-30',
      '2027-01-01',
      [
        ['2026-11-01', '2026-11-30'],
        ['2026-12-01', '2026-12-31'],
        ['2027-01-01', '2027-01-31'],
      ],
    ],
  ] as const)('%s %s..%s', (per, from, to, expected) => {
    expect(periodsCovering(per, from, to)).toEqual(expected.map(([start, end]) => ({ start, end })));
  });

  it('a year of weeks is 53 periods at most', () => {
    expect(periodsCovering('week', '2026-01-01', '2026-12-31')).toHaveLength(53);
  });
});

describe('offeredIn', () => {
  const june = [{ start: '2026-06-01', end: '2026-06-30', quantity: 80 }];
  const twoMonths = [
    { start: '2026-06-01', end: '2026-06-30', quantity: 80 },
    { start: '2026-07-01', end: '2026-07-31', quantity: 50 },
  ];
  it.each([
    ['no offers listed: capacity every period', 'week', [], '2030-01-07', 100],
    ['a week inside an offer', 'week', june, '2026-06-08', 80],
    ['a week the offer covers from its first day to its last', 'week', june, '2026-06-01', 80],
    ['a week running past the last offer', 'week', june, '2026-06-29', 0],
    ['a week starting before the first offer', 'week', [{ ...june[0], start: '2026-06-03' }], '2026-06-01', 0],
    ['a week straddling two adjacent offers: the lower', 'week', twoMonths, '2026-06-29', 50],
    ['a week outside every offer', 'week', june, '2026-08-03', 0],
    [
      'a week across a gap between offers',
      'week',
      [june[0], { start: '2026-07-03', end: '2026-07-31', quantity: 50 }],
      '2026-06-29',
      0,
    ],
    ['a month exactly offered', 'month', june, '2026-06-01', 80],
    ['a month partly offered', 'month', [{ ...june[0], end: '2026-06-20' }], '2026-06-01', 0],
    [
      'a month offered in two halves',
      'month',
      [
        { start: '2026-06-01', end: '2026-06-15', quantity: 30 },
        { start: '2026-06-16', end: '2026-06-30', quantity: 40 },
      ],
      '2026-06-01',
      30,
    ],
    ['unsorted offers', 'month', [...twoMonths].reverse(), '2026-07-01', 50],
  ] as const)('%s', (_what, per, periods, date, expected) => {
    expect(offeredIn(periodOf(per, date), offering(per, [...periods]))).toBe(expected);
  });
});

describe('capacityPeriods', () => {
  it('lists each period of the window with its offer', () => {
    expect(
      capacityPeriods(
        offering('month', [{ start: '2026-06-01', end: '2026-07-31', quantity: 60 }]),
        '2026-06-15',
        '2026-08-01',
      ),
    ).toEqual([
      { start: '2026-06-01', end: '2026-06-30', offered: 60 },
      { start: '2026-07-01', end: '2026-07-31', offered: 60 },
      { start: '2026-08-01', end: '2026-08-31', offered: 0 },
    ]);
  });
});

describe('capacityWindow', () => {
  const today = '2026-06-10';
  it.each([
    [{}, { from: today, to: '2026-09-08' }],
    [{ from: '2026-07-01' }, { from: '2026-07-01', to: '2026-09-29' }],
    [
      { from: '2026-07-01', to: '2026-07-01' },
      { from: '2026-07-01', to: '2026-07-01' },
    ],
    [
      { from: '2026-07-01', to: '2027-06-30' },
      { from: '2026-07-01', to: '2027-06-30' },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(capacityWindow(raw, today)).toEqual(expected);
  });

  it.each([
    [{ from: '2026-7-1' }, 'from'],
    [{ to: 'soon' }, 'to'],
    [{ from: '2026-07-02', to: '2026-07-01' }, 'to'],
    [{ from: '2026-07-01', to: '2027-07-01' }, 'to'],
  ])('%j → 422 naming %s', (raw, field) => {
    try {
      capacityWindow(raw, today);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DealValidationError);
      expect((error as DealValidationError).violations.map((v) => v.field)).toEqual([field]);
    }
  });
});
