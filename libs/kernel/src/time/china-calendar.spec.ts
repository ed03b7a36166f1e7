import { chinaDay, scheduleKnown } from './china-calendar';

describe("China's calendar (chinese-days 1.5.7, schedules through 2026)", () => {
  it('reads a scheduled year: holidays, and make-up working days with the weekday they stand in for', () => {
    expect(scheduleKnown(2026)).toBe(true);
    expect(chinaDay('2026-10-01')).toMatchObject({
      kind: 'holiday',
      holiday: { 'zh-CN': '国庆节', en: 'National Day' },
    });
    expect(chinaDay('2026-04-04')).toMatchObject({ holiday: { 'zh-CN': '清明节' } });
    // Saturday 2026-10-10 is worked for Wednesday 2026-10-07, Sunday 2026-09-20 for Tuesday 2026-10-06.
    expect(chinaDay('2026-10-10')).toMatchObject({ kind: 'make_up_workday', standsFor: 3 });
    expect(chinaDay('2026-09-20')).toMatchObject({ kind: 'make_up_workday', standsFor: 2 });
    expect(chinaDay('2026-12-07')).toBeUndefined();
  });

  it.each([
    ['2027-01-01', '元旦'],
    ['2027-02-05', '春节'],
    ['2027-02-08', '春节'],
    ['2027-04-05', '清明节'],
    ['2027-05-01', '劳动节'],
    ['2027-05-02', '劳动节'],
    ['2027-06-09', '端午节'],
    ['2027-09-15', '中秋节'],
    ['2027-10-03', '国庆节'],
  ])('knows %s (%s) by the law in a year without a schedule', (date, name) => {
    expect(scheduleKnown(2027)).toBe(false);
    expect(chinaDay(date)).toMatchObject({ kind: 'holiday', holiday: { 'zh-CN': name } });
  });

  it('adds no bridging or make-up days a schedule would', () => {
    expect(chinaDay('2027-02-09')).toBeUndefined();
    expect(chinaDay('2027-10-04')).toBeUndefined();
    expect(chinaDay('2201-01-01')).toMatchObject({ kind: 'holiday' });
  });
});
