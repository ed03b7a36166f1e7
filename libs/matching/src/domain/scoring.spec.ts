import type { DemandContent } from './demand';
import { DEFAULT_MATCHING_WEIGHTS, resolveMatchingWeights } from './matching-weights';
import {
  type CandidateFacts,
  type CandidateListing,
  type Exclusion,
  exclusionOf,
  formatFen,
  scoreCandidate,
  type ScoringDemand,
} from './scoring';

const TODAY = '2026-03-02';
const SME = 'org-sme';
const PARK = 'park-sip';

type Overrides<T> = { [K in keyof T]?: T[K] };

function capacityDemand(overrides: Overrides<ScoringDemand> = {}): ScoringDemand {
  return {
    id: 'demand-1',
    organizationId: SME,
    parkIds: [PARK],
    kind: 'capacity',
    title: '五轴CNC加工铝合金外壳',
    description: '需要五轴加工 7075 铝合金外壳',
    category: 'machining',
    regionCode: '320594',
    locationPreference: 'anywhere',
    certifications: ['IATF 16949'],
    budgetFen: null,
    deadline: null,
    visibility: 'providers',
    details: {
      quantity: 300,
      unit: 'machine_hour',
      per: 'month',
      from: '2026-03-02',
      to: '2026-04-30',
      process: '五轴CNC加工',
      materials: ['铝合金7075'],
    },
    ...overrides,
  } as ScoringDemand;
}

function equipmentDemand(details: Extract<DemandContent, { kind: 'equipment' }>['details']): ScoringDemand {
  return capacityDemand({
    kind: 'equipment',
    category: null,
    certifications: [],
    details,
  });
}

function ipDemand(details: Partial<Extract<DemandContent, { kind: 'ip' }>['details']> = {}): ScoringDemand {
  return capacityDemand({
    kind: 'ip',
    category: null,
    certifications: [],
    details: {
      technologyField: '固态电池',
      licenceType: 'ordinary_licence',
      territory: '32',
      fieldOfUse: 'all',
      termMonths: 24,
      ...details,
    },
  });
}

function listing(overrides: Overrides<CandidateListing> = {}): CandidateListing {
  return {
    id: 'listing-1',
    kind: 'capacity',
    title: '五轴联动CNC加工',
    categorySlug: 'machining',
    category: '机械加工',
    regionCode: '320594',
    visibility: 'public',
    providerOrganizationId: 'org-provider',
    parkIds: [PARK],
    priceFen: 45_000,
    priceUnit: 'machine_hour',
    certifications: ['ISO 9001', 'IATF 16949'],
    serviceModes: [],
    transactionTypes: [],
    openLicence: false,
    ...overrides,
  };
}

function facts(
  overrides: Overrides<Omit<CandidateFacts, 'listing'>> & { listing?: Overrides<CandidateListing> } = {},
): CandidateFacts {
  const { listing: listingOverrides, ...rest } = overrides;
  return {
    listing: listing(listingOverrides),
    text: { matched: ['五轴', 'CNC', '铝合金'], total: 4 },
    provider: { verified: true, badge: 'little_giant', responseMinutes: 170, rating: { average: 4.8, count: 12 } },
    capacity: { unit: 'machine_hour', per: 'month', remaining: 800 },
    today: TODAY,
    ...rest,
  };
}

const reason = (demand: ScoringDemand, f: CandidateFacts, factor: string) =>
  scoreCandidate(demand, f, DEFAULT_MATCHING_WEIGHTS)?.factors.find((r) => r.factor === factor);

