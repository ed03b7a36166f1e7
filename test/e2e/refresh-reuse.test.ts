/**
 * Two tabs of one browser share the refresh cookie. When both refresh at the same
 * instant, the second presents a token the first just spent: within the reuse interval
 * that is the race, not a theft, and both tabs stay signed in. Later, or once the session
 * has moved on, a spent token is reuse and revokes the session.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { REFRESH_COOKIE as COOKIE } from '../../apps/api/src/identity/session-cookie';
import { Api, type Enterprise } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let owner: Enterprise;

beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '10000' } });
  api = new Api(app);
  owner = await api.registerEnterprise();
});

afterAll(async () => {
  await app?.close();
});

async function signInAsBrowser(): Promise<string> {
  const response = await app.api.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'x-client': 'web' },
    payload: { email: owner.email, password: 'correct horse battery staple' },
  });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === COOKIE);
  if (!cookie) throw new Error(`no ${COOKIE} cookie: ${JSON.stringify(response.cookies)}`);
  return cookie.value;
}

/** A tab refreshing with the shared cookie, as the web app does. */
function refreshFromTab(cookie: string) {
  return app.api.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    headers: { 'x-client': 'web', cookie: `${COOKIE}=${cookie}` },
  });
}

const spentAgo = (token: string, interval: string) =>
  app.api
    .get(DataSource)
    .query(`UPDATE refresh_tokens SET used_at = now() - $2::interval WHERE token_hash = $1`, [
      createHash('sha256').update(token).digest('hex'),
      interval,
    ]);

it('two tabs refreshing with the same cookie at once both stay signed in', async () => {
  const shared = await signInAsBrowser();
  const [tab1, tab2] = await Promise.all([refreshFromTab(shared), refreshFromTab(shared)]);
  expect([tab1.statusCode, tab2.statusCode]).toEqual([200, 200]);
  const next1 = tab1.cookies.find((c) => c.name === COOKIE)!.value;
  const next2 = tab2.cookies.find((c) => c.name === COOKIE)!.value;
  expect(next1).not.toBe(next2);
  // Each tab's access token works, and whichever cookie the browser kept refreshes on.
  for (const tab of [tab1, tab2]) {
    const me = await api.call('GET', 'me', { token: tab.json().accessToken });
    expect(me.status).toBe(200);
  }
  expect((await refreshFromTab(next2)).statusCode).toBe(200);
  expect((await refreshFromTab(next1)).statusCode).toBe(200);
});

it('five tabs at once, all signed in, one session', async () => {
  const shared = await signInAsBrowser();
  const responses = await Promise.all(Array.from({ length: 5 }, () => refreshFromTab(shared)));
  expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
  const sessions = await api.call('GET', 'me/sessions', { token: responses[0].json().accessToken });
  const sids = new Set(
    responses.map((r) => JSON.parse(Buffer.from(r.json().accessToken.split('.')[1], 'base64url').toString()).sid),
  );
  expect(sids.size).toBe(1);
  expect(sessions.body.map((s: { id: string }) => s.id)).toContain([...sids][0]);
});

it('a spent token presented after the reuse interval revokes the session', async () => {
  const shared = await signInAsBrowser();
  const rotated = await refreshFromTab(shared);
  expect(rotated.statusCode).toBe(200);
  const successor = rotated.cookies.find((c) => c.name === COOKIE)!.value;
  await spentAgo(shared, '21 seconds');

  const replay = await refreshFromTab(shared);
  expect(replay.statusCode).toBe(401);
  expect(replay.json()).toMatchObject({ code: 'REFRESH_TOKEN_INVALID', reason: 'reused' });
  expect((await refreshFromTab(successor)).statusCode).toBe(401);
  expect((await api.call('GET', 'me', { token: rotated.json().accessToken })).status).toBe(401);
});

it('a spent token presented within the interval, once its successor was used, revokes the session', async () => {
  const shared = await signInAsBrowser();
  const first = await refreshFromTab(shared);
  const second = await refreshFromTab(first.cookies.find((c) => c.name === COOKIE)!.value);
  expect([first.statusCode, second.statusCode]).toEqual([200, 200]);

  const replay = await refreshFromTab(shared);
  expect(replay.statusCode).toBe(401);
  expect(replay.json()).toMatchObject({ code: 'REFRESH_TOKEN_INVALID', reason: 'reused' });
  expect((await refreshFromTab(second.cookies.find((c) => c.name === COOKIE)!.value)).statusCode).toBe(401);
});
