import { randomBytes, randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { MeilisearchEngine, type SearchDocument, type SearchQuery } from '@rongtong/search';

/**
 * The Meilisearch adapter against a real server. Meilisearch cannot be installed on the
 * project's machines, so this suite runs only where MEILI_URL points at one (and
 * MEILI_API_KEY holds its key, if it has one); the pure mapping, settings and filters are
 * covered by the unit specs beside the adapter.
 */
const MEILI_URL = process.env.MEILI_URL;
const MEILI_API_KEY = process.env.MEILI_API_KEY;

if (!MEILI_URL) {
  console.warn(
    'Meilisearch adapter tests skipped: MEILI_URL is not set (point it at a Meilisearch server, with MEILI_API_KEY if it needs one, to run them).',
  );
}

const SUZHOU = { lat: 31.2989, lng: 120.5853 };
const NANJING = { lat: 32.0603, lng: 118.7969 };
const SIP_PARK = randomUUID();

function listing(overrides: Partial<SearchDocument> & Pick<SearchDocument, 'title' | 'kind'>): SearchDocument {
  return {
    id: randomUUID(),
    titleEn: null,
    description: '',
    descriptionEn: null,
    tags: [],
    category: '数控加工',
    categoryEn: 'CNC machining',
    categorySlug: 'cnc-machining',
    provider: { id: randomUUID(), name: '测试企业', verified: true },
    regionCode: '320505',
    regionNames: ['苏州市'],
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

const machining = listing({
  kind: 'capacity',
  title: '五轴 CNC 加工',
  titleEn: '5-axis CNC machining',
  description: '钛合金精密零件，小批量。',
  tags: ['turning'],
  regionCode: '320594',
  regionNames: ['苏州工业园区', '苏州市', '江苏省'],
  parkIds: [SIP_PARK],
  priceFen: 50_000,
  priceUnit: 'hour',
  certifications: ['ISO 9001', 'IATF 16949'],
  serviceModes: ['onsite'],
  geo: SUZHOU,
  publishedAt: '2026-01-10T00:00:00.000Z',
  updatedAt: '2026-01-11T00:00:00.000Z',
});
const microscope = listing({
  kind: 'equipment',
  title: '扫描电镜 机时',
  titleEn: 'SEM time',
  description: 'Zeiss Sigma 300 scanning electron microscope.',
  category: '电子显微镜',
  categoryEn: 'Electron microscopy',
  categorySlug: 'electron-microscopy',
  regionCode: '320102',
  regionNames: ['南京市', '江苏省'],
  priceFen: 80_000,
  priceUnit: 'hour',
  certifications: ['CMA'],
  serviceModes: ['mail_in'],
  geo: NANJING,
  publishedAt: '2026-02-01T00:00:00.000Z',
});
const parkOnly = listing({
  kind: 'capacity',
  title: '园区内部 五轴 试制线',
  regionCode: '320594',
  parkIds: [SIP_PARK],
  visibility: 'park_members',
  priceFen: 30_000,
  geo: SUZHOU,
  publishedAt: '2026-03-01T00:00:00.000Z',
});
const patent = listing({
  kind: 'ip',
  title: '固态电池 电解质 专利',
  titleEn: 'Solid-state lithium battery electrolyte',
  description: 'A lithium <b>electrolyte</b> & separator.',
  category: '新能源',
  categoryEn: 'New energy',
  categorySlug: 'new-energy',
  regionCode: '110108',
  regionNames: ['海淀区', '北京市'],
  patentType: 'invention',
  transactionTypes: ['exclusive_licence', 'assignment'],
  openLicence: true,
  publishedAt: '2025-12-01T00:00:00.000Z',
});

const documents = [machining, microscope, parkOnly, patent];

(MEILI_URL ? describe : describe.skip)('MeilisearchEngine on a real server', () => {
  const indexName = `rt_test_${randomBytes(6).toString('hex')}`;
  let engine: MeilisearchEngine;

  const search = (overrides: Partial<SearchQuery> = {}) =>
    engine.search({ q: '', filters: {}, sort: 'relevance', page: 1, limit: 20, viewerParkIds: [], ...overrides });
  const ids = async (overrides: Partial<SearchQuery> = {}) => (await search(overrides)).hits.map((hit) => hit.id);

  beforeAll(async () => {
    engine = new MeilisearchEngine({ url: MEILI_URL!, apiKey: MEILI_API_KEY, indexName });
    await engine.ensureIndex();
    await engine.ensureIndex(); // a second start changes nothing
    await engine.upsert(documents);
  }, 120_000);

  afterAll(async () => {
    await new Meilisearch({ host: MEILI_URL!, apiKey: MEILI_API_KEY }).deleteIndexIfExists(indexName);
  }, 60_000);

  it('keeps only the listings a filter resolved by id (free equipment time)', async () => {
    expect((await ids({ filters: { ids: [microscope.id, patent.id] } })).sort()).toEqual(
      [microscope.id, patent.id].sort(),
    );
    expect(await ids({ filters: { ids: [microscope.id, patent.id], kind: 'equipment' } })).toEqual([microscope.id]);
  });

  it('answers a ping and lists what it holds with its versions', async () => {
    await engine.ping();
    const versions = await engine.indexedVersions();
    expect(versions).toEqual(new Map(documents.map((d) => [d.id, d.updatedAt])));
  });

  it('finds by words, scores, highlights with <em> and gives back the document', async () => {
    const result = await search({ q: '五轴' });

    expect(result.engine).toBe('meilisearch');
    expect(result.hits.map((hit) => hit.id)).toEqual([machining.id]);
    const [hit] = result.hits;
    expect(hit.document).toEqual(machining);
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.highlights.title).toContain('<em>');
  });

  it('escapes listing text around the highlights', async () => {
    const [hit] = (await search({ q: 'lithium electrolyte' })).hits;
    expect(hit.id).toBe(patent.id);
    expect(hit.highlights.description).toContain('&lt;b&gt;');
    expect(hit.highlights.description).toContain('&amp;');
    expect(hit.highlights.description).not.toContain('<b>');
  });

  it('finds a listing through a synonym', async () => {
    expect(await ids({ q: 'lathe' })).toEqual([machining.id]);
  });

  it('shows park-only listings to members of the park alone', async () => {
    expect(await ids({ q: '五轴' })).not.toContain(parkOnly.id);
    expect(await ids({ q: '五轴', viewerParkIds: [randomUUID()] })).not.toContain(parkOnly.id);
    expect((await ids({ q: '五轴', viewerParkIds: [SIP_PARK] })).sort()).toEqual([machining.id, parkOnly.id].sort());
  });

  it.each<[string, SearchQuery['filters'], SearchDocument[]]>([
    ['kind', { kind: 'equipment' }, [microscope]],
    ['category name', { category: '电子显微镜' }, [microscope]],
    ['category slug', { category: 'cnc-machining' }, [machining]],
    ['province', { region: '32' }, [machining, microscope]],
    ['city', { region: '3205' }, [machining]],
    ['district', { region: '320594' }, [machining]],
    ['park', { park: SIP_PARK }, [machining]],
    ['price range', { priceMin: 40_000, priceMax: 60_000 }, [machining]],
    ['every certification', { certifications: ['ISO 9001', 'IATF 16949'] }, [machining]],
    ['certifications no one holds together', { certifications: ['ISO 9001', 'CMA'] }, []],
    ['service mode', { serviceMode: 'mail_in' }, [microscope]],
    ['patent type', { patentType: 'invention' }, [patent]],
    ['licence type', { licenceType: 'exclusive_licence' }, [patent]],
    ['open licence', { openLicence: true }, [patent]],
    ['a quote in a value', { category: 'x" OR kind = "ip' }, []],
  ])('filters by %s', async (_name, filters, expected) => {
    expect((await ids({ filters })).sort()).toEqual(expected.map((d) => d.id).sort());
  });

  it('sorts by price both ways and by publication time', async () => {
    const priced = { filters: { priceMin: 0 } };
    expect(await ids({ ...priced, sort: 'price_asc' })).toEqual([machining.id, microscope.id]);
    expect(await ids({ ...priced, sort: 'price_desc' })).toEqual([microscope.id, machining.id]);
    expect(await ids({ sort: 'newest' })).toEqual([microscope.id, machining.id, patent.id]);
  });

  it('sorts by distance, reports it and keeps to a radius', async () => {
    const near = { lat: SUZHOU.lat + 0.01, lng: SUZHOU.lng };
    const result = await search({ sort: 'distance', near, filters: { priceMin: 0 } });
    expect(result.hits.map((hit) => hit.id)).toEqual([machining.id, microscope.id]);
    expect(result.hits[0].distanceKm).toBeGreaterThan(0.5);
    expect(result.hits[0].distanceKm).toBeLessThan(2);
    expect(result.hits[1].distanceKm).toBeGreaterThan(150);

    expect(await ids({ sort: 'distance', near: { ...near, radiusKm: 50 } })).toEqual([machining.id]);
  });

  it('counts facets over what the viewer may see', async () => {
    const { facets, total } = await search();
    expect(total).toBe(3);
    expect(facets.kind).toEqual({ capacity: 1, equipment: 1, ip: 1 });
    expect(facets.category).toEqual({ 数控加工: 1, 电子显微镜: 1, 新能源: 1 });
    expect(facets.region).toEqual({ '320594': 1, '320102': 1, '110108': 1 });
    expect(facets.certifications).toEqual({ 'ISO 9001': 1, 'IATF 16949': 1, CMA: 1 });
  });

  it('pages by number', async () => {
    const second = await search({ sort: 'newest', page: 2, limit: 1 });
    expect(second.hits.map((hit) => hit.id)).toEqual([machining.id]);
    expect(second).toMatchObject({ total: 3, page: 2, limit: 1 });
    expect((await search({ sort: 'newest', page: 4, limit: 1 })).hits).toEqual([]);
  });

  it('suggests public titles only', async () => {
    const titles = await engine.suggest('五轴', 5);
    expect(titles).toContain(machining.title);
    expect(titles).not.toContain(parkOnly.title);
  });

  it('replaces on upsert and forgets on removal', async () => {
    const updated = { ...microscope, title: '透射电镜 机时', updatedAt: '2026-04-01T00:00:00.000Z' };
    await engine.upsert([updated]);
    expect((await search({ filters: { kind: 'equipment' } })).hits[0].document).toEqual(updated);

    await engine.remove([microscope.id]);
    expect(await ids({ filters: { kind: 'equipment' } })).toEqual([]);
    expect((await engine.indexedVersions()).has(microscope.id)).toBe(false);
  });
});
