import { DealValidationError, ListingNotDealableError } from './deals.errors';
import {
  fieldsOverlap,
  findLicenceConflict,
  isOpenLicenceGrant,
  type LicensablePatent,
  type LicenceRequestInput,
  type LicenceRequestTerms,
  type LicenceScope,
  licenceScope,
  licencesConflict,
  normaliseFieldOfUse,
  normaliseTerritory,
  periodsOverlap,
  readLicenceCounter,
  readLicenceRequest,
  territoriesOverlap,
} from './licence-terms';

const TODAY = '2026-03-15';

const patent: LicensablePatent = {
  transactionTypes: ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'],
  expiresOn: '2039-10-08',
  openLicence: null,
};

const request: LicenceRequestInput = {
  licenceType: 'exclusive_licence',
  territory: '32',
  fieldOfUse: '动力电池',
  termMonths: 36,
  upfrontFeeFen: 50_000_000,
  royaltyPercent: 3.5,
};

function violationsOf(fn: () => unknown): { field: string; message: string; code?: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DealValidationError) return error.violations;
    throw error;
  }
  throw new Error('expected a DealValidationError');
}

describe('readLicenceRequest', () => {
  it('reads a request into terms: royalty in basis points, no start, no sub-licensing', () => {
    expect(readLicenceRequest(request, patent, TODAY)).toEqual({
      licenceType: 'exclusive_licence',
      territory: '32',
      fieldOfUse: '动力电池',
      termMonths: 36,
      upfrontFeeFen: 50_000_000,
      royaltyBasisPoints: 350,
      subLicensing: false,
      improvements: null,
      startsOn: null,
    });
  });

  it.each<[string, LicenceRequestInput, Partial<LicenceRequestTerms>]>([
    ['territory in any case', { territory: 'Worldwide' }, { territory: 'worldwide' }],
    ['CN lower case', { territory: 'cn' }, { territory: 'CN' }],
    ['a full province code', { territory: '320000' }, { territory: '32' }],
    ['a full city code', { territory: '320500' }, { territory: '3205' }],
    ['a county code', { territory: '320594' }, { territory: '320594' }],
    ['full-width digits', { territory: '３２０５' }, { territory: '3205' }],
    ['field spaces collapsed', { fieldOfUse: '  储能   电池 ' }, { fieldOfUse: '储能 电池' }],
    ['field ALL', { fieldOfUse: ' ALL ' }, { fieldOfUse: 'all' }],
    ['royalty 0', { royaltyPercent: 0 }, { royaltyBasisPoints: 0 }],
    ['royalty 100', { royaltyPercent: 100 }, { royaltyBasisPoints: 10_000 }],
    ['royalty 0.07', { royaltyPercent: 0.07 }, { royaltyBasisPoints: 7 }],
    ['royalty 12.34', { royaltyPercent: 12.34 }, { royaltyBasisPoints: 1234 }],
    ['free upfront', { upfrontFeeFen: 0 }, { upfrontFeeFen: 0 }],
    ['a start date', { startsOn: '2026-05-01' }, { startsOn: '2026-05-01' }],
    ['sub-licensing', { subLicensing: true }, { subLicensing: true }],
    ['improvements', { improvements: ' 改进归被许可人 ' }, { improvements: '改进归被许可人' }],
    ['the longest term the patent allows', { termMonths: 162 }, { termMonths: 162 }],
    ['an assignment of the whole patent', { licenceType: 'assignment', territory: 'CN', fieldOfUse: 'all' }, {}],
  ])('accepts %s', (_, change, expected) => {
    expect(readLicenceRequest({ ...request, ...change }, patent, TODAY)).toMatchObject(expected);
  });

  it.each<[string, LicenceRequestInput, string]>([
    ['an unknown licence type', { licenceType: 'franchise' }, 'licenceType'],
    ['a missing licence type', { licenceType: undefined }, 'licenceType'],
    ['an unknown territory', { territory: 'Mars' }, 'territory'],
    ['a 3-digit region', { territory: '320' }, 'territory'],
    ['a 5-digit region', { territory: '32059' }, 'territory'],
    ['no such province', { territory: '99' }, 'territory'],
    ['Hong Kong (own patent system)', { territory: '81' }, 'territory'],
    ['a number territory', { territory: 32 }, 'territory'],
    ['an empty field', { fieldOfUse: '   ' }, 'fieldOfUse'],
    ['a field over 200 characters', { fieldOfUse: '电'.repeat(201) }, 'fieldOfUse'],
    ['term 0', { termMonths: 0 }, 'termMonths'],
    ['a fractional term', { termMonths: 1.5 }, 'termMonths'],
    ['a term beyond the patent', { termMonths: 163 }, 'termMonths'],
    ['a term as text', { termMonths: '36' }, 'termMonths'],
    ['a negative fee', { upfrontFeeFen: -1 }, 'upfrontFeeFen'],
    ['a fee with a fraction of a fen', { upfrontFeeFen: 10.5 }, 'upfrontFeeFen'],
    ['a fee as text', { upfrontFeeFen: '100' }, 'upfrontFeeFen'],
    ['royalty over 100', { royaltyPercent: 100.01 }, 'royaltyPercent'],
    ['negative royalty', { royaltyPercent: -0.5 }, 'royaltyPercent'],
    ['royalty with three decimals', { royaltyPercent: 3.335 }, 'royaltyPercent'],
    ['royalty NaN', { royaltyPercent: Number.NaN }, 'royaltyPercent'],
    ['sub-licensing as text', { subLicensing: 'yes' }, 'subLicensing'],
    ['a start in the past', { startsOn: '2026-03-14' }, 'startsOn'],
    ['a start that is no date', { startsOn: '2026-02-30' }, 'startsOn'],
    ['a start after expiry', { startsOn: '2039-10-08' }, 'startsOn'],
    ['an assignment of one province', { licenceType: 'assignment', territory: '32', fieldOfUse: 'all' }, 'territory'],
    ['an assignment of one field', { licenceType: 'assignment', territory: 'CN' }, 'fieldOfUse'],
  ])('refuses %s, naming the field', (_, change, field) => {
    const violations = violationsOf(() => readLicenceRequest({ ...request, ...change }, patent, TODAY));
    expect(violations.map((v) => v.field)).toEqual([field]);
  });

  it('names every bad field at once', () => {
    const violations = violationsOf(() =>
      readLicenceRequest({ ...request, territory: 'XX', termMonths: -1, royaltyPercent: 1.001 }, patent, TODAY),
    );
    expect(violations.map((v) => v.field)).toEqual(['territory', 'termMonths', 'royaltyPercent']);
  });

  it('caps the term at 240 months when the expiry is unknown', () => {
    const unknown = { ...patent, expiresOn: null };
    expect(readLicenceRequest({ ...request, termMonths: 240 }, unknown, TODAY).termMonths).toBe(240);
    expect(violationsOf(() => readLicenceRequest({ ...request, termMonths: 241 }, unknown, TODAY))).toHaveLength(1);
  });

  it('counts the term from the start date when one is given', () => {
    const late = { ...request, startsOn: '2039-01-08' };
    expect(readLicenceRequest({ ...late, termMonths: 9 }, patent, TODAY).termMonths).toBe(9);
    expect(violationsOf(() => readLicenceRequest({ ...late, termMonths: 10 }, patent, TODAY))[0].field).toBe(
      'termMonths',
    );
  });

  it('refuses any term when the patent expires within a month', () => {
    const ending = { ...patent, expiresOn: '2026-04-01' };
    expect(violationsOf(() => readLicenceRequest({ ...request, termMonths: 1 }, ending, TODAY))[0].field).toBe(
      'termMonths',
    );
  });

  it('a type the listing does not offer is LICENCE_TYPE_NOT_OFFERED when alone', () => {
    const ordinaryOnly = { ...patent, transactionTypes: ['ordinary_licence' as const] };
    expect(() => readLicenceRequest(request, ordinaryOnly, TODAY)).toThrow(
      expect.objectContaining({ code: 'LICENCE_TYPE_NOT_OFFERED', kind: 'unprocessable' }),
    );
    const violations = violationsOf(() => readLicenceRequest({ ...request, territory: 'XX' }, ordinaryOnly, TODAY));
    expect(violations).toEqual([
      expect.objectContaining({ field: 'licenceType', code: 'LICENCE_TYPE_NOT_OFFERED' }),
      expect.objectContaining({ field: 'territory' }),
    ]);
  });

  it.each(['exclusive_licence', 'sole_licence'])('refuses %s while an open licence stands', (licenceType) => {
    const open = { ...patent, openLicence: { fees: null } };
    expect(() => readLicenceRequest({ ...request, licenceType }, open, TODAY)).toThrow(ListingNotDealableError);
    expect(() => readLicenceRequest({ ...request, licenceType }, open, TODAY)).toThrow(
      expect.objectContaining({ code: 'OPEN_LICENCE_DECLARED' }),
    );
  });
});

