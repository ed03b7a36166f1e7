import { NotifyRfqEventUseCase } from '@rongtong/notifications';
import { SearchIndexer, SupplierIndexer } from '@rongtong/search';
import type { DataSource } from 'typeorm';
import { corpusBody, type ProviderWorld, publishListing, testDb, verifiedProvider } from '../support/deals';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm, tinyPdf } from '../support/uploads';

/**
 * Sourcing (issue 19), in one app boot: a verified buyer posts RFQs; suppliers it may
 * reach read, ask, accept its NDA and quote; quotes stay sealed until closing; the buyer
 * compares and splits the award, which opens one order deal per supplier; the orders
 * run to completion with reviews. Plus the refusals, visibility and the directory.
 */
let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let buyer: Enterprise;
let supplierA: Enterprise; // verified, in the buyer's park, with a published 5-axis CNC listing
let supplierB: Enterprise; // a plain enterprise elsewhere
let outsider: Enterprise; // never invited
let cncListing: string;

const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '供应链测试园区');
  buyer = world.provider;
  supplierA = await api.registerEnterprise({ regionCode: '320594' });
  await api.call('POST', `parks/${world.parkId}/memberships`, {
    token: supplierA.accessToken,
    body: { organizationId: supplierA.organizationId },
  });
  await api.call('POST', `parks/${world.parkId}/memberships/${supplierA.organizationId}/approve`, {
    token: world.operator.accessToken,
  });
  await api.call('POST', `organizations/${supplierA.organizationId}/verify`, { token: world.operator.accessToken });
  cncListing = await publishListing(api, { ...world, provider: supplierA }, corpusBody('C001'));
  await app.api.get(SearchIndexer, { strict: false }).sync([cncListing]);
  supplierB = await api.registerEnterprise({ regionCode: '310115' });
  outsider = await api.registerEnterprise({ regionCode: '440300' });
}, 90_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const rfqBody = (extra: Record<string, unknown> = {}) => ({
  title: '6061 铝合金壳体 CNC 加工',
  description: '阳极氧化，公差 ±0.02 mm，分两批交货',
  category: '机械加工',
  process: '五轴CNC加工',
  materials: ['铝合金6061'],
  quantity: 20_000,
  unit: 'piece',
  deliveryDate: chinaDate(60),
  deliveryRegionCode: '320594',
  certifications: ['iso 9001'],
  targetUnitPriceFen: 1_250,
  quoteDeadline: inDays(7),
  visibility: 'public',
  ...extra,
});

const quoteBody = (extra: Record<string, unknown> = {}) => ({
  priceBreaks: [
    { minQuantity: 1_000, unitPriceFen: 1_400 },
    { minQuantity: 10_000, unitPriceFen: 1_200 },
  ],
  leadTimeDays: 21,
  validUntil: chinaDate(30),
  notes: '含首件检测报告',
  ...extra,
});

