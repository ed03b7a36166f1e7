import { listingBody, loadCorpus } from '../support/corpus';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let admin: Session;
let provider: Enterprise;
let park: { parkId: string; operator: Session };
const corpus = loadCorpus();
const pick = (ref: string) => corpus.find((l) => l.ref === ref)!;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  provider = await api.registerEnterprise();
  park = await api.createPark(admin.accessToken, '搜索测试园区');
  await api.call('POST', `parks/${park.parkId}/memberships`, {
    token: provider.accessToken,
    body: { organizationId: provider.organizationId },
  });
  await api.call('POST', `parks/${park.parkId}/memberships/${provider.organizationId}/approve`, {
    token: park.operator.accessToken,
  });
  await api.call('POST', `organizations/${provider.organizationId}/verify`, { token: park.operator.accessToken });
}, 60_000);

afterAll(async () => {
  await app?.close();
});

async function publish(ref: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await api.call('POST', 'listings', {
    token: provider.accessToken,
    body: listingBody(pick(ref), extra),
  });
  expect(created.status).toBe(201);
  await api.call('POST', `listings/${created.body.id}/submit`, { token: provider.accessToken });
  const approved = await api.call('POST', `listings/${created.body.id}/approve`, { token: park.operator.accessToken });
  expect(approved.body.status).toBe('published');
  return created.body.id;
}

const search = async (query: string, token?: string) => {
  const response = await api.call('GET', `search/listings?${query}`, { token });
  expect(response.status).toBe(200);
  return response.body as {
    hits: Array<{ id: string; highlights: { title?: string } }>;
    total: number;
    engine: string;
    facets: any;
  };
};
const found = (id: string, query: string, token?: string) =>
  eventually(async () => (await search(query, token)).hits.some((h) => h.id === id), {
    what: `${id} found by ${query}`,
  });

describe('search', () => {
  let sem: string;

  it('finds an approved listing by a Chinese, an English and a misspelt query', async () => {
    sem = await publish('E001');
    await found(sem, `q=${encodeURIComponent('扫描电镜')}`);
    await found(sem, `q=${encodeURIComponent('scanning electron microscope')}`);
    await found(sem, `q=${encodeURIComponent('electon microscpe')}`);
    const result = await search(`q=${encodeURIComponent('扫描电镜')}&kind=equipment`);
    expect(result.engine).toBe('postgres');
    expect(result.facets.kind).toEqual({ equipment: expect.any(Number) });
    expect(result.hits[0].highlights.title).toContain('<em>');
  });

  it('drops a suspended listing from the results', async () => {
    await api.call('POST', `listings/${sem}/suspend`, { token: admin.accessToken, body: { reason: '核实中' } });
    await eventually(
      async () => !(await search(`q=${encodeURIComponent('扫描电镜')}`)).hits.some((h) => h.id === sem),
      {
        what: 'the suspended listing gone',
      },
    );
  });

  it('shows park-only listings to members of the park only', async () => {
    const hidden = await publish('E026', { visibility: 'park_members' });
    const inside = await api.registerEnterprise();
    await api.call('POST', `parks/${park.parkId}/memberships`, {
      token: inside.accessToken,
      body: { organizationId: inside.organizationId },
    });
    await api.call('POST', `parks/${park.parkId}/memberships/${inside.organizationId}/approve`, {
      token: park.operator.accessToken,
    });
    const outsider = await api.registerEnterprise();
    await found(hidden, `q=${encodeURIComponent('盐雾试验')}`, inside.accessToken);
    for (const token of [outsider.accessToken, undefined]) {
      const result = await search(`q=${encodeURIComponent('盐雾试验')}`, token);
      expect(result.hits.map((h) => h.id)).not.toContain(hidden);
    }
  });

  it("reindexes a provider's listings when it joins another park", async () => {
    const hidden = await publish('E027', { visibility: 'park_members' });
    const second = await api.createPark(admin.accessToken, '第二搜索园区', '310115');
    const neighbour = await api.registerEnterprise({ regionCode: '310115' });
    await api.call('POST', `parks/${second.parkId}/memberships`, {
      token: neighbour.accessToken,
      body: { organizationId: neighbour.organizationId },
    });
    await api.call('POST', `parks/${second.parkId}/memberships/${neighbour.organizationId}/approve`, {
      token: second.operator.accessToken,
    });
    const query = `q=${encodeURIComponent('盐雾试验')}`;
    expect((await search(query, neighbour.accessToken)).hits.map((h) => h.id)).not.toContain(hidden);

    await api.call('POST', `parks/${second.parkId}/memberships`, {
      token: provider.accessToken,
      body: { organizationId: provider.organizationId },
    });
    await api.call('POST', `parks/${second.parkId}/memberships/${provider.organizationId}/approve`, {
      token: second.operator.accessToken,
    });
    await found(hidden, query, neighbour.accessToken);
  });

  it('filters by region prefix and kind, and suggests terms', async () => {
    const cnc = await publish('C001');
    await found(cnc, `q=${encodeURIComponent('五轴')}&region=32`);
    expect((await search(`q=${encodeURIComponent('五轴')}&region=31`)).hits.map((h) => h.id)).not.toContain(cnc);
    const suggestions = await api.call('GET', `search/suggestions?q=${encodeURIComponent('五轴')}`);
    expect(suggestions.body.suggestions.length).toBeGreaterThan(0);
  });

  it('narrows to patents when the query names them, as a place narrows to its region', async () => {
    const welding = await publish('C062'); // laser welding of battery modules (capacity)
    const patent = await publish('P006'); // a solid-state battery patent
    await found(welding, `q=${encodeURIComponent('电池')}`);
    await found(patent, `q=${encodeURIComponent('电池')}`);
    for (const q of ['电池 专利', 'battery patent']) {
      const result = await search(`q=${encodeURIComponent(q)}`);
      expect(result.hits.map((h) => h.id)).toContain(patent);
      expect(result.hits.map((h) => h.id)).not.toContain(welding);
      expect(Object.keys(result.facets.kind)).toEqual(['ip']);
    }
    // Another kind chosen: the word is searched as text, nothing narrows to patents.
    expect((await search(`q=${encodeURIComponent('电池 专利')}&kind=capacity`)).hits.map((h) => h.id)).not.toContain(
      patent,
    );
  });

  it.each([
    ['a query over 200 characters', `q=${'很'.repeat(201)}`, 'q'],
    ['an unknown kind', 'kind=robots', 'kind'],
    ['an unknown category', 'category=炼金术', 'category'],
    ['a page past the 1,000th result', 'page=51&limit=20', 'page'],
  ])('refuses %s with 422 naming it', async (_what, query, field) => {
    const response = await api.call('GET', `search/listings?${query}`);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['an unknown parameter', 'colour=red', 'colour'],
    ['a limit that is not a number', 'limit=many', 'limit'],
    ['a limit over 100', 'limit=101', 'limit'],
    ['a kind given twice', 'kind=ip&kind=equipment', 'kind'],
    ['openLicence that is not true or false', 'openLicence=yes', 'openLicence'],
  ])('refuses %s with 400 naming it', async (_what, query, field) => {
    const response = await api.call('GET', `search/listings?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('searches tsquery and SQL metacharacters as text, never a 500', async () => {
    for (const q of ["& | ! ( ) : * ' \\", "'; DROP TABLE listings; --", 'a:* & !b', '(((', '\\\\']) {
      const response = await api.call('GET', `search/listings?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
    }
  });
});
