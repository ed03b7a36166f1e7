import { type DemandContent, type DemandInput, readDemand, readDemandPatch } from './demand';
import { DemandValidationError } from './matching.errors';

const TODAY = '2026-03-15';
const options = { today: TODAY, defaultRegionCode: '320594' };

const capacity: DemandInput = {
  kind: 'capacity',
  title: '铝合金壳体CNC加工',
  description: '6061铝合金，阳极氧化',
  category: '机械加工',
  certifications: ['iatf16949', ' ISO  9001 '],
  budgetFen: 5_000_000,
  deadline: '2026-04-30',
  details: { quantity: 400, unit: 'machine_hour', per: 'month', from: '2026-04-01', to: '2026-06-30' },
};

const equipmentSlots: DemandInput = {
  kind: 'equipment',
  title: '扫描电镜测试',
  description: '断口形貌观察',
  details: { serviceMode: 'technician_operated', hours: 4, from: '2026-03-20', to: '2026-04-20' },
};

const equipmentSamples: DemandInput = {
  kind: 'equipment',
  title: '盐雾试验',
  description: '涂层耐蚀',
  details: {
    serviceMode: 'sample_testing',
    samples: 3,
    testItems: ['盐雾试验 480h', '涂层厚度'],
    from: '2026-03-20',
    to: '2026-04-20',
  },
};

const ip: DemandInput = {
  kind: 'ip',
  title: '正极材料包覆专利许可',
  description: '用于动力电池',
  details: { technologyField: '锂电池正极材料', licenceType: 'ordinary_licence', territory: '320000' },
};

function violationsOf(input: DemandInput, opts = options): { field: string; message: string; code?: string }[] {
  try {
    readDemand(input, opts);
  } catch (error) {
    if (error instanceof DemandValidationError) return error.violations;
    throw error;
  }
  throw new Error('expected a DemandValidationError');
}

const withDetails = (base: DemandInput, details: Record<string, unknown>): DemandInput => ({
  ...base,
  details: { ...(base.details as object), ...details },
});

