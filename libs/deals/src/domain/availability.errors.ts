import { DomainError, FieldValidationError } from '@rongtong/kernel';

/** An availability window that cannot be read: a time without an offset, or `to` not after `from`. */
export class AvailabilityWindowInvalidError extends FieldValidationError {
  readonly code = 'AVAILABILITY_WINDOW_INVALID';
}

/** Availability is served for a bounded window, so one request cannot ask for years of slots. */
export class AvailabilityWindowTooLongError extends DomainError {
  readonly code = 'AVAILABILITY_WINDOW_TOO_LONG';
  readonly kind = 'unprocessable';

  constructor(
    readonly field: string,
    readonly maxDays: number,
  ) {
    const message = `must be at most ${maxDays} days after from`;
    super(`${field}: ${message}`, { maxDays, errors: [{ field, message }] });
  }
}
