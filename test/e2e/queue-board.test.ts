import { createHmac } from 'node:crypto';
import { registeredRoutes } from '../../apps/api/src/bootstrap';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from '../../apps/api/src/admin/queue-board-pass';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let admin: Session;
let operator: Session;
let member: Session;

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  operator = (await api.createPark(admin.accessToken, '队列面板园区')).operator;
  member = await api.registerEnterprise();
}, 60_000);

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
}

async function passFor(token: string | undefined) {
  const response = await app.api.inject({
    method: 'POST',
    url: '/api/v1/admin/queue-board-pass',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const cookie = (response.cookies as Cookie[]).find((c) => c.name === QUEUE_BOARD_COOKIE);
  return { status: response.statusCode, cookie };
}

function board(url: string, headers: Record<string, string> = {}) {
  return app.api.inject({ method: 'GET', url: `${QUEUE_BOARD_PATH}${url}`, headers });
}

/** A pass signed with another key: well formed, naming the admin, but not ours. */
function forgedPass(userId: string, sessionId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    sub: userId,
    sid: sessionId,
    aud: `${app.config.jwt.audience}:queue-board`,
    iss: app.config.jwt.issuer,
    exp: Math.floor(Date.now() / 1000) + 600,
  })}`;
  return `${head}.${createHmac('sha256', 'not the secret').update(head).digest('base64url')}`;
}

describe('the queue dashboard (bull-board), behind a platform admin pass', () => {
  it('gives a platform admin a short-lived httpOnly, SameSite=Strict pass for the dashboard only', async () => {
    const { status, cookie } = await passFor(admin.accessToken);
    expect(status).toBe(204);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: QUEUE_BOARD_PATH, maxAge: 600 });
  });

  it('refuses a pass to anyone else', async () => {
    expect(await passFor(undefined)).toEqual({ status: 401, cookie: undefined });
    expect(await passFor(operator.accessToken)).toEqual({ status: 403, cookie: undefined });
    expect(await passFor(member.accessToken)).toEqual({ status: 403, cookie: undefined });
  });

  it('opens the dashboard and its API with the pass', async () => {
    const { cookie } = await passFor(admin.accessToken);
    const headers = { cookie: `${QUEUE_BOARD_COOKIE}=${cookie!.value}` };
    const page = await board('/', headers);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain(`<base href="${QUEUE_BOARD_PATH}/"`);
    const queues = await board('/api/queues', headers);
    expect(queues.statusCode).toBe(200);
    const names = queues.json<{ queues: Array<{ name: string }> }>().queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['analytics', 'notifications', 'search-index']));
  });

  it('answers every dashboard route 401 without a pass, bearer tokens included', async () => {
    const routes = registeredRoutes(app.api).filter(({ path }) => path.startsWith(QUEUE_BOARD_PATH));
    expect(routes.length).toBeGreaterThan(5);
    for (const { method, path } of routes) {
      const url = path.replace(/:(\w+)/g, 'x').replace(/\*$/, 'main.css');
      for (const token of [undefined, operator.accessToken, member.accessToken, admin.accessToken]) {
        const response = await app.api.inject({
          method: method as 'GET',
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
        expect({ route: `${method} ${path}`, status: response.statusCode }).toEqual({
          route: `${method} ${path}`,
          status: 401,
        });
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
  });

  it('refuses a forged pass, and a pass whose session has ended', async () => {
    const me = (await api.call('GET', 'me', { token: admin.accessToken })).body as { id: string };
    const forged = await board('/', { cookie: `${QUEUE_BOARD_COOKIE}=${forgedPass(me.id, me.id)}` });
    expect(forged.statusCode).toBe(401);

    const session = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const { cookie } = await passFor(session.accessToken);
    const headers = { cookie: `${QUEUE_BOARD_COOKIE}=${cookie!.value}` };
    expect((await board('/api/queues', headers)).statusCode).toBe(200);
    await api.call('POST', 'auth/logout', { token: session.accessToken });
    expect((await board('/api/queues', headers)).statusCode).toBe(401);
  });

  it('refuses the pass of a user who is no longer a platform admin', async () => {
    const { cookie } = await passFor(admin.accessToken);
    const headers = { cookie: `${QUEUE_BOARD_COOKIE}=${cookie!.value}` };
    const me = (await api.call('GET', 'me', { token: admin.accessToken })).body as {
      memberships: Array<{ organization: { id: string; kind: string } }>;
    };
    const platform = me.memberships.find((m) => m.organization.kind === 'platform')!.organization.id;
    const db = new (await import('pg')).Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const removed = await db.query(
        `DELETE FROM memberships WHERE organization_id = $1 RETURNING user_id, organization_id, role`,
        [platform],
      );
      // The actor cache hears of the change through PostgreSQL's NOTIFY: soon, not at once.
      await eventually(async () => (await board('/', headers)).statusCode === 403, { what: 'the pass refused' });
      for (const row of removed.rows as Array<{ user_id: string; organization_id: string; role: string }>) {
        await db.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3)`, [
          row.user_id,
          row.organization_id,
          row.role,
        ]);
      }
    } finally {
      await db.end();
    }
  });
});
