import { IndustryUnknownError, SizeInputInvalidError } from './identity.errors';
import { sectorForIndustry, sizeClass, type Sector, type SizeClass } from './size-class';

/** Yuan to fen; `yuan(x) - 1` is the amount one fen under x. */
const yuan = (amount: number): number => amount * 100;
const M = 1_000_000;

type Row = [sector: Sector, employees: number, annualRevenueFen: number, expected: SizeClass];

describe('sizeClass', () => {
  // Each threshold of 工信部联企业〔2011〕300号 at, and one unit under, with the other
  // measure at its limit, so that the measure under test alone decides the class.
  describe.each<[Sector, Row[]]>([
    [
      'industry',
      [
        ['industry', 1000, yuan(400 * M), 'large'],
        ['industry', 999, yuan(400 * M), 'medium'],
        ['industry', 1000, yuan(400 * M) - 1, 'medium'],
        ['industry', 300, yuan(20 * M), 'medium'],
        ['industry', 299, yuan(20 * M), 'small'],
        ['industry', 300, yuan(20 * M) - 1, 'small'],
        ['industry', 20, yuan(3 * M), 'small'],
        ['industry', 19, yuan(3 * M), 'micro'],
        ['industry', 20, yuan(3 * M) - 1, 'micro'],
        ['industry', 0, 0, 'micro'],
        // Under the SME bound on one measure only: the low measure decides.
        ['industry', 50_000, yuan(3 * M) - 1, 'micro'],
        ['industry', 19, yuan(50_000 * M), 'micro'],
      ],
    ],
    [
      'software_it',
      [
        ['software_it', 300, yuan(100 * M), 'large'],
        ['software_it', 299, yuan(100 * M), 'medium'],
        ['software_it', 300, yuan(100 * M) - 1, 'medium'],
        ['software_it', 100, yuan(10 * M), 'medium'],
        ['software_it', 99, yuan(10 * M), 'small'],
        ['software_it', 100, yuan(10 * M) - 1, 'small'],
        ['software_it', 10, yuan(0.5 * M), 'small'],
        ['software_it', 9, yuan(0.5 * M), 'micro'],
        ['software_it', 10, yuan(0.5 * M) - 1, 'micro'],
        ['software_it', 0, 0, 'micro'],
        ['software_it', 5000, yuan(0.5 * M) - 1, 'micro'],
        ['software_it', 9, yuan(5000 * M), 'micro'],
      ],
    ],
    [
      'wholesale',
      [
        ['wholesale', 200, yuan(400 * M), 'large'],
        ['wholesale', 199, yuan(400 * M), 'medium'],
        ['wholesale', 200, yuan(400 * M) - 1, 'medium'],
        ['wholesale', 20, yuan(50 * M), 'medium'],
        ['wholesale', 19, yuan(50 * M), 'small'],
        ['wholesale', 20, yuan(50 * M) - 1, 'small'],
        ['wholesale', 5, yuan(10 * M), 'small'],
        ['wholesale', 4, yuan(10 * M), 'micro'],
        ['wholesale', 5, yuan(10 * M) - 1, 'micro'],
        ['wholesale', 0, 0, 'micro'],
        ['wholesale', 5000, yuan(10 * M) - 1, 'micro'],
        ['wholesale', 4, yuan(5000 * M), 'micro'],
      ],
    ],
    [
      'retail',
      [
        ['retail', 300, yuan(200 * M), 'large'],
        ['retail', 299, yuan(200 * M), 'medium'],
        ['retail', 300, yuan(200 * M) - 1, 'medium'],
        ['retail', 50, yuan(5 * M), 'medium'],
        ['retail', 49, yuan(5 * M), 'small'],
        ['retail', 50, yuan(5 * M) - 1, 'small'],
        ['retail', 10, yuan(1 * M), 'small'],
        ['retail', 9, yuan(1 * M), 'micro'],
        ['retail', 10, yuan(1 * M) - 1, 'micro'],
        ['retail', 0, 0, 'micro'],
        ['retail', 5000, yuan(1 * M) - 1, 'micro'],
        ['retail', 9, yuan(5000 * M), 'micro'],
      ],
    ],
    [
      'other',
      // Classed by employees alone: revenue never moves the class.
      [
        ['other', 300, 0, 'large'],
        ['other', 299, yuan(50_000 * M), 'medium'],
        ['other', 100, 0, 'medium'],
        ['other', 99, yuan(50_000 * M), 'small'],
        ['other', 10, 0, 'small'],
        ['other', 9, yuan(50_000 * M), 'micro'],
        ['other', 0, 0, 'micro'],
      ],
    ],
  ])('%s', (_, rows) => {
    it.each(rows)('%s with %i employees and %i fen is %s', (sector, employees, annualRevenueFen, expected) => {
      expect(sizeClass({ sector, employees, annualRevenueFen })).toBe(expected);
    });
  });

  it.each<[string, number, number, SizeClass]>([
    ['over both bounds', 1200, yuan(900 * M), 'large'],
    ['under the revenue bound', 1200, yuan(300 * M), 'medium'],
    ['under the medium staff limit', 150, yuan(50 * M), 'small'],
    ['under the small staff limit', 15, yuan(50 * M), 'micro'],
  ])("DOMAIN.md's industry example: %s", (_, employees, annualRevenueFen, expected) => {
    expect(sizeClass({ sector: 'industry', employees, annualRevenueFen })).toBe(expected);
  });

  it.each<[string, Partial<Parameters<typeof sizeClass>[0]>, string]>([
    ['negative employees', { employees: -1 }, 'employees'],
    ['fractional employees', { employees: 10.5 }, 'employees'],
    ['NaN employees', { employees: Number.NaN }, 'employees'],
    ['negative revenue', { annualRevenueFen: -1 }, 'annualRevenueFen'],
    ['fractional fen', { annualRevenueFen: 0.5 }, 'annualRevenueFen'],
    ['unsafe revenue', { annualRevenueFen: 2 ** 53 }, 'annualRevenueFen'],
    ['infinite revenue', { annualRevenueFen: Infinity }, 'annualRevenueFen'],
    ['unknown sector', { sector: 'mining' as Sector }, 'sector'],
  ])('rejects %s', (_, override, field) => {
    const input = { sector: 'industry' as const, employees: 10, annualRevenueFen: 0, ...override };
    expect(() => sizeClass(input)).toThrow(SizeInputInvalidError);
    expect(() => sizeClass(input)).toThrow(expect.objectContaining({ code: 'SIZE_INPUT_INVALID', details: { field } }));
  });
});

