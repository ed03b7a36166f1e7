import { GOOD_PASSWORD, makeUscc, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
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
  secure?: boolean;
  maxAge?: number;
  expires?: Date;
}

async function post(url: string, { body, headers = {} }: { body?: object; headers?: Record<string, string> } = {}) {
  const response = await app.api.inject({
    method: 'POST',
    url: `/api/v1/${url}`,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { payload: body } : {}),
  });
  const cookie = (response.cookies as Cookie[]).find((c) => c.name === 'rongtong_refresh');
  return { status: response.statusCode, body: response.body ? response.json() : undefined, cookie };
}

const withCookie = (value: string) => ({ cookie: `rongtong_refresh=${value}` });

describe('sessions in the browser: the refresh token in an httpOnly cookie', () => {
  const email = uniqueEmail('browser');

  it('sign-up from the web app sets the cookie and leaves the refresh token out of the body', async () => {
    const uscc = makeUscc();
    const response = await post('auth/register', {
      headers: { 'x-client': 'web' },
      body: {
        organization: { name: `浏览器测试${uscc.slice(8, 14)}有限公司`, uscc },
        user: { email, password: GOOD_PASSWORD, displayName: 'Browser' },
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body).not.toHaveProperty('refreshToken');
    expect(response.cookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/v1/auth',
      maxAge: 30 * 86_400,
    });
    expect(response.cookie!.secure).toBeFalsy();
  });

  it('sign-in keeps the token body for API clients and sets the cookie too', async () => {
    const response = await post('auth/login', { body: { email, password: GOOD_PASSWORD } });
    expect(response.status).toBe(200);
    expect(response.body.refreshToken).toEqual(expect.any(String));
    expect(response.cookie?.value).toBe(response.body.refreshToken);
  });

  it('refreshes with only the cookie, rotating it; a spent cookie revokes the session', async () => {
    const login = await post('auth/login', {
      headers: { 'x-client': 'web' },
      body: { email, password: GOOD_PASSWORD },
    });
    const first = login.cookie!.value;

    const refreshed = await post('auth/refresh', { headers: { 'x-client': 'web', ...withCookie(first) }, body: {} });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    expect(refreshed.body).not.toHaveProperty('refreshToken');
    const second = refreshed.cookie!.value;
    expect(second).not.toBe(first);

    // Without a body at all, as a bare fetch() sends it.
    const again = await post('auth/refresh', { headers: withCookie(second) });
    expect(again.status).toBe(200);
    const third = again.cookie!.value;

    // The spent first token again: refused, and the whole session with it.
    const reused = await post('auth/refresh', { headers: withCookie(first), body: {} });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_INVALID');
    expect(reused.cookie).toMatchObject({ value: '', path: '/api/v1/auth' });
    expect((await post('auth/refresh', { headers: withCookie(third), body: {} })).status).toBe(401);
  });

  it('a body token wins over the cookie; no token at all is a 401', async () => {
    const login = await post('auth/login', { body: { email, password: GOOD_PASSWORD } });
    const other = await post('auth/login', { body: { email, password: GOOD_PASSWORD } });
    const response = await post('auth/refresh', {
      headers: withCookie(other.body.refreshToken),
      body: { refreshToken: login.body.refreshToken },
    });
    expect(response.status).toBe(200);
    // The cookie's token was not spent.
    expect((await post('auth/refresh', { headers: withCookie(other.body.refreshToken), body: {} })).status).toBe(200);
    const none = await post('auth/refresh', { body: {} });
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('logout revokes the session and clears the cookie', async () => {
    const login = await post('auth/login', { body: { email, password: GOOD_PASSWORD } });
    const logout = await post('auth/logout', {
      headers: { authorization: `Bearer ${login.body.accessToken}`, ...withCookie(login.body.refreshToken) },
    });
    expect(logout.status).toBe(204);
    expect(logout.cookie).toMatchObject({ value: '', path: '/api/v1/auth', httpOnly: true, sameSite: 'Strict' });
    expect(logout.cookie!.expires!.getTime()).toBeLessThan(Date.now());
    expect((await post('auth/refresh', { headers: withCookie(login.body.refreshToken), body: {} })).status).toBe(401);
  });

  it('only a JSON request (or one without a body) is refreshed by the cookie', async () => {
    const login = await post('auth/login', { body: { email, password: GOOD_PASSWORD } });
    const response = await app.api.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { ...withCookie(login.body.refreshToken), 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(response.statusCode).toBe(415);
    expect((await post('auth/refresh', { headers: withCookie(login.body.refreshToken), body: {} })).status).toBe(200);
  });
});
