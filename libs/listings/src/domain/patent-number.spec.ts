import { DomainError } from '@rongtong/kernel';
import { ListingValidationError, PatentNumberInvalidError, type PatentNumberCheck } from './listings.errors';
import { PatentNumber, type PatentExpiry, type PatentType, type PatentTypeDigit, patentExpiry } from './patent-number';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function failedCheck(input: string): PatentNumberCheck | undefined {
  try {
    PatentNumber.parse(input);
    return undefined;
  } catch (error) {
    if (error instanceof PatentNumberInvalidError) return error.check;
    throw error;
  }
}

describe('PatentNumber', () => {
  it.each<[string, number, PatentTypeDigit, PatentType, boolean]>([
    // DOMAIN.md's valid vectors.
    ['201080063196.9', 2010, 8, 'invention', true],
    ['202310123456.6', 2023, 1, 'invention', false],
    ['202120987654.3', 2021, 2, 'utility_model', false],
    ['202230555555.8', 2022, 3, 'design', false],
    ['201910000001.9', 2019, 1, 'invention', false],
    ['202410111111.3', 2024, 1, 'invention', false],
    // Constructed: a PCT utility model, the first year of the scheme, check X.
    ['202190054321.3', 2021, 9, 'utility_model', true],
    ['200310000001.8', 2003, 1, 'invention', false],
    ['202210000010.X', 2022, 1, 'invention', false],
  ])('parses %s (%i, type %i: %s, PCT %s)', (input, year, digit, type, pct) => {
    const number = PatentNumber.parse(input);
    expect(number.value).toBe(input);
    expect(number.applicationYear).toBe(year);
    expect(number.typeDigit).toBe(digit);
    expect(number.patentType).toBe(type);
    expect(number.isPct).toBe(pct);
    expect(PatentNumber.isValid(input)).toBe(true);
  });

  it.each([
    ['ZL prefix (granted)', 'ZL202310123456.6'],
    ['CN prefix with a space', 'CN 202310123456.6'],
    ['lower-case prefix', 'zl202310123456.6'],
    ['no dot', '2023101234566'],
    ['grouped as YYYY T NNNNNNN . C', '2023 1 0123456 . 6'],
    ['surrounding whitespace', ' \t202310123456.6\n'],
    ['full-width digits and dot', 'ＺＬ２０２３１０１２３４５６．６'],
    ['ideographic space', 'ZL\u3000202310123456.6'],
  ])('accepts %s', (_, input) => {
    expect(PatentNumber.parse(input).value).toBe('202310123456.6');
  });

  it('upper-cases an x check character', () => {
    expect(PatentNumber.parse('ZL 202010395861.x').value).toBe('202010395861.X');
  });

  it('splits out the serial and compares by value', () => {
    const number = PatentNumber.parse('ZL202310123456.6');
    expect(number.serial).toBe('0123456');
    expect(number.equals(PatentNumber.parse('202310123456.6'))).toBe(true);
    expect(number.equals(PatentNumber.parse('202410111111.3'))).toBe(false);
    expect(String(number)).toBe('202310123456.6');
    expect(JSON.stringify({ number })).toBe('{"number":"202310123456.6"}');
  });

  it.each<[string, string, PatentNumberCheck]>([
    // DOMAIN.md's invalid vectors.
    ['wrong check digit', '201080063196.8', 'check_digit'],
    ['wrong check digit', '202310123456.7', 'check_digit'],
    ['X where a digit is due', '202310123456.X', 'check_digit'],
    ['type digit 4', '202440123456.7', 'type_digit'],
    ['type digit 7', '202370123456.9', 'type_digit'],
    ['type digit 0', '202300123456.0', 'type_digit'],
    ['11 digits', '20231012345.6', 'format'],
    ['13 digits', '2023101234567.6', 'format'],
    ['two check characters', '202310123456.66', 'format'],
    ['letters', 'ABCD10123456.6', 'format'],
    ['an unknown prefix', 'US202310123456.6', 'format'],
    ['empty', '', 'format'],
    ['pre-2003 8-digit number', 'ZL02123456.7', 'format'],
    ['year before 2003 in the new layout', '199910123456.1', 'format'],
  ])('refuses %s: %s (%s)', (_, input, check) => {
    expect(failedCheck(input)).toBe(check);
    expect(PatentNumber.isValid(input)).toBe(false);
  });

  it('says why, with a stable code and kind', () => {
    const error = thrown(() => PatentNumber.parse('ZL02123456.7'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'PATENT_NUMBER_INVALID',
      kind: 'unprocessable',
      details: { check: 'format' },
    });
    expect((error as Error).message).toContain('before October 2003');
  });
});

