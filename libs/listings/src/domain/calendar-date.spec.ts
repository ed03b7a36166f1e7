import { addDays, addYears, formatCalendarDate, parseCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2021-06-01', '0099-01-01', '2099-12-31'])('parses %s', (text) => {
    const date = parseCalendarDate(text);
    expect(date).toBeDefined();
    expect(formatCalendarDate(date!)).toBe(text);
  });

  it.each(['2023-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-6-1', '20210601', ' 2021-06-01', ''])(
    'refuses %p',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  it.each([
    ['2020-02-29', 20, '2040-02-29'],
    ['2020-02-29', 10, '2030-03-01'],
    ['2021-06-01', 15, '2036-06-01'],
    ['2099-12-31', 1, '2100-12-31'],
  ])('%s plus %i years is %s', (from, years, to) => {
    expect(formatCalendarDate(addYears(parseCalendarDate(from)!, years))).toBe(to);
  });

  it.each([
    ['2030-03-01', -1, '2030-02-28'],
    ['2040-03-01', -1, '2040-02-29'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2023-12-31', 1, '2024-01-01'],
  ])('%s plus %i days is %s', (from, days, to) => {
    expect(formatCalendarDate(addDays(parseCalendarDate(from)!, days))).toBe(to);
  });
});
