import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  corpusBody,
  dealNotifications,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let smeA: Enterprise;
let smeB: Enterprise;
let outsider: Enterprise;
/** P001 offered every way: exclusive, sole, ordinary, assignment. */
let patent: string;
/** P002 under a standing open licence: ¥80,000 upfront and 1.5 % of sales. */
let openPatent: string;
/** P003: sole or ordinary licences. */
let solePatent: string;

function ipBody(ref: string, details: Record<string, unknown>) {
  const base = corpusBody(ref);
  return { ...base, details: { ...(base.details as object), ...details } };
}

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '许可测试园区');
  smeA = await api.registerEnterprise();
  smeB = await api.registerEnterprise({ regionCode: '310115' });
  outsider = await api.registerEnterprise();
  patent = await publishListing(
    api,
    world,
    ipBody('P001', { transactionTypes: ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] }),
  );
  openPatent = await publishListing(
    api,
    world,
    ipBody('P002', { openLicence: { declared: true, royalty: { upfrontFeeFen: 8_000_000, royaltyPercent: 1.5 } } }),
  );
  solePatent = await publishListing(api, world, corpusBody('P003'));
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const provider = () => world.provider.accessToken;

function licence(listingId: string, extra: Record<string, unknown> = {}) {
  return {
    listingId,
    licenceType: 'ordinary_licence',
    territory: 'CN',
    fieldOfUse: 'all',
    termMonths: 24,
    upfrontFeeFen: 10_000_000,
    royaltyPercent: 2,
    ...extra,
  };
}

const request = (body: Record<string, unknown>, token = smeA.accessToken, headers: Record<string, string> = {}) =>
  api.call('POST', 'licence-requests', { token, body, headers });
const step = (id: string, action: string, token: string, body: Record<string, unknown> = {}) =>
  api.call('POST', `deals/${id}/${action}`, { token, body });
const offer = (id: string, token: string, body: Record<string, unknown>) =>
  api.call('POST', `deals/${id}/offers`, { token, body });

