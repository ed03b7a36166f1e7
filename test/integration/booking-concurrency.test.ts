/**
 * Equipment bookings under real concurrency: requests racing over HTTP into one
 * PostgreSQL database with a pool large enough for their transactions to overlap. The
 * exclusion constraint, not a check in the application, decides who gets the time.
 */
import type { DataSource } from 'typeorm';
import {
  chinaTime,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let requesters: Enterprise[];

beforeAll(async () => {
  app = await startTestApp({
    env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000', DATABASE_POOL_SIZE: '24' },
  });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '预约并发园区');
  requesters = [];
  for (let i = 0; i < 20; i++) requesters.push(await api.registerEnterprise());
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const book = (i: number, listingId: string, start: string, end: string) =>
  api.call('POST', 'bookings', {
    token: requesters[i % requesters.length].accessToken,
    body: { listingId, serviceMode: 'technician_operated', start, end },
  });

/** Pairs of active bookings of the listing whose blocked time overlaps: always none. */
async function overlaps(listingId: string): Promise<number> {
  const [{ n }] = await db.query(
    `SELECT count(*)::int AS n FROM bookings a JOIN bookings b
       ON a.listing_id = b.listing_id AND a.deal_id < b.deal_id AND a.blocked && b.blocked
     WHERE a.listing_id = $1 AND a.active AND b.active`,
    [listingId],
  );
  return n;
}

describe('bookings under concurrency', () => {
  it('gives one slot to exactly one of 200 concurrent requests', async () => {
    const listing = await publishListing(api, world, equipmentBody());
    const start = chinaTime(2, '09:00');
    const end = chinaTime(2, '11:00');
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => book(i, listing, start, end)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['SLOT_TAKEN']));
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM bookings WHERE listing_id = $1`, [listing]);
    expect(n).toBe(1);
    expect(await overlaps(listing)).toBe(0);
  });

  it('never lets staggered, overlapping requests (with a buffer) double-book', async () => {
    const listing = await publishListing(api, world, equipmentBody({ bufferMinutes: 30 }));
    // 120 requests of 1–3 hours starting on the half hour across one working day.
    const requests = Array.from({ length: 120 }, (_, i) => {
      const startSlot = (i * 7) % 16; // 09:00 … 16:30
      const length = 2 + (i % 5); // 1 … 3 hours in half hours
      const at = (slot: number) => `${String(9 + Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
      return { start: chinaTime(3, at(startSlot)), end: chinaTime(3, at(Math.min(startSlot + length, 18))) };
    });
    const responses = await Promise.all(requests.map((r, i) => book(i, listing, r.start, r.end)));
    expect(responses.filter((r) => r.status !== 201 && r.status !== 409).map((r) => r.body)).toEqual([]);
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThan(0);
    expect(await overlaps(listing)).toBe(0);
    // Every refusal was genuine: its time (with the buffer) meets a booking that was made.
    const taken = created.map((r) => [Date.parse(r.body.terms.start), Date.parse(r.body.terms.end) + 30 * 60_000]);
    responses.forEach((r, i) => {
      if (r.status !== 409) return;
      const s = Date.parse(requests[i].start);
      const e = Date.parse(requests[i].end) + 30 * 60_000;
      expect(taken.some(([ts, te]) => s < te && ts < e)).toBe(true);
    });
  });
});
