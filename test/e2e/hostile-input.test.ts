import { randomUUID } from 'node:crypto';
import { Api, GOOD_PASSWORD } from '../support/fixtures';
import { HOSTILE_BODIES } from '../support/hostile-bodies';
import { startTestApp, type TestApp } from '../support/test-app';
import { MATRIX } from './authorization-matrix';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
});

afterAll(async () => {
  await app?.close();
});

/**
 * Every route that takes a body, from the authorization matrix (whose completeness test
 * holds it to the router's list), with its parameters filled by ids that exist nowhere:
 * a new route gets these tests as soon as it gets its matrix row.
 */
const BODY_ROUTES = MATRIX.map((row) => row.route)
  .filter((route) => /^(POST|PUT|PATCH) /.test(route))
  .map((route) => {
    const [method, path] = route.split(' ');
    return { route, method: method as 'POST' | 'PUT' | 'PATCH', url: path.replace(/:[a-zA-Z]+/g, () => randomUUID()) };
  });

it('has routes to walk', () => {
  expect(BODY_ROUTES.length).toBeGreaterThan(40);
});

describe.each(HOSTILE_BODIES.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => {
  it('is refused by every route that takes a body with a 4xx problem, never a 500', async () => {
    const failures: string[] = [];
    for (const { route, method, url } of BODY_ROUTES) {
      const response = await app.api.inject({
        method,
        url,
        headers: { 'content-type': hostile.contentType },
        payload: hostile.payload,
      });
      const body = response.headers['content-type']?.toString().includes('problem+json') ? response.json() : undefined;
      const ok =
        body !== undefined &&
        (hostile.status === undefined
          ? response.statusCode >= 400 && response.statusCode < 500
          : response.statusCode === hostile.status &&
            body.code === hostile.code &&
            (hostile.field === undefined || body.field === hostile.field));
      if (!ok) failures.push(`${route}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});

it('names the field of a NUL or lone surrogate in the query string (422)', async () => {
  const nul = await app.api.inject({ method: 'GET', url: '/api/v1/search/listings?q=%E5%8A%A8%00' });
  expect(nul.statusCode).toBe(422);
  expect(nul.json()).toMatchObject({ code: 'INVALID_CHARACTERS', field: 'q' });
  const ok = await app.api.inject({ method: 'GET', url: '/api/v1/search/listings?q=%E5%8A%A8%E5%8A%9B' });
  expect(ok.statusCode).toBe(200);
});

it.each(['priceMin=1e30', 'priceMax=1e30', 'priceMin=-1'])(
  'names the search parameter out of range: %s',
  async (query) => {
    const response = await app.api.inject({ method: 'GET', url: `/api/v1/search/listings?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([query.split('=')[0]]);
  },
);

it('stays responsive while deep bodies arrive: /health/live answers fast', async () => {
  const hostile = HOSTILE_BODIES[0];
  const attacks = Array.from({ length: 6 }, () =>
    app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { 'content-type': hostile.contentType },
      payload: hostile.payload,
    }),
  );
  const started = process.hrtime.bigint();
  const live = await app.api.inject({ method: 'GET', url: '/health/live' });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const answers = await Promise.all(attacks);
  expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400, 400, 400, 400]);
  expect(live.statusCode).toBe(200);
  // Before the depth limit, six of these held the event loop for about 4 s.
  expect(elapsedMs).toBeLessThan(500);
});

it('answers private requests with Cache-Control: no-store; public reads stay cacheable', async () => {
  const owner = await new Api(app).registerEnterprise();
  const me = await app.api.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { authorization: `Bearer ${owner.accessToken}` },
  });
  expect(me.statusCode).toBe(200);
  expect(me.headers['cache-control']).toBe('no-store');
  const login = await app.api.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: owner.email, password: GOOD_PASSWORD },
  });
  expect(login.statusCode).toBe(200);
  expect(login.headers['cache-control']).toBe('no-store');
  const search = await app.api.inject({ method: 'GET', url: '/api/v1/search/listings?q=x' });
  expect(search.statusCode).toBe(200);
  expect(search.headers['cache-control']).toBeUndefined();
});