describe('licence requests', () => {
  it('negotiates an exclusive licence from request to agreement, driven from both sides', async () => {
    const requested = await request(
      licence(patent, {
        licenceType: 'exclusive_licence',
        territory: '320000',
        fieldOfUse: '  动力电池   正极材料 ',
        termMonths: 36,
        upfrontFeeFen: 50_000_000,
        royaltyPercent: 3.5,
        note: '拟用于常州基地',
      }),
    );
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      kind: 'licence',
      state: 'requested',
      turn: 'provider',
      actions: ['cancel'],
      terms: {
        licenceType: 'exclusive_licence',
        territory: '32',
        fieldOfUse: '动力电池 正极材料',
        royaltyBasisPoints: 350,
        royaltyPercent: 3.5,
        subLicensing: false,
        patent: { patentNumber: '201910947313.0', patentType: 'invention', expiresOn: '2039-01-01' },
      },
      offers: [{ version: 1, side: 'requester', note: '拟用于常州基地' }],
      licenceAgreement: null,
    });
    const id = requested.body.id;

    const early = await step(id, 'accept', smeA.accessToken);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DEAL_OUT_OF_TURN');

    const higher = await offer(id, provider(), { upfrontFeeFen: 80_000_000, note: '独占许可需提高入门费' });
    expect(higher.status).toBe(201);
    expect(higher.body).toMatchObject({
      state: 'countered',
      turn: 'requester',
      terms: { upfrontFeeFen: 80_000_000, royaltyBasisPoints: 350, territory: '32' },
    });
    const providerAgain = await step(id, 'accept', provider());
    expect(providerAgain.status).toBe(409);
    expect(providerAgain.body.code).toBe('DEAL_OUT_OF_TURN');

    const back = await offer(id, smeA.accessToken, { upfrontFeeFen: 65_000_000, royaltyPercent: 3 });
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ state: 'requested', turn: 'provider' });

    const accepted = await step(id, 'accept', provider());
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', turn: null });
    const agreement = accepted.body.licenceAgreement;
    expect(agreement).toMatchObject({
      dealId: id,
      listingId: patent,
      status: 'active',
      licenceType: 'exclusive_licence',
      territory: '32',
      fieldOfUse: '动力电池 正极材料',
      openLicence: false,
      licensorOrganizationId: world.provider.organizationId,
      licenseeOrganizationId: smeA.organizationId,
      snapshot: {
        termMonths: 36,
        upfrontFeeFen: 65_000_000,
        royaltyBasisPoints: 300,
        royaltyPercent: 3,
        patent: { patentNumber: '201910947313.0', title: '一种高镍三元正极材料的包覆改性方法' },
        licensor: { organizationId: world.provider.organizationId, name: expect.stringContaining('有限公司') },
        licensee: { organizationId: smeA.organizationId, name: expect.stringContaining('有限公司') },
      },
    });
    const months = (a: string, b: string) =>
      (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    expect(months(agreement.startsOn, agreement.endsOn)).toBe(36);

    const deal = await api.call('GET', `deals/${id}`, { token: smeA.accessToken });
    expect(deal.body.offers.map((o: { version: number; side: string }) => [o.version, o.side])).toEqual([
      [1, 'requester'],
      [2, 'provider'],
      [3, 'requester'],
    ]);
    expect(deal.body.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'counter',
      'counter',
      'accept',
    ]);
    expect(deal.body.events[3].data).toEqual({ agreementId: agreement.id });
    expect(deal.body.licenceAgreement.id).toBe(agreement.id);

    for (const token of [smeA.accessToken, provider()]) {
      const read = await api.call('GET', `licence-agreements/${agreement.id}`, { token });
      expect(read.status).toBe(200);
      expect(read.body).toEqual(agreement);
    }
    expect((await api.call('GET', `licence-agreements/${agreement.id}`, { token: outsider.accessToken })).status).toBe(
      404,
    );
    expect((await api.call('GET', `licence-agreements/${randomUUID()}`, { token: smeA.accessToken })).status).toBe(404);

    const outbox = await db.query(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY created_at`, [id]);
    expect(outbox.map((r: { type: string }) => r.type)).toEqual([
      'deal.created',
      'deal.offer_made',
      'deal.offer_made',
      'deal.state_changed',
    ]);
    // The provider heard of the request and the requester's counter-offer; the requester of
    // the provider's counter-offer and the acceptance.
    await eventually(
      async () =>
        JSON.stringify(await dealNotifications(api, provider(), id)) ===
          JSON.stringify(['deal.created', 'deal.offer_made']) &&
        JSON.stringify(await dealNotifications(api, smeA.accessToken, id)) ===
          JSON.stringify(['deal.offer_made', 'deal.state_changed']),
      { what: 'both sides notified of the licence negotiation' },
    );

    const published = await api.call('GET', `listings/${patent}/licences`);
    expect(published.status).toBe(200);
    expect(published.body).toEqual([
      {
        licenceType: 'exclusive_licence',
        territory: '32',
        fieldOfUse: '动力电池 正极材料',
        startsOn: agreement.startsOn,
        endsOn: agreement.endsOn,
        openLicence: false,
        licensee: { organizationId: smeA.organizationId, name: agreement.snapshot.licensee.name },
      },
    ]);
  });

  it('compares fields of use folded: width, traditional Chinese, trailing punctuation; invisible characters refused (issue 15, row 5)', async () => {
    for (const fieldOfUse of [
      '動力電池 正極材料',
      '动力电池　正极材料',
      '动力电池 正极材料.',
      ' 动力电池 正极材料。',
      '动力电池 正极材料!',
    ]) {
      const refused = await request(licence(patent, { territory: '3205', fieldOfUse }), smeB.accessToken);
      expect([fieldOfUse, refused.status, refused.body.code]).toEqual([fieldOfUse, 409, 'LICENCE_CONFLICT']);
    }
    for (const [body, field] of [
      [{ fieldOfUse: '动力\u200b电池 正极材料' }, 'fieldOfUse'],
      [{ fieldOfUse: '动力电池 正极材料\u202e' }, 'fieldOfUse'],
      [{ fieldOfUse: '\ufeff动力电池 正极材料' }, 'fieldOfUse'],
      [{ fieldOfUse: '动力\u200d电池' }, 'fieldOfUse'],
      [{ territory: '32\u2066' }, 'territory'],
    ] as const) {
      const refused = await request(licence(patent, { territory: '3205', ...body }), smeB.accessToken);
      expect(refused.status).toBe(422);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });

  it('a granted exclusive licence blocks a conflicting request, not one for another territory or field', async () => {
    const field = { fieldOfUse: '动力电池正极材料' };
    for (const conflicting of [
      licence(patent, { territory: '3205', fieldOfUse: '动力电池 正极材料' }),
      licence(patent, { licenceType: 'exclusive_licence', territory: 'CN', fieldOfUse: 'all' }),
      licence(patent, { licenceType: 'sole_licence', territory: 'worldwide', fieldOfUse: '动力电池  正极材料' }),
      licence(patent, { licenceType: 'assignment', territory: 'CN', fieldOfUse: 'all' }),
    ]) {
      const refused = await request(conflicting, smeB.accessToken);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('LICENCE_CONFLICT');
      expect(refused.body.agreementId).toEqual(expect.any(String));
    }
    const guangdong = await request(
      licence(patent, { licenceType: 'exclusive_licence', territory: '44', ...field }),
      smeB.accessToken,
    );
    expect(guangdong.status).toBe(201);
    const otherField = await request(licence(patent, { territory: '32', fieldOfUse: '储能电池' }), smeB.accessToken);
    expect(otherField.status).toBe(201);
    expect((await step(otherField.body.id, 'accept', provider())).status).toBe(200);
  });

  it('grants an ordinary licence at once under a standing open licence; other fees are negotiated', async () => {
    const granted = await request(licence(openPatent, { upfrontFeeFen: 8_000_000, royaltyPercent: 1.5 }));
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ state: 'accepted', turn: null, holdExpiresAt: null, actions: [] });
    expect(granted.body.licenceAgreement).toMatchObject({
      openLicence: true,
      licenceType: 'ordinary_licence',
      snapshot: {
        upfrontFeeFen: 8_000_000,
        royaltyBasisPoints: 150,
        publishedFees: { upfrontFeeFen: 8_000_000, royaltyBasisPoints: 150 },
      },
    });
    const created = await db.query(
      `SELECT action, from_state AS "fromState", to_state AS "toState", data FROM deal_events WHERE deal_id = $1`,
      [granted.body.id],
    );
    expect(created).toEqual([
      {
        action: 'create',
        fromState: null,
        toState: 'accepted',
        data: { offerVersion: 1, openLicence: true, agreementId: granted.body.licenceAgreement.id },
      },
    ]);
    const outbox = await db.query(`SELECT type FROM outbox WHERE aggregate_id = $1`, [granted.body.id]);
    expect(outbox).toEqual([{ type: 'deal.created' }]);

    for (const licenceType of ['exclusive_licence', 'sole_licence']) {
      const refused = await request(licence(openPatent, { licenceType }), smeB.accessToken);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('OPEN_LICENCE_DECLARED');
    }
    const cheaper = await request(
      licence(openPatent, { upfrontFeeFen: 5_000_000, royaltyPercent: 1.5 }),
      smeB.accessToken,
    );
    expect(cheaper.status).toBe(201);
    expect(cheaper.body).toMatchObject({ state: 'requested', turn: 'provider', licenceAgreement: null });

    const published = await api.call('GET', `listings/${openPatent}/licences`, { token: outsider.accessToken });
    expect(published.body).toEqual([expect.objectContaining({ licenceType: 'ordinary_licence', licensee: null })]);
    expect(JSON.stringify(published.body)).not.toMatch(/Fen|royalty/);
  });

  it('of two conflicting sole licences accepted at the same moment, exactly one is granted', async () => {
    const asks = await Promise.all(
      [smeA, smeB].map((sme) => request(licence(solePatent, { licenceType: 'sole_licence' }), sme.accessToken)),
    );
    expect(asks.map((r) => r.status)).toEqual([201, 201]);
    const results = await Promise.all(asks.map((r) => step(r.body.id, 'accept', provider())));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.code).toBe('LICENCE_CONFLICT');
    const states = await Promise.all(
      asks.map(async (r) => (await api.call('GET', `deals/${r.body.id}`, { token: provider() })).body.state),
    );
    expect(states.sort()).toEqual(['accepted', 'requested']);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM licence_agreements WHERE listing_id = $1`, [
      solePatent,
    ]);
    expect(count).toBe(1);
  });

  it('keeps turns, and keeps non-parties out', async () => {
    const asked = await request(licence(patent, { territory: '33', fieldOfUse: '消费电子' }));
    expect(asked.status).toBe(201);
    const id = asked.body.id;

    const decline = await step(id, 'decline', smeA.accessToken);
    expect(decline.status).toBe(409);
    expect(decline.body.code).toBe('DEAL_OUT_OF_TURN');
    for (const [method, path] of [
      ['GET', `deals/${id}`],
      ['POST', `deals/${id}/accept`],
      ['POST', `deals/${id}/offers`],
    ] as const) {
      const response = await api.call(method, path, {
        token: outsider.accessToken,
        ...(method === 'POST' ? { body: { upfrontFeeFen: 1 } } : {}),
      });
      expect(response.status).toBe(404);
    }

    for (const [body, field] of [
      [{ royaltyPercent: 101 }, 'royaltyPercent'],
      [{ quantity: 1 }, 'quantity'],
      [{ territory: 'XX', termMonths: 0 }, 'territory'],
    ] as const) {
      const bad = await offer(id, provider(), body);
      expect(bad.status).toBe(422);
      expect(bad.body.code).toBe('DEAL_INVALID');
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // A field no offer has is refused by the typed body (issue 15, row 6).
    const unknown = await offer(id, provider(), { price: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['price']);
    const typeChange = await offer(id, provider(), { licenceType: 'exclusive_licence' });
    expect(typeChange.status).toBe(201);
    expect(typeChange.body.terms.licenceType).toBe('exclusive_licence');

    const cancelled = await step(id, 'cancel', smeA.accessToken, { reason: '另寻方案' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
    const late = await step(id, 'accept', smeA.accessToken);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('DEAL_STATE_CONFLICT');
    expect(cancelled.body.licenceAgreement).toBeNull();
  });

  it('an Idempotency-Key gives the same deal for the same request, and refuses another request', async () => {
    const key = randomUUID();
    const body = licence(patent, { territory: '3301', fieldOfUse: '储能' });
    const first = await request(body, smeA.accessToken, { 'idempotency-key': key });
    const again = await request({ ...body }, smeA.accessToken, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const other = await request({ ...body, termMonths: 12 }, smeA.accessToken, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const raced = randomUUID();
    const burst = await Promise.all(
      Array.from({ length: 5 }, () =>
        request(licence(patent, { territory: '3302', fieldOfUse: '储能' }), smeA.accessToken, {
          'idempotency-key': raced,
        }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(burst.map((r) => r.body.id)).size).toBe(1);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM deals WHERE idempotency_key = ANY($1) AND requester_user_id = $2`,
      [[key, raced], smeA.userId],
    );
    expect(count).toBe(2);

    const badKey = await request(body, smeA.accessToken, { 'idempotency-key': 'x'.repeat(256) });
    expect(badKey.status).toBe(422);
  });

  it('refuses bad requests with a 4xx naming what is wrong, and writes nothing', async () => {
    const before = await db.query(`SELECT count(*)::int AS count FROM deals`);
    const invalid = await request(
      licence(patent, { territory: 'XX', termMonths: 999, royaltyPercent: 3.333, upfrontFeeFen: -1 }),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('DEAL_INVALID');
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'royaltyPercent',
      'termMonths',
      'territory',
      'upfrontFeeFen',
    ]);

    const notOffered = await request(licence(solePatent, { licenceType: 'exclusive_licence' }), smeB.accessToken);
    expect(notOffered.status).toBe(422);
    expect(notOffered.body.code).toBe('LICENCE_TYPE_NOT_OFFERED');

    const partial = await request(licence(patent, { fieldOfUse: '消费电子', territory: '11' }), smeA.accessToken);
    expect(partial.status).toBe(201);
    const shortOfOne = await request({ listingId: patent, licenceType: 'ordinary_licence' });
    expect(shortOfOne.status).toBe(400);
    const own = await request(licence(patent), provider());
    expect(own.status).toBe(422);
    expect(own.body.code).toBe('OWN_LISTING');
    const unknownListing = await request(licence(randomUUID()));
    expect(unknownListing.status).toBe(422);
    expect(unknownListing.body.code).toBe('LISTING_NOT_FOUND');
    expect((await api.call('POST', 'licence-requests', { body: licence(patent) })).status).toBe(401);

    const after = await db.query(`SELECT count(*)::int AS count FROM deals`);
    expect(after[0].count).toBe(before[0].count + 1);
    expect((await api.call('GET', `listings/${randomUUID()}/licences`)).status).toBe(404);
  });
});
