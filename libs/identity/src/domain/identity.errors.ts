import { DomainError } from '@rongtong/kernel';

export type UsccCheck = 'length' | 'alphabet' | 'organization_code' | 'check_character';

const USCC_CHECK_MESSAGES: Record<UsccCheck, string> = {
  length: 'failed the length check: it must be 18 characters long',
  alphabet: 'failed the alphabet check: only digits and ABCDEFGHJKLMNPQRTUWXY are allowed',
  organization_code: 'failed the organization code check (GB 11714): character 17 does not check characters 9–16',
  check_character: 'failed the check character (GB 32100): character 18 does not check characters 1–17',
};

export class UsccInvalidError extends DomainError {
  readonly code = 'USCC_INVALID';
  readonly kind = 'unprocessable';

  constructor(readonly check: UsccCheck) {
    super(`Unified social credit code ${USCC_CHECK_MESSAGES[check]}`, { check });
  }
}

export class SizeInputInvalidError extends DomainError {
  readonly code = 'SIZE_INPUT_INVALID';
  readonly kind = 'unprocessable';

  constructor(
    readonly field: 'sector' | 'employees' | 'annualRevenueFen',
    reason: string,
  ) {
    super(`Enterprise size input ${field} ${reason}`, { field }, { reason });
  }
}

export class IndustryUnknownError extends DomainError {
  readonly code = 'INDUSTRY_UNKNOWN';
  readonly kind = 'unprocessable';

  constructor(readonly industryCode: string) {
    super(`Unknown GB/T 4754-2017 industry code: ${industryCode}`, { industryCode });
  }
}

export class BadgeInvalidError extends DomainError {
  readonly code = 'BADGE_INVALID';
  readonly kind = 'unprocessable';

  constructor(
    readonly field: 'tier' | 'issuingAuthority' | 'certificateNumber' | 'expiresOn',
    reason: string,
  ) {
    super(`Specialised badge ${field} ${reason}`, { field }, { reason });
  }
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';

export class PasswordTooWeakError extends DomainError {
  readonly code = 'PASSWORD_TOO_WEAK';
  readonly kind = 'unprocessable';

  constructor(
    readonly problem: PasswordProblem,
    reason: string,
  ) {
    super(`The password ${reason}`, { field: 'password', problem }, { reason });
  }
}

export class EmailInvalidError extends DomainError {
  readonly code = 'EMAIL_INVALID';
  readonly kind = 'unprocessable';

  constructor() {
    super('The email address is not valid', { field: 'email' });
  }
}

export class EmailTakenError extends DomainError {
  readonly code = 'EMAIL_TAKEN';
  readonly kind = 'conflict';

  constructor() {
    super('An account with this email already exists', { field: 'email' });
  }
}

export class UsccTakenError extends DomainError {
  readonly code = 'USCC_TAKEN';
  readonly kind = 'conflict';

