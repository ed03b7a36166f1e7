import dayjs from 'dayjs';

/** A period of whole months as the API takes it: first and last day, YYYY-MM-DD. */
export interface Period {
  fromMonth: string;
  toMonth: string;
  from: string;
  to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The API refuses five years or more. */
export const MAX_MONTHS = 60;

/**
 * The period named by `?from=YYYY-MM&to=YYYY-MM`, else the twelve months to this one.
 * The last day is the month's last, or today when the month is this one (the figures
 * stop at today anyway); a reversed or too long period is brought back into bounds.
 */
export function periodOf(
  params: URLSearchParams,
  today: string = dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD'),
): Period {
  const thisMonth = today.slice(0, 7);
  let toMonth = MONTH.test(params.get('to') ?? '') ? params.get('to')! : thisMonth;
  if (toMonth > thisMonth) toMonth = thisMonth;
  const defaultFrom = dayjs(`${toMonth}-01`).subtract(11, 'month').format('YYYY-MM');
  let fromMonth = MONTH.test(params.get('from') ?? '') ? params.get('from')! : defaultFrom;
  if (fromMonth > toMonth) fromMonth = toMonth;
  const earliest = dayjs(`${toMonth}-01`)
    .subtract(MAX_MONTHS - 1, 'month')
    .format('YYYY-MM');
  if (fromMonth < earliest) fromMonth = earliest;
  const monthEnd = dayjs(`${toMonth}-01`).endOf('month').format('YYYY-MM-DD');
  return { fromMonth, toMonth, from: `${fromMonth}-01`, to: monthEnd > today ? today : monthEnd };
}

/** Every month of a period, YYYY-MM, in order. */
export function monthsOf(period: Pick<Period, 'fromMonth' | 'toMonth'>): string[] {
  const months: string[] = [];
  for (let m = dayjs(`${period.fromMonth}-01`); m.format('YYYY-MM') <= period.toMonth; m = m.add(1, 'month')) {
    months.push(m.format('YYYY-MM'));
  }
  return months;
}
