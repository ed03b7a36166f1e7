import { randomBytes, randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { createScratchDatabase, dataSourceOptions } from '@rongtong/platform';
import {
  MeilisearchEngine,
  PostgresSearchEngine,
  type SearchDocument,
  type SearchEngine,
  Segmenter,
  type SupplierProfile,
  type SupplierSearchQuery,
  toSupplierDocument,
} from '@rongtong/search';
import { DataSource } from 'typeorm';

/**
 * The supplier directory's two engines answer alike: the same enterprise documents and
 * the same queries (words in Chinese and English, a place named in the words, every
 * filter, paging) give the same enterprises on PostgreSQL and on Meilisearch. The
 * PostgreSQL half always runs; the Meilisearch half only where MEILI_URL points at a
 * server (Meilisearch cannot be installed on the project's machines), and says so when
 * skipped.
 */
const MEILI_URL = process.env.MEILI_URL;
const MEILI_API_KEY = process.env.MEILI_API_KEY;

if (!MEILI_URL) {
  console.warn(
    'Supplier directory on Meilisearch skipped: MEILI_URL is not set (point it at a Meilisearch server, with MEILI_API_KEY if it needs one, to run it); the PostgreSQL half ran.',
  );
}

const PARK = randomUUID();

function listing(overrides: Partial<SearchDocument> & Pick<SearchDocument, 'title'>): SearchDocument {
  return {
    id: randomUUID(),
    kind: 'capacity',
    titleEn: null,
    description: '',
    descriptionEn: null,
    tags: [],
    category: '机械加工',
    categoryEn: 'Machining',
    categorySlug: 'machining',
    provider: { id: randomUUID(), name: '', verified: true },
    regionCode: '320594',
    regionNames: [],
    parkIds: [],
    visibility: 'public',
    priceFen: null,
    priceUnit: null,
    certifications: [],
    serviceModes: [],
    patentType: null,
    transactionTypes: [],
    openLicence: false,
    detailsText: [],
    geo: null,
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function profile(overrides: Partial<SupplierProfile> & Pick<SupplierProfile, 'name'>): SupplierProfile {
  return {
    id: randomUUID(),
    nameEn: null,
    description: null,
    industrySection: null,
    industryDivision: null,
    regionCode: '320594',
    parkIds: [],
    sizeClass: null,
    badge: null,
    updatedAt: new Date('2026-01-01T00:00:00.000Z'),
    ...overrides,
  };
}

const alpha = toSupplierDocument(
  profile({ name: '苏州甲精密有限公司', parkIds: [PARK], sizeClass: 'small', badge: 'little_giant' }),
  [
    listing({
      title: '五轴联动CNC加工 钛合金结构件',
      detailsText: ['五轴CNC加工', '钛合金TC4'],
      certifications: ['ISO 9001', 'AS9100D'],
    }),
  ],
);
const beta = toSupplierDocument(profile({ name: '深圳乙模塑有限公司', regionCode: '440300', sizeClass: 'medium' }), [
  listing({
    title: '医疗器械外壳注塑',
    titleEn: 'Injection molding for medical devices',
    category: '注塑成型',
    categoryEn: 'Injection moulding',
    categorySlug: 'injection-moulding',
    detailsText: ['注塑成型', '医用PC'],
    certifications: ['ISO 13485'],
    regionCode: '440300',
  }),
]);
// No listing: found by its profile alone.
const gamma = toSupplierDocument(
  profile({
    name: '无锡丙热工有限公司',
    nameEn: 'Gamma Brazing Works',
    description: '专业从事真空钎焊与可控气氛热处理。',
    industrySection: 'C',
    industryDivision: 'C34',
    regionCode: '320200',
    sizeClass: 'micro',
    badge: 'provincial',
  }),
  [],
);
// Its only listing is for park members: not what the public directory says it does.
const delta = toSupplierDocument(profile({ name: '苏州丁模具有限公司', regionCode: '320505', parkIds: [PARK] }), [
  listing({ title: '园区内部 五轴 试制线', visibility: 'park_members', regionCode: '320505' }),
]);
const suppliers = [alpha, beta, gamma, delta];

const query = (overrides: Partial<SupplierSearchQuery> = {}): SupplierSearchQuery => ({
  q: '',
  filters: {},
  page: 1,
  limit: 20,
  ...overrides,
});

/** Query → the enterprises found, in order where the order is asserted. */
const CASES: Array<[string, SupplierSearchQuery, string[], 'ordered' | 'any order']> = [
  ['a process in Chinese', query({ q: '五轴' }), [alpha.id], 'ordered'],
  ['a process in English', query({ q: 'injection molding' }), [beta.id], 'ordered'],
  ['profile words', query({ q: '真空钎焊' }), [gamma.id], 'ordered'],
  ['the English name', query({ q: 'Gamma Brazing' }), [gamma.id], 'ordered'],
  ['a place named in the words', query({ q: '深圳 注塑' }), [beta.id], 'ordered'],
  ['a city, higher tier first', query({ filters: { region: '3205' } }), [alpha.id, delta.id], 'ordered'],
  ['a park', query({ filters: { park: PARK } }), [alpha.id, delta.id], 'ordered'],
  ['a certification', query({ filters: { certifications: ['AS9100D'] } }), [alpha.id], 'ordered'],
  [
    'certifications no one holds together',
    query({ filters: { certifications: ['AS9100D', 'ISO 13485'] } }),
    [],
    'ordered',
  ],
  ['a size class', query({ filters: { sizeClass: 'medium' } }), [beta.id], 'ordered'],
  ['at least provincial', query({ filters: { minTierRank: 2 } }), [alpha.id, gamma.id], 'ordered'],
  [
    'a rating floor resolved to ids',
    query({ filters: { ids: [beta.id, gamma.id] } }),
    [beta.id, gamma.id],
    'any order',
  ],
  ['a quote in a value', query({ filters: { sizeClass: 'x" OR sizeClass = "medium' } }), [], 'ordered'],
];

function engineSuite(name: string, start: () => Promise<{ engine: SearchEngine; stop: () => Promise<void> }>) {
  describe(name, () => {
    let engine: SearchEngine;
    let stop: () => Promise<void>;

    beforeAll(async () => {
      ({ engine, stop } = await start());
      await engine.upsertSuppliers(suppliers);
    }, 120_000);

    afterAll(async () => {
      await stop?.();
    }, 60_000);

    it.each(CASES)('finds by %s', async (_what, q, expected, order) => {
      const result = await engine.searchSuppliers(q);
      const ids = result.hits.map((h) => h.id);
      expect(order === 'ordered' ? ids : ids.sort()).toEqual(order === 'ordered' ? expected : [...expected].sort());
      expect(result.total).toBe(expected.length);
      expect(result.engine).toBe(engine.name);
    });

    it('returns the document without the text only searched, and pages with an exact total', async () => {
      const [hit] = (await engine.searchSuppliers(query({ q: '真空钎焊' }))).hits;
      expect(hit.document).toMatchObject({
        id: gamma.id,
        nameEn: 'Gamma Brazing Works',
        listingCount: 0,
        specialisedTier: 'provincial',
        industry: expect.arrayContaining(['通用设备制造业', 'Manufacturing']),
      });
      expect(hit.document).not.toHaveProperty('listingDescriptions');
      const second = await engine.searchSuppliers(query({ filters: { region: '3205' }, page: 2, limit: 1 }));
      expect(second.hits.map((h) => h.id)).toEqual([delta.id]);
      expect(second.total).toBe(2);
    });

    it('replaces and removes documents, and lists what it holds', async () => {
      await engine.upsertSuppliers([{ ...beta, sizeClass: 'large' }]);
      expect((await engine.searchSuppliers(query({ filters: { sizeClass: 'large' } }))).hits.map((h) => h.id)).toEqual([
        beta.id,
      ]);
      await engine.removeSuppliers([beta.id]);
      expect((await engine.searchSuppliers(query({ q: 'injection molding' }))).hits).toEqual([]);
      expect(await engine.indexedSupplierIds()).toEqual(new Set([alpha.id, gamma.id, delta.id]));
      await engine.upsertSuppliers([beta]);
    });
  });
}

engineSuite('the supplier directory on PostgreSQL', async () => {
  const { config, drop } = await createScratchDatabase(process.env, 'rt_test_suppliers');
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  return {
    engine: new PostgresSearchEngine(dataSource, new Segmenter()),
    stop: async () => {
      await dataSource.destroy();
      await drop();
    },
  };
});

(MEILI_URL ? engineSuite : (name: string) => describe.skip(name, () => it.todo('needs MEILI_URL')))(
  'the supplier directory on Meilisearch',
  async () => {
    const indexName = `rt_test_${randomBytes(6).toString('hex')}-listings`;
    const segmenter = new Segmenter();
    const engine = new MeilisearchEngine({
      url: MEILI_URL!,
      apiKey: MEILI_API_KEY,
      indexName,
      wordEdges: (text) => segmenter.wordEdges(text),
    });
    await engine.ensureIndex();
    return {
      engine,
      stop: async () => {
        const client = new Meilisearch({ host: MEILI_URL!, apiKey: MEILI_API_KEY });
        await client.deleteIndexIfExists(indexName);
        await client.deleteIndexIfExists(indexName.replace(/-listings$/, '-suppliers'));
      },
    };
  },
);
