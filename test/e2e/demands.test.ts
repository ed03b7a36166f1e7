import { ExpireDemandsUseCase, FulfilDemandFromDealUseCase, MatchRepository } from '@rongtong/matching';
import type { DataSource } from 'typeorm';
import {
  corpusBody,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let providerMember: Session;
let sme: Enterprise;
let smeColleague: Session;
let outsider: Enterprise;
let cnc: string;
let sem: string;
let patent: string;

/** A date in China, `days` from today. */
const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** The next Saturday at least `minDaysAhead` days from today (China), as `YYYY-MM-DD`. */
function nextSaturday(minDaysAhead = 3): string {
  const day = new Date(`${chinaDate(minDaysAhead)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

beforeAll(async () => {
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '撮合测试园区');
  providerMember = await api.addMember(world.provider.organizationId, world.provider.accessToken, 'member');
  sme = await api.registerEnterprise();
  smeColleague = await api.addMember(sme.organizationId, sme.accessToken, 'member');
  outsider = await api.registerEnterprise({ regionCode: '310115' });
  cnc = await publishListing(api, world, corpusBody('C001'));
  sem = await publishListing(
    api,
    world,
    equipmentBody({}, { serviceModes: ['technician_operated', 'self_operated', 'sample_testing'] }),
  );
  patent = await publishListing(api, world, corpusBody('P001'));
}, 90_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const capacityDemand = (extra: Record<string, unknown> = {}, details: Record<string, unknown> = {}) => ({
  kind: 'capacity',
  title: '钛合金结构件五轴加工',
  description: '需要五轴加工产能，每月400机时',
  category: '机械加工',
  certifications: ['iso13485'],
  budgetFen: 30_000_000,
  deadline: chinaDate(30),
  details: { quantity: 400, unit: 'machine_hour', per: 'month', from: chinaDate(15), to: chinaDate(60), ...details },
  ...extra,
});

const ipDemand = (extra: Record<string, unknown> = {}) => ({
  kind: 'ip',
  title: '正极材料包覆专利独占许可',
  description: '用于动力电池正极材料量产',
  category: '新能源电池',
  budgetFen: 10_000_000,
  details: { technologyField: '锂电池正极材料', licenceType: 'exclusive_licence', territory: '320000', termMonths: 24 },
  ...extra,
});

const equipmentDemand = (details: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  kind: 'equipment',
  title: '扫描电镜断口分析',
  description: '金属断口形貌观察',
  category: '电子显微',
  details: { from: chinaDate(3), to: chinaDate(30), ...details },
  ...extra,
});

const post = (body: Record<string, unknown>, token = sme.accessToken) => api.call('POST', 'demands', { token, body });

async function created(body: Record<string, unknown>, token = sme.accessToken): Promise<string> {
  const response = await post(body, token);
  if (response.status !== 201) throw new Error(`demand failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/** What the matcher would write (the engine runs in the worker, not started here). */
async function matchOf(demandId: string, listingId: string, score = 0.7): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO demand_matches (demand_id, listing_id, provider_organization_id, score, factors)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      demandId,
      listingId,
      world.provider.organizationId,
      score,
      JSON.stringify([
        { factor: 'category', contribution: 0.1, text: '类别一致' },
        { factor: 'text', contribution: score - 0.1, text: '描述高度相关' },
      ]),
    ],
  );
  return row.id;
}

const outboxOf = (type: string, aggregateId: string) =>
  db.query(`SELECT payload FROM outbox WHERE type = $1 AND aggregate_id = $2 ORDER BY created_at`, [type, aggregateId]);