describe('exclusionOf: what is no candidate at all', () => {
  const exclusive = { licenceType: 'exclusive_licence' as const, fieldOfUse: 'all', startsOn: '2025-01-01' };
  it.each<[string, Exclusion | undefined, ScoringDemand, CandidateFacts]>([
    ['a fitting listing', undefined, capacityDemand(), facts()],
    ['another kind', 'kind', capacityDemand(), facts({ listing: { kind: 'equipment' } })],
    ['the SME’s own listing', 'own_listing', capacityDemand(), facts({ listing: { providerOrganizationId: SME } })],
    [
      'park-only, other park',
      'not_visible',
      capacityDemand(),
      facts({ listing: { visibility: 'park_members', parkIds: ['park-other'] } }),
    ],
    ['park-only, same park', undefined, capacityDemand(), facts({ listing: { visibility: 'park_members' } })],
    [
      'same_park, provider in another park',
      'location',
      capacityDemand({ locationPreference: 'same_park' }),
      facts({ listing: { parkIds: ['park-other'] } }),
    ],
    [
      'same_city, Suzhou and Shanghai',
      'location',
      capacityDemand({ locationPreference: 'same_city' }),
      facts({ listing: { regionCode: '310115', parkIds: [] } }),
    ],
    [
      'same_city, two Suzhou districts',
      undefined,
      capacityDemand({ locationPreference: 'same_city' }),
      facts({ listing: { regionCode: '320505', parkIds: [] } }),
    ],
    [
      'same_province, Suzhou and Wuxi',
      undefined,
      capacityDemand({ locationPreference: 'same_province' }),
      facts({ listing: { regionCode: '320200', parkIds: [] } }),
    ],
    [
      'same_province, Suzhou and Hangzhou',
      'location',
      capacityDemand({ locationPreference: 'same_province' }),
      facts({ listing: { regionCode: '330100', parkIds: [] } }),
    ],
    [
      'a required certification missing',
      'certifications',
      capacityDemand(),
      facts({ listing: { certifications: ['ISO 9001'] } }),
    ],
    ['a required certification spelt otherwise', undefined, capacityDemand({ certifications: ['iatf16949'] }), facts()],
    [
      'no capacity left in the window',
      'no_capacity',
      capacityDemand(),
      facts({ capacity: { unit: 'machine_hour', per: 'month', remaining: 0 } }),
    ],
    [
      'equipment without the service mode',
      'service_mode',
      equipmentDemand({ serviceMode: 'self_operated', hours: 8, from: TODAY, to: '2026-03-20' }),
      facts({ listing: { kind: 'equipment', serviceModes: ['technician_operated'] } }),
    ],
    [
      'a patent not offered under the licence type',
      'licence_type',
      ipDemand({ licenceType: 'exclusive_licence' }),
      facts({ listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] } }),
    ],
    [
      'an exclusive licence asked of an open-licence patent',
      'open_licence',
      ipDemand({ licenceType: 'exclusive_licence' }),
      facts({
        listing: { kind: 'ip', transactionTypes: ['exclusive_licence', 'ordinary_licence'], openLicence: true },
      }),
    ],
    [
      'an exclusive licence in force in Jiangsu',
      'licence_conflict',
      ipDemand(),
      facts({
        listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] },
        activeLicences: [{ ...exclusive, territory: 'CN', endsOn: '2030-01-01' }],
      }),
    ],
    [
      'an exclusive licence in force only in Guangdong',
      undefined,
      ipDemand(),
      facts({
        listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] },
        activeLicences: [{ ...exclusive, territory: '44', endsOn: '2030-01-01' }],
      }),
    ],
    [
      'an exclusive licence for another field of use',
      undefined,
      ipDemand({ fieldOfUse: '储能' }),
      facts({
        listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] },
        activeLicences: [{ ...exclusive, fieldOfUse: '动力电池', territory: 'CN', endsOn: '2030-01-01' }],
      }),
    ],
    [
      'an ordinary licence in force beside an ordinary one asked',
      undefined,
      ipDemand(),
      facts({
        listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] },
        activeLicences: [{ ...exclusive, licenceType: 'ordinary_licence', territory: 'CN', endsOn: '2030-01-01' }],
      }),
    ],
  ])('%s → %s', (_, expected, demand, candidate) => {
    expect(exclusionOf(demand, candidate)).toBe(expected);
    expect(scoreCandidate(demand, candidate, DEFAULT_MATCHING_WEIGHTS) === null).toBe(expected !== undefined);
  });
});

