import dayjs from 'dayjs';
import { CHINA_TIME_ZONE } from '../i18n/format';

/**
 * The first day a capacity reservation may start, `YYYY-MM-DD`: China's today plus the
 * listing's booking notice (`leadTimeDays`), as the API checks a requester's `from`.
 */
export function earliestBookableDay(leadTimeDays: number | null | undefined, now: Date = new Date()): string {
  return dayjs(now)
    .tz(CHINA_TIME_ZONE)
    .add(Math.max(0, leadTimeDays ?? 0), 'day')
    .format('YYYY-MM-DD');
}