async function postRfq(extra: Record<string, unknown> = {}, token = buyer.accessToken): Promise<any> {
  const response = await api.call('POST', 'rfqs', { token, body: rfqBody(extra) });
  if (response.status !== 201) throw new Error(`rfq failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const outboxOf = (type: string, aggregateId: string) =>
  db.query(`SELECT payload FROM outbox WHERE type = $1 AND aggregate_id = $2 ORDER BY created_at`, [type, aggregateId]);

/** Delivers the RFQ's last event of `type` as the worker's notifications queue would. */
async function deliverLast(type: string, rfqId: string) {
  const [event] = await db.query(
    `SELECT id, type, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload
       FROM outbox WHERE type = $1 AND aggregate_id = $2 ORDER BY created_at DESC LIMIT 1`,
    [type, rfqId],
  );
  if (!event) throw new Error(`no ${type} for ${rfqId}`);
  await app.api.get(NotifyRfqEventUseCase, { strict: false }).execute({
    ...event,
    occurredAt: new Date().toISOString(),
    requestId: null,
  });
}

const inboxOf = async (token: string, type: string, rfqId: string) =>
  (await api.call('GET', 'notifications?limit=100', { token })).body.items.filter(
    (n: any) => n.type === type && n.data?.rfqId === rfqId,
  );

const auditOf = (rfqId: string) =>
  db.query(
    `SELECT action, reason, details, actor_user_id AS "actorUserId" FROM rfq_audit WHERE rfq_id = $1 ORDER BY created_at`,
    [rfqId],
  );

describe('posting RFQs', () => {
  it('posts an open RFQ: 201, normalised, the target price for the buyer, rfq.created in the outbox', async () => {
    const rfq = await postRfq();
    expect(rfq).toMatchObject({
      organizationId: buyer.organizationId,
      status: 'open',
      category: '机械加工',
      certifications: ['ISO 9001'],
      targetUnitPriceFen: 1_250,
      yourSide: 'buyer',
      sealed: true,
      actions: expect.arrayContaining(['edit', 'close', 'cancel']),
    });
    expect(await outboxOf('rfq.created', rfq.id)).toHaveLength(1);
    const asSupplier = await api.call('GET', `rfqs/${rfq.id}`, { token: outsider.accessToken });
    expect(asSupplier.status).toBe(200);
    expect(asSupplier.body).toMatchObject({ yourSide: 'supplier', targetUnitPriceFen: null });
    expect(asSupplier.body.invitedOrganizationIds).toBeUndefined();
    const shown = await postRfq({ showTarget: true });
    expect((await api.call('GET', `rfqs/${shown.id}`, { token: outsider.accessToken })).body.targetUnitPriceFen).toBe(
      1_250,
    );
  });

  it('refuses an unverified email (403 EMAIL_NOT_VERIFIED) and an unverified enterprise (403 ORGANIZATION_NOT_VERIFIED)', async () => {
    const fresh = await api.registerEnterprise({ verified: false });
    const unverifiedEmail = await api.call('POST', 'rfqs', { token: fresh.accessToken, body: rfqBody() });
    expect(unverifiedEmail.status).toBe(403);
    expect(unverifiedEmail.body.code).toBe('EMAIL_NOT_VERIFIED');
    const unverifiedEnterprise = await api.call('POST', 'rfqs', { token: supplierB.accessToken, body: rfqBody() });
    expect(unverifiedEnterprise.status).toBe(403);
    expect(unverifiedEnterprise.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
  });

  it.each([
    ['no title', { title: undefined }, 'title'],
    ['a quantity of 0', { quantity: 0 }, 'quantity'],
    ['a deadline in the past', { quoteDeadline: inDays(-1) }, 'quoteDeadline'],
    ['a deadline without an offset', { quoteDeadline: '2030-01-01T10:00:00' }, 'quoteDeadline'],
    ['a category outside the capacity taxonomy', { category: '扫描电镜' }, 'category'],
    ['an unknown visibility', { visibility: 'friends' }, 'visibility'],
    ['a delivery before the deadline', { quoteDeadline: inDays(20), deliveryDate: chinaDate(10) }, 'deliveryDate'],
    ['a negative target price', { targetUnitPriceFen: -5 }, 'targetUnitPriceFen'],
  ])('refuses %s: 422 RFQ_INVALID naming the field, nothing written', async (_what, extra, field) => {
    const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM rfqs`);
    const response = await api.call('POST', 'rfqs', { token: buyer.accessToken, body: rfqBody(extra) });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('RFQ_INVALID');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM rfqs`);
    expect(after).toBe(before);
  });

  it('keeps a draft from suppliers until published, and edits it', async () => {
    const draft = await postRfq({ draft: true });
    expect(draft.status).toBe('draft');
    expect((await api.call('GET', `rfqs/${draft.id}`, { token: outsider.accessToken })).status).toBe(404);
    const edited = await api.call('PATCH', `rfqs/${draft.id}`, {
      token: buyer.accessToken,
      body: { quantity: 5_000, process: null },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ quantity: 5_000, process: null, version: 2 });
    const badEdit = await api.call('PATCH', `rfqs/${draft.id}`, { token: buyer.accessToken, body: { quantity: -1 } });
    expect(badEdit.status).toBe(422);
    expect(badEdit.body.errors[0].field).toBe('quantity');
    expect((await api.call('PATCH', `rfqs/${draft.id}`, { token: outsider.accessToken, body: {} })).status).toBe(404);
    const published = await api.call('POST', `rfqs/${draft.id}/publish`, { token: buyer.accessToken });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('open');
    expect((await api.call('POST', `rfqs/${draft.id}/publish`, { token: buyer.accessToken })).body.code).toBe(
      'RFQ_STATE_CONFLICT',
    );
    expect((await api.call('GET', `rfqs/${draft.id}`, { token: outsider.accessToken })).status).toBe(200);
  });
});

describe('visibility', () => {
  it('shows a park_members RFQ to enterprises of the park only, an invited one to the invited only (404 to others)', async () => {
    const parkOnly = await postRfq({ visibility: 'park_members' });
    expect((await api.call('GET', `rfqs/${parkOnly.id}`, { token: supplierA.accessToken })).status).toBe(200);
    expect((await api.call('GET', `rfqs/${parkOnly.id}`, { token: outsider.accessToken })).status).toBe(404);
    const invited = await postRfq({ visibility: 'invited', invitedOrganizationIds: [supplierB.organizationId] });
    expect(invited.invitedOrganizationIds).toEqual([supplierB.organizationId]);
    expect((await api.call('GET', `rfqs/${invited.id}`, { token: supplierB.accessToken })).status).toBe(200);
    const hidden = await api.call('GET', `rfqs/${invited.id}`, { token: outsider.accessToken });
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('RFQ_NOT_FOUND');
    expect(
      (await api.call('POST', `rfqs/${invited.id}/quotes`, { token: outsider.accessToken, body: quoteBody() })).status,
    ).toBe(404);
    // The board: what each may quote.
    const boardOf = async (token: string) =>
      (await api.call('GET', 'rfqs?limit=100', { token })).body.items.map((r: { id: string }) => r.id);
    expect(await boardOf(outsider.accessToken)).not.toEqual(expect.arrayContaining([parkOnly.id]));
    expect(await boardOf(outsider.accessToken)).not.toContain(invited.id);
    expect(await boardOf(supplierA.accessToken)).toContain(parkOnly.id);
    expect(await boardOf(supplierB.accessToken)).toContain(invited.id);
    expect(await boardOf(buyer.accessToken)).not.toContain(invited.id);
    const mine = await api.call('GET', 'rfqs?role=buyer&limit=100', { token: buyer.accessToken });
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([parkOnly.id, invited.id]));
  });

  it("lets the buyer's park operator take an RFQ down (with a reason): suppliers then see it no more", async () => {
    const rfq = await postRfq();
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/take-down`, { token: supplierA.accessToken, body: { reason: 'x' } }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/take-down`, { token: world.operator.accessToken, body: {} })).status,
    ).toBe(422);
    const down = await api.call('POST', `rfqs/${rfq.id}/take-down`, {
      token: world.operator.accessToken,
      body: { reason: '含虚假信息' },
    });
    expect(down.status).toBe(200);
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: outsider.accessToken })).status).toBe(404);
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: buyer.accessToken })).body).toMatchObject({
      takenDown: true,
      takenDownReason: '含虚假信息',
    });
  });
});

describe('reinstating a taken-down RFQ', () => {
  it("lets the buyer's park operator reinstate it with a reason: audited, the buyer told, suppliers see it again", async () => {
    const rfq = await postRfq({ title: '恢复测试 询价' });
    await api.call('POST', `rfqs/${rfq.id}/take-down`, {
      token: world.operator.accessToken,
      body: { reason: '待核实' },
    });
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: supplierA.accessToken })).status).toBe(404);

    expect(
      (await api.call('POST', `rfqs/${rfq.id}/reinstate`, { token: world.operator.accessToken, body: { reason: ' ' } }))
        .status,
    ).toBe(422);
    const back = await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: world.operator.accessToken,
      body: { reason: '已核实，信息无误' },
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ id: rfq.id, takenDown: false, status: 'open' });
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: supplierA.accessToken })).status).toBe(200);
    const own = await api.call('GET', `rfqs/${rfq.id}`, { token: buyer.accessToken });
    expect(own.body).toMatchObject({ takenDown: false, takenDownReason: null });
    expect(own.body.actions).toContain('edit');

    const operatorId = (await api.call('GET', 'me', { token: world.operator.accessToken })).body.id;
    expect(await auditOf(rfq.id)).toEqual([
      expect.objectContaining({ action: 'take_down', reason: '待核实', actorUserId: operatorId }),
      expect.objectContaining({ action: 'reinstate', reason: '已核实，信息无误', actorUserId: operatorId }),
    ]);
    expect(await outboxOf('rfq.reinstated', rfq.id)).toEqual([
      {
        payload: expect.objectContaining({ reason: '已核实，信息无误', notifyOrganizationIds: [buyer.organizationId] }),
      },
    ]);
    // The buyer hears of both steps; no supplier does.
    await deliverLast('rfq.taken_down', rfq.id);
    await deliverLast('rfq.reinstated', rfq.id);
    expect(await inboxOf(buyer.accessToken, 'rfq.taken_down', rfq.id)).toEqual([
      expect.objectContaining({ title: '询价单已被下架', body: expect.stringContaining('待核实') }),
    ]);
    expect(await inboxOf(buyer.accessToken, 'rfq.reinstated', rfq.id)).toEqual([
      expect.objectContaining({ title: '询价单已恢复', body: expect.stringContaining('已核实，信息无误') }),
    ]);
    expect(await inboxOf(supplierA.accessToken, 'rfq.reinstated', rfq.id)).toEqual([]);

    // A platform admin may too.
    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    await api.call('POST', `rfqs/${rfq.id}/take-down`, { token: admin.accessToken, body: { reason: '再查' } });
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/reinstate`, { token: admin.accessToken, body: { reason: '查毕' } }))
        .status,
    ).toBe(200);
  });

  it("is 409 RFQ_NOT_TAKEN_DOWN for an RFQ that is not down, in the caller's language", async () => {
    const rfq = await postRfq();
    const twice = await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: world.operator.accessToken,
      body: { reason: '恢复' },
    });
    expect(twice.status).toBe(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');
    expect(twice.body).toMatchObject({ code: 'RFQ_NOT_TAKEN_DOWN', detail: '该询价单未被下架，无需恢复' });
    const en = await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: world.operator.accessToken,
      body: { reason: 'back' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.body).toMatchObject({ code: 'RFQ_NOT_TAKEN_DOWN', detail: 'The RFQ is not taken down' });
    expect(await auditOf(rfq.id)).toEqual([]);
  });

  it("is 404 to another park's operator and 403 to the buyer and to a supplier", async () => {
    const rfq = await postRfq();
    // Before the take-down a supplier may see it: it is refused the step, not told it is missing.
    const early = await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: outsider.accessToken,
      body: { reason: 'x' },
    });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('MODERATOR_REQUIRED');
    await api.call('POST', `rfqs/${rfq.id}/take-down`, { token: world.operator.accessToken, body: { reason: '下架' } });
    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const otherPark = await api.createPark(admin.accessToken, '恢复测试另一园区', '310115');
    const foreign = await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: otherPark.operator.accessToken,
      body: { reason: '恢复' },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('RFQ_NOT_FOUND');
    const byBuyer = await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: buyer.accessToken,
      body: { reason: 'x' },
    });
    expect(byBuyer.status).toBe(403);
    expect(byBuyer.body.code).toBe('MODERATOR_REQUIRED');
    // Taken down, it is hidden from suppliers altogether.
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/reinstate`, { token: outsider.accessToken, body: { reason: 'x' } }))
        .status,
    ).toBe(404);
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: buyer.accessToken })).body.takenDown).toBe(true);
  });
});

describe("an open RFQ's edit", () => {
  it('tells the suppliers with a live quote of a material change, records it, and tells nobody of a minor one', async () => {
    const rfq = await postRfq({ title: '修改通知 询价' });
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: supplierA.accessToken, body: quoteBody() })).status,
    ).toBe(201);

    const minor = await api.call('PATCH', `rfqs/${rfq.id}`, {
      token: buyer.accessToken,
      body: { targetUnitPriceFen: 1_300 },
    });
    expect(minor.status).toBe(200);
    expect(await outboxOf('rfq.amended', rfq.id)).toEqual([]);

    const edited = await api.call('PATCH', `rfqs/${rfq.id}`, {
      token: buyer.accessToken,
      body: { quantity: 25_000, deliveryDate: chinaDate(75), title: '修改通知 询价' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ quantity: 25_000 });
    expect(await outboxOf('rfq.amended', rfq.id)).toEqual([
      {
        payload: expect.objectContaining({
          changedFields: ['quantity', 'deliveryDate'],
          notifyOrganizationIds: [supplierA.organizationId],
        }),
      },
    ]);
    expect(await auditOf(rfq.id)).toEqual([
      expect.objectContaining({
        action: 'edit',
        details: expect.objectContaining({ changedFields: ['targetUnitPriceFen'] }),
      }),
      expect.objectContaining({
        action: 'edit',
        actorUserId: buyer.userId,
        details: expect.objectContaining({
          changedFields: ['quantity', 'deliveryDate'],
          notifiedOrganizationIds: [supplierA.organizationId],
        }),
      }),
    ]);
    await deliverLast('rfq.amended', rfq.id);
    expect(await inboxOf(supplierA.accessToken, 'rfq.amended', rfq.id)).toEqual([
      expect.objectContaining({ title: '询价单已修改', body: expect.stringContaining('数量、交货日期') }),
    ]);
    expect(await inboxOf(buyer.accessToken, 'rfq.amended', rfq.id)).toEqual([]);
  });
});

describe("an RFQ's audit trail", () => {
  it('shows the buyer and its moderators what was done, newest first and paged, with who was told of an edit', async () => {
    const rfq = await postRfq({ title: '审计记录 询价' });
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: supplierA.accessToken, body: quoteBody() })).status,
    ).toBe(201);
    expect(
      (await api.call('PATCH', `rfqs/${rfq.id}`, { token: buyer.accessToken, body: { quantity: 30_000 } })).status,
    ).toBe(200);
    await api.call('POST', `rfqs/${rfq.id}/take-down`, {
      token: world.operator.accessToken,
      body: { reason: '待核实' },
    });
    await api.call('POST', `rfqs/${rfq.id}/reinstate`, {
      token: world.operator.accessToken,
      body: { reason: '已核实' },
    });
    const [{ name: supplierName }] = await db.query(`SELECT name FROM organizations WHERE id = $1`, [
      supplierA.organizationId,
    ]);

    const trail = await api.call('GET', `rfqs/${rfq.id}/audit`, { token: buyer.accessToken });
    expect(trail.status).toBe(200);
    expect(trail.body).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect(trail.body.items.map((i: any) => i.action)).toEqual(['reinstate', 'take_down', 'edit']);
    expect(trail.body.items[0]).toMatchObject({ reason: '已核实', changedFields: [], notifiedOrganizations: [] });
    expect(trail.body.items[0].actorName).toEqual(expect.any(String));
    expect(trail.body.items[2]).toMatchObject({
      actorUserId: buyer.userId,
      reason: null,
      changedFields: ['quantity'],
      notifiedOrganizations: [{ id: supplierA.organizationId, name: supplierName }],
      version: 2,
    });

    const second = await api.call('GET', `rfqs/${rfq.id}/audit?page=2&limit=2`, { token: world.operator.accessToken });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(second.body.items.map((i: any) => i.action)).toEqual(['edit']);
    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect((await api.call('GET', `rfqs/${rfq.id}/audit`, { token: admin.accessToken })).body.total).toBe(3);
    expect((await api.call('GET', `rfqs/${rfq.id}/audit?limit=101`, { token: buyer.accessToken })).status).toBe(400);
  });

  it("is 404 RFQ_NOT_FOUND to suppliers who may read the RFQ, to outsiders and to another park's operator", async () => {
    const rfq = await postRfq({ title: '审计记录 不外露' });
    await api.call('POST', `rfqs/${rfq.id}/take-down`, { token: world.operator.accessToken, body: { reason: '下架' } });
    await api.call('POST', `rfqs/${rfq.id}/reinstate`, { token: world.operator.accessToken, body: { reason: '恢复' } });
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: supplierA.accessToken })).status).toBe(200);
    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const otherPark = await api.createPark(admin.accessToken, '审计测试另一园区', '310115');
    for (const token of [supplierA.accessToken, outsider.accessToken, otherPark.operator.accessToken]) {
      const refused = await api.call('GET', `rfqs/${rfq.id}/audit`, { token });
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('RFQ_NOT_FOUND');
      expect(JSON.stringify(refused.body)).not.toContain('下架');
    }
    expect((await api.call('GET', `rfqs/${rfq.id}/audit`)).status).toBe(401);
  });
});

describe("the park console's RFQs", () => {
  it("lists a park's RFQs to its operators (a taken-down one as such), 404 to another park's operator and to suppliers", async () => {
    const kept = await postRfq({ title: '园区询价 保留' });
    const draft = await postRfq({ title: '园区询价 草稿', draft: true });
    const gone = await postRfq({ title: '园区询价 下架' });
    const down = await api.call('POST', `rfqs/${gone.id}/take-down`, {
      token: world.operator.accessToken,
      body: { reason: '含虚假信息' },
    });
    expect(down.status).toBe(200);

    const listOf = async (query: string, token = world.operator.accessToken) =>
      api.call('GET', `parks/${world.parkId}/rfqs${query}`, { token });
    const all = await listOf('?limit=100');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ page: 1, limit: 100, total: expect.any(Number) });
    const byId = new Map(all.body.items.map((r: any) => [r.id, r]));
    expect(byId.get(kept.id)).toMatchObject({
      status: 'open',
      takenDown: false,
      organizationName: expect.any(String),
      yourSide: 'moderator',
    });
    expect(byId.get(draft.id)).toMatchObject({ status: 'draft' });
    expect(byId.get(gone.id)).toMatchObject({ takenDown: true, takenDownReason: '含虚假信息' });
    expect(all.body.total).toBe(all.body.items.length);

    const taken = await listOf('?status=taken_down&limit=100');
    expect(taken.body.items.map((r: any) => r.id)).toContain(gone.id);
    expect(taken.body.items.every((r: any) => r.takenDown)).toBe(true);
    const open = await listOf('?status=open&limit=100');
    expect(open.body.items.map((r: any) => r.id)).toEqual(expect.arrayContaining([kept.id]));
    expect(open.body.items.map((r: any) => r.id)).not.toContain(gone.id);
    expect(open.body.items.map((r: any) => r.id)).not.toContain(draft.id);
    const searched = await listOf(`?q=${encodeURIComponent('草稿')}`);
    expect(searched.body.items.map((r: any) => r.id)).toEqual([draft.id]);

    const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(
      (await listOf('?status=taken_down&limit=100', admin.accessToken)).body.items.map((r: any) => r.id),
    ).toContain(gone.id);
    const otherPark = await api.createPark(admin.accessToken, '另一园区', '310115');
    const foreign = await listOf('', otherPark.operator.accessToken);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('PARK_NOT_FOUND');
    expect(
      (await api.call('GET', `parks/${otherPark.parkId}/rfqs`, { token: otherPark.operator.accessToken })).body,
    ).toMatchObject({ items: [], total: 0 });
    expect((await listOf('', supplierB.accessToken)).status).toBe(404);
    expect((await listOf('', buyer.accessToken)).status).toBe(404);

    const bad = await listOf('?status=gone&limit=1000');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const long = await listOf(`?q=${'询'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect(long.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'q' })]));
    // Words of the description find it too; the search combines with the status filter.
    expect((await listOf(`?q=${encodeURIComponent('阳极氧化')}&limit=100`)).body.items.map((r: any) => r.id)).toEqual(
      expect.arrayContaining([kept.id, draft.id]),
    );
    expect(
      (await listOf(`?q=${encodeURIComponent('园区询价')}&status=taken_down`)).body.items.map((r: any) => r.id),
    ).toEqual([gone.id]);
  });
});

