import { DomainError, FieldReader, FieldValidationError } from '@rongtong/kernel';

/** Not a deal, or not one the caller is a party to: the two are told apart by nobody. */
export class DealNotFoundError extends DomainError {
  readonly code = 'DEAL_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Deal not found');
  }
}

/** The deal is in a state from which this step does not exist (it moved on, or never could). */
export class DealStateConflictError extends DomainError {
  readonly code = 'DEAL_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(dealKind: string, state: string, action: string) {
    super(
      `A ${dealKind.replace('_', ' ')} that is ${state.replace('_', ' ')} cannot be ${action}ed`,
      { state, action },
      { dealKind },
    );
  }
}

/** The step exists, but it is the other party's to take. */
export class DealOutOfTurnError extends DomainError {
  readonly code = 'DEAL_OUT_OF_TURN';
  readonly kind = 'conflict';

  constructor(state: string, action: string, side: string) {
    super(`It is not the ${side}'s turn to ${action.replace('_', ' ')} while the deal is ${state.replace('_', ' ')}`, {
      state,
      action,
      side,
    });
  }
}

/** A deal body breaks the deals domain's rules; every violation at once. */
export class DealValidationError extends FieldValidationError {
  readonly code: string = 'DEAL_INVALID';
}

/** The kernel's field reader for deal bodies: what it refuses is 422 DEAL_INVALID. */
export function dealReader(): FieldReader {
  return new FieldReader((violations) => new DealValidationError(violations));
}

/** The listing cannot be dealt this way: wrong kind, mode not offered, not published. */
export class ListingNotDealableError extends DomainError {
  readonly kind = 'unprocessable';

  constructor(
    readonly code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}

/** The slot breaks the listing's booking rules (closed, blackout, lead time, grid, length). */
export class SlotUnavailableError extends DomainError {
  readonly code = 'SLOT_UNAVAILABLE';
  readonly kind = 'unprocessable';

  constructor(readonly reasons: { code: string; message: string }[]) {
    super(reasons.map((r) => r.message).join('; '), { reasons });
  }
}

/** Another booking holds (part of) the slot, or the buffer around it. */
export class SlotTakenError extends DomainError {
  readonly code = 'SLOT_TAKEN';
  readonly kind = 'conflict';

  constructor() {
    super('The slot overlaps another booking (or the buffer kept after it)');
  }
}

export interface PeriodRemaining {
  periodStart: string;
  periodEnd: string;
  offered: number;
  remaining: number;
}

/** A reservation asks for more than remains in one of its periods. */
export class CapacityExceededError extends DomainError {
  readonly code = 'CAPACITY_EXCEEDED';
  readonly kind = 'conflict';

  constructor(readonly periods: PeriodRemaining[]) {
    super(
      `Not enough capacity left: ${periods.map((p) => `${p.periodStart}–${p.periodEnd} ${p.remaining} remaining`).join(', ')}`,
      { periods },
    );
  }
}

/** Self-operated time needs a qualification the owner recorded for this user. */
export class QualificationRequiredError extends DomainError {
  readonly code = 'QUALIFICATION_REQUIRED';
  readonly kind = 'forbidden';

  constructor() {
    super('Self-operated bookings need a qualification recorded by the equipment owner for you');
  }
}

/** The same Idempotency-Key came with a different request. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'unprocessable';

  constructor() {
    super('This Idempotency-Key was used for a different request');
  }
}

/** A granted exclusive or sole licence (or an assignment) covers this territory and field. */
export class LicenceConflictError extends DomainError {
  readonly code = 'LICENCE_CONFLICT';
  readonly kind = 'conflict';

  constructor(agreementId: string, message = 'A granted licence already covers this territory and field of use') {
    super(message, { agreementId });
  }
}

/** A party may act for its own side only when it is an enterprise member; not in a moderator's name. */
export class DealForbiddenError extends DomainError {
  readonly kind = 'forbidden';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A review that cannot be written: deal not finished, already reviewed. */
export class ReviewConflictError extends DomainError {
  readonly kind = 'conflict';

  constructor(
    readonly code: 'REVIEW_NOT_ALLOWED' | 'REVIEW_EXISTS',
    message: string,
  ) {
    super(message);
  }
}

/** The request or counter-offer went unanswered past its hold; it can only lapse now. */
export class DealHoldLapsedError extends DomainError {
  readonly code = 'DEAL_HOLD_LAPSED';
  readonly kind = 'conflict';

  constructor(expiredAt: Date) {
    super(`The request lapsed unanswered at ${expiredAt.toISOString()}`, { expiredAt: expiredAt.toISOString() });
  }
}

/** A step that belongs later, or elsewhere: completing a booking before it started, for instance. */
export class DealNotDueError extends DomainError {
  readonly code = 'DEAL_NOT_DUE';
  readonly kind = 'conflict';

  /** `reason` and what it needs (`action`, `from`) word it in the caller's language. */
  constructor(
    message: string,
    params?:
      | { reason: 'not_started'; action: string }
      | { reason: 'window_not_begun'; from: string }
      | { reason: 'report_as_document' },
  ) {
    super(message, undefined, params);
  }
}

/** No such document in this deal (the deal itself was found and the caller is a party). */
export class DealDocumentNotFoundError extends DomainError {
  readonly code = 'DEAL_DOCUMENT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Document not found');
  }
}

/** The file's content is of a type deal documents may not be. */
export class DealDocumentTypeNotAllowedError extends DomainError {
  readonly code = 'DOCUMENT_TYPE_NOT_ALLOWED';
  readonly kind = 'unsupported_media_type';

  constructor(detected: string | undefined, allowed: readonly string[]) {
    super(`A deal document must be a PDF, image, Office file, CSV or ZIP; this is ${detected ?? 'none of them'}`, {
      detectedType: detected ?? null,
      allowedTypes: [...allowed],
    });
  }
}

export class DealDocumentTooLargeError extends DomainError {
  readonly code = 'DOCUMENT_TOO_LARGE';
  readonly kind = 'too_large';

  constructor(maxBytes: number) {
    super(`A deal document may be at most ${maxBytes} bytes`, { maxBytes });
  }
}

export class DealDocumentEmptyError extends DomainError {
  readonly code = 'DOCUMENT_EMPTY';
  readonly kind = 'unprocessable';

  constructor() {
    super('The file is empty', { field: 'file' });
  }
}

/** A message points at documents that are not this deal's. */
export class MessageDocumentsInvalidError extends DomainError {
  readonly code = 'DOCUMENT_NOT_IN_DEAL';
  readonly kind = 'unprocessable';

  constructor(documentIds: string[]) {
    super('A message may only refer to documents uploaded to the same deal', { field: 'documentIds', documentIds });
  }
}

/**
 * The person belongs to both sides: a member of the listing's enterprise asking for its
 * time on behalf of another enterprise, or reviewing a deal between two of theirs.
 */
export class SelfDealingError extends DomainError {
  readonly code = 'SELF_DEALING';
  readonly kind = 'forbidden';

  constructor(message = 'A member of the provider cannot open a deal on its listing for another enterprise') {
    super(message);
  }
}
