import { DataSource } from 'typeorm';
import { listingBody, loadCorpus } from '../support/corpus';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let admin: Session;
let provider: Enterprise;
let parkP: { parkId: string; operator: Session };
let parkQ: { parkId: string; operator: Session };
const corpus = loadCorpus();
const pick = (ref: string) => corpus.find((l) => l.ref === ref)!;

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  provider = await api.registerEnterprise();
  parkP = await api.createPark(admin.accessToken, '上市园区P');
  parkQ = await api.createPark(admin.accessToken, '别的园区Q', '310115');
  await api.call('POST', `parks/${parkP.parkId}/memberships`, {
    token: provider.accessToken,
    body: { organizationId: provider.organizationId },
  });
  await api.call('POST', `parks/${parkP.parkId}/memberships/${provider.organizationId}/approve`, {
    token: parkP.operator.accessToken,
  });
  await api.call('POST', `organizations/${provider.organizationId}/verify`, { token: parkP.operator.accessToken });
}, 60_000);

afterAll(async () => {
  await app?.close();
});

async function createListing(ref: string, extra: Record<string, unknown> = {}) {
  const response = await api.call('POST', 'listings', {
    token: provider.accessToken,
    body: listingBody(pick(ref), extra),
  });
  if (response.status !== 201) throw new Error(`create ${ref}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; status: string; version: number };
}

describe('listing journey', () => {
  const ids: Record<string, string> = {};

  it('a provider creates one listing of each kind and submits them', async () => {
    for (const ref of ['C001', 'E001', 'P001']) {
      const listing = await createListing(ref);
      expect(listing.status).toBe('draft');
      ids[ref] = listing.id;
      const submitted = await api.call('POST', `listings/${listing.id}/submit`, { token: provider.accessToken });
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('pending_review');
    }
    const ip = await api.call('GET', `listings/${ids.P001}`, { token: provider.accessToken });
    expect(ip.body.details.patentNumber).toMatch(/^\d{12}\.[\dX]$/);
  });

  it("the operator of the provider's park sees them; another park's operator sees none", async () => {
    const queueP = await api.call('GET', 'moderation/listings?status=pending_review', {
      token: parkP.operator.accessToken,
    });
    expect(queueP.status).toBe(200);
    expect(queueP.body.map((l: { id: string }) => l.id).sort()).toEqual(Object.values(ids).sort());
    const queueQ = await api.call('GET', 'moderation/listings', { token: parkQ.operator.accessToken });
    expect(queueQ.body).toEqual([]);
    for (const id of Object.values(ids)) {
      expect((await api.call('GET', `listings/${id}`, { token: parkQ.operator.accessToken })).status).toBe(404);
      expect((await api.call('POST', `listings/${id}/approve`, { token: parkQ.operator.accessToken })).status).toBe(
        404,
      );
    }
    expect((await api.call('GET', `listings/${ids.C001}`)).status).toBe(404);
  });

  it('the operator approves one and rejects one with a reason', async () => {
    const approved = await api.call('POST', `listings/${ids.C001}/approve`, { token: parkP.operator.accessToken });
    expect(approved.body).toMatchObject({ status: 'published' });
    const noReason = await api.call('POST', `listings/${ids.E001}/reject`, {
      token: parkP.operator.accessToken,
      body: {},
    });
    expect(noReason.status).toBe(400);
    const rejected = await api.call('POST', `listings/${ids.E001}/reject`, {
      token: parkP.operator.accessToken,
      body: { reason: '请补充设备校准证书' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: '请补充设备校准证书' });
    const publicView = await api.call('GET', `listings/${ids.C001}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body).not.toHaveProperty('statusReason');
    // Created, submitted and approved (each counted by park analytics); published once, for search.
    const outbox = await app.api
      .get(DataSource)
      .query(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY created_at, type`, [ids.C001]);
    expect(outbox).toEqual([
      { type: 'listing.created' },
      { type: 'listing.status_changed' },
      { type: 'listing.published' },
      { type: 'listing.status_changed' },
    ]);
  });

  it('an edit of a published listing waits for review while the live version stays', async () => {
    const live = await api.call('GET', `listings/${ids.C001}`, { token: provider.accessToken });
    const edit = await api.call('PATCH', `listings/${ids.C001}`, {
      token: provider.accessToken,
      headers: { 'if-match': `"${live.body.version}"` },
      body: { title: '五轴联动CNC加工（新增产线）' },
    });
    expect(edit.status).toBe(200);
    expect(edit.body.title).toBe(live.body.title);
    expect(edit.body.pendingRevision.content.title).toBe('五轴联动CNC加工（新增产线）');
    const stale = await api.call('PATCH', `listings/${ids.C001}`, {
      token: provider.accessToken,
      body: { version: live.body.version, title: '过期的编辑' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('LISTING_VERSION_CONFLICT');
    const approved = await api.call('POST', `listings/${ids.C001}/approve`, { token: parkP.operator.accessToken });
    expect(approved.body).toMatchObject({
      status: 'published',
      title: '五轴联动CNC加工（新增产线）',
      pendingRevision: null,
    });
  });

  it('a platform admin suspends one; it leaves public view', async () => {
    const suspended = await api.call('POST', `listings/${ids.C001}/suspend`, {
      token: admin.accessToken,
      body: { reason: '收到虚假宣传举报' },
    });
    expect(suspended.body.status).toBe('suspended');
    expect((await api.call('GET', `listings/${ids.C001}`)).status).toBe(404);
  });

  it('the owner reads the audit trail', async () => {
    const trail = await api.call('GET', `listings/${ids.C001}/audit`, { token: provider.accessToken });
    expect(trail.status).toBe(200);
    expect(trail.body.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'approve',
      'revise',
      'approve_revision',
      'suspend',
    ]);
    expect(trail.body.at(-1)).toMatchObject({
      reason: '收到虚假宣传举报',
      before: { status: 'published' },
      after: { status: 'suspended' },
    });
    expect((await api.call('GET', `listings/${ids.C001}/audit`, { token: parkQ.operator.accessToken })).status).toBe(
      404,
    );
  });

  it('reports reach the moderation queue', async () => {
    await api.call('POST', `listings/${ids.C001}/reinstate`, { token: parkP.operator.accessToken });
    const sme = await api.registerEnterprise();
    const report = await api.call('POST', `listings/${ids.C001}/reports`, {
      token: sme.accessToken,
      body: { reason: '价格与实际不符' },
    });
    expect(report.status).toBe(201);
    const reported = await api.call('GET', 'moderation/listings?status=reported', {
      token: parkP.operator.accessToken,
    });
    expect(reported.body).toEqual([expect.objectContaining({ id: ids.C001, openReports: 1 })]);
  });
});

describe('bad input', () => {
  it.each([
    [
      'a wrong patent check digit',
      'P001',
      { details: { ...pick('P001').details, patentNumber: '201080063196.8' } },
      'PATENT_NUMBER_INVALID',
      'details.patentNumber',
    ],
    [
      'capacity quantity 0',
      'C001',
      { details: { ...pick('C001').details, capacity: { quantity: 0, unit: 'machine_hour', per: 'month' } } },
      'LISTING_INVALID',
      'details.capacity.quantity',
    ],
    ['a negative price', 'C001', { priceFen: -1 }, 'LISTING_INVALID', 'priceFen'],
    ['an unknown category', 'C001', { category: '炼金术' }, 'LISTING_INVALID', 'category'],
  ])('%s → 422 naming the field', async (_what, ref, extra, code, field) => {
    const response = await api.call('POST', 'listings', {
      token: provider.accessToken,
      body: listingBody(pick(ref), extra),
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(code);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses a design patent number declared as an invention', async () => {
    const design = corpus.find((l) => l.kind === 'ip' && l.details.patentType === 'design')!;
    const response = await api.call('POST', 'listings', {
      token: provider.accessToken,
      body: listingBody(design, { details: { ...design.details, patentType: 'invention' } }),
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('PATENT_TYPE_MISMATCH');
  });

  it('refuses an illegal transition with 409 LISTING_STATE_CONFLICT', async () => {
    const draft = await createListing('C002');
    const response = await api.call('POST', `listings/${draft.id}/approve`, { token: parkP.operator.accessToken });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'LISTING_STATE_CONFLICT',
      status: 409,
      allowedActions: ['submit', 'archive'],
    });
  });

  it('lets only verified enterprises submit', async () => {
    const newcomer = await api.registerEnterprise();
    const draft = await api.call('POST', 'listings', { token: newcomer.accessToken, body: listingBody(pick('C003')) });
    expect(draft.status).toBe(201);
    const submit = await api.call('POST', `listings/${draft.body.id}/submit`, { token: newcomer.accessToken });
    expect(submit.status).toBe(403);
    expect(submit.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
  });
});

describe("an organization's listings", () => {
  it('shows members every status and others only what is published', async () => {
    const draft = await createListing('C004');
    const own = await api.call('GET', `organizations/${provider.organizationId}/listings`, {
      token: provider.accessToken,
    });
    expect(own.status).toBe(200);
    expect(own.body.map((l: { id: string }) => l.id)).toContain(draft.id);
    const drafts = await api.call('GET', `organizations/${provider.organizationId}/listings?status=draft`, {
      token: provider.accessToken,
    });
    expect(drafts.body.every((l: { status: string }) => l.status === 'draft')).toBe(true);
    const outsider = await api.call('GET', `organizations/${provider.organizationId}/listings`);
    expect(outsider.status).toBe(200);
    expect(outsider.body.map((l: { id: string }) => l.id)).not.toContain(draft.id);
    expect(outsider.body.every((l: { status: string }) => l.status === 'published')).toBe(true);
    expect(outsider.body.length).toBeGreaterThan(0);
  });
});

describe('review fixes', () => {
  it('refuses a second listing with the same externalRef with 409', async () => {
    const first = await api.call('POST', 'listings', {
      token: provider.accessToken,
      body: listingBody(pick('C005'), { externalRef: 'SKU-1' }),
    });
    expect(first.status).toBe(201);
    const again = await api.call('POST', 'listings', {
      token: provider.accessToken,
      body: listingBody(pick('C005'), { externalRef: 'SKU-1' }),
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EXTERNAL_REF_TAKEN');
  });

  it('builds a further edit of a live listing on its pending revision', async () => {
    const listing = await createListing('C006');
    await api.call('POST', `listings/${listing.id}/submit`, { token: provider.accessToken });
    const live = await api.call('POST', `listings/${listing.id}/approve`, { token: parkP.operator.accessToken });
    const first = await api.call('PATCH', `listings/${listing.id}`, {
      token: provider.accessToken,
      body: { version: live.body.version, title: '改过的标题' },
    });
    const second = await api.call('PATCH', `listings/${listing.id}`, {
      token: provider.accessToken,
      body: { version: first.body.version, priceFen: 12_345 },
    });
    expect(second.body.pendingRevision.content).toMatchObject({ title: '改过的标题', priceFen: 12_345 });
    // The organization's list says so too, as the listing itself does.
    const own = await api.call('GET', `organizations/${provider.organizationId}/listings?status=published`, {
      token: provider.accessToken,
    });
    const listed = own.body.find((l: { id: string }) => l.id === listing.id);
    expect(listed.title).toBe(live.body.title);
    expect(listed.pendingRevision).toMatchObject({ content: { title: '改过的标题' } });
  });

  it("keeps a reporter's identity from the owner's audit trail", async () => {
    const listing = await createListing('C007');
    await api.call('POST', `listings/${listing.id}/submit`, { token: provider.accessToken });
    await api.call('POST', `listings/${listing.id}/approve`, { token: parkP.operator.accessToken });
    const reporter = await api.registerEnterprise();
    await api.call('POST', `listings/${listing.id}/reports`, {
      token: reporter.accessToken,
      body: { reason: '疑似虚假' },
    });
    const ownerView = await api.call('GET', `listings/${listing.id}/audit`, { token: provider.accessToken });
    expect(ownerView.body.find((e: { action: string }) => e.action === 'report')).toMatchObject({
      actorUserId: null,
      reason: null,
    });
    const moderatorView = await api.call('GET', `listings/${listing.id}/audit`, { token: parkP.operator.accessToken });
    expect(moderatorView.body.find((e: { action: string }) => e.action === 'report')).toMatchObject({
      reason: '疑似虚假',
    });
  });
});

describe('moderating a revision', () => {
  it('refuses an approval made on a version the owner has since edited', async () => {
    const listing = await createListing('C008');
    await api.call('POST', `listings/${listing.id}/submit`, { token: provider.accessToken });
    const live = await api.call('POST', `listings/${listing.id}/approve`, { token: parkP.operator.accessToken });
    const first = await api.call('PATCH', `listings/${listing.id}`, {
      token: provider.accessToken,
      body: { version: live.body.version, title: '第一次修改' },
    });
    const seen = first.body.version; // what the moderator looked at
    await api.call('PATCH', `listings/${listing.id}`, {
      token: provider.accessToken,
      body: { version: seen, title: '偷偷再改' },
    });
    const stale = await api.call('POST', `listings/${listing.id}/approve`, {
      token: parkP.operator.accessToken,
      headers: { 'if-match': `"${seen}"` },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('LISTING_VERSION_CONFLICT');
    const current = await api.call('GET', `listings/${listing.id}`, { token: parkP.operator.accessToken });
    expect(current.body.title).not.toBe('偷偷再改');
  });
});