describe('demands', () => {
  it('posts a demand: 201, normalised, the organization region by default, and demand.created in the outbox', async () => {
    const response = await post(capacityDemand());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      organizationId: sme.organizationId,
      kind: 'capacity',
      category: '机械加工',
      categorySlug: 'machining',
      regionCode: sme.uscc.slice(2, 8),
      locationPreference: 'anywhere',
      certifications: ['ISO 13485'],
      budgetFen: 30_000_000,
      visibility: 'providers',
      status: 'open',
      version: 1,
      details: { quantity: 400, unit: 'machine_hour', per: 'month', process: null, materials: [] },
    });
    expect(await outboxOf('demand.created', response.body.id)).toEqual([
      { payload: { demandId: response.body.id, organizationId: sme.organizationId, kind: 'capacity' } },
    ]);
  });

  it.each([
    [
      'a window that ends before it starts',
      capacityDemand({}, { from: chinaDate(20), to: chinaDate(10) }),
      'details.to',
    ],
    ['a negative budget', capacityDemand({ budgetFen: -100 }), 'budgetFen'],
    [
      'a kind with fields of another kind',
      capacityDemand({}, { serviceMode: 'sample_testing', hours: 2 }),
      'details.serviceMode',
    ],
    ['a deadline in the past', capacityDemand({ deadline: chinaDate(-1) }), 'deadline'],
    ['a category of another kind', ipDemand({ category: '机械加工' }), 'category'],
  ])('refuses %s: 422 DEMAND_INVALID naming the field, nothing written', async (_what, body, field) => {
    const before = await db.query(`SELECT count(*)::int AS n FROM demands`);
    const response = await post(body);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('DEMAND_INVALID');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await db.query(`SELECT count(*)::int AS n FROM demands`)).toEqual(before);
  });

  it('names every field of another kind', async () => {
    const response = await post(capacityDemand({}, { serviceMode: 'sample_testing', licenceType: 'assignment' }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'details.serviceMode', message: '是设备需求的字段，不适用于产能需求', rule: 'field_of_other_kind' },
        {
          field: 'details.licenceType',
          message: '是知识产权需求的字段，不适用于产能需求',
          rule: 'field_of_other_kind',
        },
      ]),
    );
  });

  it('lists the caller’s demands with filters and pages; another enterprise sees none of them', async () => {
    const ip = await created(ipDemand());
    const mine = await api.call('GET', 'demands?kind=ip&limit=1', { token: smeColleague.accessToken });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ page: 1, limit: 1 });
    expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual([ip]);
    const all = await api.call('GET', 'demands?status=open', { token: sme.accessToken });
    expect(all.body.total).toBeGreaterThanOrEqual(2);
    const theirs = await api.call('GET', 'demands', { token: outsider.accessToken });
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
  });

  it('edits with If-Match: a new version and demand.updated; a stale version 409, none 422, another’s 404', async () => {
    const id = await created(capacityDemand());
    const edited = await api.call('PATCH', `demands/${id}`, {
      token: smeColleague.accessToken,
      headers: { 'if-match': '"1"' },
      body: { title: '五轴加工（修改）', budgetFen: null, visibility: 'matcher_only' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: '五轴加工（修改）',
      budgetFen: null,
      visibility: 'matcher_only',
      version: 2,
    });
    expect(await outboxOf('demand.updated', id)).toHaveLength(1);

    const stale = await api.call('PATCH', `demands/${id}`, {
      token: sme.accessToken,
      body: { title: 'x', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'DEMAND_VERSION_CONFLICT', currentVersion: 2 });
    const unversioned = await api.call('PATCH', `demands/${id}`, { token: sme.accessToken, body: { title: 'x' } });
    expect(unversioned.status).toBe(422);
    const kind = await api.call('PATCH', `demands/${id}`, { token: sme.accessToken, body: { kind: 'ip', version: 2 } });
    expect(kind.status).toBe(422);
    const bad = await api.call('PATCH', `demands/${id}`, {
      token: sme.accessToken,
      body: { version: 2, details: { quantity: 1, unit: 'piece', per: 'week', from: chinaDate(9), to: chinaDate(8) } },
    });
    expect(bad.status).toBe(422);
    const theirs = await api.call('PATCH', `demands/${id}`, {
      token: outsider.accessToken,
      body: { title: 'x', version: 2 },
    });
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('DEMAND_NOT_FOUND');
  });

  it('closes and fulfils; a final demand takes no edit and no further step (409)', async () => {
    const closing = await created(capacityDemand());
    const closed = await api.call('POST', `demands/${closing}/close`, {
      token: sme.accessToken,
      body: { reason: '已自行解决' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', statusReason: '已自行解决' });
    expect(closed.body.closedAt).not.toBeNull();
    expect(await outboxOf('demand.status_changed', closing)).toEqual([
      { payload: expect.objectContaining({ status: 'closed', previousStatus: 'open' }) },
    ]);
    const again = await api.call('POST', `demands/${closing}/fulfil`, { token: sme.accessToken });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DEMAND_STATE_CONFLICT');
    const edit = await api.call('PATCH', `demands/${closing}`, {
      token: sme.accessToken,
      body: { title: 'x', version: 2 },
    });
    expect(edit.status).toBe(409);

    const fulfilling = await created(ipDemand());
    const fulfilled = await api.call('POST', `demands/${fulfilling}/fulfil`, { token: smeColleague.accessToken });
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.body.status).toBe('fulfilled');
    const outsiders = await api.call('POST', `demands/${fulfilling}/close`, { token: outsider.accessToken, body: {} });
    expect(outsiders.status).toBe(404);
  });

  it('expires demands past their deadline (the hourly maintenance job)', async () => {
    const id = await created(capacityDemand());
    await db.query(`UPDATE demands SET deadline = current_date - 2 WHERE id = $1`, [id]);
    expect(await app.api.get(ExpireDemandsUseCase, { strict: false }).execute()).toBeGreaterThanOrEqual(1);
    const demand = await api.call('GET', `demands/${id}`, { token: sme.accessToken });
    expect(demand.body).toMatchObject({ status: 'expired', statusReason: 'deadline passed' });
  });
});

describe('matches, for the SME', () => {
  it('ranks them best first with reasons, for the owner only; dismissing needs a reason and hides the match', async () => {
    const demand = await created(capacityDemand());
    const weaker = await matchOf(demand, patent, 0.41);
    const best = await matchOf(demand, cnc, 0.87);

    const matches = await api.call('GET', `demands/${demand}/matches`, { token: smeColleague.accessToken });
    expect(matches.status).toBe(200);
    expect(matches.body.demandStatus).toBe('open');
    expect(matches.body.items.map((m: { id: string }) => m.id)).toEqual([best, weaker]);
    expect(matches.body.items[0]).toMatchObject({
      listingId: cnc,
      listing: { kind: 'capacity', providerOrganizationId: world.provider.organizationId, status: 'published' },
      score: 0.87,
      reasons: [
        { factor: 'category', contribution: 0.1, text: '类别一致' },
        { factor: 'text', contribution: expect.closeTo(0.77), text: '描述高度相关' },
      ],
      status: 'proposed',
      providerInterestAt: null,
      dealId: null,
    });

    for (const token of [outsider.accessToken, world.provider.accessToken]) {
      expect((await api.call('GET', `demands/${demand}/matches`, { token })).status).toBe(404);
    }

    const noReason = await api.call('POST', `demands/${demand}/matches/${weaker}/dismiss`, {
      token: sme.accessToken,
      body: {},
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const notYours = await api.call('POST', `demands/${demand}/matches/${weaker}/dismiss`, {
      token: outsider.accessToken,
      body: { reason: 'x' },
    });
    expect(notYours.status).toBe(404);
    const dismissed = await api.call('POST', `demands/${demand}/matches/${weaker}/dismiss`, {
      token: sme.accessToken,
      body: { reason: '不是我们要的' },
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', dismissReason: '不是我们要的' });

    const after = await api.call('GET', `demands/${demand}/matches`, { token: sme.accessToken });
    expect(after.body.items.map((m: { id: string }) => m.id)).toEqual([best]);
    const withDismissed = await api.call('GET', `demands/${demand}/matches?includeDismissed=true`, {
      token: sme.accessToken,
    });
    expect(withDismissed.body.items.map((m: { id: string }) => m.id)).toEqual([best, weaker]);

    const accept = await api.call('POST', `demands/${demand}/matches/${weaker}/accept`, { token: sme.accessToken });
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('MATCH_STATE_CONFLICT');
  });

  it('re-matching refreshes proposals, never duplicates one and never resurrects a dismissed one', async () => {
    const demand = await created(capacityDemand());
    const dismissedId = await matchOf(demand, patent, 0.5);
    await api.call('POST', `demands/${demand}/matches/${dismissedId}/dismiss`, {
      token: sme.accessToken,
      body: { reason: '否' },
    });
    const repository = app.api.get(MatchRepository, { strict: false });
    const factors = [{ factor: 'text', contribution: 0.9, text: '更相关' }];
    const run = () =>
      db.transaction((tx) =>
        repository.upsertMatches(tx, demand, [
          { listingId: cnc, providerOrganizationId: world.provider.organizationId, score: 0.9, factors },
          { listingId: patent, providerOrganizationId: world.provider.organizationId, score: 0.95, factors },
        ]),
      );
    const first = await run();
    expect(first.inserted.map((m) => m.listingId)).toEqual([cnc]);
    expect(first.updated).toEqual([]);
    const second = await run();
    expect(second).toEqual({ inserted: [], updated: [{ id: first.inserted[0].id, listingId: cnc }] });
    const rows = await db.query(
      `SELECT listing_id AS "listingId", status, score::float8 AS score FROM demand_matches WHERE demand_id = $1 ORDER BY score`,
      [demand],
    );
    expect(rows).toEqual([
      { listingId: patent, status: 'dismissed', score: 0.5 },
      { listingId: cnc, status: 'proposed', score: 0.9 },
    ]);
  });

  it('accepting a capacity match opens a prefilled reservation; a retry returns the same deal', async () => {
    const demand = await created(capacityDemand());
    const match = await matchOf(demand, cnc);
    const accepted = await api.call('POST', `demands/${demand}/matches/${match}/accept`, { token: sme.accessToken });
    expect(accepted.status).toBe(201);
    expect(accepted.body.match).toMatchObject({ id: match, status: 'accepted', dealId: accepted.body.deal.id });
    expect(accepted.body.deal).toMatchObject({
      kind: 'reservation',
      state: 'requested',
      listing: { id: cnc },
      requesterOrganizationId: sme.organizationId,
      providerOrganizationId: world.provider.organizationId,
      terms: { quantity: 400, unit: 'machine_hour', per: 'month', from: chinaDate(15), to: chinaDate(60) },
    });
    const retried = await api.call('POST', `demands/${demand}/matches/${match}/accept`, { token: sme.accessToken });
    expect(retried.status).toBe(201);
    expect(retried.body.deal.id).toBe(accepted.body.deal.id);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM deals WHERE listing_id = $1 AND requester_organization_id = $2`, [
        cnc,
        sme.organizationId,
      ]),
    ).toEqual([{ n: 1 }]);
    const dismiss = await api.call('POST', `demands/${demand}/matches/${match}/dismiss`, {
      token: sme.accessToken,
      body: { reason: 'x' },
    });
    expect(dismiss.status).toBe(409);

    // The deal completing fulfils the demand (the worker calls this on deal.state_changed).
    expect(
      await app.api.get(FulfilDemandFromDealUseCase, { strict: false }).execute({ dealId: accepted.body.deal.id }),
    ).toBe(true);
    expect((await api.call('GET', `demands/${demand}`, { token: sme.accessToken })).body.status).toBe('fulfilled');
  });

  it('accepting a patent match opens a prefilled licence request', async () => {
    const demand = await created(ipDemand());
    const match = await matchOf(demand, patent);
    const accepted = await api.call('POST', `demands/${demand}/matches/${match}/accept`, {
      token: smeColleague.accessToken,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.deal).toMatchObject({
      kind: 'licence',
      state: 'requested',
      listing: { id: patent },
      terms: expect.objectContaining({
        licenceType: 'exclusive_licence',
        territory: '32',
        fieldOfUse: 'all',
        termMonths: 24,
        upfrontFeeFen: 10_000_000,
      }),
    });
  });

  it('accepting an equipment match books sample testing, or the first free slot of the hours in the window', async () => {
    const samples = await created(
      equipmentDemand({ serviceMode: 'sample_testing', samples: 3, testItems: ['断口形貌', '能谱分析'] }),
    );
    const sampleMatch = await matchOf(samples, sem);
    const sampleDeal = await api.call('POST', `demands/${samples}/matches/${sampleMatch}/accept`, {
      token: sme.accessToken,
    });
    expect(sampleDeal.status).toBe(201);
    expect(sampleDeal.body.deal).toMatchObject({
      kind: 'sample_test',
      terms: { serviceMode: 'sample_testing', samples: 3, testItems: ['断口形貌', '能谱分析'] },
    });

    const time = await created(equipmentDemand({ serviceMode: 'technician_operated', hours: 2 }));
    const timeMatch = await matchOf(time, sem);
    const booked = await api.call('POST', `demands/${time}/matches/${timeMatch}/accept`, { token: sme.accessToken });
    expect(booked.status).toBe(201);
    expect(booked.body.deal).toMatchObject({
      kind: 'booking',
      terms: { serviceMode: 'technician_operated', minutes: 120 },
    });
    const start = new Date(booked.body.deal.terms.start);
    expect(start.getTime()).toBeGreaterThanOrEqual(new Date(`${chinaDate(3)}T00:00:00+08:00`).getTime());
    expect(start.getTime()).toBeLessThan(new Date(`${chinaDate(31)}T00:00:00+08:00`).getTime());

    // A weekend-only window: the equipment is closed on weekends.
    const saturday = nextSaturday();
    const sunday = new Date(new Date(`${saturday}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    const weekend = await created(
      equipmentDemand({ serviceMode: 'technician_operated', hours: 2, from: saturday, to: sunday }),
    );
    const weekendMatch = await matchOf(weekend, sem);
    const none = await api.call('POST', `demands/${weekend}/matches/${weekendMatch}/accept`, {
      token: sme.accessToken,
    });
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('NO_FREE_SLOT');
    const match = await db.query(`SELECT status, deal_request FROM demand_matches WHERE id = $1`, [weekendMatch]);
    expect(match).toEqual([{ status: 'proposed', deal_request: null }]);
  });

  it('answers 404 for a match on someone else’s demand, and for a match of another demand', async () => {
    const demand = await created(capacityDemand());
    const match = await matchOf(demand, cnc);
    const other = await created(capacityDemand());
    for (const [token, demandId] of [
      [outsider.accessToken, demand],
      [world.provider.accessToken, demand],
      [sme.accessToken, other],
    ]) {
      const response = await api.call('POST', `demands/${demandId}/matches/${match}/accept`, { token });
      expect(response.status).toBe(404);
    }
    expect(await db.query(`SELECT status FROM demand_matches WHERE id = $1`, [match])).toEqual([
      { status: 'proposed' },
    ]);
  });
});

describe('matched demands, for providers', () => {
  it('shows the provider the demands matched to its listings, without the budget; interest is recorded once', async () => {
    const demand = await created(capacityDemand({ title: '供方可见的需求' }));
    const match = await matchOf(demand, cnc);

    const list = await api.call('GET', `matched-demands?listingId=${cnc}`, { token: providerMember.accessToken });
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: { match: { id: string } }) => i.match.id === match);
    expect(item).toMatchObject({
      match: { listingId: cnc, score: 0.7, status: 'proposed', providerInterestAt: null },
      demand: { id: demand, title: '供方可见的需求', organization: { id: sme.organizationId }, status: 'open' },
    });
    expect(item.demand.organization.name).toEqual(expect.any(String));
    expect(item.demand).not.toHaveProperty('budgetFen');
    expect(item.match.reasons).toHaveLength(2);

    const seen = await api.call('GET', `demands/${demand}`, { token: world.provider.accessToken });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: demand, yourSide: 'provider', matches: [{ id: match }] });
    expect(seen.body).not.toHaveProperty('budgetFen');

    expect((await api.call('POST', `matches/${match}/interest`, { token: outsider.accessToken })).status).toBe(404);
    expect((await api.call('POST', `matches/${match}/interest`, { token: sme.accessToken })).status).toBe(404);
    const interested = await api.call('POST', `matches/${match}/interest`, { token: providerMember.accessToken });
    expect(interested.status).toBe(200);
    expect(interested.body.match.providerInterestAt).not.toBeNull();
    const again = await api.call('POST', `matches/${match}/interest`, { token: world.provider.accessToken });
    expect(again.status).toBe(200);
    expect(again.body.match.providerInterestAt).toBe(interested.body.match.providerInterestAt);
    const events = await outboxOf('match.interest', demand);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({
      demandId: demand,
      matchId: match,
      listingId: cnc,
      demandOrganizationId: sme.organizationId,
      demandCreatedBy: sme.userId,
      providerOrganizationId: world.provider.organizationId,
      demandTitle: '供方可见的需求',
      listingTitle: expect.any(String),
    });

    const owner = await api.call('GET', `demands/${demand}/matches`, { token: sme.accessToken });
    expect(owner.body.items[0].providerInterestAt).toBe(interested.body.match.providerInterestAt);

    await api.call('POST', `demands/${demand}/close`, { token: sme.accessToken, body: {} });
    const late = await api.call('POST', `matches/${match}/interest`, { token: providerMember.accessToken });
    expect(late.status).toBe(200); // already recorded: nothing changes
    const stillListed = await api.call('GET', 'matched-demands', { token: providerMember.accessToken });
    expect(stillListed.body.items.some((i: { match: { id: string } }) => i.match.id === match)).toBe(false);
    const withClosed = await api.call('GET', 'matched-demands?includeClosed=true', {
      token: providerMember.accessToken,
    });
    expect(withClosed.body.items.some((i: { match: { id: string } }) => i.match.id === match)).toBe(true);
  });

  it('refuses interest in a demand no longer wanted (409)', async () => {
    const demand = await created(capacityDemand());
    const match = await matchOf(demand, cnc);
    await api.call('POST', `demands/${demand}/fulfil`, { token: sme.accessToken });
    const response = await api.call('POST', `matches/${match}/interest`, { token: providerMember.accessToken });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('DEMAND_STATE_CONFLICT');
  });

  it('hides a matcher_only demand from providers: not listed, 404 to read, 404 to express interest', async () => {
    const demand = await created(capacityDemand({ visibility: 'matcher_only', title: '仅撮合可见' }));
    const match = await matchOf(demand, cnc);
    const list = await api.call('GET', 'matched-demands?includeClosed=true', { token: providerMember.accessToken });
    expect(list.body.items.some((i: { demand: { id: string } }) => i.demand.id === demand)).toBe(false);
    expect((await api.call('GET', `demands/${demand}`, { token: providerMember.accessToken })).status).toBe(404);
    const interest = await api.call('POST', `matches/${match}/interest`, { token: providerMember.accessToken });
    expect(interest.status).toBe(404);
    expect(interest.body.code).toBe('MATCH_NOT_FOUND');
    // The SME still sees its match.
    const owner = await api.call('GET', `demands/${demand}/matches`, { token: sme.accessToken });
    expect(owner.body.items.map((m: { id: string }) => m.id)).toEqual([match]);
  });

  it('hides a dismissed match from its provider', async () => {
    const demand = await created(capacityDemand());
    const match = await matchOf(demand, cnc);
    await api.call('POST', `demands/${demand}/matches/${match}/dismiss`, {
      token: sme.accessToken,
      body: { reason: '太远' },
    });
    expect((await api.call('GET', `demands/${demand}`, { token: providerMember.accessToken })).status).toBe(404);
    expect((await api.call('POST', `matches/${match}/interest`, { token: providerMember.accessToken })).status).toBe(
      404,
    );
  });
});
