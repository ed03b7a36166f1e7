import { DomainError } from '@rongtong/kernel';

/**
 * Errors of the account lifecycle: email verification, password resets, own sessions and
 * suspension. Codes are stable; clients branch on them.
 */

/** Marketplace actions (submitting listings, opening deals, posting demands, inviting) wait for a verified email. */
export class EmailNotVerifiedError extends DomainError {
  readonly code = 'EMAIL_NOT_VERIFIED';
  readonly kind = 'forbidden';

  constructor() {
    super('Verify your email address first: follow the link we emailed you (or ask for a new one)');
  }
}

export class EmailAlreadyVerifiedError extends DomainError {
  readonly code = 'EMAIL_ALREADY_VERIFIED';
  readonly kind = 'conflict';

  constructor() {
    super('This email address is already verified');
  }
}

/** A suspended account: refused at sign-in (after the password), on refresh and on every live token. */
export class AccountSuspendedError extends DomainError {
  readonly code = 'ACCOUNT_SUSPENDED';
  readonly kind = 'forbidden';

  constructor() {
    super('This account is suspended: contact the platform administrators');
  }
}

/** A reset or verification token that was never issued (or is for the other purpose). */
export class AccountTokenInvalidError extends DomainError {
  readonly code = 'TOKEN_INVALID';
  readonly kind = 'invalid';

  constructor() {
    super('This link is not valid: ask for a new one');
  }
}

/** Past its lifetime, or superseded by a newer link. */
export class AccountTokenExpiredError extends DomainError {
  readonly code = 'TOKEN_EXPIRED';
  readonly kind = 'invalid';

  constructor() {
    super('This link has expired: ask for a new one');
  }
}

export class AccountTokenUsedError extends DomainError {
  readonly code = 'TOKEN_USED';
  readonly kind = 'invalid';

  constructor() {
    super('This link was already used');
  }
}

/** Too many account emails (verification links) for one account in the last hour. */
export class AccountEmailsThrottledError extends DomainError {
  readonly code = 'ACCOUNT_EMAILS_THROTTLED';
  readonly kind = 'rate_limited';

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many emails for this account: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** Changing the password or the email asks for the current password. */
export class CurrentPasswordIncorrectError extends DomainError {
  readonly code = 'CURRENT_PASSWORD_INCORRECT';
  readonly kind = 'forbidden';

  constructor() {
    super('The current password is incorrect', { field: 'currentPassword' });
  }
}

export class SessionNotFoundError extends DomainError {
  readonly code = 'SESSION_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Session not found');
  }
}

export class UserNotFoundError extends DomainError {
  readonly code = 'USER_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('User not found');
  }
}

export class CannotSuspendSelfError extends DomainError {
  readonly code = 'CANNOT_SUSPEND_SELF';
  readonly kind = 'conflict';

  constructor() {
    super('You cannot suspend your own account');
  }
}

export class UserStateConflictError extends DomainError {
  readonly code = 'USER_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(state: 'active' | 'suspended', action: 'suspend' | 'reinstate') {
    super(`Cannot ${action} an account that is ${state}`, { state, action });
  }
}
