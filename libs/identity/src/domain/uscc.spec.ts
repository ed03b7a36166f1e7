import { DomainError } from '@rongtong/kernel';
import { UsccInvalidError, type UsccCheck } from './identity.errors';
import { Uscc } from './uscc';

function failedCheck(input: string): UsccCheck | undefined {
  try {
    Uscc.parse(input);
    return undefined;
  } catch (error) {
    if (error instanceof UsccInvalidError) return error.check;
    throw error;
  }
}

describe('Uscc', () => {
  describe.each([
    // DOMAIN.md's vectors, with the region each names.
    ['91350200776049653A', '350200'], // 厦门市
    ['91440101MA5CJQ4N59', '440101'], // 广州市
    ['91320594MA1N2K5B77', '320594'], // 苏州工业园区
    ['91310115MA1H7L3Q1H', '310115'], // 上海浦东新区
    ['91440300MA5FUX2T39', '440300'], // 深圳市
    ['91330100MA27WQ8C1X', '330100'], // 杭州市
    ['91110108MA01ABCD5T', '110108'], // 北京海淀区
    // Constructed: organization code check X with check character 0 (31 → 0), and
    // organization code check 0 (11 → 0).
    ['91320594MA000004X0', '320594'],
    ['91320594MA00000K0M', '320594'],
  ])('valid %s', (code, regionCode) => {
    it('parses to itself', () => {
      expect(Uscc.parse(code).value).toBe(code);
      expect(Uscc.isValid(code)).toBe(true);
    });

    it(`has region code ${regionCode}`, () => {
      expect(Uscc.parse(code).regionCode).toBe(regionCode);
    });
  });

  it('splits the code into its parts', () => {
    const uscc = Uscc.parse('91350200776049653A');
    expect(uscc.registrationAuthority).toBe('9');
    expect(uscc.entityType).toBe('1');
    expect(uscc.regionCode).toBe('350200');
    expect(uscc.organizationCode).toBe('776049653');
    expect(String(uscc)).toBe('91350200776049653A');
  });

  it.each([
    ['lower case', '91440101ma5cjq4n59', '91440101MA5CJQ4N59'],
    ['surrounding spaces', '  91350200776049653A ', '91350200776049653A'],
    ['tabs and newline', '\t91330100MA27WQ8C1x\n', '91330100MA27WQ8C1X'],
    ['ideographic space', '\u300091310115MA1H7L3Q1H\u3000', '91310115MA1H7L3Q1H'],
    ['full-width characters', '９１４４０３００ＭＡ５ＦＵＸ２Ｔ３９', '91440300MA5FUX2T39'],
  ])('normalises %s', (_, input, canonical) => {
    expect(Uscc.parse(input).value).toBe(canonical);
    expect(Uscc.isValid(input)).toBe(true);
  });

  it.each<[string, string, UsccCheck]>([
    // DOMAIN.md's vectors.
    ['wrong check character', '91350200776049653B', 'check_character'],
    ['too short', '9135020077604965', 'length'],
    ['letter O', '91350200776O49653A', 'alphabet'],
    // One more of each kind.
    ['empty', '', 'length'],
    ['blank', '   ', 'length'],
    ['too long', '91350200776049653A0', 'length'],
    ['inner space', '9135020077 049653A', 'alphabet'],
    ['letter I', '91I50200776049653A', 'alphabet'],
    ['letter S', '91350200776049653S', 'alphabet'],
    ['letter V', '9V350200776049653A', 'alphabet'],
    ['letter Z', '91350200776049653Z', 'alphabet'],
    ['punctuation', '91350200-76049653A', 'alphabet'],
    // Character 17 altered and character 18 recomputed, so only GB 11714 catches it.
    ['organization code check', '91350200776049654D', 'organization_code'],
    ['organization code check digit off by one', '91350200776049652A', 'organization_code'],
    ['transposed digits', '91440101MA5CJQN459', 'organization_code'],
    ['altered region', '91440102MA5CJQ4N59', 'check_character'],
  ])('rejects %s (%s) with the %s check', (_, input, check) => {
    expect(failedCheck(input)).toBe(check);
    expect(Uscc.isValid(input)).toBe(false);
  });

  it('raises a domain error that names the failed check', () => {
    const error = (() => {
      try {
        Uscc.parse('91350200776049653B');
      } catch (caught) {
        return caught;
      }
      throw new Error('expected Uscc.parse to refuse the code');
    })();
    expect(error).toBeInstanceOf(UsccInvalidError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'USCC_INVALID',
      kind: 'unprocessable',
      check: 'check_character',
      details: { check: 'check_character' },
      name: 'UsccInvalidError',
    });
    expect((error as Error).message).toMatch(/check character/);
  });

  it.each<[UsccCheck, string, RegExp]>([
    ['length', '123', /length/],
    ['alphabet', '91350200776O49653A', /alphabet/],
    ['organization_code', '91350200776049654D', /organization code/],
    ['check_character', '91350200776049653B', /check character/],
  ])('says %s in the message', (check, input, words) => {
    expect(() => Uscc.parse(input)).toThrow(words);
    expect(failedCheck(input)).toBe(check);
  });

  it('compares by value', () => {
    expect(Uscc.parse('91350200776049653a').equals(Uscc.parse('91350200776049653A'))).toBe(true);
    expect(Uscc.parse('91350200776049653A').equals(Uscc.parse('91440101MA5CJQ4N59'))).toBe(false);
  });
});
