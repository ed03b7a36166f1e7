import { SlotTakenError } from '@rongtong/deals';
import { BookingRepository, QualificationRepository } from '../../libs/deals/src/persistence/booking.repository';
import { DealDocumentRepository } from '../../libs/deals/src/persistence/deal-document.repository';
import { DealOfferRepository } from '../../libs/deals/src/persistence/deal-offer.repository';
import { DealRepository, type NewDeal } from '../../libs/deals/src/persistence/deal.repository';
import { aListing, anOrganization, aUser, type MediumDb, mediumDb } from './medium-db';

let db: MediumDb;
const deals = new DealRepository();
const bookings = new BookingRepository();
const qualifications = new QualificationRepository();
const documents = new DealDocumentRepository();
const offers = new DealOfferRepository();

beforeAll(async () => {
  db = await mediumDb();
});
afterAll(() => db.close());

const HOUR = 3_600_000;
/** A whole hour some days ahead, so that nothing here is in the past. */
const base = new Date(Math.ceil((Date.now() + 10 * 24 * HOUR) / HOUR) * HOUR);
const at = (hours: number) => new Date(base.getTime() + hours * HOUR);

async function parties() {
  const provider = await anOrganization(db.dataSource);
  const requester = await anOrganization(db.dataSource);
  const user = await aUser(db.dataSource, requester);
  const listing = await aListing(db.dataSource, provider);
  return { provider, requester, user, listing };
}

function newDeal(p: Awaited<ReturnType<typeof parties>>, overrides: Partial<NewDeal> = {}): NewDeal {
  return {
    kind: 'booking',
    listingId: p.listing,
    listingTitle: '三坐标测量机',
    requesterOrganizationId: p.requester,
    requesterUserId: p.user,
    providerOrganizationId: p.provider,
    state: 'requested',
    turn: 'provider',
    terms: { start: at(0).toISOString(), end: at(2).toISOString() },
    holdExpiresAt: at(-1),
    idempotency: null,
    ...overrides,
  };
}

describe('DealRepository', () => {
  it('writes a deal, finds it by id and by its idempotency key, and changes its state with the version', async () => {
    const p = await parties();
    const manager = db.dataSource.manager;
    const deal = await deals.insert(manager, newDeal(p, { idempotency: { key: 'k-1', fingerprint: 'f-1' } }));
    expect(deal).toMatchObject({
      kind: 'booking',
      state: 'requested',
      turn: 'provider',
      version: 1,
      idempotencyKey: 'k-1',
      requestFingerprint: 'f-1',
      closedAt: null,
    });
    expect(await deals.findById(manager, deal.id)).toEqual(deal);
    expect(await deals.findByIdempotencyKey(manager, p.user, 'k-1')).toEqual(deal);
    expect(await deals.findByIdempotencyKey(manager, p.user, 'k-2')).toBeUndefined();

    const confirmed = await deals.changeState(manager, deal.id, {
      state: 'confirmed',
      turn: null,
      holdExpiresAt: null,
      closed: false,
    });
    expect(confirmed).toMatchObject({ state: 'confirmed', turn: null, holdExpiresAt: null, version: 2 });
    const cancelled = await deals.changeState(manager, deal.id, {
      state: 'cancelled',
      turn: null,
      cancelledBy: 'requester',
      lateCancellation: true,
      reason: '计划变更',
      closed: true,
    });
    expect(cancelled).toMatchObject({
      state: 'cancelled',
      cancelledBy: 'requester',
      lateCancellation: true,
      stateReason: '计划变更',
      version: 3,
      terms: deal.terms,
    });
    expect(cancelled.closedAt).toBeInstanceOf(Date);
  });

  it('refuses a second deal with the same idempotency key for one requester', async () => {
    const p = await parties();
    const idempotency = { key: 'same', fingerprint: 'f' };
    await deals.insert(db.dataSource.manager, newDeal(p, { idempotency }));
    await expect(deals.insert(db.dataSource.manager, newDeal(p, { idempotency }))).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'deals_idempotency_key' },
    });
  });

  it('appends events and reads them in order; lists lapsed holds oldest first, per listing when asked', async () => {
    const p = await parties();
    const manager = db.dataSource.manager;
    const first = await deals.insert(manager, newDeal(p, { holdExpiresAt: at(-3) }));
    const second = await deals.insert(manager, newDeal(p, { holdExpiresAt: at(-5) }));
    const live = await deals.insert(manager, newDeal(p, { holdExpiresAt: at(5) }));
    await deals.appendEvent(manager, {
      dealId: first.id,
      actorUserId: p.user,
      actorSide: 'requester',
      action: 'request',
      fromState: null,
      toState: 'requested',
      data: { note: '加急' },
    });
    await deals.appendEvent(manager, {
      dealId: first.id,
      actorUserId: null,
      actorSide: 'system',
      action: 'expire',
      fromState: 'requested',
      toState: 'expired',
    });
    const events = await deals.events(manager, first.id);
    expect(events.map((e) => [e.action, e.actorSide, e.fromState, e.toState, e.data])).toEqual([
      ['request', 'requester', null, 'requested', { note: '加急' }],
      ['expire', 'system', 'requested', 'expired', null],
    ]);
    expect(typeof events[0].id).toBe('string');

    const lapsed = await deals.lapsedHolds(manager, at(0), 10, p.listing);
    expect(lapsed).toEqual([second.id, first.id]);
    expect(lapsed).not.toContain(live.id);
    expect(await deals.lapsedHolds(manager, at(0), 1, p.listing)).toEqual([second.id]);
  });
});

