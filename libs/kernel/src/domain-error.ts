/**
 * What kind of failure a domain error is. The HTTP layer maps kinds to status codes in
 * one place (problem-details.filter.ts); the domain never speaks HTTP.
 */
export type ErrorKind =
  | 'invalid' // 400: the request is malformed
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'too_large' // 413
  | 'unsupported_media_type' // 415
  | 'unprocessable' // 422: well-formed, but breaks a domain rule
  | 'rate_limited' // 429
  | 'unavailable'; // 503

/**
 * Base of every error the domain raises on purpose. Subclasses fix a stable `code`
 * (clients branch on it) and a `kind`; `details` carries machine-readable context
 * (the field, the check that failed, what remains) that is safe to show the caller.
 *
 * `message` is the English wording, for logs. What the caller reads is worded in their
 * language from the code's texts in the problem message catalog
 * (libs/platform/src/errors/messages), filled from `details` and `params`: values the
 * wording needs that are not worth a field of the response (the deal's kind …).
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;

  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * One field's complaint, as a dotted path (`details.capacity.quantity`). `message` is
 * English, the key of its translation in the violation catalog (as a gettext msgid);
 * the response carries it in the caller's language with the catalog's `rule`.
 */
export interface FieldViolation {
  field: string;
  message: string;
  /** The catalog rule that words the message, when the producer knows it (class-validator's constraint). */
  rule?: string;
  /**
   * Set when a named business rule (rather than the field's own shape) failed, so a client
   * can branch on it inside a multi-field error (`CATEGORY_UNKNOWN`, `PATENT_TYPE_MISMATCH` …).
   */
  code?: string;
}

/**
 * A body or query breaks the rules: every violation at once, each with its field, so a
 * form can mark all its fields. Each context names its own code (LISTING_INVALID,
 * DEAL_INVALID, DEMAND_INVALID …) in a subclass; what they carry is this.
 */
export abstract class FieldValidationError extends DomainError {
  readonly kind: ErrorKind = 'unprocessable';

  constructor(readonly violations: FieldViolation[]) {
    super(violations.map((v) => `${v.field}: ${v.message}`).join('; '), { errors: violations });
  }
}

/** The request body or query failed structural validation (shape, types, unknown fields). */
export class RequestValidationError extends FieldValidationError {
  readonly code = 'VALIDATION_FAILED';
  override readonly kind = 'invalid';
}

export class NotFoundError extends DomainError {
  readonly code: string;
  readonly kind = 'not_found';

  constructor(resource: string, code = 'NOT_FOUND') {
    super(`${resource} not found`, undefined, { resource });
    this.code = code;
  }
}

/** A step that must say why (reject, suspend, report) was sent without a reason. */
export class ReasonRequiredError extends DomainError {
  readonly code = 'REASON_REQUIRED';
  readonly kind = 'unprocessable';

  constructor() {
    super('A reason is required', { field: 'reason' });
  }
}
