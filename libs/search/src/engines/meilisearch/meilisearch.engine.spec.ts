import { Segmenter } from '../../text/segmenter';
import { MeilisearchEngine } from './meilisearch.engine';
import { meiliSettings } from './meili-settings';
import { meiliSupplierSettings } from './meili-suppliers';

/**
 * The adapter against a scripted Meilisearch HTTP API (global fetch replaced): what it
 * sends and how it treats task outcomes. Its behaviour against a real server is covered
 * by test/integration/meilisearch.engine.test.ts when MEILI_URL is set.
 */
interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Route = (call: Call) => unknown;

function fakeMeilisearch(route: Route, taskOutcome: (uid: number) => Record<string, unknown> = () => ({})) {
  const calls: Call[] = [];
  const tasks = new Map<number, Record<string, unknown>>();
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      search: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const taskMatch = /^\/tasks\/(\d+)$/.exec(call.path);
    if (taskMatch) return Response.json(tasks.get(Number(taskMatch[1])));
    const answer = route(call);
    if (answer instanceof Response) return answer;
    if (answer !== undefined) return Response.json(answer);
    // Anything else enqueues a task that is finished by the time it is polled.
    const uid = tasks.size + 1;
    const task = { uid, indexUid: 'listings', type: 'x', status: 'succeeded', error: null, ...taskOutcome(uid) };
    tasks.set(uid, task);
    return Response.json(
      { taskUid: uid, indexUid: 'listings', status: 'enqueued', type: 'x', enqueuedAt: '' },
      { status: 202 },
    );
  });
  return calls;
}

const engine = (): MeilisearchEngine =>
  new MeilisearchEngine({ url: 'http://meili.test:7700', apiKey: 'k', indexName: 'listings', taskTimeoutMs: 1000 });

afterEach(() => jest.restoreAllMocks());

