/**
 * The web app refreshes on every page load, so refresh has its own per-address budget
 * (REFRESH_RATE_LIMIT_PER_MINUTE, 300 by default) apart from sign-in's 20: an office
 * behind one address opening pages quickly stays signed in, and sign-in's brute-force
 * limit is what it was. The hint cookie tells the app whether a page load should refresh.
 */
import { REFRESH_COOKIE, SESSION_HINT_COOKIE } from '../../apps/api/src/identity/session-cookie';
import { Api, GOOD_PASSWORD, type Enterprise, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let owner: Enterprise;

// Default limits: this file checks the shipped numbers.
beforeAll(async () => {
  app = await startTestApp();
  owner = await new Api(app).registerEnterprise();
});

afterAll(async () => {
  await app?.close();
});

interface Cookie {
  name: string;
  value: string;
  path?: string;
  httpOnly?: boolean;
  sameSite?: string;
  maxAge?: number;
  expires?: Date;
}

const cookieOf = (response: { cookies: unknown[] }, name: string) =>
  (response.cookies as Cookie[]).find((c) => c.name === name);

function login(remoteAddress: string, email: string, password: string) {
  return app.api.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { 'x-client': 'web' },
    payload: { email, password },
  });
}

function refresh(remoteAddress: string, cookie: string) {
  return app.api.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    remoteAddress,
    headers: { 'x-client': 'web', cookie: `${REFRESH_COOKIE}=${cookie}` },
  });
}

it('30 page loads in a minute from one address all refresh, while the 21st sign-in attempt from it is still refused', async () => {
  const address = '203.0.113.41';
  const signedIn = await login(address, owner.email, GOOD_PASSWORD);
  expect(signedIn.statusCode).toBe(200);
  let cookie = cookieOf(signedIn, REFRESH_COOKIE)!.value;

  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    const response = await refresh(address, cookie);
    statuses.push(response.statusCode);
    cookie = cookieOf(response, REFRESH_COOKIE)?.value ?? cookie;
  }
  expect(statuses).toEqual(Array(30).fill(200));
  // The limit it answered under is refresh's own.
  const last = await refresh(address, cookie);
  expect(last.statusCode).toBe(200);
  expect(last.headers['x-ratelimit-limit']).toBe('300');

  // Sign-in from the same address: one attempt spent above, 19 more pass, the 21st is 429.
  const attempts: number[] = [];
  for (let i = 0; i < 20; i++) {
    // different accounts each time: the per-address limit, not the account slow-down
    attempts.push((await login(address, uniqueEmail('guess'), 'guess guess 1')).statusCode);
  }
  expect(attempts).toEqual([...Array(19).fill(401), 429]);
  // Refresh still works from that address: the budgets are apart.
  expect((await refresh(address, cookie)).statusCode).toBe(200);
});

describe('the session hint cookie', () => {
  it('is set beside the refresh cookie on sign-in, readable by scripts on every path, and cleared on sign-out', async () => {
    const signedIn = await login('203.0.113.43', owner.email, GOOD_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    const refreshCookie = cookieOf(signedIn, REFRESH_COOKIE)!;
    const hint = cookieOf(signedIn, SESSION_HINT_COOKIE);
    expect(hint).toMatchObject({ value: '1', path: '/', sameSite: 'Strict', maxAge: refreshCookie.maxAge });
    expect(hint!.httpOnly).toBeFalsy();

    const refreshed = await refresh('203.0.113.43', refreshCookie.value);
    expect(cookieOf(refreshed, SESSION_HINT_COOKIE)?.value).toBe('1');

    const out = await app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${refreshed.json().accessToken}` },
    });
    expect(out.statusCode).toBe(204);
    const cleared = cookieOf(out, SESSION_HINT_COOKIE);
    expect(cleared).toMatchObject({ value: '', path: '/' });
    expect(cleared!.expires!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(cookieOf(out, REFRESH_COOKIE)?.value).toBe('');
  });

  it('is cleared when refresh answers 401, with a spent cookie or none at all', async () => {
    const spent = await refresh('203.0.113.44', 'not-a-token');
    expect(spent.statusCode).toBe(401);
    expect(cookieOf(spent, SESSION_HINT_COOKIE)).toMatchObject({ value: '', path: '/' });

    const none = await app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      remoteAddress: '203.0.113.44',
      headers: { 'x-client': 'web', cookie: `${SESSION_HINT_COOKIE}=1` },
    });
    expect(none.statusCode).toBe(401);
    expect(cookieOf(none, SESSION_HINT_COOKIE)).toMatchObject({ value: '', path: '/' });
  });
});
