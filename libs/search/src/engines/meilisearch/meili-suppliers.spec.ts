import {
  meiliSupplierDocument,
  meiliSupplierFilter,
  meiliSupplierSearchParams,
  supplierDocumentFrom,
} from './meili-suppliers';
import { toSupplierDocument } from '../../domain/supplier-document';

const doc = toSupplierDocument(
  {
    id: '11111111-1111-4111-8111-111111111111',
    name: '苏州甲精密有限公司',
    nameEn: null,
    description: null,
    industrySection: null,
    industryDivision: null,
    regionCode: '320594',
    parkIds: [],
    sizeClass: 'small',
    badge: null,
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  },
  [],
);

describe('the Meilisearch supplier index', () => {
  it('holds every prefix of the region, for prefix filters as equalities', () => {
    expect(meiliSupplierDocument(doc).regionPrefixes).toEqual(['32', '3205', '320594']);
    expect(meiliSupplierDocument({ ...doc, regionCode: null }).regionPrefixes).toEqual([]);
  });

  it('filters as the PostgreSQL engine does, each value quoted', () => {
    expect(
      meiliSupplierFilter({
        q: '',
        filters: {
          region: '3205',
          park: 'p"1',
          certifications: ['ISO 9001', 'ISO 9001', 'AS9100D'],
          sizeClass: 'small',
          minTierRank: 2,
          ids: ['a', 'b'],
        },
        page: 1,
        limit: 20,
      }),
    ).toEqual([
      ['regionPrefixes = "3205"'],
      ['parkIds = "p\\"1"'],
      ['certifications = "ISO 9001"'],
      ['certifications = "AS9100D"'],
      ['sizeClass = "small"'],
      ['tierRank >= 2'],
      ['id IN ["a", "b"]'],
    ]);
    expect(meiliSupplierFilter({ q: 'x', filters: {}, page: 1, limit: 20 })).toEqual([]);
  });

  it('pages by number (exact totals), breaks ties by tier then listings, and retrieves no searched-only text', () => {
    const params = meiliSupplierSearchParams({ q: '', filters: {}, page: 3, limit: 10 });
    expect(params).toMatchObject({ page: 3, hitsPerPage: 10, sort: ['tierRank:desc', 'listingCount:desc'] });
    expect(params.attributesToRetrieve).not.toContain('listingDescriptions');
    expect(params.attributesToRetrieve).toContain('listings');
    const hit = supplierDocumentFrom({ ...meiliSupplierDocument(doc), _rankingScore: 0.5 });
    expect(hit).not.toHaveProperty('regionPrefixes');
    expect(hit).not.toHaveProperty('_rankingScore');
    expect(hit).not.toHaveProperty('listingText');
    expect(hit).toMatchObject({ id: doc.id, name: doc.name, sizeClass: 'small', tierRank: 0 });
  });
});
