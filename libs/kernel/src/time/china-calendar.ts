import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import schedule from 'chinese-days/dist/chinese-days.json';
import type { Localized } from '../locale';

/**
 * China's statutory holidays (法定节假日) and make-up working days (调休上班日), from the
 * `chinese-days` package (1.5.7): the State Council's yearly schedules, which it holds
 * through 2026. For a year whose schedule is not in the data, the days fixed by the law
 * (全国年节及纪念日放假办法, as amended in 2024) are known without it: 1 January, the
 * Spring Festival (除夕 to 正月初三), 清明 (the solar term), 1–2 May, 端午 (五月初五), 中秋
 * (八月十五) and 1–3 October; the lunar ones through the package's lunar calendar. What
 * such a year lacks are the bridging days the yearly schedule adds, and its make-up days.
 */
export type ChinaDay =
  | { kind: 'holiday'; date: string; holiday: Localized }
  | {
      kind: 'make_up_workday';
      date: string;
      holiday: Localized;
      /** ISO weekday (1 Monday … 7 Sunday) whose hours the day keeps: the working day it was swapped with. */
      standsFor: number;
    };

const HOLIDAYS: Readonly<Record<string, Localized>> = {
  new_year: { 'zh-CN': '元旦', en: "New Year's Day" },
  spring_festival: { 'zh-CN': '春节', en: 'Spring Festival' },
  tomb_sweeping: { 'zh-CN': '清明节', en: 'Tomb-sweeping Day' },
  labour_day: { 'zh-CN': '劳动节', en: 'Labour Day' },
  dragon_boat: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
  mid_autumn: { 'zh-CN': '中秋节', en: 'Mid-autumn Festival' },
  national_day: { 'zh-CN': '国庆节', en: 'National Day' },
};

/** Every holiday's name in both languages, keyed by its English one (how reasons name it). */
export const HOLIDAY_NAMES: Readonly<Record<string, Localized>> = Object.fromEntries(
  Object.values(HOLIDAYS).map((name) => [name.en, name]),
);

type Entries = Record<string, string>;
const data = schedule as { holidays: Entries; workdays: Entries; inLieuDays: Entries };

/** `New Year's Day,元旦,1` → the holiday's names (the package's own Chinese names are shorter: 清明). */
function holidayOf(entry: string): Localized {
  const [en, zh] = entry.split(',');
  return HOLIDAY_NAMES[en] ?? { 'zh-CN': zh ?? en, en };
}

/** The years whose schedule the data holds. */
const SCHEDULED_YEARS = new Set(Object.keys(data.holidays).map((date) => Number(date.slice(0, 4))));

export function scheduleKnown(year: number): boolean {
  return SCHEDULED_YEARS.has(year);
}

const ISO_WEEKDAY = (date: string): number => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

function plusDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The days the law fixes in `year`, for a year without a schedule. */
function statutoryDays(year: number): Map<string, ChinaDay> {
  const days = new Map<string, ChinaDay>();
  const add = (date: string, holiday: Localized, count = 1) => {
    for (let i = 0; i < count; i++) {
      const day = plusDays(date, i);
      days.set(day, { kind: 'holiday', date: day, holiday });
    }
  };
  add(`${year}-01-01`, HOLIDAYS.new_year);
  const lunar = (monthDay: string) => getSolarDateFromLunar(`${year}-${monthDay}`).date;
  add(plusDays(lunar('01-01'), -1), HOLIDAYS.spring_festival, 4);
  add(getSolarTermDate(year, 4, 'pure_brightness'), HOLIDAYS.tomb_sweeping);
  add(`${year}-05-01`, HOLIDAYS.labour_day, 2);
  add(lunar('05-05'), HOLIDAYS.dragon_boat);
  add(lunar('08-15'), HOLIDAYS.mid_autumn);
  add(`${year}-10-01`, HOLIDAYS.national_day, 3);
  return days;
}

/**
 * A scheduled year's days. A make-up working day keeps the hours of the weekday it was
 * swapped with: the schedule lists each holiday's make-up days and the weekdays given off
 * in lieu (休), in order, so the n-th make-up day of a holiday stands for its n-th day in
 * lieu; without one (the data lists fewer), Monday's.
 */
function scheduledDays(year: number): Map<string, ChinaDay> {
  const days = new Map<string, ChinaDay>();
  const inYear = (entries: Entries) => Object.entries(entries).filter(([date]) => date.startsWith(`${year}-`));
  for (const [date, entry] of inYear(data.holidays))
    days.set(date, { kind: 'holiday', date, holiday: holidayOf(entry) });
  const inLieu = new Map<string, string[]>();
  for (const [date, entry] of inYear(data.inLieuDays).sort()) {
    inLieu.set(entry, [...(inLieu.get(entry) ?? []), date]);
  }
  const taken = new Map<string, number>();
  for (const [date, entry] of inYear(data.workdays).sort()) {
    const n = taken.get(entry) ?? 0;
    taken.set(entry, n + 1);
    const swapped = inLieu.get(entry)?.[n];
    days.set(date, {
      kind: 'make_up_workday',
      date,
      holiday: holidayOf(entry),
      standsFor: swapped ? ISO_WEEKDAY(swapped) : 1,
    });
  }
  return days;
}

const YEARS = new Map<number, Map<string, ChinaDay>>();

/** What China's calendar says of a local date `YYYY-MM-DD`: a holiday, a make-up working day, or nothing. */
export function chinaDay(date: string): ChinaDay | undefined {
  const year = Number(date.slice(0, 4));
  let days = YEARS.get(year);
  if (!days) {
    try {
      days = scheduleKnown(year) ? scheduledDays(year) : statutoryDays(year);
    } catch {
      // Outside the lunar calendar's range (before 1900, after 2100): no holidays known.
      days = new Map();
    }
    YEARS.set(year, days);
  }
  return days.get(date);
}

/**
 * A warning when the data lacks next year's schedule (as of `today`, `YYYY-MM-DD`):
 * bookings then follow only the days fixed by law, without bridging and make-up days,
 * until a newer `chinese-days` is installed. Undefined when the schedule is there.
 */
export function holidayScheduleWarning(today: string): string | undefined {
  const next = Number(today.slice(0, 4)) + 1;
  if (scheduleKnown(next)) return undefined;
  return (
    `China's holiday schedule for ${next} is missing from chinese-days (it holds ${[...SCHEDULED_YEARS].sort().at(-1)} ` +
    `at the latest): bookings in ${next} follow only the days fixed by law (1 January, 春节, 清明, 1–2 May, 端午, 中秋, ` +
    `1–3 October), without bridging days and make-up working days; update the package once the State Council publishes it`
  );
}

/** The holidays and make-up working days from `first` to `last` (dates, both included). */
export function chinaDaysBetween(first: string, last: string): ChinaDay[] {
  const days: ChinaDay[] = [];
  for (let date = first; date <= last; date = plusDays(date, 1)) {
    const day = chinaDay(date);
    if (day) days.push(day);
  }
  return days;
}