describe('readDemand', () => {
  it('reads a capacity demand: category slug, canonical certifications, defaults', () => {
    expect(readDemand(capacity, options)).toEqual({
      kind: 'capacity',
      title: '铝合金壳体CNC加工',
      description: '6061铝合金，阳极氧化',
      category: 'machining',
      regionCode: '320594',
      locationPreference: 'anywhere',
      certifications: ['IATF 16949', 'ISO 9001'],
      budgetFen: 5_000_000,
      deadline: '2026-04-30',
      visibility: 'providers',
      details: {
        quantity: 400,
        unit: 'machine_hour',
        per: 'month',
        from: '2026-04-01',
        to: '2026-06-30',
        process: null,
        materials: [],
      },
    });
  });

  it.each([
    [
      'equipment time',
      equipmentSlots,
      { serviceMode: 'technician_operated', hours: 4, from: '2026-03-20', to: '2026-04-20' },
    ],
    [
      'sample testing',
      equipmentSamples,
      {
        serviceMode: 'sample_testing',
        samples: 3,
        testItems: ['盐雾试验 480h', '涂层厚度'],
        from: '2026-03-20',
        to: '2026-04-20',
      },
    ],
    [
      'a licence (territory normalised, field of use all)',
      ip,
      {
        technologyField: '锂电池正极材料',
        licenceType: 'ordinary_licence',
        territory: '32',
        fieldOfUse: 'all',
        termMonths: null,
      },
    ],
  ])('reads %s', (_what, input, details) => {
    expect(readDemand(input, options).details).toEqual(details);
  });

  it('keeps a stated region, location preference and visibility; no region when the organization has none', () => {
    const read = readDemand(
      { ...ip, regionCode: '440300', locationPreference: 'same_city', visibility: 'matcher_only' },
      options,
    );
    expect(read).toMatchObject({ regionCode: '440300', locationPreference: 'same_city', visibility: 'matcher_only' });
    expect(readDemand(ip, { today: TODAY, defaultRegionCode: null }).regionCode).toBeNull();
  });

  it.each<[string, DemandInput, { field: string; message: RegExp | string }]>([
    [
      'a window that ends before it starts',
      withDetails(capacity, { from: '2026-05-01', to: '2026-04-01' }),
      { field: 'details.to', message: 'must not be before from' },
    ],
    [
      'a window of a year or more',
      withDetails(capacity, { to: '2027-04-01' }),
      { field: 'details.to', message: /at most a year/ },
    ],
    [
      'a window starting in the past',
      withDetails(capacity, { from: '2026-03-14' }),
      { field: 'details.from', message: 'must not be in the past' },
    ],
    [
      'a window starting more than a year ahead',
      withDetails(capacity, { from: '2027-03-16', to: '2027-04-01' }),
      { field: 'details.from', message: /within a year/ },
    ],
    [
      'a date that is no day',
      withDetails(capacity, { to: '2026-02-30' }),
      { field: 'details.to', message: /YYYY-MM-DD/ },
    ],
    [
      'a negative budget',
      { ...capacity, budgetFen: -1 },
      { field: 'budgetFen', message: /non-negative whole number of fen/ },
    ],
    [
      'a budget in yuan with decimals',
      { ...capacity, budgetFen: 12.5 },
      { field: 'budgetFen', message: /whole number of fen/ },
    ],
    [
      'a deadline in the past',
      { ...capacity, deadline: '2026-03-14' },
      { field: 'deadline', message: 'must not be in the past' },
    ],
    [
      'a category of another kind',
      { ...capacity, category: '电子显微' },
      { field: 'category', message: 'is not a capacity category' },
    ],
    [
      'an unknown kind',
      { ...capacity, kind: 'service' },
      { field: 'kind', message: /must be one of capacity, equipment, ip/ },
    ],
    ['a blank title', { ...capacity, title: '  ' }, { field: 'title', message: 'must not be blank' }],
    ['no description', { ...capacity, description: undefined }, { field: 'description', message: 'is required' }],
    ['no details', { ...capacity, details: undefined }, { field: 'details', message: 'is required' }],
    [
      'an unknown location preference',
      { ...capacity, locationPreference: 'nearby' },
      { field: 'locationPreference', message: /same_park/ },
    ],
    ['a five-digit region', { ...capacity, regionCode: '32059' }, { field: 'regionCode', message: /six-digit/ }],
    [
      'a zero quantity',
      withDetails(capacity, { quantity: 0 }),
      { field: 'details.quantity', message: 'must be greater than 0' },
    ],
    [
      'part pieces',
      withDetails(capacity, { unit: 'piece', quantity: 2.5 }),
      { field: 'details.quantity', message: 'must be a whole number' },
    ],
    [
      'an unknown unit',
      withDetails(capacity, { unit: 'kg' }),
      { field: 'details.unit', message: /machine_hour, piece, tonne/ },
    ],
    [
      'capacity with an equipment field',
      withDetails(capacity, { serviceMode: 'sample_testing' }),
      { field: 'details.serviceMode', message: 'is a field of equipment demands, not of capacity ones' },
    ],
    [
      'capacity with a patent field',
      withDetails(capacity, { licenceType: 'assignment' }),
      { field: 'details.licenceType', message: 'is a field of ip demands, not of capacity ones' },
    ],
    [
      'equipment with a capacity field',
      withDetails(equipmentSlots, { quantity: 3 }),
      { field: 'details.quantity', message: 'is a field of capacity demands, not of equipment ones' },
    ],
    [
      'ip with a window',
      withDetails(ip, { from: '2026-04-01' }),
      { field: 'details.from', message: 'is a field of capacity and equipment demands, not of ip ones' },
    ],
    [
      'a field of no kind',
      withDetails(ip, { colour: 'red' }),
      { field: 'details.colour', message: 'is not a known field' },
    ],
    [
      'time slots without hours',
      withDetails(equipmentSlots, { hours: undefined }),
      { field: 'details.hours', message: 'is required' },
    ],
    [
      'time slots with samples',
      withDetails(equipmentSlots, { samples: 2 }),
      { field: 'details.samples', message: 'is only used for sample testing' },
    ],
    [
      'sample testing with hours',
      withDetails(equipmentSamples, { hours: 2 }),
      { field: 'details.hours', message: /only used for time slots/ },
    ],
    [
      'sample testing without test items',
      withDetails(equipmentSamples, { testItems: undefined }),
      { field: 'details.testItems', message: 'is required for sample testing' },
    ],
    [
      'sample testing with no samples',
      withDetails(equipmentSamples, { samples: 0 }),
      { field: 'details.samples', message: 'must be at least 1' },
    ],
    [
      'an unknown service mode',
      withDetails(equipmentSlots, { serviceMode: 'remote' }),
      { field: 'details.serviceMode', message: /sample_testing/ },
    ],
    [
      'an unknown licence type',
      withDetails(ip, { licenceType: 'open' }),
      { field: 'details.licenceType', message: /ordinary_licence/ },
    ],
    [
      'a territory outside the mainland',
      withDetails(ip, { territory: '81' }),
      { field: 'details.territory', message: /region code prefix/ },
    ],
    [
      'an assignment for a province',
      withDetails(ip, { licenceType: 'assignment', territory: '32' }),
      { field: 'details.territory', message: /assignment transfers the whole patent/ },
    ],
    [
      'an assignment for a field of use',
      withDetails(ip, { licenceType: 'assignment', territory: 'CN', fieldOfUse: '储能' }),
      { field: 'details.fieldOfUse', message: /use all/ },
    ],
    [
      'a term of 0 months',
      withDetails(ip, { termMonths: 0 }),
      { field: 'details.termMonths', message: 'must be at least 1' },
    ],
  ])('refuses %s (422 naming the field)', (_what, input, expected) => {
    const violations = violationsOf(input);
    expect(violations).toContainEqual(
      expect.objectContaining({ field: expected.field, message: expect.stringMatching(expected.message) }),
    );
  });

  it('names every violation at once', () => {
    const violations = violationsOf({
      ...capacity,
      budgetFen: -5,
      details: { quantity: 10, unit: 'piece', per: 'week', from: '2026-05-01', to: '2026-04-01', hours: 3 },
    });
    expect(violations.map((v) => v.field).sort()).toEqual(['budgetFen', 'details.hours', 'details.to']);
  });

  it('marks an unknown category with its rule code', () => {
    expect(violationsOf({ ...capacity, category: '量子计算' })).toEqual([
      { field: 'category', message: 'is not a capacity category', code: 'CATEGORY_UNKNOWN' },
    ]);
  });

  it('takes a slug or English name for the category, and drops duplicate certifications', () => {
    const read = readDemand(
      { ...capacity, category: 'CNC machining', certifications: ['IATF 16949', 'IATF16949'] },
      options,
    );
    expect(read.category).toBe('machining');
    expect(read.certifications).toEqual(['IATF 16949']);
  });
});

