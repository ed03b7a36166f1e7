import { Api, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', REFRESH_RATE_LIMIT_PER_MINUTE: '5' } });
});

afterAll(async () => {
  await app?.close();
});

it('limits sign-in attempts per client address, with Retry-After', async () => {
  const api = new Api(app);
  const statuses: number[] = [];
  let last: Awaited<ReturnType<Api['call']>> | undefined;
  for (let i = 0; i < 5; i++) {
    // different accounts each time: this is the per-address limit, not the account slow-down
    last = await api.call('POST', 'auth/login', { body: { email: uniqueEmail('guess'), password: 'guess guess 1' } });
    statuses.push(last.status);
  }
  expect(statuses).toEqual([401, 401, 401, 429, 429]);
  expect(last!.body.code).toBe('RATE_LIMITED');
  expect(last!.headers['content-type']).toContain('application/problem+json');
  expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  // Other routes are not affected by the sign-in limit.
  expect((await api.call('GET', '/health/live')).status).toBe(200);
});

it("limits refresh per address on a budget of its own (REFRESH_RATE_LIMIT_PER_MINUTE), not sign-in's", async () => {
  const statuses: number[] = [];
  let last: Awaited<ReturnType<TestApp['api']['inject']>> | undefined;
  for (let i = 0; i < 6; i++) {
    last = await app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      remoteAddress: '203.0.113.42',
      headers: { 'x-client': 'web', cookie: `rongtong_refresh=forged-${i}` },
    });
    statuses.push(last.statusCode);
  }
  // Past sign-in's 3, under refresh's 5: a forged token fails on its own (401), then 429.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  expect(last!.json().code).toBe('RATE_LIMITED');
  expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
});

it('keys the limit on the socket address: an X-Forwarded-For of its choosing does not reset it (TRUST_PROXY unset)', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      remoteAddress: '203.0.113.7',
      headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
      payload: { organization: { name: '抢注测试', uscc: 'x' }, user: { email: 'x', password: 'x', displayName: 'x' } },
    });
    statuses.push(response.statusCode);
  }
  expect(statuses.slice(3)).toEqual([429, 429]);
});

it("answers a taken credit code 409 USCC_TAKEN only as often as sign-up's limit allows, whatever X-Forwarded-For says (issue 15, rows 2 and 9)", async () => {
  const api = new Api(app);
  const taken = await api.registerEnterprise({ verified: false });
  const attempts: Array<{ status: number; code: string }> = [];
  for (let i = 0; i < 4; i++) {
    const response = await app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': `198.51.100.${i + 20}` },
      payload: {
        organization: { name: '抢注探测有限公司', uscc: taken.uscc },
        user: { email: uniqueEmail('probe'), password: 'probe probe probe', displayName: 'probe' },
      },
    });
    attempts.push({ status: response.statusCode, code: response.json().code });
  }
  // The code was taken from another address; this client gets three answers, then none.
  expect(attempts.map((a) => a.status)).toEqual([409, 409, 409, 429]);
  expect(attempts[0].code).toBe('USCC_TAKEN');
  expect(attempts[3].code).toBe('RATE_LIMITED');

  // Disputing a code is limited alike.
  const disputes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const response = await app.api.inject({
      method: 'POST',
      url: '/api/v1/uscc-disputes',
      remoteAddress: '203.0.113.10',
      headers: { 'content-type': 'application/json' },
      payload: { uscc: taken.uscc },
    });
    disputes.push(response.statusCode);
  }
  expect(disputes).toEqual([415, 415, 415, 429]);
});

describe('behind a trusted proxy (TRUST_PROXY)', () => {
  let proxied: TestApp;

  beforeAll(async () => {
    proxied = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '10.0.0.0/8' } });
  });

  afterAll(async () => {
    await proxied?.close();
  });

  it("keys on the client the proxy names, and only the trusted proxy's word counts", async () => {
    const attempt = (remoteAddress: string, forwardedFor: string) =>
      proxied.api.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { email: uniqueEmail('guess'), password: 'guess guess 1' },
      });
    const viaProxy: number[] = [];
    for (let i = 0; i < 4; i++) viaProxy.push((await attempt('10.0.0.2', '192.0.2.10')).statusCode);
    expect(viaProxy).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy has a limit of its own.
    expect((await attempt('10.0.0.2', '192.0.2.11')).statusCode).toBe(401);
    // A client that is not the proxy cannot name itself someone else.
    const direct: number[] = [];
    for (let i = 0; i < 4; i++) direct.push((await attempt('192.0.2.99', `192.0.2.${20 + i}`)).statusCode);
    expect(direct).toEqual([401, 401, 401, 429]);
  });
});
