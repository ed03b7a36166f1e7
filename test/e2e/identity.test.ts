import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { REDIS } from '@rongtong/platform';
import type Redis from 'ioredis';
import {
  Api,
  ADMIN_ENV,
  type Enterprise,
  GOOD_PASSWORD,
  makeUscc,
  type Session,
  TEST_ADMIN,
  uniqueEmail,
} from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '1000' } });
  api = new Api(app);
});

afterAll(async () => {
  await app?.close();
});

describe('identity journey', () => {
  let admin: Session;
  let a: Enterprise;
  let b: Enterprise;
  let park: { parkId: string; operator: Session };

  it('bootstraps the platform admin from configuration', async () => {
    admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const me = await api.call('GET', 'me', { token: admin.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.isPlatformAdmin).toBe(true);
  });

  it('registers enterprises A and B, unverified, with region and owner', async () => {
    a = await api.registerEnterprise({ regionCode: '320594' });
    b = await api.registerEnterprise({ regionCode: '310115' });
    const profile = await api.call('GET', `organizations/${a.organizationId}`, { token: a.accessToken });
    expect(profile.body).toMatchObject({
      kind: 'enterprise',
      uscc: a.uscc,
      regionCode: '320594',
      verificationState: 'unverified',
    });
    const me = await api.call('GET', 'me', { token: a.accessToken });
    expect(me.body.memberships).toEqual([
      { organization: { id: a.organizationId, name: expect.any(String), kind: 'enterprise' }, role: 'owner' },
    ]);
  });

  it('lets the platform admin create park P with an operator who accepts the invitation', async () => {
    park = await api.createPark(admin.accessToken, '苏州工业园区测试园');
    const me = await api.call('GET', 'me', { token: park.operator.accessToken });
    expect(me.body.operatedParkIds).toEqual([park.parkId]);
  });

  it('A asks to join P, the operator approves and verifies A', async () => {
    const join = await api.call('POST', `parks/${park.parkId}/memberships`, {
      token: a.accessToken,
      body: { organizationId: a.organizationId },
    });
    expect(join.status).toBe(202);
    expect(join.body.status).toBe('pending');

    const pending = await api.call('GET', `parks/${park.parkId}/memberships?status=pending`, {
      token: park.operator.accessToken,
    });
    expect(pending.body.map((m: { organizationId: string }) => m.organizationId)).toEqual([a.organizationId]);

    const early = await api.call('POST', `organizations/${a.organizationId}/verify`, {
      token: park.operator.accessToken,
    });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('PARK_MEMBERSHIP_REQUIRED');

    const approve = await api.call('POST', `parks/${park.parkId}/memberships/${a.organizationId}/approve`, {
      token: park.operator.accessToken,
    });
    expect(approve.status).toBe(200);
    expect(approve.body.status).toBe('approved');

    const verify = await api.call('POST', `organizations/${a.organizationId}/verify`, {
      token: park.operator.accessToken,
    });
    expect(verify.status).toBe(200);
    expect(verify.body.verificationState).toBe('verified');
    const again = await api.call('POST', `organizations/${a.organizationId}/verify`, {
      token: park.operator.accessToken,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('VERIFICATION_STATE_CONFLICT');
  });

  it('shows A its private fields, and B only the public profile', async () => {
    await api.call('PATCH', `organizations/${a.organizationId}`, {
      token: a.accessToken,
      body: {
        industrySection: 'C',
        industryDivision: 'C34',
        employees: 150,
        annualRevenueFen: 5_000_000_000,
        contact: { phone: '0512-0000000' },
      },
    });
    const own = await api.call('GET', `organizations/${a.organizationId}`, { token: a.accessToken });
    expect(own.body).toMatchObject({ employees: 150, sizeClass: 'small', contact: { phone: '0512-0000000' } });
    const seenByB = await api.call('GET', `organizations/${a.organizationId}`, { token: b.accessToken });
    expect(seenByB.status).toBe(200);
    expect(seenByB.body.sizeClass).toBe('small');
    expect(seenByB.body).not.toHaveProperty('employees');
    expect(seenByB.body).not.toHaveProperty('contact');
    const anonymous = await api.call('GET', `organizations/${a.organizationId}`);
    expect(anonymous.body).not.toHaveProperty('annualRevenueFen');
  });

  it("refuses every attempt by B's users to read or change A's private data", async () => {
    const bMember = await api.addMember(b.organizationId, b.accessToken, 'member');
    for (const token of [b.accessToken, bMember.accessToken]) {
      const attempts = [
        api.call('PATCH', `organizations/${a.organizationId}`, { token, body: { description: 'hijacked' } }),
        api.call('GET', `organizations/${a.organizationId}/members`, { token }),
        api.call('POST', `organizations/${a.organizationId}/invitations`, {
          token,
          body: { email: uniqueEmail(), role: 'admin' },
        }),
        api.call('POST', `organizations/${a.organizationId}/reject-verification`, { token, body: { reason: 'x' } }),
        api.call('POST', `parks/${park.parkId}/memberships`, { token, body: { organizationId: a.organizationId } }),
        api.call('GET', `parks/${park.parkId}/memberships`, { token }),
        api.call('POST', `parks/${park.parkId}/memberships/${a.organizationId}/reject`, {
          token,
          body: { reason: 'x' },
        }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect([403, 404]).toContain(response.status);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }
    const after = await api.call('GET', `organizations/${a.organizationId}`, { token: a.accessToken });
    expect(after.body.description).toBeNull();
    expect(after.body.verificationState).toBe('verified');
  });

  it('revokes the whole refresh family when a rotated refresh token is reused', async () => {
    const session = await api.login(a.email);
    const first = await api.call('POST', 'auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(session.refreshToken);
    // Past the reuse interval (refresh-reuse.test.ts covers the race within it).
    await app.api
      .get(DataSource)
      .query(`UPDATE refresh_tokens SET used_at = used_at - interval '1 minute' WHERE token_hash = $1`, [
        createHash('sha256').update(session.refreshToken).digest('hex'),
      ]);

    const reuse = await api.call('POST', 'auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(reuse.body).toMatchObject({ code: 'REFRESH_TOKEN_INVALID', reason: 'reused' });

    const successor = await api.call('POST', 'auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    expect(successor.status).toBe(401);
    const access = await api.call('GET', 'me', { token: first.body.accessToken });
    expect(access.status).toBe(401);
  });

  it('logout revokes the session: its refresh and access tokens stop working', async () => {
    const session = await api.login(a.email);
    expect((await api.call('POST', 'auth/logout', { token: session.accessToken })).status).toBe(204);
    expect((await api.call('GET', 'me', { token: session.accessToken })).status).toBe(401);
    expect((await api.call('POST', 'auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
  });

  it('slows an account down after repeated failures, then lets the owner in', async () => {
    const victim = await api.registerEnterprise();
    for (let i = 0; i < 5; i++) {
      const wrong = await api.call('POST', 'auth/login', {
        body: { email: victim.email, password: 'wrong password 123' },
      });
      expect(wrong.status).toBe(401);
    }
    const slowed = await api.call('POST', 'auth/login', { body: { email: victim.email, password: GOOD_PASSWORD } });
    expect(slowed.status).toBe(429);
    expect(slowed.body.code).toBe('LOGIN_THROTTLED');
    expect(slowed.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(slowed.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(slowed.headers['retry-after']).toBe(String(slowed.body.retryAfterSeconds));
    // The wait is bounded: once it has passed (simulated by moving the last failure back), the owner gets in.
    const redis = app.api.get<Redis>(REDIS);
    await redis.hset(
      `${app.config.queue.prefix}:login-failures:${victim.email}|127.0.0.1`,
      'last',
      String(Date.now() - 61_000),
    );
    const owner = await api.call('POST', 'auth/login', { body: { email: victim.email, password: GOOD_PASSWORD } });
    expect(owner.status).toBe(200);
  });

  it("an attacker's failures from elsewhere never hold back the owner's client (issue 15, row 3)", async () => {
    const victim = await api.registerEnterprise();
    const login = (remoteAddress: string, password: string) =>
      app.api.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        payload: { email: victim.email, password },
      });
    // The owner has signed in from their client before: it is known to the account.
    expect((await login('192.0.2.50', GOOD_PASSWORD)).statusCode).toBe(200);
    // One guess per wait window from the attacker: slowed down, the attacker alone.
    const attacker: number[] = [];
    for (let i = 0; i < 7; i++) attacker.push((await login('198.51.100.66', 'wrong password 123')).statusCode);
    expect(attacker).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await login('192.0.2.50', GOOD_PASSWORD)).statusCode).toBe(200);
    // Guesses spread over many addresses slow unknown clients down past the account-wide
    // ceiling, but never the owner's known client.
    for (let i = 0; i < 55; i++) await login(`198.51.${100 + Math.floor(i / 4)}.${i}`, 'wrong password 123');
    expect((await login('203.0.113.200', GOOD_PASSWORD)).statusCode).toBe(429);
    expect((await login('192.0.2.50', GOOD_PASSWORD)).statusCode).toBe(200);
  });
});

describe('events', () => {
  it('announces a registration through the outbox, carrying the request id', async () => {
    const response = await api.call('POST', 'auth/register', {
      headers: { 'x-request-id': 'trace-registration-1' },
      body: {
        organization: { name: '事件测试有限公司', uscc: makeUscc() },
        user: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'E' },
      },
    });
    expect(response.status).toBe(201);
    const dataSource = app.api.get(DataSource);
    const rows: Array<{ type: string; request_id: string; payload: { organizationId: string } }> =
      await dataSource.query(`SELECT type, request_id, payload FROM outbox WHERE aggregate_id = $1`, [
        response.body.organization.id,
      ]);
    expect(rows).toEqual([
      {
        type: 'organization.registered',
        request_id: 'trace-registration-1',
        payload: expect.objectContaining({ organizationId: response.body.organization.id }),
      },
    ]);
  });
});

describe('bad input', () => {
  it('names the USCC check that failed', async () => {
    const response = await api.call('POST', 'auth/register', {
      body: {
        organization: { name: '坏代码公司', uscc: '91350200776049653B' },
        user: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'X' },
      },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'USCC_INVALID', check: 'check_character' });
  });

  it('refuses a duplicate credit code or email with 409, and leaves nothing half-created', async () => {
    const first = await api.registerEnterprise();
    const dupUscc = await api.call('POST', 'auth/register', {
      body: {
        organization: { name: '重复公司', uscc: first.uscc.toLowerCase() },
        user: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'X' },
      },
    });
    expect(dupUscc.status).toBe(409);
    expect(dupUscc.body.code).toBe('USCC_TAKEN');

    const freshUscc = makeUscc();
    const dupEmail = await api.call('POST', 'auth/register', {
      body: {
        organization: { name: '新公司', uscc: freshUscc },
        user: { email: first.email.toUpperCase(), password: GOOD_PASSWORD, displayName: 'X' },
      },
    });
    expect(dupEmail.status).toBe(409);
    expect(dupEmail.body.code).toBe('EMAIL_TAKEN');
    // The organization of the failed sign-up was not kept: its credit code is still free.
    await expect(api.registerEnterprise({ uscc: freshUscc })).resolves.toMatchObject({ uscc: freshUscc });
  });

  it.each([
    ['short', 'short pw'],
    ['common', 'Password123'],
  ])('refuses a %s password with 422', async (_what, password) => {
    const response = await api.call('POST', 'auth/register', {
      body: {
        organization: { name: '密码公司', uscc: makeUscc() },
        user: { email: uniqueEmail(), password, displayName: 'X' },
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('PASSWORD_TOO_WEAK');
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    const someone = await api.registerEnterprise();
    const wrong = await api.call('POST', 'auth/login', {
      body: { email: someone.email, password: 'not the password' },
    });
    const unknown = await api.call('POST', 'auth/login', {
      body: { email: uniqueEmail('nobody'), password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    const strip = ({ correlationId: _, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
  });

  it('refuses unknown and malformed fields with 400', async () => {
    const extra = await api.call('POST', 'auth/register', {
      body: {
        organization: { name: 'X公司', uscc: makeUscc(), admin: true },
        user: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'X' },
      },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('VALIDATION_FAILED');
    expect(extra.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'organization.admin' })]),
    );
    const loginExtra = await api.call('POST', 'auth/login', {
      body: { email: 'a@b.cn', password: 'x', role: 'admin' },
    });
    expect(loginExtra.status).toBe(400);
    const wrongType = await api.call('POST', 'auth/login', { body: { email: 42, password: 'x' } });
    expect(wrongType.status).toBe(400);
    const form = await api.call('POST', 'auth/login', { headers: { 'content-type': 'text/plain' }, body: 'email=a' });
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers values PostgreSQL would refuse with 4xx, never 500', async () => {
    const owner = await api.registerEnterprise();
    const register = (organization: Record<string, unknown>) =>
      api.call('POST', 'auth/register', {
        body: {
          organization: { uscc: makeUscc(), ...organization },
          user: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'X' },
        },
      });
    expect((await register({ name: '大公司', employees: 3_000_000_000 })).status).toBe(400);
    const nul = await register({ name: '空字符\u0000公司' });
    expect(nul.status).toBe(422);
    // Refused where it enters, naming the field (issue 15, row 10), not when PostgreSQL balks.
    expect(nul.body).toMatchObject({ code: 'INVALID_CHARACTERS', field: 'organization.name' });
    expect((await register({ name: ' 一' })).status).toBe(422);
    const cleared = await api.call('PATCH', `organizations/${owner.organizationId}`, {
      token: owner.accessToken,
      body: { name: null },
    });
    expect(cleared.status).toBe(400);
  });
});