describe('BookingRepository', () => {
  it('holds a slot with its buffer; the exclusion constraint refuses an overlap until the slot is released', async () => {
    const p = await parties();
    const manager = db.dataSource.manager;
    const one = await deals.insert(manager, newDeal(p, { holdExpiresAt: at(24) }));
    const two = await deals.insert(manager, newDeal(p, { holdExpiresAt: at(24) }));
    const slot = { listingId: p.listing, serviceMode: 'self_operated', bufferMinutes: 30 };
    await db.dataSource.transaction((tx) => bookings.hold(tx, { ...slot, dealId: one.id, start: at(0), end: at(2) }));
    expect(await bookings.findByDeal(manager, one.id)).toEqual({
      dealId: one.id,
      listingId: p.listing,
      serviceMode: 'self_operated',
      start: at(0),
      end: at(2),
      blockedUntil: new Date(at(2).getTime() + 30 * 60_000),
      active: true,
    });

    // Inside the buffer after the first booking: refused, as SlotTakenError.
    await expect(
      db.dataSource.transaction((tx) =>
        bookings.hold(tx, { ...slot, dealId: two.id, start: new Date(at(2).getTime() + 15 * 60_000), end: at(3) }),
      ),
    ).rejects.toBeInstanceOf(SlotTakenError);
    expect(await bookings.isTaken(manager, p.listing, at(1), at(3), 0)).toBe(true);
    expect(await bookings.isTaken(manager, p.listing, at(3), at(4), 0)).toBe(false);

    await bookings.release(manager, one.id);
    expect(await bookings.isTaken(manager, p.listing, at(1), at(3), 0)).toBe(false);
    await db.dataSource.transaction((tx) => bookings.hold(tx, { ...slot, dealId: two.id, start: at(1), end: at(3) }));
    expect(await bookings.findByDeal(manager, two.id)).toMatchObject({ active: true, start: at(1) });
  });

  it('does not count a request whose hold lapsed as taking the slot, but names it as lapsed', async () => {
    const p = await parties();
    const manager = db.dataSource.manager;
    const lapsed = await deals.insert(manager, newDeal(p, { holdExpiresAt: new Date(Date.now() - 60_000) }));
    await db.dataSource.transaction((tx) =>
      bookings.hold(tx, {
        dealId: lapsed.id,
        listingId: p.listing,
        serviceMode: 'technician_operated',
        start: at(10),
        end: at(11),
        bufferMinutes: 0,
      }),
    );
    expect(await bookings.isTaken(manager, p.listing, at(10), at(11), 0)).toBe(false);
    expect(await bookings.lapsedOverlapping(manager, p.listing, at(10), at(11), 0)).toEqual([lapsed.id]);
  });
});

