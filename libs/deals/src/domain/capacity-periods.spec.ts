import { periodOf } from '@rongtong/kernel';
import { type CapacityOffering, capacityPeriods, capacityWindow, offeredIn } from './capacity-periods';
import { DealValidationError } from './deals.errors';

const offering = (
  per: 'week' | 'month',
  periods: CapacityOffering['periods'] = [],
  quantity = 100,
): Pick<CapacityOffering, 'capacity' | 'periods'> => ({
  capacity: { quantity, unit: 'machine_hour', per },
  periods,
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
