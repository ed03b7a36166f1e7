/**
 * Capacity reservations under real concurrency: many requests, counter-offers, accepts
 * and cancellations racing over HTTP into one PostgreSQL database, with a connection pool
 * large enough for their transactions to overlap. The period rows' locks must let exactly
 * as many in as there is room for, never deadlock, and leave the books balanced.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { corpusBody, type ProviderWorld, publishListing, testDb, verifiedProvider } from '../support/deals';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let requesters: Enterprise[];
let listing: string;

const plusDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
/** Next week's Monday, and the weeks after it: each offers room for 10 pieces. */
const MONDAY = plusDays(today, 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
const week = (n: number) => ({ from: plusDays(MONDAY, 7 * n), to: plusDays(MONDAY, 7 * n + 6) });
const ROOM = 10;

beforeAll(async () => {
  app = await startTestApp({
    env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000', DATABASE_POOL_SIZE: '24' },
  });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '并发测试园区');
  const c001 = corpusBody('C001');
  listing = await publishListing(api, world, {
    ...c001,
    details: {
      ...(c001.details as object),
      capacity: { quantity: ROOM, unit: 'piece', per: 'week' },
      minOrder: null,
      leadTimeDays: 0,
      periods: [],
    },
  });
  requesters = [];
  for (let i = 0; i < 20; i++) requesters.push(await api.registerEnterprise());
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const reserve = (i: number, quantity: number, window: { from: string; to: string }) =>
  api.call('POST', 'reservations', {
    token: requesters[i % requesters.length].accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: { listingId: listing, quantity, ...window },
  });
const requesterOf = (dealId: string, deals: Map<string, number>) => requesters[deals.get(dealId)! % requesters.length];
const provider = () => world.provider.accessToken;

interface PeriodBooks {
  start: string;
  offered: number;
  held: number;
  committed: number;
  rowsHeld: number;
  rowsCommitted: number;
}

/** Each period's counters beside the sum of the reservations' own rows. */
const books = (): Promise<PeriodBooks[]> =>
  db.query(
    `SELECT cp.period_start::text AS start, cp.offered::float AS offered, cp.held::float AS held,
            cp.committed::float AS committed,
            COALESCE(sum(rp.quantity) FILTER (WHERE rp.status = 'held'), 0)::float AS "rowsHeld",
            COALESCE(sum(rp.quantity) FILTER (WHERE rp.status = 'committed'), 0)::float AS "rowsCommitted"
     FROM capacity_periods cp LEFT JOIN reservation_periods rp USING (listing_id, period_start)
     WHERE cp.listing_id = $1 GROUP BY cp.period_start, cp.offered, cp.held, cp.committed ORDER BY 1`,
    [listing],
  );

/** The books balance, never exceed the offer, and each row's status matches its deal's state. */
async function expectBalancedBooks() {
  for (const period of await books()) {
    expect(period.held + period.committed).toBeLessThanOrEqual(period.offered);
    expect({ held: period.held, committed: period.committed }).toEqual({
      held: period.rowsHeld,
      committed: period.rowsCommitted,
    });
  }
  const mismatched = await db.query(
    `SELECT d.id, d.state, rp.status FROM reservation_periods rp JOIN deals d ON d.id = rp.deal_id
     WHERE d.listing_id = $1 AND NOT (
       (rp.status = 'held' AND d.state IN ('requested', 'countered')) OR
       (rp.status = 'committed' AND d.state IN ('accepted', 'completed')) OR
       (rp.status = 'released' AND d.state IN ('declined', 'expired', 'cancelled', 'requested', 'countered')))`,
    [listing],
  );
  expect(mismatched).toEqual([]);
}

/** Samples the committed books while `work` runs: held + committed is never above the offer. */
async function watching<T>(work: Promise<T>): Promise<T> {
  let done = false;
  let worst = -Infinity;
  const sampler = (async () => {
    while (!done) {
      for (const p of await books()) worst = Math.max(worst, p.held + p.committed - p.offered);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    return await work;
  } finally {
    done = true;
    await sampler;
    expect(worst).toBeLessThanOrEqual(0);
  }
}

const statuses = (responses: { status: number }[]) =>
  responses.reduce<Record<number, number>>((count, r) => ({ ...count, [r.status]: (count[r.status] ?? 0) + 1 }), {});

describe('concurrent capacity reservations', () => {
  it('100 requests for one piece each against room for 10: exactly 10 get in, 90 get 409', async () => {
    const responses = await watching(Promise.all(Array.from({ length: 100 }, (_, i) => reserve(i, 1, week(0)))));
    expect(statuses(responses)).toEqual({ 201: 10, 409: 90 });
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.body.code).toBe('CAPACITY_EXCEEDED');
      expect(refused.body.periods).toEqual([
        { periodStart: week(0).from, periodEnd: week(0).to, offered: ROOM, remaining: 0 },
      ]);
    }
    expect(await books()).toEqual([
      { start: week(0).from, offered: ROOM, held: ROOM, committed: 0, rowsHeld: ROOM, rowsCommitted: 0 },
    ]);
    const deals = await db.query(`SELECT count(*)::int AS n FROM deals WHERE listing_id = $1 AND $2 = terms->>'from'`, [
      listing,
      week(0).from,
    ]);
    expect(deals).toEqual([{ n: 10 }]);
    await expectBalancedBooks();
  }, 60_000);

  it('counter-offers race for what remains; accepts then commit every hold and nothing more gets in', async () => {
    const window = week(1);
    const index = new Map<string, number>();
    // Four requests of 2: 8 held, 2 left.
    for (let i = 0; i < 4; i++) {
      const created = await reserve(i, 2, window);
      expect(created.status).toBe(201);
      index.set(created.body.id, i);
    }
    const ids = [...index.keys()];

    // The provider raises each to 3 at once: only two of the four increases fit.
    const counters = await watching(
      Promise.all(
        ids.map((id) => api.call('POST', `deals/${id}/offers`, { token: provider(), body: { quantity: 3 } })),
      ),
    );
    expect(statuses(counters)).toEqual({ 201: 2, 409: 2 });
    for (const refused of counters.filter((r) => r.status === 409)) expect(refused.body.code).toBe('CAPACITY_EXCEEDED');
    const countered = ids.filter((_, i) => counters[i].status === 201);
    expect((await books()).find((p) => p.start === window.from)).toMatchObject({ held: ROOM, committed: 0 });

    // Every party accepts at once (12 pieces asked in all, 0 unheld), while five newcomers ask for one more each.
    const accepts = ids.map((id) =>
      api.call('POST', `deals/${id}/accept`, {
        token: countered.includes(id) ? requesterOf(id, index).accessToken : provider(),
      }),
    );
    const newcomers = Array.from({ length: 5 }, (_, i) => reserve(10 + i, 1, window));
    const [accepted, late] = await watching(Promise.all([Promise.all(accepts), Promise.all(newcomers)]));
    expect(accepted.map((r) => [r.status, r.body.state])).toEqual(ids.map(() => [200, 'accepted']));
    expect(statuses(late)).toEqual({ 409: 5 });
    expect((await books()).find((p) => p.start === window.from)).toMatchObject({ held: 0, committed: ROOM });
    await expectBalancedBooks();

    // Two cancellations free 2 + 3 = 5 while eight newcomers race for them: no more than 5 get in.
    const freed = 2 + 3;
    const cancels = [ids.find((id) => !countered.includes(id))!, countered[0]].map((id) =>
      api.call('POST', `deals/${id}/cancel`, { token: provider(), body: { reason: '设备故障' } }),
    );
    const racing = Array.from({ length: 8 }, (_, i) => reserve(i, 1, window));
    const [cancelled, raced] = await watching(Promise.all([Promise.all(cancels), Promise.all(racing)]));
    expect(cancelled.map((r) => r.status)).toEqual([200, 200]);
    const got = raced.filter((r) => r.status === 201).length;
    expect(raced.every((r) => r.status === 201 || r.body.code === 'CAPACITY_EXCEEDED')).toBe(true);
    expect(got).toBeLessThanOrEqual(freed);
    const period = (await books()).find((p) => p.start === window.from)!;
    expect(period).toMatchObject({ held: got, committed: ROOM - freed });
    await expectBalancedBooks();
  }, 60_000);

  it('requests and counter-offers over overlapping multi-week windows never deadlock', async () => {
    // Twenty two-week requests of 1 (weeks 2–3 and 3–4 alternately), then a storm of
    // counter-offers moving them around weeks 2–6 against fresh three-week requests.
    const index = new Map<string, number>();
    const span = (first: number, weeks: number) => ({ from: week(first).from, to: week(first + weeks - 1).to });
    for (const created of await Promise.all(
      Array.from({ length: 20 }, (_, i) => reserve(i, 1, span(2 + (i % 2), 2))),
    )) {
      if (created.status === 201) index.set(created.body.id, index.size);
    }
    expect(index.size).toBe(ROOM); // week 3 is shared by all twenty: ten get in.
    const storm = [
      ...[...index.keys()].map((id, i) =>
        api.call('POST', `deals/${id}/offers`, {
          token: provider(),
          body: { quantity: 1 + (i % 2), ...span(2 + (i % 3), 1 + (i % 3)) },
        }),
      ),
      ...Array.from({ length: 20 }, (_, i) => reserve(i, 1, span(2 + (i % 2), 3))),
    ];
    const responses = await watching(Promise.all(storm));
    // Every answer is a decision (201, or 409 for no room): a deadlock or a lost lock would be a 500.
    expect(responses.filter((r) => r.status !== 201 && r.body?.code !== 'CAPACITY_EXCEEDED')).toEqual([]);
    await expectBalancedBooks();
    for (const period of await books()) expect(period.held + period.committed).toBeLessThanOrEqual(ROOM);
  }, 60_000);
});