describe('readLicenceCounter', () => {
  const current = readLicenceRequest({ ...request, startsOn: '2026-04-01' }, patent, '2026-03-01');

  it('merges the fields sent over the current terms', () => {
    expect(readLicenceCounter(current, { upfrontFeeFen: 80_000_000, royaltyPercent: 4 }, patent, TODAY)).toEqual({
      ...current,
      upfrontFeeFen: 80_000_000,
      royaltyBasisPoints: 400,
    });
  });

  it('keeps an agreed start even once it is past', () => {
    expect(readLicenceCounter(current, { termMonths: 24 }, patent, '2026-06-01').startsOn).toBe('2026-04-01');
    expect(() => readLicenceCounter(current, { startsOn: '2026-05-01' }, patent, '2026-06-01')).toThrow(
      DealValidationError,
    );
  });

  it.each<[string, unknown, string]>([
    ['an unknown field', { price: 1 }, 'price'],
    ['an empty offer', {}, 'body'],
    ['no object', 'cheaper', 'body'],
    ['a bad merged field', { royaltyPercent: 101 }, 'royaltyPercent'],
  ])('refuses %s', (_, body, field) => {
    expect(violationsOf(() => readLicenceCounter(current, body, patent, TODAY)).map((v) => v.field)).toEqual([field]);
  });
});

