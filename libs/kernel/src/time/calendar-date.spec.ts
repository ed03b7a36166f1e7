import {
  dayNumber,
  daysInMonth,
  formatCalendarDate,
  isCalendarDate,
  isLeapYear,
  isoWeekday,
  monthsBetween,
  parseCalendarDate,
  plusDays,
  plusMonths,
  plusYears,
} from './calendar-date';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2021-06-01', '0099-01-01', '2099-12-31', '2026-02-28', '2028-02-29', '2000-02-29'])(
    'parses %s',
    (text) => {
      const date = parseCalendarDate(text);
      expect(date).toBeDefined();
      expect(formatCalendarDate(date!)).toBe(text);
      expect(isCalendarDate(text)).toBe(true);
    },
  );

  it.each([
    '2023-02-29',
    '2027-02-30',
    '2026-02-29',
    '1900-02-29',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-06-00',
    '2021-6-1',
    '2026-1-01',
    '20210601',
    ' 2021-06-01',
    '2026-01-01T00:00',
    '',
  ])('refuses %p', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
    expect(isCalendarDate(text)).toBe(false);
  });

  it.each([undefined, null, 20260601, new Date('2026-06-01')])('refuses %p, not a string', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    [1, 31],
    [4, 30],
    [6, 30],
    [7, 31],
    [9, 30],
    [11, 30],
    [12, 31],
  ])('month %i has %i days', (month, days) => {
    expect(daysInMonth(2026, month)).toBe(days);
  });

  it('counts days from 1970-01-01, before it too', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-06-01') - dayNumber('2026-05-01')).toBe(31);
  });

  it.each([
    ['2026-06-01', 1], // a Monday
    ['2026-06-07', 7],
    ['2026-01-01', 4],
    ['1970-01-01', 4],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ['2020-02-29', 20, '2040-02-29'],
    ['2020-02-29', 10, '2030-03-01'],
    ['2028-02-29', 1, '2029-03-01'],
    ['2026-06-15', 1, '2027-06-15'],
    ['2021-06-01', 15, '2036-06-01'],
    ['2099-12-31', 1, '2100-12-31'],
    ['0099-06-01', 1, '0100-06-01'],
  ])('%s plus %i years is %s', (from, years, to) => {
    expect(plusYears(from, years)).toBe(to);
  });

  it.each([
    ['2030-03-01', -1, '2030-02-28'],
    ['2040-03-01', -1, '2040-02-29'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-06-01', 0, '2026-06-01'],
    ['2026-06-01', 365, '2027-06-01'],
  ])('%s plus %i days is %s', (from, days, to) => {
    expect(plusDays(from, days)).toBe(to);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-15', 240, '2046-03-15'],
  ])('%s plus %i months is %s (a day the month lacks becomes its last)', (date, months, result) => {
    expect(plusMonths(date, months)).toBe(result);
  });

  it.each([
    ['2026-03-15', '2026-04-15', 1],
    ['2026-03-15', '2026-04-14', 0],
    ['2026-03-15', '2039-10-08', 162],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-04-15', '2026-03-15', -1],
    ['2026-03-15', '2026-03-15', 0],
  ])('from %s to %s: %i whole months', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});
