import { DomainError, FieldValidationError, type FieldViolation } from '@rongtong/kernel';

export type PatentNumberCheck = 'format' | 'type_digit' | 'check_digit';

const PATENT_NUMBER_CHECK_MESSAGES: Record<PatentNumberCheck, string> = {
  format:
    'failed the format check: expected a post-October-2003 application number, ' +
    'YYYY T NNNNNNN . C (12 digits and a check digit), optionally prefixed ZL or CN',
  type_digit:
    'failed the type digit check: the 5th digit must be 1 (invention), 2 (utility model), ' +
    '3 (design), 8 (PCT invention) or 9 (PCT utility model)',
  check_digit: 'failed the check digit check: the last character does not check the 12 digits before it',
};

export class PatentNumberInvalidError extends DomainError {
  readonly code = 'PATENT_NUMBER_INVALID';
  readonly kind = 'unprocessable';

  constructor(
    readonly check: PatentNumberCheck,
    detail?: string,
  ) {
    const message = `Patent application number ${PATENT_NUMBER_CHECK_MESSAGES[check]}`;
    super(detail ? `${message} (${detail})` : message, { check }, { detail });
  }
}

export class MoneyInvalidError extends DomainError {
  readonly code = 'MONEY_INVALID';
  readonly kind = 'unprocessable';

  constructor(readonly value: unknown) {
    super('An amount must be a non-negative whole number of fen (1 yuan = 100 fen)', {
      value,
    });
  }
}

/** One field's complaint, with the business rule's `code` when a named one failed. */
export type ListingViolation = FieldViolation;

/** A listing body breaks the listings domain's rules; every violation at once. */
export class ListingValidationError extends FieldValidationError {
  readonly code: string = 'LISTING_INVALID';
}

/** The patent type stated in the listing is not the type the application number encodes. */
export class PatentTypeMismatchError extends ListingValidationError {
  override readonly code = 'PATENT_TYPE_MISMATCH';
}

/**
 * An open licence (开放许可) conflicts with the rest of the offer: while a declaration
 * stands the patentee may grant no exclusive or sole licence (Patent Law art. 51).
 */
export class OpenLicenceConflictError extends ListingValidationError {
  override readonly code = 'OPEN_LICENCE_CONFLICT';
}

/** The patent number in the details fails its format or check digit. */
export class PatentNumberViolationError extends ListingValidationError {
  override readonly code = 'PATENT_NUMBER_INVALID';
}

/** A rule with its own error class: a body breaking only that rule gets that class's code. */
const RULE_ERRORS = new Map<string, new (violations: ListingViolation[]) => ListingValidationError>([
  ['PATENT_TYPE_MISMATCH', PatentTypeMismatchError],
  ['OPEN_LICENCE_CONFLICT', OpenLicenceConflictError],
  ['PATENT_NUMBER_INVALID', PatentNumberViolationError],
]);

/**
 * What a listing body that breaks rules raises: the rule's own error when every violation
 * is of one named rule, so a client can branch on its code; else LISTING_INVALID listing them all.
 */
export function listingValidationError(violations: ListingViolation[]): ListingValidationError {
  const codes = new Set(violations.map((v) => v.code));
  const [only] = codes;
  const RuleError = codes.size === 1 && only !== undefined ? RULE_ERRORS.get(only) : undefined;
  return new (RuleError ?? ListingValidationError)(violations);
}

/** The listing's lifecycle does not allow this action from its current status. */
export class ListingStateConflictError extends DomainError {
  readonly code = 'LISTING_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(
    readonly from: string,
    readonly action: string,
    readonly allowedActions: readonly string[],
  ) {
    super(
      `Cannot ${action} a listing that is ${from}` +
        (allowedActions.length > 0 ? `; allowed: ${allowedActions.join(', ')}` : '; it is final'),
      { status: from, action, allowedActions: [...allowedActions] },
      { next: allowedActions.length > 0 ? 'open' : 'final' },
    );
  }
}

/** The owner may not change the listing in its current status. */
export class ListingNotEditableError extends DomainError {
  readonly code = 'LISTING_NOT_EDITABLE';
  readonly kind = 'conflict';

  constructor(readonly status: string) {
    super(`A ${status} listing cannot be edited`, { status });
  }
}

export class ListingNotFoundError extends DomainError {
  readonly code = 'LISTING_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Listing not found');
  }
}

export class ListingForbiddenError extends DomainError {
  readonly kind = 'forbidden';

  constructor(
    readonly code: 'OWNER_REQUIRED' | 'MODERATOR_REQUIRED' | 'ORGANIZATION_NOT_VERIFIED' | 'ENTERPRISE_MEMBER_REQUIRED',
    message: string,
  ) {
    super(message);
  }
}

export class ListingVersionConflictError extends DomainError {
  readonly code = 'LISTING_VERSION_CONFLICT';
  readonly kind = 'conflict';

  constructor(readonly currentVersion: number) {
    super(`The listing has changed since version you edited: it is now at version ${currentVersion}`, {
      currentVersion,
    });
  }
}

/** The file is not of a type the attachment's purpose accepts, judged by its content. */
export class AttachmentTypeNotAllowedError extends DomainError {
  readonly code = 'ATTACHMENT_TYPE_NOT_ALLOWED';
  readonly kind = 'unsupported_media_type';

  constructor(purpose: string, detected: string | undefined, allowed: readonly string[]) {
    super(`A ${purpose} must be ${allowed.join(', ')}; this file's content is ${detected ?? 'of no type we accept'}`, {
      purpose,
      detectedType: detected ?? null,
      allowedTypes: [...allowed],
    });
  }
}

export class AttachmentTooLargeError extends DomainError {
  readonly code = 'ATTACHMENT_TOO_LARGE';
  readonly kind = 'too_large';

  constructor(purpose: string, maxBytes: number) {
    super(`A ${purpose} may be at most ${maxBytes} bytes`, { purpose, maxBytes });
  }
}

export class AttachmentEmptyError extends DomainError {
  readonly code = 'ATTACHMENT_EMPTY';
  readonly kind = 'unprocessable';

  constructor() {
    super('The file is empty', { field: 'file' });
  }
}

export class AttachmentNotFoundError extends DomainError {
  readonly code = 'ATTACHMENT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Attachment not found');
  }
}

export class ExternalRefTakenError extends DomainError {
  readonly code = 'EXTERNAL_REF_TAKEN';
  readonly kind = 'conflict';

  constructor() {
    super('Another listing of this organization already has this externalRef', { field: 'externalRef' });
  }
}

/** Withdrawing a revision needs one waiting for review. */
export class NoPendingRevisionError extends DomainError {
  readonly code = 'NO_PENDING_REVISION';
  readonly kind = 'conflict';

  constructor() {
    super('The listing has no revision waiting for review');
  }
}
