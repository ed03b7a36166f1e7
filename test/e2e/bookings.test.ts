import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  chinaTime,
  corpusBody,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let sme: Enterprise;
let outsider: Enterprise;
let sem: string;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken);
  sme = await api.registerEnterprise();
  outsider = await api.registerEnterprise();
  sem = await publishListing(
    api,
    world,
    equipmentBody({ bufferMinutes: 30 }, { serviceModes: ['technician_operated', 'self_operated', 'sample_testing'] }),
  );
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
});

const provider = () => world.provider.accessToken;
const book = (body: Record<string, unknown>, token = sme.accessToken, headers: Record<string, string> = {}) =>
  api.call('POST', 'bookings', { token, body, headers });
const slot = (start: string, end: string, extra: Record<string, unknown> = {}) => ({
  listingId: sem,
  serviceMode: 'technician_operated',
  start,
  end,
  ...extra,
});

/** Moves a booking into the past, as if its time had come. */
async function startedAlready(dealId: string) {
  await db.query(
    `UPDATE bookings SET during = tstzrange(now() - interval '3 hours', now() - interval '1 hour'),
                         blocked = tstzrange(now() - interval '3 hours', now() - interval '30 minutes')
     WHERE deal_id = $1`,
    [dealId],
  );
  await db.query(
    `UPDATE deals SET terms = terms || jsonb_build_object('start', (now() - interval '3 hours')::text) WHERE id = $1`,
    [dealId],
  );
}