describe('QualificationRepository', () => {
  it('records, lists, replaces and revokes an operator qualification, honouring its expiry', async () => {
    const p = await parties();
    const operator = await aUser(db.dataSource, p.requester);
    const manager = db.dataSource.manager;
    expect(await qualifications.isQualified(manager, p.listing, operator)).toBe(false);
    await qualifications.record(manager, {
      listingId: p.listing,
      userId: operator,
      recordedBy: p.user,
      note: '已培训',
      expiresOn: '2000-01-01',
    });
    expect(await qualifications.isQualified(manager, p.listing, operator)).toBe(false);
    await qualifications.record(manager, {
      listingId: p.listing,
      userId: operator,
      recordedBy: p.user,
      note: '复训',
      expiresOn: null,
    });
    expect(await qualifications.isQualified(manager, p.listing, operator)).toBe(true);
    expect(await qualifications.list(manager, p.listing)).toEqual([
      expect.objectContaining({ userId: operator, note: '复训', expiresOn: null, recordedBy: p.user }),
    ]);
    expect(await qualifications.revoke(manager, p.listing, operator)).toBe(true);
    expect(await qualifications.revoke(manager, p.listing, operator)).toBe(false);
  });
});

describe('DealDocumentRepository and DealOfferRepository', () => {
  it('stores a deal’s documents and reads them only through that deal', async () => {
    const p = await parties();
    const manager = db.dataSource.manager;
    const deal = await deals.insert(manager, newDeal(p));
    const other = await deals.insert(manager, newDeal(p));
    const file = {
      dealId: deal.id,
      purpose: 'report' as const,
      fileName: '检测报告.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2048,
      uploadedBy: p.user,
    };
    const first = await documents.insert(manager, { ...file, storageKey: `deals/${deal.id}/a` });
    const second = await documents.insert(manager, { ...file, storageKey: `deals/${deal.id}/b`, purpose: 'message' });
    expect(first).toEqual({
      ...file,
      storageKey: `deals/${deal.id}/a`,
      id: expect.any(String),
      createdAt: expect.any(Date),
    });
    expect(await documents.find(manager, deal.id, first.id)).toEqual(first);
    expect(await documents.find(manager, other.id, first.id)).toBeUndefined();
    expect((await documents.ofDeal(manager, deal.id)).map((d) => d.id)).toEqual([first.id, second.id]);
    expect((await documents.findMany(manager, deal.id, [second.id, first.id])).map((d) => d.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await documents.findMany(manager, other.id, [first.id])).toEqual([]);
    await expect(documents.insert(manager, { ...file, storageKey: `deals/${deal.id}/a` })).rejects.toMatchObject({
      driverError: { code: '23505' },
    });
  });

  it('numbers a deal’s offers and lists them in order', async () => {
    const p = await parties();
    const manager = db.dataSource.manager;
    const deal = await deals.insert(manager, newDeal(p, { kind: 'reservation' }));
    await offers.append(manager, deal.id, { side: 'requester', terms: { quantity: 10 }, createdBy: p.user });
    await offers.append(manager, deal.id, {
      side: 'provider',
      terms: { quantity: 8 },
      note: '产能有限',
      createdBy: null,
    });
    expect((await offers.list(manager, deal.id)).map((o) => [o.version, o.side, o.terms, o.note, o.createdBy])).toEqual(
      [
        [1, 'requester', { quantity: 10 }, null, p.user],
        [2, 'provider', { quantity: 8 }, '产能有限', null],
      ],
    );
  });
});
