import {
  AnalyticsDateInvalidError,
  AnalyticsPeriodReversedError,
  AnalyticsPeriodTooLongError,
} from './analytics.errors';

export const MAX_PERIOD_YEARS = 5;

export interface Period {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, included. */
  to: string;
}

function parseDay(value: string, field: 'from' | 'to'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new AnalyticsDateInvalidError(field);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new AnalyticsDateInvalidError(field);
  }
  return value;
}

function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/**
 * The period of a figures request. Without dates: the twelve months up to `today`
 * (Asia/Shanghai's date). At most five years, `to` not before `from`.
 */
export function parsePeriod(input: { from?: string; to?: string }, today: string): Period {
  const to = input.to === undefined ? today : parseDay(input.to, 'to');
  const from = input.from === undefined ? addYears(to, -1) : parseDay(input.from, 'from');
  if (to < from) throw new AnalyticsPeriodReversedError(from, to);
  if (to >= addYears(from, MAX_PERIOD_YEARS)) throw new AnalyticsPeriodTooLongError(from, to, MAX_PERIOD_YEARS);
  return { from, to };
}

/** Today in Asia/Shanghai, `YYYY-MM-DD`. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