describe('sectorForIndustry', () => {
  it.each<[string, string | undefined, Sector]>([
    ['B', undefined, 'industry'],
    ['B', '06', 'industry'],
    ['C', undefined, 'industry'],
    ['C', 'C34', 'industry'],
    ['C', '39', 'industry'],
    ['D', 'D44', 'industry'],
    ['F', '51', 'wholesale'],
    ['F', 'F52', 'retail'],
    ['f', ' f51 ', 'wholesale'],
    ['F', undefined, 'other'],
    ['I', '65', 'software_it'],
    ['I', 'I65', 'software_it'],
    ['I', '63', 'other'],
    ['I', 'I64', 'other'],
    ['I', undefined, 'other'],
    ['M', 'M73', 'other'],
    ['M', '74', 'other'],
    ['A', undefined, 'other'],
    ['E', undefined, 'other'],
    ['G', '60', 'other'],
    ['T', '97', 'other'],
  ])('%s %s is %s', (section, division, sector) => {
    expect(sectorForIndustry(section, division)).toBe(sector);
  });

  it.each<[string, string | undefined]>([
    ['U', undefined],
    ['', undefined],
    ['CC', undefined],
    ['C34', undefined],
    ['F', '53'],
    ['C', '12'],
    ['I', 'C34'],
    ['C', '3'],
    ['C', 'C3X'],
    ['C', ''],
  ])('rejects section %j division %j', (section, division) => {
    expect(() => sectorForIndustry(section, division)).toThrow(IndustryUnknownError);
    expect(() => sectorForIndustry(section, division)).toThrow(
      expect.objectContaining({ code: 'INDUSTRY_UNKNOWN', kind: 'unprocessable' }),
    );
  });
});
