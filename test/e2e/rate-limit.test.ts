import { Api, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
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
