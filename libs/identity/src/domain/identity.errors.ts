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
    super(`Enterprise size input ${field} ${reason}`, { field });
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
    super(`Specialised badge ${field} ${reason}`, { field });
  }
}