describe('the sealed RFQ, from quotes to completed orders', () => {
  it('runs invited RFQ → NDA → questions → sealed quotes → close → compare → split award → two orders', async () => {
    const rfq = await postRfq({
      visibility: 'invited',
      invitedOrganizationIds: [supplierA.organizationId, supplierB.organizationId],
      ndaText: '供方对图纸与技术资料负有保密义务。',
    });
    expect(rfq.ndaRequired).toBe(true);

    // Drawings: listed for the invited, downloaded only after the NDA.
    const form = multipartForm([{ name: 'file', filename: '壳体图纸.pdf', content: tinyPdf() }]);
    const uploaded = await api.call('POST', `rfqs/${rfq.id}/attachments`, {
      token: buyer.accessToken,
      body: form.body,
      headers: form.headers,
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: '壳体图纸.pdf', contentType: 'application/pdf' });
    const listed = await api.call('GET', `rfqs/${rfq.id}/attachments`, { token: supplierA.accessToken });
    expect(listed.body.map((a: { id: string }) => a.id)).toEqual([uploaded.body.id]);
    const drawing = `rfqs/${rfq.id}/attachments/${uploaded.body.id}`;
    const beforeNda = await api.call('GET', drawing, { token: supplierA.accessToken });
    expect(beforeNda.status).toBe(403);
    expect(beforeNda.body.code).toBe('NDA_NOT_ACCEPTED');
    expect((await api.call('GET', drawing, { token: outsider.accessToken })).status).toBe(404);

    // NDA: who, when, which text.
    const nda = await api.call('POST', `rfqs/${rfq.id}/nda`, { token: supplierA.accessToken, body: {} });
    expect(nda.status).toBe(201);
    expect(nda.body).toMatchObject({
      organizationId: supplierA.organizationId,
      ndaSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await api.call('POST', `rfqs/${rfq.id}/nda`, { token: supplierB.accessToken, body: {} })).status).toBe(201);
    const afterNda = await api.call('GET', drawing, { token: supplierA.accessToken });
    expect(afterNda.status).toBe(200);
    expect(afterNda.headers['content-type']).toContain('application/pdf');
    const [recorded] = await db.query(
      `SELECT user_id AS "userId", nda_text AS "ndaText" FROM rfq_nda_acceptances WHERE rfq_id = $1 AND organization_id = $2`,
      [rfq.id, supplierA.organizationId],
    );
    expect(recorded).toEqual({ userId: supplierA.userId, ndaText: '供方对图纸与技术资料负有保密义务。' });
    expect((await api.call('POST', `rfqs/${rfq.id}/nda`, { token: buyer.accessToken, body: {} })).body.code).toBe(
      'OWN_RFQ',
    );
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: supplierA.accessToken })).body.ndaAcceptedAt).toEqual(
      nda.body.acceptedAt,
    );

    // Questions: answered for all, without naming who asked.
    const asked = await api.call('POST', `rfqs/${rfq.id}/questions`, {
      token: supplierA.accessToken,
      body: { question: '是否接受分批交货？' },
    });
    expect(asked.status).toBe(201);
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/questions`, { token: supplierA.accessToken, body: {} })).status,
    ).toBe(422);
    const answered = await api.call('POST', `rfqs/${rfq.id}/questions/${asked.body.id}/answer`, {
      token: buyer.accessToken,
      body: { answer: '接受，每批不少于 5000 件' },
    });
    expect(answered.status).toBe(200);
    expect(
      (
        await api.call('POST', `rfqs/${rfq.id}/questions/${asked.body.id}/answer`, {
          token: supplierA.accessToken,
          body: { answer: 'x' },
        })
      ).status,
    ).toBe(403);
    const seenByB = await api.call('GET', `rfqs/${rfq.id}/questions`, { token: supplierB.accessToken });
    expect(seenByB.body.items).toEqual([
      expect.objectContaining({ question: '是否接受分批交货？', answer: '接受，每批不少于 5000 件', yours: false }),
    ]);
    expect(seenByB.body.items[0].organizationId).toBeUndefined();
    // Every interested supplier is told; nothing says who asked.
    const [told] = await outboxOf('rfq.question_answered', rfq.id);
    expect(told.payload.notifyOrganizationIds).toEqual([supplierA.organizationId, supplierB.organizationId].sort());
    expect(Object.keys(told.payload).sort()).toEqual(
      ['notifyOrganizationIds', 'organizationId', 'questionId', 'rfqId', 'title'].sort(),
    );

    // Quotes: one live quote each, sealed from the buyer.
    const quoteA = await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: supplierA.accessToken, body: quoteBody() });
    expect(quoteA.status).toBe(201);
    expect(quoteA.body).toMatchObject({ status: 'live', revision: 1 });
    const twice = await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: supplierA.accessToken, body: quoteBody() });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('QUOTE_EXISTS');
    const own = await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: buyer.accessToken, body: quoteBody() });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('OWN_RFQ');
    const badQuote = await api.call('POST', `rfqs/${rfq.id}/quotes`, {
      token: supplierB.accessToken,
      body: quoteBody({ priceBreaks: [{ minQuantity: 0, unitPriceFen: 1.5 }], leadTimeDays: -1 }),
    });
    expect(badQuote.status).toBe(422);
    expect(badQuote.body.code).toBe('QUOTE_INVALID');
    expect(badQuote.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['priceBreaks.0.minQuantity', 'priceBreaks.0.unitPriceFen', 'leadTimeDays']),
    );
    const firstB = await api.call('POST', `rfqs/${rfq.id}/quotes`, {
      token: supplierB.accessToken,
      body: quoteBody({ priceBreaks: [{ minQuantity: 1, unitPriceFen: 1_300 }] }),
    });
    expect(firstB.status).toBe(201);
    expect(
      (await api.call('DELETE', `rfqs/${rfq.id}/quotes/${firstB.body.id}`, { token: supplierB.accessToken })).status,
    ).toBe(204);
    const quoteB = await api.call('POST', `rfqs/${rfq.id}/quotes`, {
      token: supplierB.accessToken,
      body: quoteBody({ priceBreaks: [{ minQuantity: 1, unitPriceFen: 1_100 }], leadTimeDays: 30 }),
    });
    expect(quoteB.status).toBe(201);
    expect(
      (
        await api.call('PUT', `rfqs/${rfq.id}/quotes/${quoteA.body.id}`, {
          token: supplierB.accessToken,
          body: quoteBody(),
        })
      ).status,
    ).toBe(404);
    const revised = await api.call('PUT', `rfqs/${rfq.id}/quotes/${quoteA.body.id}`, {
      token: supplierA.accessToken,
      body: quoteBody({ priceBreaks: [{ minQuantity: 1_000, unitPriceFen: 1_150 }] }),
    });
    expect(revised.status).toBe(200);
    expect(revised.body.revision).toBe(2);

    const sealed = await api.call('GET', `rfqs/${rfq.id}/quotes`, { token: buyer.accessToken });
    expect(sealed.status).toBe(409);
    expect(sealed.body.code).toBe('QUOTES_SEALED');
    const ownOnly = await api.call('GET', `rfqs/${rfq.id}/quotes`, { token: supplierA.accessToken });
    expect(ownOnly.status).toBe(200);
    expect(ownOnly.body.items.map((q: { id: string }) => q.id)).toEqual([quoteA.body.id]);
    expect(ownOnly.body.items[0].history.map((h: { action: string }) => h.action)).toEqual(['submit', 'revise']);
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/award`, { token: buyer.accessToken, body: { awards: [] } })).status,
    ).toBe(409);

    // Closing early unseals; no more quoting.
    const closed = await api.call('POST', `rfqs/${rfq.id}/close`, { token: buyer.accessToken });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', sealed: false });
    const late = await api.call('PUT', `rfqs/${rfq.id}/quotes/${quoteA.body.id}`, {
      token: supplierA.accessToken,
      body: quoteBody(),
    });
    expect(late.status).toBe(409);

    const compared = await api.call('GET', `rfqs/${rfq.id}/quotes`, { token: buyer.accessToken });
    expect(compared.status).toBe(200);
    expect(
      compared.body.items.map((q: any) => [q.supplier.organizationId, q.unitPriceAtQuantityFen, q.totalFen]),
    ).toEqual([
      [supplierB.organizationId, 1_100, 22_000_000],
      [supplierA.organizationId, 1_150, 23_000_000],
    ]);
    const a = compared.body.items.find((q: any) => q.id === quoteA.body.id);
    expect(a.supplier).toMatchObject({
      proximity: 'same_county',
      certifications: expect.arrayContaining(['ISO 9001']),
      missingCertifications: [],
    });

    // Award: refusals, then the split.
    const tooMuch = await api.call('POST', `rfqs/${rfq.id}/award`, {
      token: buyer.accessToken,
      body: {
        awards: [
          { quoteId: quoteA.body.id, quantity: 15_000 },
          { quoteId: quoteB.body.id, quantity: 6_000 },
        ],
      },
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('AWARD_INVALID');
    expect(tooMuch.body.errors[0].field).toBe('awards');
    const withdrawn = await api.call('POST', `rfqs/${rfq.id}/award`, {
      token: buyer.accessToken,
      body: { awards: [{ quoteId: firstB.body.id, quantity: 1_000 }] },
    });
    expect(withdrawn.status).toBe(422);
    expect(withdrawn.body.errors[0].field).toBe('awards.0.quoteId');
    const award = await api.call('POST', `rfqs/${rfq.id}/award`, {
      token: buyer.accessToken,
      body: {
        awards: [
          { quoteId: quoteA.body.id, quantity: 12_000 },
          { quoteId: quoteB.body.id, quantity: 8_000 },
        ],
        reason: '按价格与交期拆分',
      },
    });
    expect(award.status).toBe(201);
    expect(award.body.rfq.status).toBe('awarded');
    expect(award.body.awards).toEqual([
      expect.objectContaining({
        organizationId: supplierA.organizationId,
        quantity: 12_000,
        unitPriceFen: 1_150,
        totalFen: 13_800_000,
      }),
      expect.objectContaining({
        organizationId: supplierB.organizationId,
        quantity: 8_000,
        unitPriceFen: 1_100,
        totalFen: 8_800_000,
      }),
    ]);
    expect(await outboxOf('rfq.awarded', rfq.id)).toEqual([
      {
        payload: expect.objectContaining({
          reason: '按价格与交期拆分',
          awardedOrganizationIds: [supplierA.organizationId, supplierB.organizationId],
        }),
      },
    ]);
    const [orderA, orderB] = award.body.awards.map((x: { dealId: string }) => x.dealId);

    // The suppliers are told, as the worker's notifications queue would do it.
    const [event] = await db.query(
      `SELECT id, type, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload
         FROM outbox WHERE type = 'rfq.awarded' AND aggregate_id = $1`,
      [rfq.id],
    );
    const notify = app.api.get(NotifyRfqEventUseCase, { strict: false });
    await notify.execute({ ...event, occurredAt: new Date().toISOString(), requestId: null });
    const inboxA = await api.call('GET', 'notifications', { token: supplierA.accessToken });
    expect(inboxA.body.items[0]).toMatchObject({ type: 'rfq.awarded', title: '恭喜中标', data: { rfqId: rfq.id } });
    const inboxB = await api.call('GET', 'notifications', { token: supplierB.accessToken });
    expect(inboxB.body.items[0].title).toBe('恭喜中标');
    expect((await api.call('GET', 'notifications', { token: buyer.accessToken })).body.items).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'rfq.awarded' })]),
    );

    // The order deals.
    const deal = await api.call('GET', `deals/${orderA}`, { token: supplierA.accessToken });
    expect(deal.status).toBe(200);
    expect(deal.body).toMatchObject({ kind: 'order', state: 'confirmed', listing: { id: null, title: rfq.title } });
    expect((await api.call('GET', `deals/${orderA}`, { token: supplierB.accessToken })).status).toBe(404);
    expect((await api.call('POST', `deals/${orderA}/start-production`, { token: buyer.accessToken })).body.code).toBe(
      'DEAL_OUT_OF_TURN',
    );
    for (const [step, token] of [
      ['start-production', supplierA.accessToken],
      ['ship', supplierA.accessToken],
      ['receive', buyer.accessToken],
      ['complete', buyer.accessToken],
    ] as const) {
      const moved = await api.call('POST', `deals/${orderA}/${step}`, { token });
      expect({ step, status: moved.status }).toEqual({ step, status: 200 });
    }
    expect((await api.call('GET', `deals/${orderA}`, { token: buyer.accessToken })).body.state).toBe('completed');
    const message = await api.call('POST', `deals/${orderA}/messages`, {
      token: buyer.accessToken,
      body: { body: '已验收，谢谢' },
    });
    expect(message.status).toBe(201);
    for (const token of [buyer.accessToken, supplierA.accessToken]) {
      const review = await api.call('POST', `deals/${orderA}/reviews`, {
        token,
        body: { rating: 5, body: '交付准时' },
      });
      expect(review.status).toBe(201);
    }
    const noReason = await api.call('POST', `deals/${orderB}/cancel`, { token: supplierB.accessToken, body: {} });
    expect(noReason.status).toBe(422);
    const cancelled = await api.call('POST', `deals/${orderB}/cancel`, {
      token: supplierB.accessToken,
      body: { reason: '产能不足' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
  });

  it('unseals at the deadline: no quoting after it, the buyer reads the quotes', async () => {
    const rfq = await postRfq();
    const quote = await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: outsider.accessToken, body: quoteBody() });
    expect(quote.status).toBe(201);
    await db.query(`UPDATE rfqs SET quote_deadline = now() - interval '1 minute' WHERE id = $1`, [rfq.id]);
    const late = await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: supplierB.accessToken, body: quoteBody() });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('QUOTE_DEADLINE_PASSED');
    expect(
      (await api.call('DELETE', `rfqs/${rfq.id}/quotes/${quote.body.id}`, { token: outsider.accessToken })).body.code,
    ).toBe('QUOTE_DEADLINE_PASSED');
    const read = await api.call('GET', `rfqs/${rfq.id}/quotes`, { token: buyer.accessToken });
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(1);
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: buyer.accessToken })).body.status).toBe('closed');
  });

  it('refuses quotes on a cancelled RFQ (409 RFQ_STATE_CONFLICT)', async () => {
    const rfq = await postRfq();
    expect(
      (await api.call('POST', `rfqs/${rfq.id}/cancel`, { token: buyer.accessToken, body: { reason: '需求取消' } }))
        .status,
    ).toBe(200);
    const quote = await api.call('POST', `rfqs/${rfq.id}/quotes`, { token: outsider.accessToken, body: quoteBody() });
    expect(quote.status).toBe(409);
    expect(quote.body.code).toBe('RFQ_STATE_CONFLICT');
  });
});

