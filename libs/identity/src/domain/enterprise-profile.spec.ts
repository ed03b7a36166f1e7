import { enterpriseFacts, visibleBadge, type EnterpriseFactsInput } from './enterprise-profile';
import { BadgeInvalidError, IndustryUnknownError, SizeInputInvalidError } from './identity.errors';
import type { SizeClass } from './size-class';
import type { SpecialisedBadgeProps } from './specialised-badge';

const MILLION_YUAN_IN_FEN = 100_000_000;

const badge: SpecialisedBadgeProps = {
  tier: 'little_giant',
  issuingAuthority: '工业和信息化部',
  certificateNumber: 'ZJTX-2023-0412',
  expiresOn: '2026-06-30',
};

describe('enterpriseFacts', () => {
  it('is all unknown when nothing is given', () => {
    expect(enterpriseFacts({})).toEqual({
      industrySection: null,
      industryDivision: null,
      employees: null,
      annualRevenueFen: null,
      sizeClass: null,
      badge: null,
    });
  });

  it.each<[string | null | undefined, string | null | undefined, string | null, string | null]>([
    ['c', '34', 'C', 'C34'],
    ['C', 'C34', 'C', 'C34'],
    [' c ', ' c34 ', 'C', 'C34'],
    ['F', '52', 'F', 'F52'],
    ['i', 'i65', 'I', 'I65'],
    ['M', undefined, 'M', null],
    ['m', '', 'M', null],
    ['M', '   ', 'M', null],
    ['C', null, 'C', null],
    ['', '', null, null],
    [null, null, null, null],
    ['  ', undefined, null, null],
  ])('section %j and division %j normalise to %j, %j', (industrySection, industryDivision, section, division) => {
    const facts = enterpriseFacts({ industrySection, industryDivision });
    expect(facts.industrySection).toBe(section);
    expect(facts.industryDivision).toBe(division);
  });

  it.each<[string, string | null, string | null, string]>([
    ['an unknown section', 'U', null, 'U'],
    ['a division as the section', 'C34', null, 'C34'],
    ['a division without a section', null, 'C34', 'C34'],
    ['a bare division number without a section', '', '34', '34'],
    ['an unknown division number', 'C', '99', 'C99'],
    ['a division of another section, by number', 'F', '34', 'F34'],
    ['a division of another section, by code', 'C', 'F51', 'F51'],
    ['a division of another section, lower case', 'i', 'c34', 'C34'],
    ['a real but unseeded division', 'B', '06', 'B06'],
    ['a malformed division', 'C', 'C3X', 'C3X'],
    ['a one-digit division', 'C', '3', '3'],
  ])('refuses %s (%j / %j) with INDUSTRY_UNKNOWN', (_, industrySection, industryDivision, industryCode) => {
    const facts = () => enterpriseFacts({ industrySection, industryDivision });
    expect(facts).toThrow(IndustryUnknownError);
    expect(facts).toThrow(
      expect.objectContaining({ code: 'INDUSTRY_UNKNOWN', kind: 'unprocessable', details: { industryCode } }),
    );
  });

  const fen = (millionYuan: number): number => millionYuan * MILLION_YUAN_IN_FEN;

  it.each<[string, SizeClass | null, EnterpriseFactsInput]>([
    // DOMAIN.md's industry examples.
    ['C, 1200 staff, ¥900m', 'large', { industrySection: 'C', employees: 1200, annualRevenueFen: 90_000_000_000 }],
    [
      'C34, 1200 staff, ¥300m',
      'medium',
      { industrySection: 'C', industryDivision: '34', employees: 1200, annualRevenueFen: fen(300) },
    ],
    ['C, 150 staff, ¥50m', 'small', { industrySection: 'C', employees: 150, annualRevenueFen: fen(50) }],
    ['C, 15 staff, ¥50m', 'micro', { industrySection: 'C', employees: 15, annualRevenueFen: fen(50) }],
    // The division picks the sector where the section alone cannot.
    [
      'I65, 300 staff, ¥100m',
      'large',
      { industrySection: 'I', industryDivision: '65', employees: 300, annualRevenueFen: fen(100) },
    ],
    [
      'F52 (retail), 60 staff, ¥10m',
      'medium',
      { industrySection: 'F', industryDivision: 'F52', employees: 60, annualRevenueFen: fen(10) },
    ],
    [
      'F51 (wholesale), 60 staff, ¥10m',
      'small',
      { industrySection: 'F', industryDivision: 'F51', employees: 60, annualRevenueFen: fen(10) },
    ],
    // 'other' sectors are classed by employees alone, revenue known or not.
    ['M, 300 staff, no revenue', 'large', { industrySection: 'M', employees: 300 }],
    ['M73, 150 staff, no revenue', 'medium', { industrySection: 'M', industryDivision: '73', employees: 150 }],
    ['M, 50 staff, ¥50,000m', 'small', { industrySection: 'M', employees: 50, annualRevenueFen: fen(50_000) }],
    ['M, 9 staff, revenue null', 'micro', { industrySection: 'M', employees: 9, annualRevenueFen: null }],
    ['I64 (other), 150 staff, no revenue', 'medium', { industrySection: 'I', industryDivision: 'I64', employees: 150 }],
    ['F without a division (other), 150 staff', 'medium', { industrySection: 'F', employees: 150 }],
    // Unknown until the facts the sector needs are known.
    ['C, 1200 staff, no revenue', null, { industrySection: 'C', employees: 1200 }],
    [
      'I65, 300 staff, revenue null',
      null,
      { industrySection: 'I', industryDivision: '65', employees: 300, annualRevenueFen: null },
    ],
    ['C, revenue but no staff', null, { industrySection: 'C', annualRevenueFen: 90_000_000_000 }],
    ['M, staff null', null, { industrySection: 'M', employees: null }],
    ['staff and revenue but no industry', null, { employees: 1200, annualRevenueFen: 90_000_000_000 }],
  ])('%s is %s', (_, expected, input) => {
    expect(enterpriseFacts(input).sizeClass).toBe(expected);
  });

  it('keeps the employees and revenue it was given', () => {
    expect(enterpriseFacts({ industrySection: 'C', employees: 1200, annualRevenueFen: 90_000_000_000 })).toEqual({
      industrySection: 'C',
      industryDivision: null,
      employees: 1200,
      annualRevenueFen: 90_000_000_000,
      sizeClass: 'large',
      badge: null,
    });
  });

  it.each<[string, EnterpriseFactsInput, string]>([
    ['negative employees', { industrySection: 'C', employees: -1, annualRevenueFen: 0 }, 'employees'],
    ['fractional revenue', { industrySection: 'C', employees: 10, annualRevenueFen: 0.5 }, 'annualRevenueFen'],
  ])('refuses %s with SIZE_INPUT_INVALID', (_, input, field) => {
    expect(() => enterpriseFacts(input)).toThrow(SizeInputInvalidError);
    expect(() => enterpriseFacts(input)).toThrow(
      expect.objectContaining({ code: 'SIZE_INPUT_INVALID', details: { field } }),
    );
  });

  it('validates and trims the badge', () => {
    const facts = enterpriseFacts({
      badge: { ...badge, issuingAuthority: ' 工业和信息化部 ', certificateNumber: ' ZJTX-2023-0412 ' },
    });
    expect(facts.badge).toEqual(badge);
  });

  it.each<[string, Partial<SpecialisedBadgeProps>, string]>([
    ['an unknown tier', { tier: 'national' as SpecialisedBadgeProps['tier'] }, 'tier'],
    ['a blank authority', { issuingAuthority: '  ' }, 'issuingAuthority'],
    ['an empty certificate number', { certificateNumber: '' }, 'certificateNumber'],
    ['an impossible expiry', { expiresOn: '2026-02-30' }, 'expiresOn'],
  ])('refuses a badge with %s', (_, override, field) => {
    const facts = () => enterpriseFacts({ badge: { ...badge, ...override } });
    expect(facts).toThrow(BadgeInvalidError);
    expect(facts).toThrow(
      expect.objectContaining({ code: 'BADGE_INVALID', kind: 'unprocessable', details: { field } }),
    );
  });
});

describe('visibleBadge', () => {
  it.each<[string, string, boolean]>([
    ['before expiry', '2026-01-15T09:00:00+08:00', true],
    ['late on the expiry date, China time', '2026-06-30T23:59:59.999+08:00', true],
    ['the midnight after, China time', '2026-07-01T00:00:00+08:00', false],
    ['long after expiry', '2027-03-01T12:00:00Z', false],
  ])('%s (%s) shows the badge: %s', (_, at, shown) => {
    expect(visibleBadge({ ...badge, status: 'verified' }, new Date(at))).toEqual(shown ? badge : null);
  });

  it.each(['pending', 'rejected', undefined])('shows no badge that is %s, however valid its dates', (status) => {
    expect(visibleBadge({ ...badge, status }, new Date('2026-01-15T09:00:00+08:00'))).toBeNull();
  });

  it('shows no badge when there is none', () => {
    expect(visibleBadge(null, new Date('2026-01-15T00:00:00Z'))).toBeNull();
  });
});
