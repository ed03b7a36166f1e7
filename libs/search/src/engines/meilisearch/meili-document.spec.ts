import type { SearchDocument } from '../../domain/search-document';
import { meiliDocument, regionPrefixes, searchDocumentFrom } from './meili-document';

const document: SearchDocument = {
  id: '0b9c4f5e-2f7a-4a57-9d0e-6f1f3c0a1b2c',
  kind: 'equipment',
  title: '场发射扫描电镜 机时共享',
  titleEn: 'FE-SEM time',
  description: '蔡司 Sigma 300，配能谱仪。',
  descriptionEn: null,
  tags: ['扫描电镜', 'SEM'],
  category: '电子显微镜',
  categoryEn: 'Electron microscopy',
  categorySlug: 'electron-microscopy',
  provider: { id: 'a1b7c0de-0000-4000-8000-000000000001', name: '苏州纳米所', verified: true },
  regionCode: '320594',
  regionNames: ['苏州工业园区', '苏州市', '江苏省'],
  parkIds: ['park-sip'],
  visibility: 'public',
  priceFen: 80_000,
  priceUnit: 'hour',
  certifications: ['CMA', 'CNAS'],
  serviceModes: ['onsite'],
  patentType: null,
  transactionTypes: [],
  openLicence: false,
  detailsText: ['Zeiss', 'Sigma 300'],
  geo: { lat: 31.3, lng: 120.7 },
  publishedAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-02T09:30:00.000Z',
};

describe('meiliDocument', () => {
  it('adds every region prefix, the reserved _geo field and a numeric publication time', () => {
    const stored = meiliDocument(document);

    expect(stored.regionPrefixes).toEqual(['32', '3205', '320594']);
    expect(stored._geo).toEqual({ lat: 31.3, lng: 120.7 });
    expect(stored.publishedAtTs).toBe(Date.UTC(2026, 2, 1, 8));
    expect(stored).not.toHaveProperty('geo');
    expect(stored).toMatchObject({ id: document.id, title: document.title, provider: document.provider });
  });

  it('stores a null _geo for a listing without a location', () => {
    expect(meiliDocument({ ...document, geo: null })._geo).toBeNull();
  });

  it('reads an ISO time with an offset as the same instant', () => {
    expect(meiliDocument({ ...document, publishedAt: '2026-03-01T16:00:00+08:00' }).publishedAtTs).toBe(
      Date.UTC(2026, 2, 1, 8),
    );
  });

  it('refuses a publication time it cannot read rather than index a document that cannot sort', () => {
    expect(() => meiliDocument({ ...document, publishedAt: 'yesterday' })).toThrow(/publishedAt/);
  });

  it('does not change the document it maps', () => {
    const copy = structuredClone(document);
    meiliDocument(document);
    expect(document).toEqual(copy);
  });
});

describe('regionPrefixes', () => {
  it.each([
    ['320594', ['32', '3205', '320594']],
    ['320500', ['32', '3205', '320500']],
    ['32', ['32']],
    ['', []],
  ])('%s → %j', (code, prefixes) => {
    expect(regionPrefixes(code)).toEqual(prefixes);
  });
});

describe('searchDocumentFrom', () => {
  it('gives back the document that was stored, without Meilisearch fields', () => {
    const hit = { ...meiliDocument(document), _formatted: { title: 'x' }, _rankingScore: 0.9, _geoDistance: 12 };
    expect(searchDocumentFrom(hit)).toEqual(document);
  });

  it('round-trips a document without a location', () => {
    const unplaced = { ...document, geo: null };
    expect(searchDocumentFrom(meiliDocument(unplaced))).toEqual(unplaced);
  });
});
