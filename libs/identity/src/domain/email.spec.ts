import { normalizeEmail } from './email';
import { EmailInvalidError } from './identity.errors';

describe('normalizeEmail', () => {
  it.each([
    ['zhang.wei@example.com', 'zhang.wei@example.com'],
    ['  Zhang.Wei@Example.COM  ', 'zhang.wei@example.com'],
    ['\tLI.HUA+rongtong@Mail.Example.CN\n', 'li.hua+rongtong@mail.example.cn'],
    ['ÄNNE@BEISPIEL.DE', 'änne@beispiel.de'],
    ['用户@例子.中国', '用户@例子.中国'],
    [`${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`],
    // 64 + 1 + 185 + 4 = 254 characters, the longest allowed.
    [`${'a'.repeat(64)}@${'b'.repeat(185)}.com`, `${'a'.repeat(64)}@${'b'.repeat(185)}.com`],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['no @', 'zhang.wei.example.com'],
    ['two @', 'zhang@wei@example.com'],
    ['nothing before @', '@example.com'],
    ['nothing after @', 'zhang.wei@'],
    ['undotted domain', 'zhang.wei@localhost'],
    ['one-letter top-level domain', 'zhang.wei@example.c'],
    ['space inside', 'zhang wei@example.com'],
    ['tab inside the domain', 'zhang.wei@exa\tmple.com'],
    ['local part over 64 characters', `${'a'.repeat(65)}@example.com`],
    ['over 254 characters', `${'a'.repeat(64)}@${'b'.repeat(186)}.com`],
    ['a display name', 'Zhang Wei <zhang.wei@example.com>'],
  ])('refuses %s (%j) with EMAIL_INVALID', (_, input) => {
    expect(() => normalizeEmail(input)).toThrow(EmailInvalidError);
    expect(() => normalizeEmail(input)).toThrow(
      expect.objectContaining({ code: 'EMAIL_INVALID', kind: 'unprocessable', details: { field: 'email' } }),
    );
  });
});
