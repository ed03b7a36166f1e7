import { COMMON_PASSWORDS } from './common-passwords';
import { PasswordTooWeakError, type PasswordProblem } from './identity.errors';
import { assertPasswordAcceptable, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';

/** The problem `assertPasswordAcceptable` reports, or undefined when it accepts. */
function problemWith(password: string, email?: string): PasswordProblem | undefined {
  try {
    assertPasswordAcceptable(password, email === undefined ? {} : { email });
    return undefined;
  } catch (error) {
    if (error instanceof PasswordTooWeakError) return error.problem;
    throw error;
  }
}

/** `length` code points of a text with many distinct characters. */
const varied = (length: number, alphabet = 'correct horse battery staple '): string =>
  [...alphabet.repeat(Math.ceil(length / [...alphabet].length))].slice(0, length).join('');

describe('assertPasswordAcceptable', () => {
  it('has a floor of 10 and a ceiling of 256 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(MAX_PASSWORD_LENGTH).toBe(256);
  });

  it('throws PASSWORD_TOO_WEAK, unprocessable, naming the field and problem', () => {
    const attempt = () => assertPasswordAcceptable('short');
    expect(attempt).toThrow(PasswordTooWeakError);
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'PASSWORD_TOO_WEAK',
        kind: 'unprocessable',
        problem: 'too_short',
        details: { field: 'password', problem: 'too_short' },
      }),
    );
  });

  it.each<[string, string, PasswordProblem | undefined]>([
    ['empty', '', 'too_short'],
    ['9 ASCII characters', 'zq8!vmt3k', 'too_short'],
    ['10 ASCII characters', 'zq8!vmt3kx', undefined],
    // Counted by code points, not UTF-16 code units.
    ['9 Chinese characters', '我的密码是很安全的', 'too_short'],
    ['10 Chinese characters', '我的密码是很安全的吧', undefined],
    ['9 emoji (18 code units)', '🐼🐯🦊🐸🐙🦉🐢🦋🐝', 'too_short'],
    ['10 emoji (20 code units)', '🐼🐯🦊🐸🐙🦉🐢🦋🐝🐞', undefined],
    ['256 characters', varied(256), undefined],
    ['257 characters', varied(257), 'too_long'],
    ['256 emoji (512 code units)', varied(256, '🐼🐯🦊🐸🐙🦉🐢🦋🐝🐞'), undefined],
    ['257 emoji', varied(257, '🐼🐯🦊🐸🐙🦉🐢🦋🐝🐞'), 'too_long'],
  ])('%s: %s', (_, password, problem) => {
    expect(problemWith(password)).toBe(problem);
  });

  describe('common passwords, in any letter case', () => {
    // Entries under the floor are refused for their length first.
    const entries = [...COMMON_PASSWORDS].map((p): [string, PasswordProblem] => [
      p,
      [...p].length < MIN_PASSWORD_LENGTH ? 'too_short' : 'common',
    ]);

    it.each(entries)('%s as listed is %s', (password, problem) => {
      expect(problemWith(password)).toBe(problem);
    });
    it.each(entries)('%s lower-cased is %s', (password, problem) => {
      expect(problemWith(password.toLowerCase())).toBe(problem);
    });
    it.each(entries)('%s upper-cased is %s', (password, problem) => {
      expect(problemWith(password.toUpperCase())).toBe(problem);
    });

    it.each([
      'aa123456789',
      'AA123456789',
      'Aa123456789',
      'aA123456789',
      'aa12345678!',
      'AA12345678!',
      'qwer1234!@#$',
      'QWER1234!@#$',
      'PassWord123',
      'WoAiNi1314',
      'QWERTYUIOP',
    ])('refuses %s as common', (password) => {
      expect(problemWith(password)).toBe('common');
    });

    it('is refused as common before the email check', () => {
      expect(problemWith('password123', 'password123@example.com')).toBe('common');
    });
  });

  it.each<[string, PasswordProblem | undefined]>([
    ['aaaaaaaaaa', 'common'],
    ['ZZZZZZZZZZZZZZZZ', 'common'],
    ['ababababab', 'common'],
    ['AbaBAbaBab', 'common'],
    ['1212121212', 'common'],
    ['!!!!!!!!!!??', 'common'],
    ['哈哈哈哈哈哈哈哈哈哈', 'common'],
    ['🐼🐼🐼🐼🐼🐼🐼🐼🐼🐼', 'common'],
    // Two emoji share a high surrogate: still two characters.
    ['🐼🐯🐼🐯🐼🐯🐼🐯🐼🐯', 'common'],
    ['a🐼a🐼a🐼a🐼a🐼', 'common'],
    // Three distinct characters are enough to pass this rule.
    ['abcabcabca', undefined],
    ['🐼🐯🦊🐼🐯🦊🐼🐯🦊🐼', undefined],
  ])('repeated characters %s: %s', (password, problem) => {
    expect(problemWith(password)).toBe(problem);
  });

  it.each<[string, string, string | undefined, PasswordProblem | undefined]>([
    ['the local part', 'my-zhang.wei-secret', 'zhang.wei@example.com', 'contains_email'],
    ['the local part in another case', 'ZHANG.WEI rocks 2025', 'Zhang.Wei@Example.com', 'contains_email'],
    ['a 4-character local part', 'anna-is-the-best', 'anna@example.com', 'contains_email'],
    ['exactly the local part', 'lihua.engineer', 'lihua.engineer@example.cn', 'contains_email'],
    ['a 3-character local part', 'bob-likes-green-tea', 'bob@example.com', undefined],
    ['only part of the local part', 'zhang-is-a-surname', 'zhang.wei@example.com', undefined],
    ['the domain but not the local part', 'example-holiday-2025', 'wei.li@example.com', undefined],
    ['no email given', 'zhang.wei@example.com', undefined, undefined],
  ])('containing %s (%s, %s): %s', (_, password, email, problem) => {
    expect(problemWith(password, email)).toBe(problem);
  });

  it.each(['correct horse battery staple', '融通平台的安全口令很长', 'Tr0ub4dor&3x-violet', varied(64)])(
    'accepts the passphrase %s',
    (password) => {
      expect(() => assertPasswordAcceptable(password, { email: 'zhang.wei@example.com' })).not.toThrow();
    },
  );
});
