import { periodOf, periodsCovering } from './calendar-period';

describe('periodOf', () => {
  it.each([
    // ISO weeks run Monday to Sunday, across month and year ends.
    ['week', '2026-06-01', '2026-06-01', '2026-06-07'], // a Monday
    ['week', '2026-06-07', '2026-06-01', '2026-06-07'], // a Sunday
    ['week', '2026-01-01', '2025-12-29', '2026-01-04'], // a Thursday
    ['week', '1970-01-01', '1969-12-29', '1970-01-04'],
    ['week', '2028-02-29', '2028-02-28', '2028-03-05'],
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['month', '2100-02-10', '2100-02-01', '2100-02-28'],
    ['month', '2026-04-30', '2026-04-01', '2026-04-30'],
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

  it('a year of months is 12 periods, 13 when it starts mid-month', () => {
    expect(periodsCovering('month', '2026-01-01', '2026-12-31')).toHaveLength(12);
    expect(periodsCovering('month', '2026-01-15', '2027-01-14')).toHaveLength(13);
  });

  it('nothing when the window ends before it starts', () => {
    expect(periodsCovering('week', '2026-06-15', '2026-06-01')).toEqual([]);
  });
});