describe('finding suppliers', () => {
  it('finds verified enterprises by capability, in Chinese and in English, for anyone', async () => {
    for (const q of ['五轴', '钛合金', 'five-axis CNC']) {
      const found = await api.call('GET', `suppliers?q=${encodeURIComponent(q)}`);
      expect({ q, status: found.status }).toEqual({ q, status: 200 });
      expect({ q, ids: found.body.items.map((s: { organizationId: string }) => s.organizationId) }).toEqual({
        q,
        ids: expect.arrayContaining([supplierA.organizationId]),
      });
    }
    const hit = (await api.call('GET', 'suppliers?q=五轴')).body.items.find(
      (s: { organizationId: string }) => s.organizationId === supplierA.organizationId,
    );
    expect(hit).toMatchObject({
      certifications: expect.arrayContaining(['ISO 13485']),
      listings: [expect.objectContaining({ id: cncListing })],
    });
    const none = await api.call('GET', 'suppliers?q=五轴&specialisedTier=little_giant');
    expect(none.body.items.map((s: { organizationId: string }) => s.organizationId)).not.toContain(
      supplierA.organizationId,
    );
    expect((await api.call('GET', 'suppliers?sizeClass=huge')).status).toBe(400);
  });

  it('applies every filter before paging (exact totals), names the engine, and resolves a rating floor from reviews', async () => {
    const ids = (body: { items: Array<{ organizationId: string }> }) => body.items.map((s) => s.organizationId);
    const inSuzhou = await api.call('GET', `suppliers?q=${encodeURIComponent('五轴')}&region=3205`);
    expect(inSuzhou.body).toMatchObject({ engine: 'postgres', page: 1 });
    expect(ids(inSuzhou.body)).toContain(supplierA.organizationId);
    expect(inSuzhou.body.total).toBe(inSuzhou.body.items.length);
    expect(ids((await api.call('GET', `suppliers?q=${encodeURIComponent('五轴')}&region=31`)).body)).not.toContain(
      supplierA.organizationId,
    );
    expect(ids((await api.call('GET', `suppliers?park=${world.parkId}&certifications=iso%2013485`)).body)).toContain(
      supplierA.organizationId,
    );
    expect(ids((await api.call('GET', 'suppliers?certifications=AS9100D')).body)).not.toContain(
      supplierA.organizationId,
    );
    // Its order deals were reviewed above: a floor at its average admits it (one without reviews: below).
    const own = inSuzhou.body.items.find(
      (s: { organizationId: string }) => s.organizationId === supplierA.organizationId,
    );
    expect(own.ratingCount).toBeGreaterThan(0);
    const rated = await api.call('GET', `suppliers?q=${encodeURIComponent('五轴')}&minRating=${own.averageRating}`);
    expect(rated.status).toBe(200);
    expect(ids(rated.body)).toContain(supplierA.organizationId);
    // The buyer is verified too: listed once the worker hears organization.verified (done here by hand).
    const indexer = app.api.get(SupplierIndexer, { strict: false });
    const [before] = await indexer.drift();
    expect(before.missing).toContain(buyer.organizationId);
    await indexer.sync([buyer.organizationId]);
    const [after] = await indexer.drift();
    expect(after.missing).not.toContain(buyer.organizationId);
    expect(after.indexed).toBe(before.indexed + 1);
    const first = await api.call('GET', 'suppliers?limit=1&page=1');
    const second = await api.call('GET', 'suppliers?limit=1&page=2');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.total).toBeGreaterThanOrEqual(2);
    expect(second.body.total).toBe(first.body.total);
    expect(ids(second.body)).not.toEqual(ids(first.body));
    const badRegion = await api.call('GET', 'suppliers?region=3x');
    expect(badRegion.status).toBe(422);
    expect(badRegion.body).toMatchObject({ code: 'SEARCH_QUERY_INVALID', errors: [{ field: 'region' }] });
  });

  it('finds a verified enterprise without listings by its profile (description, English name, industry), and never an unverified one', async () => {
    const profileOnly = await api.registerEnterprise({ regionCode: '320594' });
    await api.call('POST', `parks/${world.parkId}/memberships`, {
      token: profileOnly.accessToken,
      body: { organizationId: profileOnly.organizationId },
    });
    await api.call('POST', `parks/${world.parkId}/memberships/${profileOnly.organizationId}/approve`, {
      token: world.operator.accessToken,
    });
    await api.call('POST', `organizations/${profileOnly.organizationId}/verify`, {
      token: world.operator.accessToken,
    });
    const edited = await api.call('PATCH', `organizations/${profileOnly.organizationId}`, {
      token: profileOnly.accessToken,
      body: {
        nameEn: 'Quillfeather Brazing Works',
        description: '专业从事真空钎焊与可控气氛热处理，服务航空发动机零部件。',
        industrySection: 'C',
        industryDivision: 'C34',
      },
    });
    expect(edited.status).toBe(200);
    const unverified = await api.call('PATCH', `organizations/${supplierB.organizationId}`, {
      token: supplierB.accessToken,
      body: { description: '真空钎焊 专业厂家' },
    });
    expect(unverified.status).toBe(200);
    expect(await outboxOf('organization.profile_changed', supplierB.organizationId)).toHaveLength(1);
    // As the worker's search-index queue does on organization.verified, .profile_changed and .facts_changed.
    await app.api.get(SupplierIndexer, { strict: false }).sync([profileOnly.organizationId, supplierB.organizationId]);
    for (const q of ['真空钎焊', 'Quillfeather', '通用设备制造业']) {
      const found = await api.call('GET', `suppliers?q=${encodeURIComponent(q)}`);
      const ids = found.body.items.map((s: { organizationId: string }) => s.organizationId);
      expect({ q, found: ids.includes(profileOnly.organizationId) }).toEqual({ q, found: true });
      expect({ q, unverified: ids.includes(supplierB.organizationId) }).toEqual({ q, unverified: false });
    }
    const unrated = await api.call('GET', `suppliers?q=${encodeURIComponent('真空钎焊')}&minRating=1`);
    expect(unrated.body.items.map((s: { organizationId: string }) => s.organizationId)).not.toContain(
      profileOnly.organizationId,
    );
    const hit = (await api.call('GET', `suppliers?q=${encodeURIComponent('真空钎焊')}`)).body.items.find(
      (s: { organizationId: string }) => s.organizationId === profileOnly.organizationId,
    );
    expect(hit).toMatchObject({
      nameEn: 'Quillfeather Brazing Works',
      listingCount: 0,
      listings: [],
      parkIds: [world.parkId],
      description: expect.stringContaining('真空钎焊'),
    });
  });

  it('suggests suppliers for an RFQ with reasons, and invites them in one step', async () => {
    const rfq = await postRfq({ visibility: 'invited', certifications: ['ISO 13485'] });
    const suggested = await api.call('GET', `rfqs/${rfq.id}/suggested-suppliers`, { token: buyer.accessToken });
    expect(suggested.status).toBe(200);
    const a = suggested.body.items.find(
      (s: { organizationId: string }) => s.organizationId === supplierA.organizationId,
    );
    expect(a).toMatchObject({ invited: false });
    expect(a.reasons.map((r: { factor: string }) => r.factor)).toEqual(
      expect.arrayContaining(['process', 'category', 'certifications', 'region']),
    );
    expect((await api.call('GET', `rfqs/${rfq.id}/suggested-suppliers`, { token: supplierA.accessToken })).status).toBe(
      404,
    );
    const invited = await api.call('POST', `rfqs/${rfq.id}/invitations`, {
      token: buyer.accessToken,
      body: { organizationIds: [supplierA.organizationId] },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.invited).toEqual([supplierA.organizationId]);
    expect((await api.call('GET', `rfqs/${rfq.id}`, { token: supplierA.accessToken })).status).toBe(200);
    const self = await api.call('POST', `rfqs/${rfq.id}/invitations`, {
      token: buyer.accessToken,
      body: { organizationIds: [buyer.organizationId] },
    });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].field).toBe('organizationIds.0');
  });
});
