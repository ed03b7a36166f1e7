import { MatchDemandUseCase, MatchListingUseCase } from '@rongtong/matching';
import type { DataSource } from 'typeorm';
import { corpusBody, type ProviderWorld, publishListing, testDb, verifiedProvider } from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

interface Reason {
  factor: string;
  contribution: number;
  text: string;
}
interface Match {
  id: string;
  listingId: string;
  score: number;
  status: string;
  reasons: Reason[];
}

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let sme: Enterprise;
let demandId: string;
const listings: Record<'fit' | 'noCertificate' | 'otherProvince' | 'parkOnly' | 'later', string> = {
  fit: '',
  noCertificate: '',
  otherProvince: '',
  parkOnly: '',
  later: '',
};

/** China's date `days` from today. */
const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A corpus capacity listing holding ISO 13485, with overrides. */
function capacityBody(ref: string, extra: Record<string, unknown> = {}) {
  const base = corpusBody(ref);
  const details = base.details as Record<string, unknown>;
  return { ...base, ...extra, details: { ...details, certifications: ['ISO 9001', 'ISO 13485'] } };
}

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '撮合引擎园区');
  sme = await api.registerEnterprise();
  // Suzhou (the SME's city), holding the certificate: fits.
  listings.fit = await publishListing(api, world, corpusBody('C001'));
  // Suzhou, ISO 9001 only: the demand requires ISO 13485.
  listings.noCertificate = await publishListing(api, world, corpusBody('C002'));
  // Hangzhou, holding the certificate: the demand wants its own province.
  listings.otherProvince = await publishListing(api, world, capacityBody('C004', { regionCode: '330106' }));
  // Fits, but only the provider's park may see it, and the SME is not in it.
  listings.parkOnly = await publishListing(api, world, capacityBody('C003', { visibility: 'park_members' }));
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const matchesOf = async (id: string, query = ''): Promise<Match[]> => {
  const response = await api.call('GET', `demands/${id}/matches${query}`, { token: sme.accessToken });
  expect(response.status).toBe(200);
  return response.body.items;
};

const matchCreatedEvents = async (id: string): Promise<Array<{ listingId: string; matchId: string }>> =>
  (await db.query(`SELECT payload FROM outbox WHERE type = 'match.created' AND aggregate_id = $1`, [id])).map(
    (r: { payload: { listingId: string; matchId: string } }) => r.payload,
  );

