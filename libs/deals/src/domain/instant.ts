import type { FieldViolation } from '@rongtong/kernel';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant sent as ISO 8601 with an explicit offset (`2026-12-01T09:00:00+08:00`): a
 * time without one is ambiguous between the requester's zone and the listing's.
 */
export function readInstant(value: unknown, field: string, violations: FieldViolation[]): Date | undefined {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    violations.push({ field, message: 'must be an ISO 8601 time with an offset, e.g. 2026-12-01T09:00:00+08:00' });
    return undefined;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    violations.push({ field, message: 'is not a valid time' });
    return undefined;
  }
  return date;
}
