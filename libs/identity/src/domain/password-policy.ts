import { PasswordTooWeakError } from './identity.errors';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;

const COMMON = new Set([...COMMON_PASSWORDS].map((p) => p.toLowerCase()));
/** argon2 hashes anything, but an unbounded input is a denial-of-service lever. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * NIST SP 800-63B style: a length floor, no composition rules, and no password that is
 * common or built from the account's own email. Throws `PasswordTooWeakError`.
 */
export function assertPasswordAcceptable(password: string, context: { email?: string } = {}): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new PasswordTooWeakError('too_short', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new PasswordTooWeakError('too_long', `must be at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  const folded = password.toLowerCase();
  if (COMMON.has(folded)) {
    throw new PasswordTooWeakError('common', 'is one of the most common passwords');
  }
  if (new Set(folded).size <= 2) {
    throw new PasswordTooWeakError('common', 'repeats one or two characters');
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) {
    throw new PasswordTooWeakError('contains_email', 'must not contain the email address');
  }
}
