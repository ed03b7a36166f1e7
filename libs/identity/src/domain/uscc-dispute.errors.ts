import { DomainError } from '@rongtong/kernel';

/** A dispute names a code no organization holds: there is nothing to dispute, register with it. */
export class UsccNotRegisteredError extends DomainError {
  readonly code = 'USCC_NOT_REGISTERED';
  readonly kind = 'unprocessable';

  constructor() {
    super('No organization holds this unified social credit code: register your enterprise with it', {
      field: 'uscc',
    });
  }
}

export class UsccDisputeOpenError extends DomainError {
  readonly code = 'USCC_DISPUTE_OPEN';
  readonly kind = 'conflict';

  constructor() {
    super('This unified social credit code is already disputed; the dispute is under review', { field: 'uscc' });
  }
}

export class UsccDisputeNotFoundError extends DomainError {
  readonly code = 'USCC_DISPUTE_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Dispute not found');
  }
}

export class UsccDisputeNotOpenError extends DomainError {
  readonly code = 'USCC_DISPUTE_NOT_OPEN';
  readonly kind = 'conflict';

  constructor(readonly status: string) {
    super(`This dispute was already decided (${status})`, { status });
  }
}

/** The confirmation link of a dispute that was never confirmed in time: file it again. */
export class UsccDisputeConfirmationExpiredError extends DomainError {
  readonly code = 'USCC_DISPUTE_CONFIRMATION_EXPIRED';
  readonly kind = 'invalid';

  constructor() {
    super('This confirmation link has expired and the dispute was dropped: file the dispute again');
  }
}

/** The confirmation link was already followed: the dispute is open, followed by the link of the next email. */
export class UsccDisputeAlreadyConfirmedError extends DomainError {
  readonly code = 'USCC_DISPUTE_ALREADY_CONFIRMED';
  readonly kind = 'conflict';

  constructor(readonly disputeStatus: string) {
    super('This dispute was already confirmed: follow it with the link of the email that confirmed it', {
      disputeStatus,
    });
  }
}

/** The business licence is not a PDF or an image (judged by its content). */
export class LicenceTypeNotAllowedError extends DomainError {
  readonly code = 'LICENCE_TYPE_NOT_ALLOWED';
  readonly kind = 'unsupported_media_type';

  constructor(detected: string | undefined, allowed: readonly string[]) {
    super(`The business licence must be a PDF, JPEG or PNG; this is ${detected ?? 'none of them'}`, {
      field: 'licence',
      detectedType: detected ?? null,
      allowedTypes: [...allowed],
    });
  }
}

export class LicenceTooLargeError extends DomainError {
  readonly code = 'LICENCE_TOO_LARGE';
  readonly kind = 'too_large';

  constructor(maxBytes: number) {
    super(`The business licence may be at most ${maxBytes} bytes`, { field: 'licence', maxBytes });
  }
}

export class LicenceEmptyError extends DomainError {
  readonly code = 'LICENCE_EMPTY';
  readonly kind = 'unprocessable';

  constructor() {
    super('The business licence file is empty', { field: 'licence' });
  }
}

/**
 * The enterprise is frozen: its code is disputed (or was given back to its holder), so it
 * may not publish, trade or post demands; what it already has stays readable.
 */
export class OrganizationFrozenError extends DomainError {
  readonly code = 'ORGANIZATION_FROZEN';
  readonly kind = 'forbidden';

  constructor(
    readonly reason: 'uscc_disputed' | 'uscc_revoked',
    side: 'self' | 'provider' = 'self',
  ) {
    super(
      side === 'provider'
        ? 'The enterprise offering this listing is frozen while its credit code is disputed: it takes no requests'
        : reason === 'uscc_disputed'
          ? 'Your enterprise is frozen while its unified social credit code is disputed'
          : 'Your enterprise is frozen: its unified social credit code was given back to its holder',
      { reason, side },
      { wording: side === 'provider' ? 'provider' : reason },
    );
  }
}