describe('equipment bookings', () => {
  it('runs from request to completion, driven from both sides', async () => {
    const requested = await book(slot(chinaTime(1, '09:00'), chinaTime(1, '11:00')));
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      kind: 'booking',
      state: 'requested',
      turn: 'provider',
      terms: { serviceMode: 'technician_operated', minutes: 120, estimatedFeeFen: 120_000 },
      actions: ['cancel'],
    });
    expect(new Date(requested.body.holdExpiresAt).getTime()).toBeGreaterThan(Date.now());
    const id = requested.body.id;

    const inbox = await api.call('GET', 'deals?role=provider', { token: provider() });
    expect(inbox.body.items.map((d: { id: string }) => d.id)).toContain(id);
    expect(inbox.body.items.find((d: { id: string }) => d.id === id).actions).toEqual(
      expect.arrayContaining(['accept', 'decline']),
    );
    const mine = await api.call('GET', 'deals?role=provider', { token: sme.accessToken });
    expect(mine.body.items.map((d: { id: string }) => d.id)).not.toContain(id);

    const outOfTurn = await api.call('POST', `deals/${id}/accept`, { token: sme.accessToken });
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body.code).toBe('DEAL_OUT_OF_TURN');
    for (const token of [outsider.accessToken, world.operator.accessToken]) {
      expect((await api.call('GET', `deals/${id}`, { token })).status).toBe(404);
      expect((await api.call('POST', `deals/${id}/accept`, { token })).status).toBe(404);
    }

    const confirmed = await api.call('POST', `deals/${id}/accept`, { token: provider() });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', turn: null, holdExpiresAt: null });
    const again = await api.call('POST', `deals/${id}/accept`, { token: provider() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DEAL_STATE_CONFLICT');

    const early = await api.call('POST', `deals/${id}/complete`, { token: provider() });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DEAL_NOT_DUE');
    await startedAlready(id);
    const completed = await api.call('POST', `deals/${id}/complete`, { token: provider() });
    expect(completed.body.state).toBe('completed');

    // Each side hears of the other's steps, and not of its own.
    const heard = async (token: string) =>
      (await api.call('GET', 'notifications?limit=100', { token })).body.items
        .filter((n: { data: { dealId?: string } }) => n.data?.dealId === id)
        .map((n: { type: string }) => n.type)
        .sort();
    await eventually(async () => (await heard(provider())).includes('deal.created'), {
      what: 'the provider notified of the request',
    });
    await eventually(async () => (await heard(sme.accessToken)).length === 2, { what: 'the SME notified twice' });
    expect(await heard(sme.accessToken)).toEqual(['deal.state_changed', 'deal.state_changed']);
    expect(await heard(provider())).toEqual(['deal.created']);

    const deal = await api.call('GET', `deals/${id}`, { token: sme.accessToken });
    expect(deal.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'accept', 'complete']);
    expect(deal.body.events[1]).toMatchObject({ actorSide: 'provider', fromState: 'requested', toState: 'confirmed' });
  });

  it('refuses an overlapping slot and one inside the buffer with 409 SLOT_TAKEN', async () => {
    const first = await book(slot(chinaTime(2, '09:00'), chinaTime(2, '10:00')));
    expect(first.status).toBe(201);
    for (const [start, end] of [
      ['09:30', '10:30'],
      ['09:00', '09:30'],
      ['10:00', '11:00'], // inside the 30-minute buffer after the first
    ]) {
      const taken = await book(slot(chinaTime(2, start), chinaTime(2, end)), outsider.accessToken);
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('SLOT_TAKEN');
      expect(taken.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await book(slot(chinaTime(2, '10:30'), chinaTime(2, '11:30')), outsider.accessToken)).status).toBe(201);
  });

  it('frees the slot when the provider declines or the requester cancels', async () => {
    const start = chinaTime(3, '14:00');
    const end = chinaTime(3, '15:00');
    const first = await book(slot(start, end));
    const declined = await api.call('POST', `deals/${first.body.id}/decline`, {
      token: provider(),
      body: { reason: '设备维护' },
    });
    expect(declined.body).toMatchObject({ state: 'declined', stateReason: '设备维护' });
    const second = await book(slot(start, end), outsider.accessToken);
    expect(second.status).toBe(201);
    const cancelled = await api.call('POST', `deals/${second.body.id}/cancel`, { token: outsider.accessToken });
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelledBy: 'requester' });
    expect((await book(slot(start, end))).status).toBe(201);
  });

  it('marks a cancellation inside the cutoff as late', async () => {
    const requested = await book(slot(chinaTime(4, '16:00'), chinaTime(4, '17:00')));
    await api.call('POST', `deals/${requested.body.id}/accept`, { token: provider() });
    await db.query(
      `UPDATE deals SET terms = terms || jsonb_build_object('start', (now() + interval '2 hours')::text) WHERE id = $1`,
      [requested.body.id],
    );
    const cancelled = await api.call('POST', `deals/${requested.body.id}/cancel`, {
      token: provider(),
      body: { reason: '停电' },
    });
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelledBy: 'provider', lateCancellation: true });
  });

  it('lets a new request take a slot whose earlier request lapsed unanswered', async () => {
    const start = chinaTime(5, '09:00');
    const end = chinaTime(5, '10:00');
    const first = await book(slot(start, end));
    await db.query(`UPDATE deals SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [first.body.id]);
    const late = await api.call('POST', `deals/${first.body.id}/accept`, { token: provider() });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('DEAL_HOLD_LAPSED');
    const second = await book(slot(start, end), outsider.accessToken);
    expect(second.status).toBe(201);
    const lapsed = await api.call('GET', `deals/${first.body.id}`, { token: sme.accessToken });
    expect(lapsed.body.state).toBe('expired');
    expect(lapsed.body.events.at(-1)).toMatchObject({ action: 'expire', actorSide: 'system' });
  });

  it('says why a slot breaks the rules (422) and what a malformed body lacks', async () => {
    const saturday = await book(slot(chinaTime(6, '09:00'), chinaTime(6, '10:00')));
    expect(saturday.status).toBe(422);
    expect(saturday.body.code).toBe('SLOT_UNAVAILABLE');
    expect(saturday.body.reasons.map((r: { code: string }) => r.code)).toContain('OUTSIDE_OPENING_HOURS');
    const offGrid = await book(slot(chinaTime(1, '09:10', 3, 1), chinaTime(1, '10:00', 3, 1)));
    expect(offGrid.body.reasons.map((r: { code: string }) => r.code)).toContain('OFF_GRID');
    const evening = await book(slot(chinaTime(1, '17:00', 3, 1), chinaTime(1, '19:00', 3, 1)));
    expect(evening.body.reasons.map((r: { code: string }) => r.code)).toContain('OUTSIDE_OPENING_HOURS');

    const noOffset = await book(slot('2026-12-07T09:00:00', '2026-12-07T10:00:00'));
    expect(noOffset.status).toBe(422);
    expect(noOffset.body.errors.map((e: { field: string }) => e.field)).toEqual(['start', 'end']);
    const backwards = await book(slot(chinaTime(1, '11:00', 3, 1), chinaTime(1, '10:00', 3, 1)));
    expect(backwards.body.errors).toEqual([
      { field: 'end', message: '必须晚于开始时间（start）', rule: 'after_start' },
    ]);
    expect((await book({ ...slot(chinaTime(1, '09:00'), chinaTime(1, '10:00')), listingId: 'nope' })).status).toBe(400);
    const unknown = await book({ ...slot(chinaTime(1, '09:00'), chinaTime(1, '10:00')), listingId: randomUUID() });
    expect(unknown.body.code).toBe('LISTING_NOT_FOUND');
    const own = await book(slot(chinaTime(1, '09:00'), chinaTime(1, '10:00')), provider());
    expect(own.body.code).toBe('OWN_LISTING');
  });

  it("refuses impossible dates naming the field, and starts beyond the listing's horizon (issue 15, row 7)", async () => {
    const impossible = await book(slot('2027-02-30T09:00:00+08:00', '2027-02-30T10:00:00+08:00'));
    expect(impossible.status).toBe(422);
    expect(impossible.body.errors.map((e: { field: string }) => e.field)).toEqual(['start', 'end']);
    const midnight = await book(slot(chinaTime(1, '09:00'), chinaTime(1, '09:00').replace('T09:00', 'T24:00')));
    expect(midnight.status).toBe(422);
    expect(midnight.body.errors.map((e: { field: string }) => e.field)).toEqual(['end']);

    // The default horizon is a year: a Monday about two years on, and 2100, are refused with the reason.
    for (const [start, end] of [
      [chinaTime(1, '09:00', 3, 104), chinaTime(1, '10:00', 3, 104)],
      ['2100-03-01T09:00:00+08:00', '2100-03-01T10:00:00+08:00'],
    ]) {
      const far = await book(slot(start, end));
      expect(far.status).toBe(422);
      expect(far.body.code).toBe('SLOT_UNAVAILABLE');
      expect(far.body.reasons.map((r: { code: string }) => r.code)).toContain('BEYOND_HORIZON');
    }
    const withinYear = await book(slot(chinaTime(1, '09:00', 3, 40), chinaTime(1, '10:00', 3, 40)));
    expect(withinYear.status).toBe(201);
  });

  it('refuses a person on both sides: a provider member booking for another enterprise (issue 15, row 8)', async () => {
    const email = uniqueEmail('both-sides');
    await api.addMember(world.provider.organizationId, provider(), 'member', email);
    await api.addMember(sme.organizationId, sme.accessToken, 'member', email);
    const both = await api.login(email);
    const refused = await book(
      { ...slot(chinaTime(2, '09:00', 3, 2), chinaTime(2, '10:00', 3, 2)), organizationId: sme.organizationId },
      both.accessToken,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('SELF_DEALING');
    // The same slot for the same enterprise by someone on one side only is fine.
    const honest = await book(slot(chinaTime(2, '09:00', 3, 2), chinaTime(2, '10:00', 3, 2)));
    expect(honest.status).toBe(201);
  });

  it('refuses a booking of a listing of another kind or in a mode not offered', async () => {
    const capacity = await publishListing(api, world, corpusBody('C001'));
    const wrongKind = await book({ ...slot(chinaTime(1, '09:00'), chinaTime(1, '10:00')), listingId: capacity });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.code).toBe('LISTING_KIND_MISMATCH');
    const samplesOnly = await publishListing(
      api,
      world,
      equipmentBody({}, { serviceModes: ['sample_testing'], requiresTraining: false }),
    );
    const notOffered = await book({ ...slot(chinaTime(1, '09:00'), chinaTime(1, '10:00')), listingId: samplesOnly });
    expect(notOffered.body.code).toBe('SERVICE_MODE_NOT_OFFERED');
  });

  it('needs a qualification the owner recorded for self-operated time', async () => {
    const body = slot(chinaTime(2, '14:00', 3, 1), chinaTime(2, '16:00', 3, 1), { serviceMode: 'self_operated' });
    const refused = await book(body);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('QUALIFICATION_REQUIRED');

    const byOutsider = await api.call('POST', `listings/${sem}/qualifications`, {
      token: sme.accessToken,
      body: { userId: sme.userId },
    });
    expect(byOutsider.status).toBe(403);
    const recorded = await api.call('POST', `listings/${sem}/qualifications`, {
      token: provider(),
      body: { userId: sme.userId, note: 'SEM 上机培训合格' },
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ userId: sme.userId, note: 'SEM 上机培训合格', expiresOn: null });
    const list = await api.call('GET', `listings/${sem}/qualifications`, { token: provider() });
    expect(list.body.items.map((q: { userId: string }) => q.userId)).toEqual([sme.userId]);

    expect((await book(body)).status).toBe(201);
    expect(
      (await api.call('DELETE', `listings/${sem}/qualifications/${sme.userId}`, { token: provider() })).status,
    ).toBe(204);
    const afterRevoke = await book(
      slot(chinaTime(3, '14:00', 3, 1), chinaTime(3, '16:00', 3, 1), { serviceMode: 'self_operated' }),
    );
    expect(afterRevoke.body.code).toBe('QUALIFICATION_REQUIRED');
  });

  it('confirms at once on an instant-book listing', async () => {
    const instant = await publishListing(api, world, equipmentBody({ instantBook: true }));
    const booked = await book({ ...slot(chinaTime(1, '13:00'), chinaTime(1, '14:00')), listingId: instant });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ state: 'confirmed', turn: null, holdExpiresAt: null });
  });

  it('returns the same deal for the same Idempotency-Key, and refuses the key for another request', async () => {
    const key = randomUUID();
    const body = slot(chinaTime(4, '09:00', 3, 1), chinaTime(4, '10:00', 3, 1));
    const [a, b] = await Promise.all([
      book(body, sme.accessToken, { 'idempotency-key': key }),
      book(body, sme.accessToken, { 'idempotency-key': key }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    const replay = await book(body, sme.accessToken, { 'idempotency-key': key });
    expect(replay.body.id).toBe(a.body.id);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM deals WHERE idempotency_key = $1`, [key]);
    expect(count).toBe(1);
    const reused = await book({ ...body, note: '另一个请求' }, sme.accessToken, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const bad = await book(body, sme.accessToken, { 'idempotency-key': 'has spaces in it' });
    expect(bad.status).toBe(422);
  });

  it('takes sample-testing orders through their steps', async () => {
    const ordered = await book({
      listingId: sem,
      serviceMode: 'sample_testing',
      samples: 3,
      testItems: ['断口分析', '能谱'],
    });
    expect(ordered.status).toBe(201);
    expect(ordered.body).toMatchObject({
      kind: 'sample_test',
      state: 'requested',
      terms: { samples: 3, turnaroundDays: 3 },
    });
    const id = ordered.body.id;
    expect((await api.call('POST', `deals/${id}/accept`, { token: provider() })).body.state).toBe('accepted');
    const received = await api.call('POST', `deals/${id}/receive-samples`, { token: provider() });
    expect(received.body.state).toBe('samples_received');
    expect(new Date(received.body.terms.reportDueBy).getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
    const early = await api.call('POST', `deals/${id}/complete`, { token: sme.accessToken });
    expect(early.status).toBe(409);
    const noItems = await book({ listingId: sem, serviceMode: 'sample_testing', samples: 0, testItems: [] });
    expect(noItems.body.errors.map((e: { field: string }) => e.field)).toEqual(['samples', 'testItems']);
  });

  it('lapses unanswered requests in the worker', async () => {
    const requested = await book(slot(chinaTime(5, '14:00', 3, 1), chinaTime(5, '15:00', 3, 1)));
    await db.query(`UPDATE deals SET hold_expires_at = now() - interval '1 second' WHERE id = $1`, [requested.body.id]);
    const queue = app.worker!.get<Queue>(getQueueToken('maintenance'), { strict: false });
    await queue.add('deals.expire-lapsed', {});
    await eventually(
      async () =>
        (await api.call('GET', `deals/${requested.body.id}`, { token: sme.accessToken })).body.state === 'expired',
      { what: 'the lapsed request expired' },
    );
    const [{ active }] = await db.query(`SELECT active FROM bookings WHERE deal_id = $1`, [requested.body.id]);
    expect(active).toBe(false);
  });
});
