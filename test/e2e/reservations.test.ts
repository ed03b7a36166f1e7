import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  corpusBody,
  dealNotifications,
  equipmentBody,
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
let sme: Enterprise;
let outsider: Enterprise;
let cnc: string;
let sem: string;

/** Dates in China, `days` from today. */
const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** The Monday of the week `date` falls in. */
function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
const plusDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

const TODAY = chinaDate();
const WEEK1 = mondayOf(TODAY);
const WEEK2 = plusDays(WEEK1, 7);
/** The listing offers 100 machine-hours a week for eight weeks from this week, at ¥380 an hour. */
const OFFER_END = plusDays(WEEK1, 8 * 7 - 1);

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '产能测试园区');
  sme = await api.registerEnterprise();
  outsider = await api.registerEnterprise();
  const c001 = corpusBody('C001');
  cnc = await publishListing(api, world, {
    ...c001,
    priceFen: 38_000,
    priceUnit: 'machine_hour',
    details: {
      ...(c001.details as object),
      capacity: { quantity: 100, unit: 'machine_hour', per: 'week' },
      minOrder: { quantity: 10, unit: 'machine_hour' },
      leadTimeDays: 0,
      periods: [{ start: WEEK1, end: OFFER_END, quantity: 100 }],
    },
  });
  sem = await publishListing(api, world, equipmentBody());
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const provider = () => world.provider.accessToken;
const reserve = (body: Record<string, unknown>, token = sme.accessToken, headers: Record<string, string> = {}) =>
  api.call('POST', 'reservations', { token, body, headers });
const remaining = async (from = WEEK1, to = plusDays(WEEK2, 6)) => {
  const capacity = await api.call('GET', `listings/${cnc}/capacity?from=${from}&to=${to}`);
  expect(capacity.status).toBe(200);
  return capacity.body.periods.map((p: { remaining: number }) => p.remaining);
};
const periodRows = (dealId: string) =>
  db.query(
    `SELECT period_start::text AS start, quantity::float AS quantity, status FROM reservation_periods
     WHERE deal_id = $1 ORDER BY period_start`,
    [dealId],
  );