describe('readDemandPatch', () => {
  const current: DemandContent = readDemand(capacity, options);

  it('replaces the fields sent, keeps the rest, and clears with null', () => {
    const edited = readDemandPatch(current, { title: '改：铝壳加工', budgetFen: null }, options);
    expect(edited).toEqual({ ...current, title: '改：铝壳加工', budgetFen: null });
  });

  it('replaces details whole', () => {
    const details = { quantity: 50, unit: 'tonne', per: 'week', from: '2026-04-06', to: '2026-04-26' };
    expect(readDemandPatch(current, { details }, options).details).toEqual({
      ...details,
      process: null,
      materials: [],
    });
  });

  it('lets a window start and a deadline already past stay, but refuses new ones in the past', () => {
    const later = { today: '2026-05-10', defaultRegionCode: '320594' };
    expect(readDemandPatch(current, { title: '继续' }, later).title).toBe('继续');
    const violations = (() => {
      try {
        readDemandPatch(current, { deadline: '2026-05-01' }, later);
      } catch (error) {
        return (error as DemandValidationError).violations;
      }
      throw new Error('expected a deadline in the past to be refused');
    })();
    expect(violations).toEqual([{ field: 'deadline', message: 'must not be in the past' }]);
  });

  it('refuses to change the kind', () => {
    expect(() => readDemandPatch(current, { kind: 'ip' }, options)).toThrow(DemandValidationError);
    expect(readDemandPatch(current, { kind: 'capacity' }, options).kind).toBe('capacity');
  });
});