describe('MeilisearchEngine', () => {
  it('creates the listings and the suppliers index keyed by id and applies their settings', async () => {
    const calls = fakeMeilisearch(() => undefined);

    await engine().ensureIndex();

    const writes = calls.filter((call) => call.method !== 'GET');
    expect(writes.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /indexes',
      'POST /indexes',
      'PATCH /indexes/listings/settings',
      'PATCH /indexes/listings-suppliers/settings',
    ]);
    expect(writes[0].body).toEqual({ uid: 'listings', primaryKey: 'id' });
    expect(writes[1].body).toEqual({ uid: 'listings-suppliers', primaryKey: 'id' });
    expect(writes[2].body).toEqual(meiliSettings());
    expect(writes[3].body).toEqual(meiliSupplierSettings());
  });

  it('names the suppliers index after the listings one (`<prefix>-listings` → `<prefix>-suppliers`)', async () => {
    const calls = fakeMeilisearch(() => undefined);
    const named = new MeilisearchEngine({
      url: 'http://meili.test:7700',
      indexName: 'rt-listings',
      taskTimeoutMs: 1000,
    });

    await named.removeSuppliers(['a']);

    expect(calls[0].path).toBe('/indexes/rt-suppliers/documents/delete-batch');
  });

  it('searches suppliers with the filters, page and tie-breaking sort, a named place narrowing the words', async () => {
    const segmenter = new Segmenter();
    const calls = fakeMeilisearch(({ path }) =>
      path === '/indexes/listings-suppliers/search'
        ? {
            hits: [{ id: 's1', name: '甲', regionPrefixes: ['32'], listingText: ['x'], _rankingScore: 0.75 }],
            totalHits: 7,
            page: 2,
            hitsPerPage: 1,
            totalPages: 7,
            processingTimeMs: 1,
            query: '注塑',
          }
        : undefined,
    );
    const placed = new MeilisearchEngine({
      url: 'http://meili.test:7700',
      indexName: 'listings',
      taskTimeoutMs: 1000,
      wordEdges: (text) => segmenter.wordEdges(text),
    });

    const result = await placed.searchSuppliers({
      q: '苏州 注塑',
      filters: { sizeClass: 'small', minTierRank: 2 },
      page: 2,
      limit: 1,
    });

    const [call] = calls;
    expect(call.body).toMatchObject({
      q: '注塑',
      filter: [['regionPrefixes = "3205"'], ['sizeClass = "small"'], ['tierRank >= 2']],
      sort: ['tierRank:desc', 'listingCount:desc'],
      page: 2,
      hitsPerPage: 1,
    });
    expect(result).toEqual({
      hits: [{ id: 's1', score: 0.75, document: expect.objectContaining({ id: 's1', name: '甲' }) }],
      total: 7,
      engine: 'meilisearch',
    });
    expect(result.hits[0].document).not.toHaveProperty('listingText');
    expect(result.hits[0].document).not.toHaveProperty('regionPrefixes');
  });

  it('applies the settings to an index that already exists', async () => {
    const calls = fakeMeilisearch(
      () => undefined,
      (uid) => (uid === 1 ? { status: 'failed', error: { code: 'index_already_exists', message: 'exists' } } : {}),
    );

    await engine().ensureIndex();

    expect(calls.some((call) => call.method === 'PATCH' && call.path === '/indexes/listings/settings')).toBe(true);
  });

  it('fails loudly when a task fails', async () => {
    fakeMeilisearch(
      () => undefined,
      () => ({ status: 'failed', error: { code: 'invalid_settings_ranking_rules', message: 'bad rule' } }),
    );

    await expect(engine().ensureIndex()).rejects.toThrow(/invalid_settings_ranking_rules: bad rule/);
    await expect(engine().remove(['a'])).rejects.toThrow(/invalid_settings_ranking_rules/);
  });

  it('sends nothing for an empty upsert or removal', async () => {
    const calls = fakeMeilisearch(() => undefined);

    await engine().upsert([]);
    await engine().remove([]);

    expect(calls).toEqual([]);
  });

  it('removes documents by id and waits for the task', async () => {
    const calls = fakeMeilisearch(() => undefined);

    await engine().remove(['a', 'b']);

    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /indexes/listings/documents/delete-batch',
      'GET /tasks/1',
    ]);
    expect(calls[0].body).toEqual(['a', 'b']);
  });

  it('pages through every document for the indexed versions', async () => {
    const all = Array.from({ length: 2500 }, (_, i) => ({ id: `id-${i}`, updatedAt: `t${i}` }));
    const calls = fakeMeilisearch(({ path, search }) => {
      if (path !== '/indexes/listings/documents') return undefined;
      const offset = Number(search.get('offset'));
      const limit = Number(search.get('limit'));
      return { results: all.slice(offset, offset + limit), offset, limit, total: all.length };
    });

    const versions = await engine().indexedVersions();

    expect(versions.size).toBe(2500);
    expect(versions.get('id-2499')).toBe('t2499');
    expect(calls.map((call) => call.search.get('offset'))).toEqual(['0', '1000', '2000']);
    expect(calls[0].search.get('fields')).toBe('id,updatedAt');
  });

  it('searches with the built parameters and maps the answer', async () => {
    const calls = fakeMeilisearch(() => ({
      hits: [],
      query: 'cnc',
      processingTimeMs: 0,
      page: 2,
      hitsPerPage: 10,
      totalHits: 11,
      totalPages: 2,
      facetDistribution: { kind: { capacity: 11 } },
    }));

    const result = await engine().search({
      q: 'cnc',
      filters: { region: '3205' },
      sort: 'price_asc',
      page: 2,
      limit: 10,
      viewerParkIds: [],
    });

    expect(calls[0].method).toBe('POST');
    expect(calls[0].path).toBe('/indexes/listings/search');
    expect(calls[0].body).toMatchObject({
      q: 'cnc',
      page: 2,
      hitsPerPage: 10,
      sort: ['priceFen:asc'],
      filter: [['visibility = "public"'], ['regionPrefixes = "3205"']],
    });
    expect(result).toMatchObject({ total: 11, page: 2, limit: 10, engine: 'meilisearch' });
    expect(result.facets.kind).toEqual({ capacity: 11 });
  });

  it.each([
    ['瑞安 注塑', '注塑', '330381'],
    ['Wenzhou injection molding', 'injection molding', '3303'],
    ['苏 注塑', '注塑', '32'],
  ])('narrows %j to the place it names, as PostgreSQL does', async (q, rest, region) => {
    const calls = fakeMeilisearch(() => ({ hits: [], query: rest, processingTimeMs: 0, page: 1, hitsPerPage: 10 }));
    const segmenter = new Segmenter();
    await new MeilisearchEngine({
      url: 'http://meili.test:7700',
      indexName: 'listings',
      wordEdges: (text) => segmenter.wordEdges(text),
    }).search({ q, filters: {}, sort: 'relevance', page: 1, limit: 10, viewerParkIds: [] });
    expect(calls[0].body).toMatchObject({
      q: rest,
      filter: [['visibility = "public"'], [`regionPrefixes = "${region}"`]],
    });
  });

  it('suggests distinct public titles', async () => {
    const calls = fakeMeilisearch(() => ({
      hits: [{ title: '五轴加工' }, { title: '五轴加工' }, { title: '五轴联动' }, { title: '五轴检测' }],
      query: '五轴',
      processingTimeMs: 0,
      limit: 6,
      offset: 0,
      estimatedTotalHits: 4,
    }));

    expect(await engine().suggest(' 五轴 ', 2)).toEqual(['五轴加工', '五轴联动']);
    expect(calls[0].body).toMatchObject({
      q: '五轴',
      filter: 'visibility = "public"',
      attributesToRetrieve: ['title'],
    });
    expect(await engine().suggest('  ', 5)).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('reports an unreachable server on ping', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));

    await expect(engine().ping()).rejects.toThrow();
  });
});