describe('patentExpiry', () => {
  it.each<[string, PatentType, string, PatentExpiry]>([
    [
      'invention: 20 years',
      'invention',
      '2019-03-15',
      { precision: 'day', termYears: 20, date: '2039-03-15', lastDayInForce: '2039-03-14' },
    ],
    [
      // The Examination Guidelines' own example.
      'utility model: 10 years',
      'utility_model',
      '1999-09-06',
      { precision: 'day', termYears: 10, date: '2009-09-06', lastDayInForce: '2009-09-05' },
    ],
    [
      'design filed the day before 2021-06-01: 10 years',
      'design',
      '2021-05-31',
      { precision: 'day', termYears: 10, date: '2031-05-31', lastDayInForce: '2031-05-30' },
    ],
    [
      'design filed on 2021-06-01: 15 years',
      'design',
      '2021-06-01',
      { precision: 'day', termYears: 15, date: '2036-06-01', lastDayInForce: '2036-05-31' },
    ],
    [
      'design filed in 2019: 10 years',
      'design',
      '2019-11-20',
      { precision: 'day', termYears: 10, date: '2029-11-20', lastDayInForce: '2029-11-19' },
    ],
    [
      'invention filed 29 February, ending in a leap year',
      'invention',
      '2020-02-29',
      { precision: 'day', termYears: 20, date: '2040-02-29', lastDayInForce: '2040-02-28' },
    ],
    [
      'utility model filed 29 February, ending in a common year: in force through 28 February',
      'utility_model',
      '2020-02-29',
      { precision: 'day', termYears: 10, date: '2030-03-01', lastDayInForce: '2030-02-28' },
    ],
    [
      'design filed 1 March: the day before is 29 February in a leap year',
      'design',
      '2021-03-01',
      { precision: 'day', termYears: 10, date: '2031-03-01', lastDayInForce: '2031-02-28' },
    ],
    [
      'invention filed 1 January: in force through 31 December',
      'invention',
      '2004-01-01',
      { precision: 'day', termYears: 20, date: '2024-01-01', lastDayInForce: '2023-12-31' },
    ],
  ])('with a filing date, %s', (_, type, filingDate, expected) => {
    // The application year is irrelevant once the filing date is known.
    expect(patentExpiry(type, filingDate, 2099)).toEqual(expected);
  });

  it.each<[string, PatentType, number, PatentExpiry]>([
    ['invention', 'invention', 2019, { precision: 'year', termYears: 20, year: 2039 }],
    ['utility model', 'utility_model', 2022, { precision: 'year', termYears: 10, year: 2032 }],
    ['design from 2022', 'design', 2022, { precision: 'year', termYears: 15, year: 2037 }],
    ['design from 2023', 'design', 2023, { precision: 'year', termYears: 15, year: 2038 }],
    ['design from 2020', 'design', 2020, { precision: 'year', termYears: 10, year: 2030 }],
    ['design from 2010', 'design', 2010, { precision: 'year', termYears: 10, year: 2020 }],
    [
      'design from 2021, filed before or after 1 June: the earliest year, and the latest',
      'design',
      2021,
      { precision: 'year', termYears: 10, year: 2031, latestYear: 2036 },
    ],
    [
      'invention from 2021 (no ambiguity outside designs)',
      'invention',
      2021,
      { precision: 'year', termYears: 20, year: 2041 },
    ],
  ])('without a filing date, %s', (_, type, applicationYear, expected) => {
    expect(patentExpiry(type, undefined, applicationYear)).toEqual(expected);
    expect(patentExpiry(type, null, applicationYear)).toEqual(expected);
  });

  it.each(['2021-02-30', '2021-13-01', '21-06-01', '2021/06/01', ''])(
    'refuses the filing date %p, naming the field',
    (filingDate) => {
      const error = thrown(() => patentExpiry('design', filingDate, 2021));
      expect(error).toBeInstanceOf(ListingValidationError);
      expect(error).toMatchObject({
        code: 'LISTING_INVALID',
        violations: [{ field: 'details.filingDate', message: expect.any(String) }],
      });
    },
  );
});