describe('capacity reservations', () => {
  it('runs from request through a counter-offer to completion, driven from both sides', async () => {
    const key = randomUUID();
    const body = { listingId: cnc, quantity: 60, from: TODAY, to: plusDays(WEEK2, 2), note: '首批试产' };
    const requested = await reserve(body, sme.accessToken, { 'idempotency-key': key });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      kind: 'reservation',
      state: 'requested',
      turn: 'provider',
      actions: ['cancel'],
      terms: {
        quantity: 60,
        unit: 'machine_hour',
        per: 'week',
        from: TODAY,
        periods: [
          { start: WEEK1, end: plusDays(WEEK1, 6) },
          { start: WEEK2, end: plusDays(WEEK2, 6) },
        ],
        priceFen: 38_000,
        estimatedFeeFen: 38_000 * 60 * 2,
      },
      periods: [
        { start: WEEK1, quantity: 60, status: 'held' },
        { start: WEEK2, quantity: 60, status: 'held' },
      ],
      offers: [{ version: 1, side: 'requester', note: '首批试产' }],
    });
    const id = requested.body.id;
    expect(await remaining()).toEqual([40, 40]);

    // The same request again is the same deal; the same key for another request is refused.
    const replay = await reserve(body, sme.accessToken, { 'idempotency-key': key });
    expect(replay.body.id).toBe(id);
    const reused = await reserve({ ...body, quantity: 61 }, sme.accessToken, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await db.query(`SELECT count(*)::int AS n FROM deals WHERE listing_id = $1`, [cnc])).toEqual([{ n: 1 }]);
    expect(await remaining()).toEqual([40, 40]);

    const outOfTurn = await api.call('POST', `deals/${id}/accept`, { token: sme.accessToken });
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body.code).toBe('DEAL_OUT_OF_TURN');
    for (const token of [outsider.accessToken, world.operator.accessToken]) {
      expect((await api.call('GET', `deals/${id}`, { token })).status).toBe(404);
      expect((await api.call('POST', `deals/${id}/accept`, { token })).status).toBe(404);
      expect((await api.call('POST', `deals/${id}/offers`, { token, body: { quantity: 1 } })).status).toBe(404);
    }

    // The offers body is typed, with the limits of creation (issue 15, row 6).
    const hugeNote = await api.call('POST', `deals/${id}/offers`, {
      token: provider(),
      body: { quantity: 40, note: '长'.repeat(900_000 / 3) },
    });
    expect(hugeNote.status).toBe(400);
    expect(hugeNote.body.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    const unknown = await api.call('POST', `deals/${id}/offers`, {
      token: provider(),
      body: { quantity: 40, price: 1 },
    });
    expect(unknown.status).toBe(400);
    const otherKind = await api.call('POST', `deals/${id}/offers`, {
      token: provider(),
      body: { quantity: 40, royaltyPercent: 3 },
    });
    expect(otherKind.status).toBe(422);
    expect(otherKind.body.errors.map((e: { field: string }) => e.field)).toEqual(['royaltyPercent']);

    const badCounter = await api.call('POST', `deals/${id}/offers`, { token: provider(), body: { quantity: -5 } });
    expect(badCounter.status).toBe(422);
    expect(badCounter.body.errors.map((e: { field: string }) => e.field)).toEqual(['quantity']);

    // The provider can spare only 40 hours a week: a counter-offer with less.
    const countered = await api.call('POST', `deals/${id}/offers`, {
      token: provider(),
      body: { quantity: 40, note: '每周只能排40小时' },
    });
    expect(countered.status).toBe(201);
    expect(countered.body).toMatchObject({
      state: 'countered',
      turn: 'requester',
      terms: { quantity: 40, estimatedFeeFen: 38_000 * 40 * 2 },
      periods: [
        { start: WEEK1, quantity: 40, status: 'held' },
        { start: WEEK2, quantity: 40, status: 'held' },
      ],
    });
    expect(countered.body.offers.map((o: { side: string; note: string }) => [o.side, o.note])).toEqual([
      ['requester', '首批试产'],
      ['provider', '每周只能排40小时'],
    ]);
    expect(await remaining()).toEqual([60, 60]);

    const providerAccepts = await api.call('POST', `deals/${id}/accept`, { token: provider() });
    expect(providerAccepts.status).toBe(409);
    expect(providerAccepts.body.code).toBe('DEAL_OUT_OF_TURN');

    const accepted = await api.call('POST', `deals/${id}/accept`, { token: sme.accessToken });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', turn: null, holdExpiresAt: null });
    expect(await periodRows(id)).toEqual([
      { start: WEEK1, quantity: 40, status: 'committed' },
      { start: WEEK2, quantity: 40, status: 'committed' },
    ]);
    expect(await remaining()).toEqual([60, 60]);

    const requesterCompletes = await api.call('POST', `deals/${id}/complete`, { token: sme.accessToken });
    expect(requesterCompletes.status).toBe(409);
    expect(requesterCompletes.body.code).toBe('DEAL_OUT_OF_TURN');
    const completed = await api.call('POST', `deals/${id}/complete`, { token: provider() });
    expect(completed.status).toBe(200);
    expect(completed.body.state).toBe('completed');
    // What was delivered stays taken.
    expect(await remaining()).toEqual([60, 60]);

    const deal = await api.call('GET', `deals/${id}`, { token: sme.accessToken });
    expect(deal.status).toBe(200);
    expect(deal.body.events.map((e: { action: string; actorSide: string }) => [e.action, e.actorSide])).toEqual([
      ['create', 'requester'],
      ['counter', 'provider'],
      ['accept', 'requester'],
      ['complete', 'provider'],
    ]);
    expect(deal.body.offers).toHaveLength(2);
    expect(deal.body.periods).toHaveLength(2);

    // Each side was told of the other's moves: the request and the acceptance reached the
    // provider, the counter-offer and the completion the SME.
    const expected = {
      provider: ['deal.created', 'deal.state_changed'],
      sme: ['deal.offer_made', 'deal.state_changed'],
    };
    await eventually(
      async () =>
        JSON.stringify(await dealNotifications(api, provider(), id)) === JSON.stringify(expected.provider) &&
        JSON.stringify(await dealNotifications(api, sme.accessToken, id)) === JSON.stringify(expected.sme),
      { what: 'both sides notified of the reservation' },
    );
  });

  it('frees the quantity when a request is declined, and when an accepted reservation is cancelled', async () => {
    const from = plusDays(WEEK1, 14);
    const window = { listingId: cnc, quantity: 30, from, to: plusDays(from, 6) };
    const before = await remaining(from, from);

    const declined = await reserve(window);
    expect(await remaining(from, from)).toEqual([before[0] - 30]);
    const decline = await api.call('POST', `deals/${declined.body.id}/decline`, {
      token: provider(),
      body: { reason: '设备检修' },
    });
    expect(decline.body).toMatchObject({ state: 'declined', stateReason: '设备检修' });
    expect(await remaining(from, from)).toEqual(before);

    const cancelled = await reserve(window);
    await api.call('POST', `deals/${cancelled.body.id}/accept`, { token: provider() });
    expect(await remaining(from, from)).toEqual([before[0] - 30]);
    const cancel = await api.call('POST', `deals/${cancelled.body.id}/cancel`, { token: sme.accessToken, body: {} });
    expect(cancel.body).toMatchObject({ state: 'cancelled', cancelledBy: 'requester' });
    expect(await periodRows(cancelled.body.id)).toEqual([{ start: from, quantity: 30, status: 'released' }]);
    expect(await remaining(from, from)).toEqual(before);
  });

  it('refuses more than remains with 409 CAPACITY_EXCEEDED naming the short periods', async () => {
    const from = plusDays(WEEK1, 21);
    const first = await reserve({ listingId: cnc, quantity: 70, from, to: plusDays(from, 6) });
    expect(first.status).toBe(201);
    const tooMuch = await reserve({ listingId: cnc, quantity: 40, from: plusDays(from, -7), to: plusDays(from, 6) });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('CAPACITY_EXCEEDED');
    expect(tooMuch.body.periods).toEqual([
      { periodStart: from, periodEnd: plusDays(from, 6), offered: 100, remaining: 30 },
    ]);
    // A counter-offer that asks for more than remains is refused too, and changes nothing.
    const greedy = await api.call('POST', `deals/${first.body.id}/offers`, {
      token: provider(),
      body: { quantity: 101 },
    });
    expect(greedy.status).toBe(409);
    expect(greedy.body.code).toBe('CAPACITY_EXCEEDED');
    expect(greedy.body.periods).toEqual([
      { periodStart: from, periodEnd: plusDays(from, 6), offered: 100, remaining: 100 },
    ]);
    expect((await api.call('GET', `deals/${first.body.id}`, { token: sme.accessToken })).body).toMatchObject({
      state: 'requested',
      terms: { quantity: 70 },
      periods: [{ start: from, quantity: 70, status: 'held' }],
    });
  });

  it('frees capacity held by a request that lapsed unanswered, for the request that needs it', async () => {
    const from = plusDays(WEEK1, 35);
    const window = { listingId: cnc, quantity: 80, from, to: plusDays(from, 6) };
    const stale = await reserve(window);
    expect(stale.status).toBe(201);
    expect((await reserve(window, outsider.accessToken)).status).toBe(409);
    await db.query(`UPDATE deals SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [stale.body.id]);
    const fresh = await reserve(window, outsider.accessToken);
    expect(fresh.status).toBe(201);
    expect((await api.call('GET', `deals/${stale.body.id}`, { token: sme.accessToken })).body).toMatchObject({
      state: 'expired',
      periods: [{ start: from, quantity: 80, status: 'released' }],
    });
    expect(await remaining(from, from)).toEqual([20]);
  });

  it('shows offered and remaining capacity per period to anyone who can see the listing', async () => {
    const capacity = await api.call(
      'GET',
      `listings/${cnc}/capacity?from=${plusDays(OFFER_END, -3)}&to=${plusDays(OFFER_END, 8)}`,
    );
    expect(capacity.status).toBe(200);
    expect(capacity.body).toMatchObject({ listingId: cnc, unit: 'machine_hour', per: 'week' });
    // Each period names the holidays and make-up working days in it (which ones depends on today).
    for (const period of capacity.body.periods) expect(Array.isArray(period.calendarDays)).toBe(true);
    expect(capacity.body.periods.map(({ calendarDays: _, ...period }: Record<string, unknown>) => period)).toEqual([
      { start: plusDays(OFFER_END, -6), end: OFFER_END, offered: 100, remaining: 100 },
      { start: plusDays(OFFER_END, 1), end: plusDays(OFFER_END, 7), offered: 0, remaining: 0 },
      { start: plusDays(OFFER_END, 8), end: plusDays(OFFER_END, 14), offered: 0, remaining: 0 },
    ]);
    const defaults = await api.call('GET', `listings/${cnc}/capacity`);
    expect(defaults.body).toMatchObject({ from: TODAY, to: plusDays(TODAY, 90) });
    expect((await api.call('GET', `listings/${sem}/capacity`)).body.code).toBe('LISTING_KIND_MISMATCH');
    expect((await api.call('GET', `listings/${randomUUID()}/capacity`)).status).toBe(404);
    const backwards = await api.call('GET', `listings/${cnc}/capacity?from=${WEEK2}&to=${WEEK1}`);
    expect(backwards.status).toBe(422);
    expect(backwards.body.code).toBe('DEAL_INVALID');
  });
});

describe('bad input', () => {
  const valid = () => ({ listingId: cnc, quantity: 20, from: plusDays(WEEK1, 28), to: plusDays(WEEK1, 34) });

  it.each([
    ['a window that ends before it starts', 'DEAL_INVALID', { to: plusDays(WEEK1, 27) }, ['to']],
    ['quantity 0', 'DEAL_INVALID', { quantity: 0 }, ['quantity']],
    ['a negative quantity', 'DEAL_INVALID', { quantity: -1 }, ['quantity']],
    ['below the minimum order', 'DEAL_INVALID', { quantity: 5 }, ['quantity']],
    ['a start in the past', 'DEAL_INVALID', { from: chinaDate(-1) }, ['from']],
    ['a malformed date', 'DEAL_INVALID', { from: '2026/12/01' }, ['from']],
    ['weeks not on offer', 'PERIOD_NOT_OFFERED', { to: plusDays(OFFER_END, 10) }, ['periods', 'periods']],
  ])('%s → 422 %s', async (_what, code, change, fields) => {
    const response = await reserve({ ...valid(), ...change });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });

  it.each([
    ['an unknown listing', 'LISTING_NOT_FOUND', () => ({ listingId: randomUUID() }), () => sme.accessToken],
    ['an equipment listing', 'LISTING_KIND_MISMATCH', () => ({ listingId: sem }), () => sme.accessToken],
    ["the provider's own listing", 'OWN_LISTING', () => ({}), () => provider()],
  ])('%s → 422 %s', async (_what, code, change, token) => {
    const response = await reserve({ ...valid(), ...change() }, token());
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(code);
  });

  it('refuses a body of the wrong shape with 400, and leaves no deal behind', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM deals`);
    for (const body of [
      { ...valid(), quantity: '20' },
      { ...valid(), listingId: 'C001' },
      { ...valid(), extra: 1 },
    ]) {
      const response = await reserve(body);
      expect(response.status).toBe(400);
    }
    expect((await api.call('POST', 'reservations', { body: valid() })).status).toBe(401);
    expect(await db.query(`SELECT count(*)::int AS n FROM deals`)).toEqual(before);
  });
});
