import {
  AccountEmailsThrottledError,
  AccountTokenExpiredError,
  AccountTokenInvalidError,
  AccountTokenUsedError,
} from './account.errors';

// The languages are the kernel's: one list for the API's problems, emails and accounts.
export { DEFAULT_LOCALE, isLocale, type Locale, LOCALES } from '@rongtong/kernel';

export const ACCOUNT_TOKEN_PURPOSES = ['password_reset', 'email_verification'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

const HOUR = 3_600_000;

/** How long a link works: a reset for an hour (it grants the account), a verification for a day. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  password_reset: HOUR,
  email_verification: 24 * HOUR,
};

/**
 * At most this many emails of a purpose per account per rolling hour, so nobody can turn
 * the forms into a way to flood someone's inbox. Beyond it a reset request still answers
 * 202 and sends nothing; a verification resend says so (429).
 */
export const ACCOUNT_EMAILS_PER_HOUR: Record<AccountTokenPurpose, number> = {
  password_reset: 3,
  email_verification: 5,
};

export const ACCOUNT_EMAIL_WINDOW_MS = HOUR;

export function accountTokenExpiry(purpose: AccountTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_TOKEN_TTL_MS[purpose]);
}

export interface AccountTokenFacts {
  purpose: AccountTokenPurpose;
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * The token found by its hash may be spent for `purpose` now; otherwise throws the reason
 * (TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED). A used token says so even once expired.
 */
export function assertAccountTokenUsable(
  token: AccountTokenFacts | undefined,
  purpose: AccountTokenPurpose,
  now: Date,
): asserts token is AccountTokenFacts {
  if (!token || token.purpose !== purpose) throw new AccountTokenInvalidError();
  if (token.usedAt) throw new AccountTokenUsedError();
  if (token.expiresAt.getTime() <= now.getTime()) throw new AccountTokenExpiredError();
}

/**
 * Whether another email of `purpose` may go to the account, given when the ones of the
 * last hour were sent: `{ ok: true }`, or the seconds until the oldest leaves the window.
 */
export function accountEmailAllowance(
  purpose: AccountTokenPurpose,
  sentAt: readonly Date[],
  now: Date,
): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const since = now.getTime() - ACCOUNT_EMAIL_WINDOW_MS;
  const recent = sentAt.map((d) => d.getTime()).filter((t) => t > since);
  if (recent.length < ACCOUNT_EMAILS_PER_HOUR[purpose]) return { ok: true };
  const oldest = Math.min(...recent);
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest - since) / 1000)) };
}

/** Throws ACCOUNT_EMAILS_THROTTLED when `accountEmailAllowance` says no. */
export function assertAccountEmailAllowed(purpose: AccountTokenPurpose, sentAt: readonly Date[], now: Date): void {
  const allowance = accountEmailAllowance(purpose, sentAt, now);
  if (!allowance.ok) throw new AccountEmailsThrottledError(allowance.retryAfterSeconds);
}

/** The escaped `ILIKE` pattern for a free-text user search (`%` and `_` taken literally). */
export function containsPattern(query: string): string {
  return `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
