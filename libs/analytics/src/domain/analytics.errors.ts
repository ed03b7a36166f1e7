import { DomainError } from '@rongtong/kernel';

/** A date that is not a calendar day `YYYY-MM-DD` (`field`: from or to). */
export class AnalyticsDateInvalidError extends DomainError {
  readonly code = 'ANALYTICS_DATE_INVALID';
  readonly kind = 'unprocessable';

  constructor(readonly field: 'from' | 'to') {
    super(`'${field}' must be a calendar date YYYY-MM-DD`, { field });
  }
}

/** `to` before `from`. */
export class AnalyticsPeriodReversedError extends DomainError {
  readonly code = 'ANALYTICS_PERIOD_REVERSED';
  readonly kind = 'unprocessable';

  constructor(from: string, to: string) {
    super(`'to' (${to}) is before 'from' (${from})`, { from, to });
  }
}

/** A period longer than the five years the figures are kept for comparison. */
export class AnalyticsPeriodTooLongError extends DomainError {
  readonly code = 'ANALYTICS_PERIOD_TOO_LONG';
  readonly kind = 'unprocessable';

  constructor(from: string, to: string, maxYears: number) {
    super(`A period may span at most ${maxYears} years`, { from, to, maxYears });
  }
}

/** An export format other than csv or xlsx. */
export class AnalyticsExportFormatError extends DomainError {
  readonly code = 'ANALYTICS_EXPORT_FORMAT_UNKNOWN';
  readonly kind = 'unprocessable';

  constructor(format: string) {
    super(`Unknown export format '${format}' (csv or xlsx)`, { format, formats: ['csv', 'xlsx'] });
  }
}
