import { ActorCache } from '@rongtong/identity';
import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import { testDb } from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, type Enterprise } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The API answers "who is asking" from memory; changes made behind its back (another
 * process, a tool, psql) must still take effect within moments, announced by PostgreSQL.
 */
let app: TestApp;
let api: Api;
let db: DataSource;
let cache: ActorCache;

beforeAll(async () => {
  app = await startTestApp();
  api = new Api(app);
  db = await testDb(app);
  cache = app.api.get(ActorCache, { strict: false });
  expect(await cache.listening()).toBe(true);
});

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const me = (token: string) => api.call('GET', 'me', { token });

async function cachedEnterprise(): Promise<Enterprise> {
  const enterprise = await api.registerEnterprise();
  // Loaded once the registration's own notification has come round, then answered from memory.
  await eventually(
    async () =>
      (await me(enterprise.accessToken)).status === 200 &&
      cache.get(enterprise.userId, sessionOf(enterprise.accessToken)) !== undefined,
    { timeoutMs: 2_000, what: 'the actor to be cached' },
  );
  return enterprise;
}

function sessionOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
}

describe('actor cache', () => {
  it('a session revoked directly in the database stops working', async () => {
    const enterprise = await cachedEnterprise();
    await db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [sessionOf(enterprise.accessToken)]);
    await eventually(async () => (await me(enterprise.accessToken)).status === 401, {
      timeoutMs: 2_000,
      what: 'the revoked session to be refused',
    });
  });

  it('a membership added or removed directly in the database shows in the next requests', async () => {
    const enterprise = await cachedEnterprise();
    const other = await api.registerEnterprise();
    await db.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'member')`, [
      enterprise.userId,
      other.organizationId,
    ]);
    const orgsOf = async () =>
      ((await me(enterprise.accessToken)).body.memberships as { organization: { id: string } }[]).map(
        (m) => m.organization.id,
      );
    await eventually(async () => (await orgsOf()).includes(other.organizationId), {
      timeoutMs: 2_000,
      what: 'the new membership',
    });
    // …and the organization's own routes agree with /me, once this process has heard the
    // trigger's notification (/me reads memberships itself; other routes use the cached actor).
    const membersStatus = async () =>
      (await api.call('GET', `organizations/${other.organizationId}/members`, { token: enterprise.accessToken }))
        .status;
    await eventually(async () => (await membersStatus()) === 200, {
      timeoutMs: 2_000,
      what: "the organization's routes to admit the new member",
    });

    await db.query(`DELETE FROM memberships WHERE user_id = $1 AND organization_id = $2`, [
      enterprise.userId,
      other.organizationId,
    ]);
    await eventually(async () => !(await orgsOf()).includes(other.organizationId), {
      timeoutMs: 2_000,
      what: 'the removed membership to be gone',
    });
    await eventually(async () => (await membersStatus()) === 404, {
      timeoutMs: 2_000,
      what: "the organization's routes to refuse the removed member",
    });
  });

  it('logging out takes effect on the very next request', async () => {
    const enterprise = await cachedEnterprise();
    expect((await api.call('POST', 'auth/logout', { token: enterprise.accessToken })).status).toBe(204);
    expect((await me(enterprise.accessToken)).status).toBe(401);
  });

  it('a remembered access token stops working when it expires, and a forged one never works', async () => {
    const enterprise = await cachedEnterprise();
    const { jwt } = app.config;
    const claims = { sub: enterprise.userId, sid: sessionOf(enterprise.accessToken) };
    const signer = new JwtService();
    const options = { algorithm: 'HS256' as const, issuer: jwt.issuer, audience: jwt.audience };
    const shortLived = signer.sign(claims, { ...options, secret: jwt.secret, expiresIn: 2 });
    expect((await me(shortLived)).status).toBe(200); // verified once, then remembered
    expect((await me(shortLived)).status).toBe(200);
    const expired = await eventually(
      async () => {
        const response = await me(shortLived);
        return response.status === 401 && response;
      },
      { timeoutMs: 5_000, what: 'the short-lived token to expire' },
    );
    expect(expired.body.detail).toBe('访问令牌已过期，请刷新后重试');
    const forged = signer.sign(claims, {
      ...options,
      secret: 'not-the-secret-but-long-enough-to-sign-with',
      expiresIn: 600,
    });
    expect((await me(forged)).status).toBe(401);
  });

  it('without its LISTEN connection the cache serves nothing, and it comes back', async () => {
    const enterprise = await cachedEnterprise();
    const terminated: { pid: number }[] = await db.query(
      `SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity
        WHERE application_name = 'rongtong-actor-cache' AND datname = current_database()`,
    );
    expect(terminated).toHaveLength(1);
    await eventually(() => cache.size === 0, { timeoutMs: 2_000, what: 'the cache to empty' });
    // Blind meanwhile: answered from the database, so still right.
    expect((await me(enterprise.accessToken)).status).toBe(200);
    await eventually(async () => (await me(enterprise.accessToken)).status === 200 && cache.size > 0, {
      timeoutMs: 5_000,
      what: 'the cache to listen and fill again',
    });
  });
});
