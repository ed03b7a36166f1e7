import { chinaMidnight, instantInZone, startOfDayIn, todayIn, todayInChina } from './time-zone';

describe('days in a time zone', () => {
  it.each([
    ['2026-05-31T15:59:59Z', '2026-05-31'],
    ['2026-05-31T16:00:00Z', '2026-06-01'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2028-02-28T16:00:00Z', '2028-02-29'],
  ])('at %s it is %s in Shanghai', (instant, date) => {
    expect(todayInChina(new Date(instant))).toBe(date);
  });

  it('is another date elsewhere at the same instant', () => {
    const now = new Date('2026-05-31T16:30:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-06-01');
    expect(todayIn('UTC', now)).toBe('2026-05-31');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-05-31');
  });

  it('refuses a zone that does not exist', () => {
    expect(() => todayIn('Mars/Olympus', new Date())).toThrow(RangeError);
  });

  it.each([
    ['2026-06-01', 'Asia/Shanghai', '2026-05-31T16:00:00.000Z'],
    ['2027-01-01', 'Asia/Shanghai', '2026-12-31T16:00:00.000Z'],
    ['2026-06-01', 'UTC', '2026-06-01T00:00:00.000Z'],
    // Berlin keeps summer time in June: UTC+2.
    ['2026-06-01', 'Europe/Berlin', '2026-05-31T22:00:00.000Z'],
  ])('%s begins in %s at %s', (date, zone, instant) => {
    expect(startOfDayIn(date, zone).toISOString()).toBe(instant);
  });

  it.each(['2026-06-01', '2027-01-01', '2028-02-29', '1992-07-15'])('China midnight of %s without luxon', (date) => {
    expect(chinaMidnight(date)).toEqual(startOfDayIn(date, 'Asia/Shanghai'));
  });

  it('shows an instant on the clocks of a zone', () => {
    const instant = new Date('2026-12-07T01:00:00Z');
    expect(instantInZone(instant, 'Asia/Shanghai')).toBe('2026-12-07T09:00:00+08:00');
    expect(instantInZone(instant, 'UTC')).toBe('2026-12-07T01:00:00Z');
  });
});
