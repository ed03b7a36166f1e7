import jwt from 'jsonwebtoken';
import { ADMIN_ENV, Api, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { corpusBody } from '../support/deals';
import { OrganizationDirectory } from '@rongtong/identity';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm, tinyPdf, tinyPng } from '../support/uploads';

/** Issue 15: what an attacker tried, one test (or a few) per row that needs no journey of its own. */
let app: TestApp;
let api: Api;
let owner: Enterprise;

beforeAll(async () => {
  app = await startTestApp({
    env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000', WEBHOOK_ALLOWED_PORTS: '443,8443' },
  });
  api = new Api(app);
  owner = await api.registerEnterprise();
});

afterAll(async () => {
  await app?.close();
});

describe('row 13 and 10: access tokens', () => {
  const me = (token: string) => api.call('GET', 'me', { token });
  const forge = (claims: Record<string, unknown>, options: jwt.SignOptions = {}) =>
    jwt.sign(claims, app.config.jwt.secret, {
      algorithm: 'HS256',
      issuer: app.config.jwt.issuer,
      audience: app.config.jwt.audience,
      ...options,
    });
  const ownClaims = () => {
    const { sub, sid } = jwt.decode(owner.accessToken) as { sub: string; sid: string };
    return { sub, sid };
  };

  it('accepts a well-formed token signed with the key (the forgeries below differ in one thing each)', async () => {
    expect((await me(forge(ownClaims(), { expiresIn: 600 }))).status).toBe(200);
  });

  it('refuses a token without exp', async () => {
    const response = await me(forge(ownClaims()));
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('refuses a token living longer than the access TTL', async () => {
    expect((await me(forge(ownClaims(), { expiresIn: '30d' }))).status).toBe(401);
  });

  it('refuses a token whose session id is not a UUID with 401, before any lookup', async () => {
    const response = await me(forge({ ...ownClaims(), sid: 'not-a-uuid' }, { expiresIn: 600 }));
    expect(response.status).toBe(401);
  });
});

describe('row 14: downloads never run as a page of ours', () => {
  it('serves attachments with a sandboxing CSP and nosniff', async () => {
    const created = await api.call('POST', 'listings', { token: owner.accessToken, body: corpusBody('C001') });
    expect(created.status).toBe(201);
    for (const [name, content] of [
      ['photo.png', tinyPng()],
      ['spec.pdf', tinyPdf()],
    ] as const) {
      const form = multipartForm([
        { name: 'purpose', value: name.endsWith('.png') ? 'photo' : 'document' },
        { name: 'file', filename: name, content },
      ]);
      const uploaded = await api.call('POST', `listings/${created.body.id}/attachments`, {
        token: owner.accessToken,
        body: form.body,
        headers: form.headers,
      });
      expect(uploaded.status).toBe(201);
      const download = await app.api.inject({
        method: 'GET',
        url: `/api/v1/listings/${created.body.id}/attachments/${uploaded.body.id}`,
        headers: { authorization: `Bearer ${owner.accessToken}` },
      });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('row 12: webhooks cannot probe ports', () => {
  it('refuses other ports than the allowed ones at registration, naming the field', async () => {
    const register = (url: string) =>
      api.call('POST', `organizations/${owner.organizationId}/webhooks`, { token: owner.accessToken, body: { url } });
    for (const url of [
      'https://hooks.example.com:22/x',
      'http://hooks.example.com/x',
      'https://hooks.example.com:6379/',
    ]) {
      const refused = await register(url);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'WEBHOOK_URL_INVALID', field: 'url' });
      expect(refused.body.detail).toContain('443 or 8443');
    }
    expect((await register('https://hooks.example.com:8443/x')).status).toBe(201);
    expect((await register('https://hooks.example.com/y')).status).toBe(201);
  });
});

describe('row 4: a claimed 专精特新 badge', () => {
  it('is pending, neither shown nor scored, until an operator of its park verifies it', async () => {
    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const claimant = await api.registerEnterprise();
    const park = await api.createPark(admin.accessToken, `认定园区${claimant.uscc.slice(10, 14)}`);
    await api.call('POST', `parks/${park.parkId}/memberships`, {
      token: claimant.accessToken,
      body: { organizationId: claimant.organizationId },
    });
    await api.call('POST', `parks/${park.parkId}/memberships/${claimant.organizationId}/approve`, {
      token: park.operator.accessToken,
    });
    const badge = {
      tier: 'little_giant',
      issuingAuthority: '工业和信息化部',
      certificateNumber: '编造-001',
      expiresOn: '2029-12-31',
    };
    const claimed = await api.call('PATCH', `organizations/${claimant.organizationId}`, {
      token: claimant.accessToken,
      body: { badge },
    });
    expect(claimed.status).toBe(200);
    expect(claimed.body.badgeOnRecord).toEqual({ ...badge, status: 'pending' });
    expect(claimed.body.badge).toBeNull();
    const publicly = async () => (await api.call('GET', `organizations/${claimant.organizationId}`)).body.badge;
    expect(await publicly()).toBeNull();
    const facts = async () =>
      (await app.api.get(OrganizationDirectory).factsOfMany([claimant.organizationId])).get(claimant.organizationId)!
        .badge;
    expect(await facts()).toBeNull();

    // Another enterprise's owner cannot verify it; the operator of its park can.
    const stranger = await api.call('POST', `organizations/${claimant.organizationId}/badge/verify`, {
      token: owner.accessToken,
    });
    expect(stranger.status).toBe(404);
    const verified = await api.call('POST', `organizations/${claimant.organizationId}/badge/verify`, {
      token: park.operator.accessToken,
    });
    expect(verified.status).toBe(200);
    expect(await publicly()).toMatchObject({ tier: 'little_giant' });
    expect(await facts()).toBe('little_giant');
    const again = await api.call('POST', `organizations/${claimant.organizationId}/badge/reject`, {
      token: park.operator.accessToken,
      body: { reason: '重复' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BADGE_NOT_PENDING');

    // A new claim (another tier) goes back to pending.
    await api.call('PATCH', `organizations/${claimant.organizationId}`, {
      token: claimant.accessToken,
      body: { badge: { ...badge, tier: 'innovative_sme' } },
    });
    expect(await publicly()).toBeNull();
  });
});

describe('row 7: impossible dates', () => {
  it("refuses a badge's expiresOn of 2027-02-30 naming the field", async () => {
    const response = await api.call('PATCH', `organizations/${owner.organizationId}`, {
      token: owner.accessToken,
      body: {
        badge: {
          tier: 'provincial',
          issuingAuthority: '江苏省工业和信息化厅',
          certificateNumber: 'JS-1',
          expiresOn: '2027-02-30',
        },
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.field ?? response.body.errors?.[0]?.field).toMatch(/expiresOn/);
  });
});

// Last: an app built later takes over passport's process-wide 'jwt' strategy (test-app.ts).
describe('row 11: production metrics', () => {
  const production = (extra: Record<string, string> = {}) =>
    startTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'a production jwt secret of enough length 0123',
        SECRETS_KEY: 'a production secrets key of enough length 4567',
        MAIL_DIR: '',
        ...extra,
      },
    });

  it('are served only with the metrics token; without one configured, not at all', async () => {
    const token = 'metrics-token-for-the-scraper-0123456789';
    const guarded = await production({ METRICS_TOKEN: token });
    try {
      const anonymous = await guarded.api.inject({ method: 'GET', url: '/metrics' });
      expect(anonymous.statusCode).toBe(401);
      const wrong = await guarded.api.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${token.replace('0', '1')}` },
      });
      expect(wrong.statusCode).toBe(401);
      const scraper = await guarded.api.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(scraper.statusCode).toBe(200);
      expect(scraper.body).toContain('http_request_duration_seconds');
    } finally {
      await guarded.close();
    }
    const closed = await production();
    try {
      expect((await closed.api.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await closed.close();
    }
  });

  it('stay open in development and tests', async () => {
    expect((await app.api.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
  });
});