describe('isOpenLicenceGrant', () => {
  const fees = { upfrontFeeFen: 8_000_000, royaltyBasisPoints: 150, annualFeeFen: null, perUnitFen: null };
  const open: LicensablePatent = { ...patent, transactionTypes: ['ordinary_licence'], openLicence: { fees } };
  const ordinary = readLicenceRequest(
    { ...request, licenceType: 'ordinary_licence', upfrontFeeFen: 8_000_000, royaltyPercent: 1.5 },
    open,
    TODAY,
  );

  it.each<[string, LicensablePatent, Partial<LicenceRequestTerms>, boolean]>([
    ['an ordinary licence at the published fees', open, {}, true],
    ['a lower upfront fee (negotiated)', open, { upfrontFeeFen: 7_000_000 }, false],
    ['another royalty (negotiated)', open, { royaltyBasisPoints: 100 }, false],
    ['sub-licensing (negotiated)', open, { subLicensing: true }, false],
    ['a declaration without recorded fees', { ...open, openLicence: { fees: null } }, {}, false],
    ['no declaration', { ...open, openLicence: null }, {}, false],
  ])('%s → %p', (_, listing, change, granted) => {
    expect(isOpenLicenceGrant({ ...ordinary, ...change }, listing)).toBe(granted);
  });
});

describe('territories, fields and periods', () => {
  it.each([
    ['worldwide', 'CN', true],
    ['worldwide', '320594', true],
    ['CN', '44', true],
    ['CN', 'CN', true],
    ['32', '3205', true],
    ['3205', '320594', true],
    ['32', '320594', true],
    ['32', '44', false],
    ['3205', '3206', false],
    ['320594', '320505', false],
    ['44', '4403', true],
    ['44', '3303', false],
  ])('%s and %s overlap: %p', (a, b, overlap) => {
    expect(territoriesOverlap(a, b)).toBe(overlap);
    expect(territoriesOverlap(b, a)).toBe(overlap);
  });

  it.each([
    ['动力电池', '动力电池', true],
    ['Power  Batteries', 'power batteries', true],
    ['all', '储能', true],
    ['储能', 'all', true],
    ['动力电池', '储能电池', false],
  ])('fields %p and %p overlap: %p', (a, b, overlap) => {
    expect(fieldsOverlap(normaliseFieldOfUse(a), normaliseFieldOfUse(b))).toBe(overlap);
  });

  it.each([
    ['2026-01-01', '2027-01-01', '2026-06-01', '2026-07-01', true],
    ['2026-01-01', '2027-01-01', '2026-12-31', '2028-01-01', true],
    ['2026-01-01', '2027-01-01', '2027-01-01', '2028-01-01', false],
    ['2027-01-01', '2028-01-01', '2026-01-01', '2027-01-01', false],
  ])('[%s, %s) and [%s, %s) overlap: %p', (s1, e1, s2, e2, overlap) => {
    expect(periodsOverlap({ startsOn: s1, endsOn: e1 }, { startsOn: s2, endsOn: e2 })).toBe(overlap);
  });

  it.each([
    ['320000', '32'],
    ['3200', '32'],
    ['440300', '4403'],
    ['110108', '110108'],
    ['00', undefined],
    ['CHINA', undefined],
    ['3299', undefined],
    ['330381', '330381'],
  ])('normalises territory %p to %p', (input, output) => {
    expect(normaliseTerritory(input)).toBe(output);
  });
});