describe('matching', () => {
  it("proposes a fitting provider's listing with its reasons, and only fitting ones", async () => {
    const posted = await api.call('POST', 'demands', {
      token: sme.accessToken,
      body: {
        kind: 'capacity',
        title: '骨科植入物钛合金五轴加工外协',
        description: '钛合金TC4骨科植入物结构件，五轴加工，每月约300机时，需ISO 13485体系',
        category: '机械加工',
        certifications: ['ISO 13485'],
        locationPreference: 'same_province',
        budgetFen: 50_000_000,
        details: {
          quantity: 300,
          unit: 'machine_hour',
          per: 'month',
          from: chinaDate(10),
          to: chinaDate(70),
          process: '五轴CNC加工',
          materials: ['钛合金TC4'],
        },
      },
    });
    expect(posted.status).toBe(201);
    demandId = posted.body.id;

    const matches = await eventually(
      async () => {
        const items = await matchesOf(demandId);
        return items.some((m) => m.listingId === listings.fit) && items;
      },
      { what: 'the fitting listing proposed' },
    );
    const fit = matches.find((m) => m.listingId === listings.fit)!;
    expect(fit.score).toBeGreaterThanOrEqual(0.35);
    expect(fit.score).toBeLessThanOrEqual(1);
    const reason = (factor: string) => fit.reasons.find((r) => r.factor === factor)?.text;
    expect(reason('certifications')).toMatch(/^持有 ISO 13485$/);
    expect(reason('capacity')).toMatch(/^月产能余量 1800 机时 ≥ 需求 300$/);
    expect(reason('distance')).toMatch(/^同城$/);
    expect(reason('verification')).toMatch(/^已认证企业$/);
    expect(reason('text')).toMatch(/^关键词命中 .*五轴/);
    expect(reason('category')).toMatch(/^同类目「机械加工」/);
    // The same reasons in English when asked.
    const english = await api.call('GET', `demands/${demandId}/matches`, {
      token: sme.accessToken,
      headers: { 'accept-language': 'en' },
    });
    const fitEn = (english.body.items as Match[]).find((m) => m.listingId === listings.fit)!;
    const reasonEn = (factor: string) => fitEn.reasons.find((r) => r.factor === factor)?.text;
    expect(reasonEn('certifications')).toMatch(/^Holds ISO 13485$/);
    expect(reasonEn('capacity')).toMatch(/^Monthly capacity left 1800 machine hours ≥ demand 300$/);
    expect(reasonEn('distance')).toMatch(/^Same city$/);
    expect(reasonEn('verification')).toMatch(/^Verified enterprise$/);
    expect(reasonEn('category')).toMatch(/^Same category: /);
    expect(fitEn.reasons.map((r) => r.contribution)).toEqual(fit.reasons.map((r) => r.contribution));
    const sum = fit.reasons.reduce((total, r) => total + r.contribution, 0);
    expect(Math.abs(sum - fit.score)).toBeLessThan(0.001);

    const proposed = matches.map((m) => m.listingId);
    expect(proposed).not.toContain(listings.noCertificate);
    expect(proposed).not.toContain(listings.otherProvince);
    expect(proposed).not.toContain(listings.parkOnly);
    const demand = await api.call('GET', `demands/${demandId}`, { token: sme.accessToken });
    expect(demand.body.status).toBe('matched');
    expect((await matchCreatedEvents(demandId)).map((e) => e.listingId).sort()).toEqual(proposed.sort());
  });

  it('proposes a fitting listing published afterwards, and tells the SME', async () => {
    listings.later = await publishListing(api, world, capacityBody('C007'));
    const later = await eventually(
      async () => (await matchesOf(demandId)).find((m) => m.listingId === listings.later),
      { what: 'the new listing matched in reverse' },
    );
    expect(later.status).toBe('proposed');
    const notification = await eventually(
      async () => {
        const inbox = await api.call('GET', 'notifications', { token: sme.accessToken });
        return inbox.body.items.find(
          (n: { type: string; data: { listingId?: string } }) =>
            n.type === 'match.created' && n.data.listingId === listings.later,
        );
      },
      { what: 'the SME notified of the new match' },
    );
    expect(notification).toMatchObject({ organizationId: sme.organizationId, data: { demandId, matchId: later.id } });
    expect(notification.title).toContain('匹配');
  });

  it('tells the SME when a matched provider says it is interested', async () => {
    const later = (await matchesOf(demandId)).find((m) => m.listingId === listings.later)!;
    const interest = await api.call('POST', `matches/${later.id}/interest`, { token: world.provider.accessToken });
    expect(interest.status).toBeLessThan(300);
    const notification = await eventually(
      async () => {
        const inbox = await api.call('GET', 'notifications', { token: sme.accessToken });
        return inbox.body.items.find(
          (n: { type: string; data: { matchId?: string } }) =>
            n.type === 'match.interest' && n.data.matchId === later.id,
        );
      },
      { what: 'the SME told of the interest' },
    );
    expect(notification).toMatchObject({
      organizationId: sme.organizationId,
      data: { demandId, listingId: listings.later },
    });
    const providerInbox = await api.call('GET', 'notifications', { token: world.provider.accessToken });
    expect(providerInbox.body.items.filter((n: { type: string }) => n.type.startsWith('match.'))).toEqual([]);
  });

  it('never duplicates a match when matching again', async () => {
    const before = await matchesOf(demandId);
    const events = await matchCreatedEvents(demandId);
    const run = await app.worker!.get(MatchDemandUseCase, { strict: false }).execute(demandId);
    expect(run.created).toBe(0);
    const after = await matchesOf(demandId);
    expect(after.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort());
    expect(new Set(after.map((m) => m.listingId)).size).toBe(after.length);
    expect(await matchCreatedEvents(demandId)).toHaveLength(events.length);
  });

  it('keeps a dismissed match dismissed through re-matching and edits', async () => {
    const fit = (await matchesOf(demandId)).find((m) => m.listingId === listings.fit)!;
    const dismissed = await api.call('POST', `demands/${demandId}/matches/${fit.id}/dismiss`, {
      token: sme.accessToken,
      body: { reason: '已有合作供应商' },
    });
    expect(dismissed.status).toBe(200);

    await app.worker!.get(MatchDemandUseCase, { strict: false }).execute(demandId, { prune: true });
    const [{ now: before }] = await db.query(`SELECT now()`);
    const { version } = (await api.call('GET', `demands/${demandId}`, { token: sme.accessToken })).body;
    const edited = await api.call('PATCH', `demands/${demandId}`, {
      token: sme.accessToken,
      body: { title: '骨科植入物钛合金TC4五轴加工外协', version },
    });
    expect(edited.status).toBe(200);
    // The edit's run (demand.updated) refreshes the proposals it keeps.
    await eventually(
      async () =>
        (
          await db.query(`SELECT 1 FROM demand_matches WHERE demand_id = $1 AND listing_id = $2 AND updated_at > $3`, [
            demandId,
            listings.later,
            before,
          ])
        ).length === 1,
      { what: 're-matched after the edit' },
    );
    const visible = await matchesOf(demandId);
    expect(visible.map((m) => m.listingId)).not.toContain(listings.fit);
    const all = await matchesOf(demandId, '?includeDismissed=true');
    expect(all.find((m) => m.listingId === listings.fit)).toMatchObject({ id: fit.id, status: 'dismissed' });
    expect(all.map((m) => m.listingId)).not.toContain(listings.noCertificate);
    expect(all.map((m) => m.listingId)).not.toContain(listings.otherProvince);
  });

  it('withdraws a suspended listing from the demands it was proposed to, and proposes it again when reinstated', async () => {
    const listingId = await publishListing(api, world, capacityBody('C007'));
    // A second one the provider answers: an answered proposal is not withdrawn.
    const answered = await publishListing(api, world, capacityBody('C007'));
    const proposed = await eventually(
      async () => {
        const items = await matchesOf(demandId);
        const first = items.find((m) => m.listingId === listingId);
        const other = items.find((m) => m.listingId === answered);
        return first && other && { first, other };
      },
      { what: 'both listings proposed' },
    );
    const { first } = proposed;
    const interest = await api.call('POST', `matches/${proposed.other.id}/interest`, {
      token: world.provider.accessToken,
    });
    expect(interest.status).toBeLessThan(300);
    for (const id of [listingId, answered]) {
      const suspended = await api.call('POST', `listings/${id}/suspend`, {
        token: world.operator.accessToken,
        body: { reason: '资质材料过期，待更新' },
      });
      expect(suspended.status).toBe(200);
    }
    await eventually(async () => !(await matchesOf(demandId)).some((m) => m.listingId === listingId), {
      what: 'the proposal withdrawn',
    });
    const rows = await db.query(`SELECT 1 FROM demand_matches WHERE listing_id = $1`, [listingId]);
    expect(rows).toHaveLength(0);
    // The answered proposal stays, however often its listing's run comes.
    const run = await app.worker!.get(MatchListingUseCase, { strict: false }).execute(answered);
    expect(run.removed).toBe(0);
    expect((await matchesOf(demandId)).find((m) => m.listingId === answered)).toMatchObject({ id: proposed.other.id });

    const reinstated = await api.call('POST', `listings/${listingId}/reinstate`, { token: world.operator.accessToken });
    expect(reinstated.status).toBe(200);
    const again = await eventually(async () => (await matchesOf(demandId)).find((m) => m.listingId === listingId), {
      what: 'the listing proposed again',
    });
    expect(again.id).not.toBe(first.id);
    expect(again.status).toBe('proposed');

    // Moved to another province (an approved revision): the demand wants its own, so the
    // proposal is withdrawn; the listing is still published.
    const live = await api.call('GET', `listings/${listingId}`, { token: world.provider.accessToken });
    const moved = await api.call('PATCH', `listings/${listingId}`, {
      token: world.provider.accessToken,
      body: { version: live.body.version, regionCode: '330106' },
    });
    expect(moved.status).toBe(200);
    const approved = await api.call('POST', `listings/${listingId}/approve`, { token: world.operator.accessToken });
    expect(approved.body).toMatchObject({ status: 'published', regionCode: '330106' });
    await eventually(async () => !(await matchesOf(demandId)).some((m) => m.listingId === listingId), {
      what: 'the proposal withdrawn after the move',
    });
  });

  it('fulfils the demand once the deal opened from one of its matches is agreed', async () => {
    const patent = await publishListing(api, world, corpusBody('P001'));
    const posted = await api.call('POST', 'demands', {
      token: sme.accessToken,
      body: {
        kind: 'ip',
        title: '高镍三元正极材料包覆改性技术许可',
        description: '动力电池正极材料量产，需要包覆改性专利的独占许可',
        details: { technologyField: '高镍三元正极材料包覆', licenceType: 'exclusive_licence', territory: 'CN' },
      },
    });
    expect(posted.status).toBe(201);
    const demand = posted.body.id as string;
    const match = await eventually(async () => (await matchesOf(demand)).find((m) => m.listingId === patent), {
      what: 'the patent proposed',
    });
    const accepted = await api.call('POST', `demands/${demand}/matches/${match.id}/accept`, { token: sme.accessToken });
    expect(accepted.status).toBe(201);
    const granted = await api.call('POST', `deals/${accepted.body.deal.id}/accept`, {
      token: world.provider.accessToken,
    });
    expect(granted.body.state).toBe('accepted');
    await eventually(
      async () => (await api.call('GET', `demands/${demand}`, { token: sme.accessToken })).body.status === 'fulfilled',
      { what: 'the demand fulfilled' },
    );
  });
});
