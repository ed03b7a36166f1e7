import {
  ACCOUNT_EMAILS_PER_HOUR,
  accountEmailAllowance,
  accountTokenExpiry,
  type AccountTokenFacts,
  assertAccountEmailAllowed,
  assertAccountTokenUsable,
  containsPattern,
  isLocale,
} from './account';

const NOW = new Date('2026-12-07T02:00:00Z');
const at = (minutesFromNow: number) => new Date(NOW.getTime() + minutesFromNow * 60_000);

describe('accountTokenExpiry', () => {
  it('gives a reset an hour and a verification a day', () => {
    expect(accountTokenExpiry('password_reset', NOW)).toEqual(at(60));
    expect(accountTokenExpiry('email_verification', NOW)).toEqual(at(24 * 60));
  });
});

describe('assertAccountTokenUsable', () => {
  const token = (facts: Partial<AccountTokenFacts> = {}): AccountTokenFacts => ({
    purpose: 'password_reset',
    expiresAt: at(30),
    usedAt: null,
    ...facts,
  });

  it.each<[string, AccountTokenFacts | undefined, string | null]>([
    ['a fresh token', token(), null],
    ['a token a minute from expiry', token({ expiresAt: at(1) }), null],
    ['an unknown token', undefined, 'TOKEN_INVALID'],
    ['a token for the other purpose', token({ purpose: 'email_verification' }), 'TOKEN_INVALID'],
    ['a spent token', token({ usedAt: at(-5) }), 'TOKEN_USED'],
    ['a spent and expired token', token({ usedAt: at(-90), expiresAt: at(-30) }), 'TOKEN_USED'],
    ['a token expiring this instant', token({ expiresAt: NOW }), 'TOKEN_EXPIRED'],
    ['an expired token', token({ expiresAt: at(-1) }), 'TOKEN_EXPIRED'],
  ])('%s', (_what, facts, code) => {
    const check = () => assertAccountTokenUsable(facts, 'password_reset', NOW);
    if (code === null) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code, kind: 'invalid' }));
  });
});

describe('accountEmailAllowance', () => {
  it('allows up to the hourly number, then says when the oldest leaves the window', () => {
    const limit = ACCOUNT_EMAILS_PER_HOUR.password_reset;
    const sent = Array.from({ length: limit - 1 }, (_, i) => at(-10 - i));
    expect(accountEmailAllowance('password_reset', sent, NOW)).toEqual({ ok: true });
    const full = [...sent, at(-50)];
    // The oldest, 50 minutes ago, leaves the hour in 10 minutes.
    expect(accountEmailAllowance('password_reset', full, NOW)).toEqual({ ok: false, retryAfterSeconds: 600 });
    expect(() => assertAccountEmailAllowed('password_reset', full, NOW)).toThrow(
      expect.objectContaining({ code: 'ACCOUNT_EMAILS_THROTTLED', retryAfterSeconds: 600 }),
    );
  });

  it('forgets emails older than an hour', () => {
    const old = Array.from({ length: 10 }, (_, i) => at(-61 - i));
    expect(accountEmailAllowance('email_verification', old, NOW)).toEqual({ ok: true });
  });
});

describe('locales and search patterns', () => {
  it.each([
    ['zh-CN', true],
    ['en', true],
    ['zh', false],
    ['EN', false],
    [undefined, false],
  ])('%s is a locale: %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });

  it('takes wildcards in a search literally', () => {
    expect(containsPattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
  });
});