  constructor() {
    super('An organization with this unified social credit code is already registered', { field: 'uscc' });
  }
}

/** The one answer to a failed login, whether the email exists or not. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  readonly kind = 'unauthorized';

  constructor() {
    super('The email or password is incorrect');
  }
}

export class LoginThrottledError extends DomainError {
  readonly code = 'LOGIN_THROTTLED';
  readonly kind = 'rate_limited';

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed logins for this account: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

export class RefreshTokenInvalidError extends DomainError {
  readonly code = 'REFRESH_TOKEN_INVALID';
  readonly kind = 'unauthorized';

  constructor(reason: 'unknown' | 'expired' | 'revoked' | 'reused') {
    super(
      reason === 'reused'
        ? 'This refresh token was already used: the session has been revoked, sign in again'
        : 'The refresh token is not valid: sign in again',
      { reason },
    );
  }
}

export class AuthenticationRequiredError extends DomainError {
  readonly code = 'AUTHENTICATION_REQUIRED';
  readonly kind = 'unauthorized';

  constructor(message = 'A valid access token is required') {
    // Which of the known wordings, so that the caller reads it in their language.
    const reason = /expired/.test(message)
      ? 'expired'
      : /session has ended/.test(message)
        ? 'session_ended'
        : undefined;
    super(message, undefined, { reason });
  }
}

export class ForbiddenError extends DomainError {
  readonly code: string;
  readonly kind = 'forbidden';

  constructor(message: string, code = 'FORBIDDEN') {
    super(message);
    this.code = code;
  }
}

export class OrganizationNotFoundError extends DomainError {
  readonly code = 'ORGANIZATION_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Organization not found');
  }
}

export class ParkNotFoundError extends DomainError {
  readonly code = 'PARK_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Park not found');
  }
}

export class ParkNameTakenError extends DomainError {
  readonly code = 'PARK_NAME_TAKEN';
  readonly kind = 'conflict';

  constructor() {
    super('A park with this name already exists', { field: 'name' });
  }
}

export class ParkMembershipNotFoundError extends DomainError {
  readonly code = 'PARK_MEMBERSHIP_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('This enterprise has not asked to join this park');
  }
}

export class ParkMembershipConflictError extends DomainError {
  readonly code = 'PARK_MEMBERSHIP_CONFLICT';
  readonly kind = 'conflict';

  constructor(status: string) {
    super(`The request to join is already ${status}`, { status });
  }
}

export class VerificationStateConflictError extends DomainError {
  readonly code = 'VERIFICATION_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(from: string, action: string) {
    super(`Cannot ${action} an organization that is ${from}`, { state: from, action });
  }
}

/** Only a claimed badge awaiting review can be verified or rejected. */
export class BadgeNotPendingError extends DomainError {
  readonly code = 'BADGE_NOT_PENDING';
  readonly kind = 'conflict';

  constructor(status: string | null) {
    super(status ? `The badge is already ${status}` : 'The enterprise has claimed no badge', { badgeStatus: status });
  }
}

export class OrganizationFieldLockedError extends DomainError {
  readonly code = 'ORGANIZATION_FIELD_LOCKED';
  readonly kind = 'conflict';

  constructor(field: string) {
    super(`${field} cannot change once the organization is verified`, { field });
  }
}

export class InvitationInvalidError extends DomainError {
  readonly code = 'INVITATION_INVALID';
  readonly kind = 'not_found';

  constructor() {
    super('This invitation does not exist, has expired or was already used');
  }
}

export class RegionCodeInvalidError extends DomainError {
  readonly code = 'REGION_CODE_INVALID';
  readonly kind = 'unprocessable';

  constructor() {
    super('A region code is six digits (GB/T 2260)', { field: 'regionCode' });
  }
}

export class OperatorChoiceError extends DomainError {
  readonly code = 'OPERATOR_REQUIRED';
  readonly kind = 'unprocessable';

  constructor() {
    super('Give exactly one of operatorOrganizationId (an existing operator) or operator (a new one)', {
      field: 'operator',
    });
  }
}

export class InvitationNotFoundError extends DomainError {
  readonly code = 'INVITATION_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Invitation not found');
  }
}

/** Only a pending invitation can be revoked: accepted, expired or revoked ones are history. */
export class InvitationNotPendingError extends DomainError {
  readonly code = 'INVITATION_NOT_PENDING';
  readonly kind = 'conflict';

  constructor(status: string) {
    super(`The invitation is already ${status}`, { invitationStatus: status });
  }
}

export class MemberNotFoundError extends DomainError {
  readonly code = 'MEMBER_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('This user is not a member of the organization');
  }
}

/** An organization always keeps at least one owner: its last one cannot step down or leave. */
export class LastOwnerError extends DomainError {
  readonly code = 'LAST_OWNER';
  readonly kind = 'conflict';

  constructor() {
    super('An organization must keep at least one owner: make another member an owner first');
  }
}
