import type { SearchFilters, SearchQuery } from '../../domain/search-query';
import { meiliFilter, meiliSort, quoted } from './meili-filters';

function query(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { q: '', filters: {}, sort: 'relevance', page: 1, limit: 20, viewerParkIds: [], ...overrides };
}

const PUBLIC_ONLY = ['visibility = "public"'];

describe('meiliFilter', () => {
  it('shows an anonymous viewer public listings only', () => {
    expect(meiliFilter(query())).toEqual([PUBLIC_ONLY]);
  });

  it("shows a park member public listings and their parks' park-only listings", () => {
    expect(meiliFilter(query({ viewerParkIds: ['park-a', 'park-b', 'park-a'] }))).toEqual([
      ['visibility = "public"', 'parkIds IN ["park-a", "park-b"]'],
    ]);
  });

  it.each<[string, SearchFilters, string[]]>([
    ['kind', { kind: 'capacity' }, ['kind = "capacity"']],
    ['category by name or slug', { category: '数控加工' }, ['category = "数控加工"', 'categorySlug = "数控加工"']],
    ['region by prefix', { region: '3205' }, ['regionPrefixes = "3205"']],
    ['park', { park: 'park-sip' }, ['parkIds = "park-sip"']],
    ['lowest price', { priceMin: 10_000 }, ['priceFen >= 10000']],
    ['highest price', { priceMax: 0 }, ['priceFen <= 0']],
    ['service mode', { serviceMode: 'mail_in' }, ['serviceModes = "mail_in"']],
    ['patent type', { patentType: 'invention' }, ['patentType = "invention"']],
    ['licence type', { licenceType: 'exclusive_licence' }, ['transactionTypes = "exclusive_licence"']],
    ['open licence', { openLicence: true }, ['openLicence = true']],
    ['no open licence', { openLicence: false }, ['openLicence = false']],
  ])('filters by %s', (_name, filters, group) => {
    expect(meiliFilter(query({ filters }))).toEqual([PUBLIC_ONLY, group]);
  });

  it('keeps only the listings a filter resolved by id, each once', () => {
    expect(meiliFilter(query({ filters: { ids: ['a1', 'b2', 'a1'] } }))).toEqual([PUBLIC_ONLY, ['id IN ["a1", "b2"]']]);
  });

  it('escapes resolved ids like any value', () => {
    expect(meiliFilter(query({ filters: { ids: ['x"] OR kind = "ip'] } }))).toEqual([
      PUBLIC_ONLY,
      ['id IN ["x\\"] OR kind = \\"ip"]'],
    ]);
  });

  it('requires every certification, each in a group of its own', () => {
    expect(meiliFilter(query({ filters: { certifications: ['CMA', 'CNAS', 'CMA'] } }))).toEqual([
      PUBLIC_ONLY,
      ['certifications = "CMA"'],
      ['certifications = "CNAS"'],
    ]);
  });

  it('combines filters as groups that must all hold', () => {
    const filter = meiliFilter(
      query({ filters: { kind: 'equipment', region: '32', priceMin: 100, priceMax: 500 }, viewerParkIds: ['p'] }),
    );
    expect(filter).toEqual([
      ['visibility = "public"', 'parkIds IN ["p"]'],
      ['kind = "equipment"'],
      ['regionPrefixes = "32"'],
      ['priceFen >= 100'],
      ['priceFen <= 500'],
    ]);
  });

  it('ignores empty values and prices that are not numbers', () => {
    const filters: SearchFilters = { category: '', region: '', certifications: [], priceMin: Number.NaN };
    expect(meiliFilter(query({ filters, viewerParkIds: [''] }))).toEqual([PUBLIC_ONLY]);
  });

  it('keeps listings within the radius, in metres', () => {
    expect(meiliFilter(query({ near: { lat: 31.3, lng: 120.62, radiusKm: 2.5 } }))).toEqual([
      PUBLIC_ONLY,
      ['_geoRadius(31.3, 120.62, 2500)'],
    ]);
  });

  it('does not limit distance when no radius is given', () => {
    expect(meiliFilter(query({ near: { lat: 31.3, lng: 120.62 } }))).toEqual([PUBLIC_ONLY]);
  });

  it('escapes quotes and backslashes so a value cannot end its string', () => {
    const filter = meiliFilter(
      query({ filters: { category: 'a" OR visibility = "park_members', park: 'x\\' }, viewerParkIds: ['p"q'] }),
    );
    expect(filter).toEqual([
      ['visibility = "public"', 'parkIds IN ["p\\"q"]'],
      ['category = "a\\" OR visibility = \\"park_members"', 'categorySlug = "a\\" OR visibility = \\"park_members"'],
      ['parkIds = "x\\\\"'],
    ]);
  });
});

describe('quoted', () => {
  it.each([
    ['plain', '"plain"'],
    ['中文', '"中文"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\dir', '"C:\\\\dir"'],
    ['\\"', '"\\\\\\""'],
    ["it's", '"it\'s"'],
  ])('%s → %s', (value, expected) => {
    expect(quoted(value)).toBe(expected);
  });
});

describe('meiliSort', () => {
  const near = { lat: 31.3, lng: 120.62 };

  it.each<[SearchQuery['sort'], SearchQuery['near'], string[]]>([
    ['relevance', undefined, []],
    ['relevance', near, []],
    ['price_asc', undefined, ['priceFen:asc']],
    ['price_desc', undefined, ['priceFen:desc']],
    ['newest', undefined, ['publishedAtTs:desc']],
    ['distance', near, ['_geoPoint(31.3, 120.62):asc']],
    ['distance', undefined, []],
    ['distance', { lat: Number.NaN, lng: 1 }, []],
  ])('%s near %j → %j', (sort, point, expected) => {
    expect(meiliSort(query({ sort, near: point }))).toEqual(expected);
  });
});
