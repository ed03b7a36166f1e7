import { DomainError } from '@rongtong/kernel';

/** A feed URL that never was, was rotated or was revoked: all alike. */
export class CalendarFeedNotFoundError extends DomainError {
  readonly code = 'CALENDAR_FEED_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Calendar feed not found');
  }
}

/** Only a confirmed (or completed) booking of equipment time is an event of a calendar. */
export class CalendarNotAvailableError extends DomainError {
  readonly code = 'CALENDAR_NOT_AVAILABLE';
  readonly kind = 'conflict';

  constructor() {
    super('Only a confirmed equipment booking can be added to a calendar');
  }
}

/** A deals export's period: dates YYYY-MM-DD, the end not before the start. */
export class ExportPeriodInvalidError extends DomainError {
  readonly code = 'EXPORT_PERIOD_INVALID';
  readonly kind = 'unprocessable';

  constructor(field: 'from' | 'to') {
    super(`${field} must be a date, YYYY-MM-DD, and the end not before the start`, { field });
  }
}
