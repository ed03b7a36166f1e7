import type { SearchDocument } from './search-document';
import { type SupplierProfile, tierRank, toSupplierDocument } from './supplier-document';

const profile: SupplierProfile = {
  id: '11111111-1111-4111-8111-111111111111',
  name: '苏州甲精密有限公司',
  nameEn: 'Jia Precision',
  description: '  五轴加工与阳极氧化。 ',
  industrySection: 'C',
  industryDivision: 'C34',
  regionCode: '320594',
  parkIds: ['b', 'a'],
  sizeClass: 'small',
  badge: 'provincial',
  updatedAt: new Date('2026-01-05T00:00:00Z'),
};

function listing(overrides: Partial<SearchDocument>): SearchDocument {
  return {
    id: 'l1',
    kind: 'capacity',
    title: '五轴加工',
    titleEn: '5-axis machining',
    description: '钛合金',
    descriptionEn: null,
    tags: ['CNC'],
    category: '机械加工',
    categoryEn: 'Machining',
    categorySlug: 'machining',
    provider: { id: profile.id, name: profile.name, verified: true },
    regionCode: '320594',
    regionNames: [],
    parkIds: [],
    visibility: 'public',
    priceFen: null,
    priceUnit: null,
    certifications: ['ISO 9001'],
    serviceModes: [],
    patentType: null,
    transactionTypes: [],
    openLicence: false,
    detailsText: ['五轴CNC加工', '钛合金TC4'],
    geo: null,
    publishedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    ...overrides,
  };
}

describe('toSupplierDocument', () => {
  it('gathers what public capacity and equipment listings say, and the profile', () => {
    const doc = toSupplierDocument(profile, [
      listing({}),
      listing({
        id: 'l2',
        kind: 'equipment',
        title: '三坐标',
        titleEn: null,
        certifications: ['CNAS', 'ISO 9001'],
        detailsText: ['蔡司'],
        publishedAt: '2026-02-01T00:00:00Z',
        updatedAt: '2026-02-03T00:00:00Z',
      }),
      listing({ id: 'l3', kind: 'ip', title: '一种夹具', detailsText: ['ZL2023'] }),
      listing({ id: 'l4', visibility: 'park_members', title: '园区内部试制线', detailsText: ['内部工艺'] }),
    ]);
    expect(doc).toMatchObject({
      id: profile.id,
      description: '五轴加工与阳极氧化。',
      industry: ['制造业', 'Manufacturing', '通用设备制造业', 'Manufacture of general-purpose machinery'],
      regionNames: expect.arrayContaining(['苏州', 'Suzhou']),
      parkIds: ['a', 'b'],
      specialisedTier: 'provincial',
      tierRank: 2,
      categories: ['机械加工', 'Machining'],
      processes: ['蔡司', '五轴CNC加工', '钛合金TC4'],
      certifications: ['CNAS', 'ISO 9001'],
      listings: [
        { id: 'l2', title: '三坐标', kind: 'equipment' },
        { id: 'l1', title: '五轴加工', kind: 'capacity' },
      ],
      listingCount: 2,
      updatedAt: '2026-02-03T00:00:00Z',
    });
    expect(doc.listingText).toEqual(['三坐标', 'CNC', '五轴加工', '5-axis machining']);
    expect(JSON.stringify(doc)).not.toContain('园区内部');
    expect(JSON.stringify(doc)).not.toContain('夹具');
  });

  it('describes an enterprise without listings by its profile alone', () => {
    const doc = toSupplierDocument(
      { ...profile, description: '  ', badge: null, industrySection: null, industryDivision: null },
      [],
    );
    expect(doc).toMatchObject({
      description: null,
      industry: [],
      tierRank: 0,
      listingCount: 0,
      listings: [],
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
    expect(tierRank('little_giant')).toBe(3);
  });
});