describe('scoreCandidate', () => {
  it('sums weight × fit over the factors, to 4 decimals, with a reason for each', () => {
    const scored = scoreCandidate(capacityDemand(), facts(), DEFAULT_MATCHING_WEIGHTS)!;
    expect(scored.score).toBeGreaterThan(0.7);
    expect(scored.score).toBeLessThanOrEqual(1);
    expect(Number(scored.score.toFixed(4))).toBe(scored.score);
    const sum = scored.factors.reduce((total, f) => total + f.contribution, 0);
    expect(Math.abs(sum - scored.score)).toBeLessThan(0.001);
    // No budget: price does not apply, its weight is shared out.
    expect(scored.factors.map((f) => f.factor).sort()).toEqual([
      'badge',
      'capacity',
      'category',
      'certifications',
      'distance',
      'rating',
      'responsiveness',
      'text',
      'verification',
    ]);
    // Words only: the contribution is a number beside the text, not in it.
    for (const f of scored.factors) expect(f.text).not.toMatch(/[+-]\d\.\d\d/);
    // Every reason in both languages, the Chinese also as `text`; the English has no Chinese but names.
    for (const f of scored.factors) {
      expect(f.texts?.['zh-CN']).toBe(f.text);
      expect(f.texts?.en).not.toMatch(/[+-]\d\.\d\d/);
      expect(f.texts?.en.replace(/（.*?）|\(.*?\)|五轴|铝合金/g, '')).not.toMatch(/\p{Script=Han}/u);
    }
    expect(scored.factors.map((f) => f.contribution)).toEqual(
      [...scored.factors.map((f) => f.contribution)].sort((a, b) => b - a),
    );
  });

  it.each<[string, ScoringDemand, CandidateFacts, string, RegExp]>([
    ['same park', capacityDemand(), facts(), 'distance', /^同园区$/],
    ['same city', capacityDemand(), facts({ listing: { parkIds: [], regionCode: '320505' } }), 'distance', /^同城$/],
    [
      'same province',
      capacityDemand(),
      facts({ listing: { parkIds: [], regionCode: '320200' } }),
      'distance',
      /^同省$/,
    ],
    ['elsewhere', capacityDemand(), facts({ listing: { parkIds: [], regionCode: '440300' } }), 'distance', /^异地$/],
    ['certificates held', capacityDemand(), facts(), 'certifications', /^持有 IATF 16949$/],
    ['capacity enough', capacityDemand(), facts(), 'capacity', /^月产能余量 800 机时 ≥ 需求 300$/],
    [
      'capacity short',
      capacityDemand(),
      facts({ capacity: { unit: 'machine_hour', per: 'month', remaining: 150 } }),
      'capacity',
      /^月产能余量 150 机时，为需求 300 的 50%$/,
    ],
    [
      'weekly capacity against a monthly need',
      capacityDemand(),
      facts({ capacity: { unit: 'machine_hour', per: 'week', remaining: 100 } }),
      'capacity',
      /^月产能余量 434\.9 机时 ≥ 需求 300$/,
    ],
    [
      'capacity in another unit',
      capacityDemand(),
      facts({ capacity: { unit: 'piece', per: 'month', remaining: 5000 } }),
      'capacity',
      /^产能以件计，需求以机时计，需核算$/,
    ],
    [
      'price within budget',
      // 300 machine-hours a month for March and April at ¥450: ¥27万.
      capacityDemand({ budgetFen: 30_000_000 }),
      facts(),
      'price',
      /^报价 ¥450\/机时，估算 ¥27万 在预算 ¥30万 内$/,
    ],
    [
      'price over budget',
      capacityDemand({ budgetFen: 25_000_000 }),
      facts(),
      'price',
      /^报价 ¥450\/机时，估算 ¥27万 超出预算 8%$/,
    ],
    [
      'negotiable price',
      capacityDemand({ budgetFen: 25_000_000 }),
      facts({ listing: { priceFen: null, priceUnit: null } }),
      'price',
      /^报价面议$/,
    ],
    ['responsive', capacityDemand(), facts(), 'responsiveness', /^通常 3 小时内响应$/],
    [
      'no response record',
      capacityDemand(),
      facts({ provider: { verified: false, badge: null, responseMinutes: null, rating: { average: null, count: 0 } } }),
      'responsiveness',
      /^暂无响应记录$/,
    ],
    ['rated', capacityDemand(), facts(), 'rating', /^评分 4\.8（12 条）$/],
    ['verified', capacityDemand(), facts(), 'verification', /^已认证企业$/],
    ['little giant', capacityDemand(), facts(), 'badge', /^专精特新"小巨人"$/],
    ['keywords', capacityDemand(), facts(), 'text', /^关键词命中 五轴、CNC、铝合金（3\/4）$/],
    ['same category', capacityDemand(), facts(), 'category', /^同类目「机械加工」$/],
    [
      'equipment free time',
      equipmentDemand({ serviceMode: 'technician_operated', hours: 8, from: TODAY, to: '2026-03-20' }),
      facts({ listing: { kind: 'equipment', serviceModes: ['technician_operated'] }, freeHours: 36 }),
      'capacity',
      /^窗口内空闲 36 小时 ≥ 需求 8 小时$/,
    ],
    [
      'equipment price for samples',
      {
        ...equipmentDemand({
          serviceMode: 'sample_testing',
          samples: 5,
          testItems: ['形貌'],
          from: TODAY,
          to: '2026-03-20',
        }),
        budgetFen: 500_000,
      },
      facts({
        listing: { kind: 'equipment', serviceModes: ['sample_testing'], priceFen: 80_000, priceUnit: 'sample' },
      }),
      'price',
      /^报价 ¥800\/样，估算 ¥4,000 在预算 ¥5,000 内$/,
    ],
  ])('%s', (_, demand, candidate, factor, text) => {
    expect(reason(demand, candidate, factor)?.text).toMatch(text);
  });

  it.each([
    ['keywords', capacityDemand(), facts(), 'text', /^Keywords matched: 五轴, CNC, 铝合金 \(3\/4\)$/],
    ['distance', capacityDemand(), facts(), 'distance', /^Same (park|city|province)$/],
    ['verification', capacityDemand(), facts(), 'verification', /^Verified enterprise$/],
    [
      'equipment free time',
      equipmentDemand({ serviceMode: 'technician_operated', hours: 8, from: TODAY, to: '2026-03-20' }),
      facts({ listing: { kind: 'equipment', serviceModes: ['technician_operated'] }, freeHours: 36 }),
      'capacity',
      /^36 hours free in the window ≥ demand 8 hours$/,
    ],
  ])('%s in English', (_, demand, candidate, factor, text) => {
    expect(reason(demand, candidate, factor)?.texts?.en).toMatch(text);
  });

  it('ranks a closer, better-fitting, better-known provider higher', () => {
    const demand = capacityDemand({ budgetFen: 30_000_000 });
    const near = scoreCandidate(demand, facts(), DEFAULT_MATCHING_WEIGHTS)!.score;
    const far = scoreCandidate(
      demand,
      facts({ listing: { parkIds: [], regionCode: '440300' } }),
      DEFAULT_MATCHING_WEIGHTS,
    )!.score;
    const unknown = scoreCandidate(
      demand,
      facts({ provider: { verified: false, badge: null, responseMinutes: null, rating: { average: null, count: 0 } } }),
      DEFAULT_MATCHING_WEIGHTS,
    )!.score;
    const offTopic = scoreCandidate(
      demand,
      facts({ text: { matched: [], total: 4 } }),
      DEFAULT_MATCHING_WEIGHTS,
    )!.score;
    expect(near).toBeGreaterThan(far);
    expect(near).toBeGreaterThan(unknown);
    expect(near).toBeGreaterThan(offTopic);
  });

  it('leaves out factors that do not apply to the demand and shares their weight out', () => {
    const scored = scoreCandidate(
      ipDemand(),
      facts({ listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] }, capacity: undefined }),
      DEFAULT_MATCHING_WEIGHTS,
    )!;
    expect(scored.factors.map((f) => f.factor)).not.toEqual(
      expect.arrayContaining(['capacity', 'category', 'certifications', 'price']),
    );
    const perfect = scoreCandidate(
      ipDemand(),
      facts({
        listing: { kind: 'ip', transactionTypes: ['ordinary_licence'] },
        capacity: undefined,
        text: { matched: ['固态电池'], total: 1 },
        provider: { verified: true, badge: 'little_giant', responseMinutes: 30, rating: { average: 5, count: 1000 } },
      }),
      DEFAULT_MATCHING_WEIGHTS,
    )!;
    expect(perfect.score).toBeCloseTo(1, 2);
  });

  it('follows the weights: all on distance, the score is the distance fit', () => {
    const weights = resolveMatchingWeights(
      Object.fromEntries(Object.keys(DEFAULT_MATCHING_WEIGHTS).map((f) => [f, f === 'distance' ? 1 : 0])),
    );
    expect(
      scoreCandidate(capacityDemand(), facts({ listing: { parkIds: [], regionCode: '320505' } }), weights)!.score,
    ).toBe(0.7);
  });
});

describe('resolveMatchingWeights', () => {
  it('defaults sum to 1, and a partial override is rescaled to sum 1', () => {
    const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
    expect(sum(DEFAULT_MATCHING_WEIGHTS)).toBeCloseTo(1, 10);
    const resolved = resolveMatchingWeights({ distance: 0.3 });
    expect(sum(resolved)).toBeCloseTo(1, 10);
    expect(resolved.distance / resolved.text).toBeCloseTo(0.3 / 0.2, 10);
  });

  it.each([
    [{ distanse: 0.1 }, /unknown factor 'distanse'/],
    [{ text: 2 }, /from 0 to 1/],
    [{ text: -1 }, /from 0 to 1/],
  ])('refuses %j', (override, message) => {
    expect(() => resolveMatchingWeights(override)).toThrow(message);
  });
});

describe('formatFen', () => {
  it.each([
    [45_000, '¥450'],
    [128_050, '¥1,280.5'],
    [27_000_000, '¥27万'],
    [24_000_000_000, '¥2.4亿'],
  ])('%d fen → %s', (fen, text) => expect(formatFen(fen)).toBe(text));
});
