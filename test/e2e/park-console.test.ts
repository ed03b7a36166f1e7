import { corpusBody } from '../support/deals';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * What the park operator's console reads (issue 18): the park's verification queue with
 * each credit code read and each size class explained, the park's audit trail with its
 * filters, and the park's editable moderation reasons. Another park's operator gets 404.
 */
let app: TestApp;
let api: Api;
let admin: Session;
let parkId: string;
let operator: Session;
let otherOperator: Session;
let enterprise: Enterprise;

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  ({ parkId, operator } = await api.createPark(admin.accessToken, '控制台测试园区'));
  ({ operator: otherOperator } = await api.createPark(admin.accessToken, '另一个园区'));
  enterprise = await api.registerEnterprise({ regionCode: '320594' });
  const patched = await api.call('PATCH', `organizations/${enterprise.organizationId}`, {
    token: enterprise.accessToken,
    body: {
      industrySection: 'C',
      industryDivision: 'C34',
      employees: 150,
      annualRevenueFen: 50_000_000_00,
      badge: {
        tier: 'provincial',
        issuingAuthority: '江苏省工业和信息化厅',
        certificateNumber: 'JS-ZJTX-2025-0042',
        expiresOn: '2028-06-30',
      },
    },
  });
  expect(patched.status).toBe(200);
  await api.call('POST', `parks/${parkId}/memberships`, {
    token: enterprise.accessToken,
    body: { organizationId: enterprise.organizationId },
  });
  const approved = await api.call('POST', `parks/${parkId}/memberships/${enterprise.organizationId}/approve`, {
    token: operator.accessToken,
  });
  expect(approved.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('GET /parks/:id/verifications', () => {
  it('lists the unverified enterprise with its credit code read and its size class explained', async () => {
    const queue = await api.call('GET', `parks/${parkId}/verifications`, { token: operator.accessToken });
    expect(queue.status).toBe(200);
    expect(queue.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(queue.body.items[0]).toMatchObject({
      organizationId: enterprise.organizationId,
      membershipStatus: 'approved',
      verificationState: 'unverified',
      uscc: enterprise.uscc,
      creditCode: {
        registrationAuthority: 'market_regulation',
        entityType: 'enterprise',
        regionCode: '320594',
        region: [{ name: '江苏省' }, { name: '苏州市' }, { name: '苏州工业园区', nameEn: 'Suzhou Industrial Park' }],
      },
      size: { sizeClass: 'small', sector: 'industry', employees: 150, annualRevenueFen: 50_000_000_00 },
      badge: { tier: 'provincial', status: 'pending', certificateNumber: 'JS-ZJTX-2025-0042' },
    });
  });

  it('keeps it in the pending queue while its badge awaits review, and lists it as verified', async () => {
    const verified = await api.call('POST', `organizations/${enterprise.organizationId}/verify`, {
      token: operator.accessToken,
    });
    expect(verified.status).toBe(200);
    const pending = await api.call('GET', `parks/${parkId}/verifications?state=pending`, {
      token: operator.accessToken,
    });
    expect(pending.body.items.map((i: { organizationId: string }) => i.organizationId)).toEqual([
      enterprise.organizationId,
    ]);
    await api.call('POST', `organizations/${enterprise.organizationId}/badge/verify`, { token: operator.accessToken });
    const after = await api.call('GET', `parks/${parkId}/verifications`, { token: operator.accessToken });
    expect(after.body).toMatchObject({ items: [], total: 0 });
    const all = await api.call('GET', `parks/${parkId}/verifications?state=verified`, { token: operator.accessToken });
    expect(all.body.items[0]).toMatchObject({ verificationState: 'verified', badge: { status: 'verified' } });
  });

  it("refuses another park's operator with 404, and an unknown state with a problem", async () => {
    const other = await api.call('GET', `parks/${parkId}/verifications`, { token: otherOperator.accessToken });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('PARK_NOT_FOUND');
    const bad = await api.call('GET', `parks/${parkId}/verifications?state=maybe`, { token: operator.accessToken });
    expect([400, 422]).toContain(bad.status);
    expect(String(bad.headers['content-type'])).toMatch(/problem\+json/);
  });
});

describe('GET /parks/:id/audit', () => {
  let listingId: string;

  beforeAll(async () => {
    const created = await api.call('POST', 'listings', { token: enterprise.accessToken, body: corpusBody('C001') });
    expect(created.status).toBe(201);
    listingId = created.body.id;
    await api.call('POST', `listings/${listingId}/submit`, { token: enterprise.accessToken });
    const rejected = await api.call('POST', `listings/${listingId}/reject`, {
      token: operator.accessToken,
      body: { reason: '价格或计价单位不清楚' },
    });
    expect(rejected.status).toBe(200);
  });

  it("lists what happened to the park's listings, newest first, with the actor's name", async () => {
    const trail = await api.call('GET', `parks/${parkId}/audit`, { token: operator.accessToken });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['reject', 'submit', 'create']);
    expect(trail.body.items[0]).toMatchObject({
      listingId,
      reason: '价格或计价单位不清楚',
      actorName: 'Operator',
      listingKind: 'capacity',
    });
    expect(trail.body.total).toBe(3);
  });

  it('filters by action, actor, words, time and page', async () => {
    const get = async (query: string) =>
      (await api.call('GET', `parks/${parkId}/audit?${query}`, { token: operator.accessToken })).body;
    expect((await get('action=reject')).items).toHaveLength(1);
    expect((await get(`actor=${enterprise.userId}`)).items.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'create',
    ]);
    expect((await get(`q=${encodeURIComponent('计价单位')}`)).total).toBe(1);
    expect((await get('q=nothing-like-this')).total).toBe(0);
    expect((await get(`from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).total).toBe(0);
    expect((await get('to=2020-01-01T00:00:00Z')).total).toBe(0);
    const second = await get('limit=2&page=2');
    expect(second).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(second.items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it("answers 404 to another park's operator and to the park's enterprise", async () => {
    for (const token of [otherOperator.accessToken, enterprise.accessToken]) {
      const response = await api.call('GET', `parks/${parkId}/audit`, { token });
      expect(response.status).toBe(404);
    }
    const bad = await api.call('GET', `parks/${parkId}/audit?from=yesterday`, { token: operator.accessToken });
    expect([400, 422]).toContain(bad.status);
  });
});

describe('GET /moderation/listings?park=', () => {
  it("lists one park's queue for its operator, and answers 404 for a park one does not moderate", async () => {
    const created = await api.call('POST', 'listings', { token: enterprise.accessToken, body: corpusBody('E001') });
    await api.call('POST', `listings/${created.body.id}/submit`, { token: enterprise.accessToken });
    const queue = await api.call('GET', `moderation/listings?park=${parkId}`, { token: operator.accessToken });
    expect(queue.status).toBe(200);
    expect(queue.body.map((l: { id: string }) => l.id)).toContain(created.body.id);
    const forAdmin = await api.call('GET', `moderation/listings?park=${parkId}`, { token: admin.accessToken });
    expect(forAdmin.body.map((l: { ownerOrganizationId: string }) => l.ownerOrganizationId)).toEqual(
      forAdmin.body.map(() => enterprise.organizationId),
    );
    const other = await api.call('GET', `moderation/listings?park=${parkId}`, { token: otherOperator.accessToken });
    expect(other.status).toBe(404);
  });
});

describe('/parks/:id/reason-templates', () => {
  it('starts from the defaults in both languages, for every kind of decision', async () => {
    const list = await api.call('GET', `parks/${parkId}/reason-templates`, { token: operator.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.isDefault).toBe(true);
    const kinds = new Set(list.body.templates.map((t: { kind: string }) => t.kind));
    expect([...kinds].sort()).toEqual(['badge', 'membership', 'reject', 'suspend', 'verification']);
    for (const t of list.body.templates) {
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en).toMatch(/[a-z]/);
    }
  });

  it("saves the park's own list, which only its operators see", async () => {
    const templates = [{ kind: 'reject', zh: ' 请补充检测报告。 ', en: 'Add the test report.' }];
    const saved = await api.call('PUT', `parks/${parkId}/reason-templates`, {
      token: operator.accessToken,
      body: { templates },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      isDefault: false,
      templates: [{ kind: 'reject', zh: '请补充检测报告。', en: 'Add the test report.' }],
    });
    const again = await api.call('GET', `parks/${parkId}/reason-templates`, { token: admin.accessToken });
    expect(again.body.templates).toHaveLength(1);
    const other = await api.call('GET', `parks/${parkId}/reason-templates`, { token: otherOperator.accessToken });
    expect(other.status).toBe(404);
    const theirs = await api.call('PUT', `parks/${parkId}/reason-templates`, {
      token: otherOperator.accessToken,
      body: { templates },
    });
    expect(theirs.status).toBe(404);
  });

  it('refuses a template of an unknown kind or without its text', async () => {
    for (const template of [
      { kind: 'approve', zh: '好', en: 'Fine' },
      { kind: 'reject', zh: '', en: 'Empty Chinese' },
    ]) {
      const response = await api.call('PUT', `parks/${parkId}/reason-templates`, {
        token: operator.accessToken,
        body: { templates: [template] },
      });
      expect([400, 422]).toContain(response.status);
    }
    const list = await api.call('GET', `parks/${parkId}/reason-templates`, { token: operator.accessToken });
    expect(list.body.templates).toHaveLength(1);
  });
});
