import type { FieldViolation } from '../domain-error';
import { daysInMonth } from './calendar-date';

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Whether every part names something real: JavaScript's Date rolls 2027-02-30 over to
 * 2 March and 24:00 to the next day, so the parts are checked before it sees them.
 */
function realParts(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59
  );
}

/**
 * An instant sent as ISO 8601 with an explicit offset (`2026-12-01T09:00:00+08:00`): a
 * time without one is ambiguous between the requester's zone and the listing's.
 */
export function readInstant(value: unknown, field: string, violations: FieldViolation[]): Date | undefined {
  const match = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (typeof value !== 'string' || !match) {
    violations.push({ field, message: 'must be an ISO 8601 time with an offset, e.g. 2026-12-01T09:00:00+08:00' });
    return undefined;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !realParts(match)) {
    violations.push({ field, message: 'is not a valid time' });
    return undefined;
  }
  return date;
}

/**
 * An instant from a query string. An unencoded `+` in `…T09:00:00+08:00` arrives as a
 * space (form encoding); read it back as the offset's sign it was.
 */
export function readQueryInstant(value: unknown, field: string, violations: FieldViolation[]): Date | undefined {
  return readInstant(typeof value === 'string' ? value.replace(/ (\d{2}:\d{2})$/, '+$1') : value, field, violations);
}
