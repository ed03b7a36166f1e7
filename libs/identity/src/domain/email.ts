import { EmailInvalidError } from './identity.errors';

// Deliberately permissive (RFC 5322 is wider still): one @, a dotted domain, no spaces.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Trims and lower-cases an email; emails are unique case-insensitively. */
export function normalizeEmail(input: string): string {
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw new EmailInvalidError();
  return email;
}
