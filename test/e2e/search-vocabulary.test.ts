import { listingBody, loadCorpus } from '../support/corpus';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 20: search understands shop-floor words and never leads to a dead end. Tensile
 * testing machines, a metallography lab and the listings that ranked above them before
 * (battery cycling, laser welding with a pull test) are published; everyday queries find
 * the right ones first, and a query of unknown words answers empty with suggestions.
 */
let app: TestApp;
let api: Api;
let provider: Enterprise;
let operator: Session;
const corpus = loadCorpus();
const refs = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  provider = await api.registerEnterprise();
  const park = await api.createPark(admin.accessToken, '词汇测试园区');
  operator = park.operator;
  await api.call('POST', `parks/${park.parkId}/memberships`, {
    token: provider.accessToken,
    body: { organizationId: provider.organizationId },
  });
  await api.call('POST', `parks/${park.parkId}/memberships/${provider.organizationId}/approve`, {
    token: operator.accessToken,
  });
  await api.call('POST', `organizations/${provider.organizationId}/verify`, { token: operator.accessToken });
  for (const ref of ['E047', 'E048', 'E049', 'E073', 'E076', 'C062', 'E072']) {
    const created = await api.call('POST', 'listings', {
      token: provider.accessToken,
      body: listingBody(corpus.find((l) => l.ref === ref)!),
    });
    expect(created.status).toBe(201);
    await api.call('POST', `listings/${created.body.id}/submit`, { token: provider.accessToken });
    const approved = await api.call('POST', `listings/${created.body.id}/approve`, { token: operator.accessToken });
    expect(approved.body.status).toBe('published');
    refs.set(created.body.id, ref);
  }
  // Every listing indexed before the queries run.
  await eventually(async () => (await search('')).total >= refs.size, { what: 'the listings indexed' });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

interface Answer {
  hits: Array<{ id: string }>;
  total: number;
  relaxed?: { dropped: string[]; kept: string[] };
  suggestions?: string[];
}

async function search(q: string): Promise<Answer> {
  const response = await api.call('GET', `search/listings?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return response.body as Answer;
}
const top = (answer: Answer, n: number) => answer.hits.slice(0, n).map((h) => refs.get(h.id));

describe('search vocabulary', () => {
  it('拉力测试 finds the tensile-testing machines first, above battery cycling and laser welding', async () => {
    const answer = await search('拉力测试');
    expect(top(answer, 3).sort()).toEqual(['E047', 'E048', 'E049']);
    expect(answer.relaxed).toBeUndefined();
  });

  it.each([
    ['拉力机', 'E047'],
    ['UTM', 'E047'],
    ['tensile tester', 'E047'],
  ])('%s, another way to say it, finds them too', async (q, ref) => {
    expect(top(await search(q), 3)).toContain(ref);
  });

  it('看金相 finds the metallography lab', async () => {
    expect(top(await search('看金相'), 1)).toEqual(['E073']);
  });

  it('relaxes a query no listing answers whole, and says which word it dropped', async () => {
    const answer = await search('金相 zxqvw');
    expect(top(answer, 1)).toEqual(['E073']);
    expect(answer.relaxed).toEqual({ dropped: ['zxqvw'], kept: ['金相'] });
  });

  it('answers a query of unknown words with an empty result and suggestions, not an error', async () => {
    const answer = await search('zxqvw 呜啦嘞');
    expect(answer).toMatchObject({ hits: [], total: 0 });
    expect(answer.suggestions?.length).toBeGreaterThan(0);
  });

  it('never relaxes the filters', async () => {
    const response = await api.call('GET', `search/listings?q=${encodeURIComponent('拉力测试')}&kind=ip`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(0);
  });
});
