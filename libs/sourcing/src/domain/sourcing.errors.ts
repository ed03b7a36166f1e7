import { DomainError, FieldValidationError } from '@rongtong/kernel';

/** An RFQ body breaks the rules; every violation at once, each with its field. */
export class RfqValidationError extends FieldValidationError {
  readonly code = 'RFQ_INVALID';
}

/** A quote body (or an award) breaks the rules; every violation at once, each with its field. */
export class QuoteValidationError extends FieldValidationError {
  readonly code = 'QUOTE_INVALID';
}

/** An award that breaks the rules (a withdrawn quote, more than the RFQ asks for …), field by field. */
export class AwardValidationError extends FieldValidationError {
  readonly code = 'AWARD_INVALID';
}

/** Not an RFQ, or not one the caller may see: the two are told apart by nobody. */
export class RfqNotFoundError extends DomainError {
  readonly code = 'RFQ_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('RFQ not found');
  }
}

/** Not a question, quote or attachment of this RFQ the caller may see. */
export class RfqItemNotFoundError extends DomainError {
  readonly kind = 'not_found';

  constructor(readonly code: 'RFQ_QUESTION_NOT_FOUND' | 'QUOTE_NOT_FOUND' | 'RFQ_ATTACHMENT_NOT_FOUND') {
    super(
      code === 'QUOTE_NOT_FOUND'
        ? 'Quote not found'
        : code === 'RFQ_QUESTION_NOT_FOUND'
          ? 'Question not found'
          : 'Attachment not found',
    );
  }
}

/** The caller may see the RFQ but not take this step (the buyer quoting, a supplier closing …). */
export class SourcingForbiddenError extends DomainError {
  readonly kind = 'forbidden';

  constructor(
    readonly code:
      | 'BUYER_REQUIRED'
      | 'OWN_RFQ'
      | 'ENTERPRISE_MEMBER_REQUIRED'
      | 'ORGANIZATION_NOT_VERIFIED'
      | 'MODERATOR_REQUIRED'
      | 'NDA_NOT_ACCEPTED',
    message: string,
  ) {
    super(message);
  }
}

/** The RFQ is in a state from which this step does not exist. */
export class RfqStateConflictError extends DomainError {
  readonly code = 'RFQ_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(status: string, action: string) {
    super(`An RFQ that is ${status} cannot be ${action}`, { status, action });
  }
}

/** Reinstating an RFQ that is not taken down. */
export class RfqNotTakenDownError extends DomainError {
  readonly code = 'RFQ_NOT_TAKEN_DOWN';
  readonly kind = 'conflict';

  constructor() {
    super('The RFQ is not taken down');
  }
}

/** The quote deadline has passed: quotes can no longer be made, revised or withdrawn. */
export class QuoteDeadlinePassedError extends DomainError {
  readonly code = 'QUOTE_DEADLINE_PASSED';
  readonly kind = 'conflict';

  constructor(deadline: Date) {
    super(`Quotes closed at ${deadline.toISOString()}`, { quoteDeadline: deadline.toISOString() });
  }
}

/** The buyer asked for the quotes before the deadline (or closing): they are sealed until then. */
export class QuotesSealedError extends DomainError {
  readonly code = 'QUOTES_SEALED';
  readonly kind = 'conflict';

  constructor(deadline: Date) {
    super(`Quotes stay sealed until the deadline (${deadline.toISOString()}) or until you close the RFQ`, {
      quoteDeadline: deadline.toISOString(),
    });
  }
}

/** The supplier already holds a quote on this RFQ: revise it (PUT) or withdraw it first. */
export class QuoteExistsError extends DomainError {
  readonly code = 'QUOTE_EXISTS';
  readonly kind = 'conflict';

  constructor(quoteId: string) {
    super('You already quoted on this RFQ: revise or withdraw that quote', { quoteId });
  }
}

/** The quote was withdrawn (or decided): it can no longer change. */
export class QuoteStateConflictError extends DomainError {
  readonly code = 'QUOTE_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(status: string) {
    super(`A quote that is ${status} cannot change`, { status });
  }
}

/** The RFQ states no NDA: there is nothing to accept. */
export class NoNdaError extends DomainError {
  readonly code = 'RFQ_HAS_NO_NDA';
  readonly kind = 'conflict';

  constructor() {
    super('This RFQ has no NDA to accept');
  }
}

/** Someone edited the RFQ since the version the caller edited. */
export class RfqVersionConflictError extends DomainError {
  readonly code = 'RFQ_VERSION_CONFLICT';
  readonly kind = 'conflict';

  constructor(readonly currentVersion: number) {
    super(`The RFQ has changed since the version you edited: it is now at version ${currentVersion}`, {
      currentVersion,
    });
  }
}