describe('licencesConflict', () => {
  const scope = (over: Partial<LicenceScope>): LicenceScope => ({
    licenceType: 'ordinary_licence',
    territory: 'CN',
    fieldOfUse: 'all',
    startsOn: '2026-01-01',
    endsOn: '2029-01-01',
    ...over,
  });

  it.each<[string, Partial<LicenceScope>, Partial<LicenceScope>, boolean]>([
    ['ordinary beside ordinary', {}, {}, false],
    ['exclusive, then ordinary in it', { licenceType: 'exclusive_licence' }, {}, true],
    ['ordinary, then exclusive over it', {}, { licenceType: 'exclusive_licence' }, true],
    ['sole, then ordinary in it', { licenceType: 'sole_licence' }, {}, true],
    ['ordinary, then sole over it', {}, { licenceType: 'sole_licence' }, true],
    ['exclusive, then exclusive', { licenceType: 'exclusive_licence' }, { licenceType: 'exclusive_licence' }, true],
    [
      'exclusive in Jiangsu, exclusive in Guangdong',
      { licenceType: 'exclusive_licence', territory: '32' },
      { licenceType: 'exclusive_licence', territory: '44' },
      false,
    ],
    [
      'exclusive in Jiangsu, exclusive in Suzhou',
      { licenceType: 'exclusive_licence', territory: '32' },
      { licenceType: 'exclusive_licence', territory: '3205' },
      true,
    ],
    [
      'exclusive in Suzhou, ordinary across China',
      { licenceType: 'exclusive_licence', territory: '3205' },
      { territory: 'CN' },
      true,
    ],
    [
      'exclusive for batteries, exclusive for coatings',
      { licenceType: 'exclusive_licence', fieldOfUse: '动力电池' },
      { licenceType: 'exclusive_licence', fieldOfUse: '涂层' },
      false,
    ],
    [
      'exclusive for batteries, ordinary for all fields',
      { licenceType: 'exclusive_licence', fieldOfUse: '动力电池' },
      { fieldOfUse: 'all' },
      true,
    ],
    [
      'exclusive that ended, exclusive after it',
      { licenceType: 'exclusive_licence', endsOn: '2027-01-01' },
      { licenceType: 'exclusive_licence', startsOn: '2027-01-01', endsOn: '2028-01-01' },
      false,
    ],
    [
      'assignment, ordinary long after its stated term',
      { licenceType: 'assignment', endsOn: '2027-01-01' },
      { startsOn: '2030-01-01', endsOn: '2031-01-01' },
      true,
    ],
    ['ordinary, then assignment', {}, { licenceType: 'assignment' }, true],
  ])('%s → %p', (_, existing, proposed, conflict) => {
    expect(licencesConflict(scope(existing), scope(proposed))).toBe(conflict);
  });

  it('findLicenceConflict names the first conflicting agreement', () => {
    const active = [
      { ...scope({ licenceType: 'exclusive_licence', territory: '44' }), id: 'a' },
      { ...scope({ licenceType: 'exclusive_licence', territory: '32' }), id: 'b' },
    ];
    expect(findLicenceConflict(active, scope({ territory: '3205' }))?.id).toBe('b');
    expect(findLicenceConflict(active, scope({ territory: '33' }))).toBeUndefined();
  });
});

describe('licence scope', () => {
  it('a scope ends with its term, or with the patent if sooner', () => {
    const terms = readLicenceRequest(request, patent, TODAY);
    expect(licenceScope(terms, '2026-04-01', '2039-10-08').endsOn).toBe('2029-04-01');
    expect(licenceScope(terms, '2026-04-01', '2028-01-01').endsOn).toBe('2028-01-01');
  });
});
