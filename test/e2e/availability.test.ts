import { type DealEventPayload, OutboxWriter } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import { listingBody, loadCorpus } from '../support/corpus';
import { type ProviderWorld, verifiedProvider } from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let db: DataSource;
let provider: Enterprise;
let requester: Enterprise;
let world: ProviderWorld;
const corpus = loadCorpus();
const pick = (ref: string) => corpus.find((l) => l.ref === ref)!;

/** Shanghai local dates a few days ahead, so lead time never interferes. */
const DAY_MS = 24 * 3_600_000;
const shanghaiDate = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * DAY_MS).toISOString().slice(0, 10);
const D = shanghaiDate(3);
const BLACKOUT = shanghaiDate(4);
const D2 = shanghaiDate(5);
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
const instant = (date: string, time: string) => new Date(at(date, time)).getTime();

const DAILY = [{ start: '09:00', end: '18:00' }];
const BOOKING_RULES = {
  slotMinutes: 30,
  minMinutes: 60,
  leadTimeHours: 0,
  bufferMinutes: 30,
  timeZone: 'Asia/Shanghai',
  openingHours: { mon: DAILY, tue: DAILY, wed: DAILY, thu: DAILY, fri: DAILY, sat: DAILY, sun: DAILY },
  blackoutDates: [BLACKOUT],
};

interface Range {
  start: string;
  end: string;
}

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = app.api.get(DataSource);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '预约测试园区');
  provider = world.provider;
  requester = await api.registerEnterprise();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

async function create(ref: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await api.call('POST', 'listings', {
    token: provider.accessToken,
    body: listingBody(pick(ref), extra),
  });
  if (created.status !== 201) throw new Error(`create ${ref}: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
}

async function publish(ref: string, extra: Record<string, unknown> = {}): Promise<string> {
  const id = await create(ref, extra);
  await api.call('POST', `listings/${id}/submit`, { token: provider.accessToken });
  const approved = await api.call('POST', `listings/${id}/approve`, { token: world.operator.accessToken });
  expect(approved.body.status).toBe('published');
  return id;
}

const availability = (id: string, query = '', token?: string) =>
  api.call('GET', `listings/${id}/availability${query ? `?${query}` : ''}`, { token });

const window = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** The free ranges as epoch milliseconds, to compare instants whatever offset they are written in. */
const ms = (ranges: Range[]) => ranges.map((r) => [Date.parse(r.start), Date.parse(r.end)]);

const freeRows = async (listingId: string) =>
  (
    await db.query(
      `SELECT lower(free) AS start, upper(free) AS "end" FROM listing_free_time WHERE listing_id = $1 ORDER BY lower(free)`,
      [listingId],
    )
  ).map((r: { start: Date; end: Date }) => [r.start.getTime(), r.end.getTime()]) as number[][];

const freeSearch = (hours: number, from: string, to: string) =>
  api.call(
    'GET',
    `search/listings?kind=equipment&freeHours=${hours}&freeFrom=${encodeURIComponent(from)}&freeTo=${encodeURIComponent(to)}`,
  );
const freeIds = async (hours: number, from: string, to: string) => {
  const response = await freeSearch(hours, from, to);
  expect(response.status).toBe(200);
  return (response.body.hits as Array<{ id: string }>).map((h) => h.id);
};

/** A confirmed booking written as the deals context would, announced through the outbox. */
async function book(listingId: string, start: string, end: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO deals (kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                          provider_organization_id, state, turn, terms)
       VALUES ('booking', $1, 'SEM', $2, $3, $4, 'confirmed', NULL, $5) RETURNING id`,
      [
        listingId,
        requester.organizationId,
        requester.userId,
        provider.organizationId,
        JSON.stringify({ serviceMode: 'technician_operated', start, end }),
      ],
    );
    await tx.query(
      `INSERT INTO bookings (deal_id, listing_id, service_mode, during, blocked, active)
       VALUES ($1, $2, 'technician_operated', tstzrange($3, $4, '[)'),
               tstzrange($3, $4::timestamptz + interval '30 minutes', '[)'), true)`,
      [id, listingId, start, end],
    );
    const payload: DealEventPayload = {
      dealId: id,
      kind: 'booking',
      listingId,
      listingTitle: 'SEM',
      requesterOrganizationId: requester.organizationId,
      requesterUserId: requester.userId,
      providerOrganizationId: provider.organizationId,
      state: 'confirmed',
      actorSide: 'requester',
      actorUserId: requester.userId,
    };
    await app.api
      .get(OutboxWriter)
      .append(tx, { type: 'deal.created', aggregateType: 'deal', aggregateId: id, payload });
    return id;
  });
}

describe('equipment availability', () => {
  let sem: string;

  it('shows a published listing’s rules and free time to anyone, without blackout dates', async () => {
    sem = await publish('E001', { details: { ...pick('E001').details, booking: BOOKING_RULES } });
    const response = await availability(sem, window(at(D, '00:00'), at(D2, '00:00')));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      listingId: sem,
      timeZone: 'Asia/Shanghai',
      slotMinutes: 30,
      minMinutes: 60,
      maxMinutes: null,
      leadTimeHours: 0,
      bufferMinutes: 30,
      serviceModes: ['technician_operated', 'self_operated'],
      blackoutDates: [BLACKOUT],
      busy: [],
    });
    expect(response.body.openingHours.sat).toEqual(DAILY);
    expect(response.body.free).toEqual([{ start: at(D, '09:00'), end: at(D, '18:00') }]);
  });

  it('defaults to the next 14 days from now', async () => {
    const response = await availability(sem);
    expect(response.status).toBe(200);
    const span = Date.parse(response.body.to) - Date.parse(response.body.from);
    expect(span).toBe(14 * DAY_MS);
    expect(Date.parse(response.body.free[0].start)).toBeGreaterThanOrEqual(Date.parse(response.body.from));
    expect(response.body.free.map((r: Range) => r.start.slice(0, 10))).not.toContain(BLACKOUT);
  });

  it('keeps the free-time table for search once the listing is published', async () => {
    await eventually(
      async () => (await freeRows(sem)).some(([s, e]) => s === instant(D, '09:00') && e === instant(D, '18:00')),
      {
        what: 'free time computed for the new listing',
      },
    );
    expect(await freeIds(9, at(D, '00:00'), at(D2, '00:00'))).toContain(sem);
    expect(await freeIds(9.5, at(D, '00:00'), at(D2, '00:00'))).not.toContain(sem);
  }, 30_000);

  it('shows a booking as busy (with its buffer, never who) and keeps the buffer before it free', async () => {
    await book(sem, at(D, '12:00'), at(D, '13:00'));
    const response = await availability(sem, window(at(D, '00:00'), at(D2, '00:00')));
    expect(response.body.busy).toEqual([{ start: at(D, '12:00'), end: at(D, '13:30') }]);
    expect(ms(response.body.free)).toEqual([
      [instant(D, '09:00'), instant(D, '11:30')],
      [instant(D, '13:30'), instant(D, '18:00')],
    ]);
    expect(JSON.stringify(response.body)).not.toContain(requester.organizationId);
  });

  it('recomputes free time on deal events, so search sees the booking', async () => {
    await eventually(
      async () => (await freeRows(sem)).some(([s, e]) => s === instant(D, '13:30') && e === instant(D, '18:00')),
      { what: 'free time recomputed after the booking' },
    );
    expect(await freeIds(4, at(D, '00:00'), at(D2, '00:00'))).toContain(sem);
    expect(await freeIds(5, at(D, '00:00'), at(D2, '00:00'))).not.toContain(sem);
    // A stretch counts only inside the window asked for.
    expect(await freeIds(4, at(D, '15:00'), at(D2, '00:00'))).not.toContain(sem);
    expect(await freeIds(3, at(D, '15:00'), at(D2, '00:00'))).toContain(sem);
  }, 30_000);

  it('drops the free time of a listing no longer published', async () => {
    const other = await publish('E002', { details: { ...pick('E002').details, booking: BOOKING_RULES } });
    await eventually(async () => (await freeRows(other)).length > 0, { what: 'free time of the second listing' });
    await api.call('POST', `listings/${other}/archive`, { token: provider.accessToken });
    await eventually(async () => (await freeRows(other)).length === 0, {
      what: 'free time of an archived listing gone',
    });
    expect(await freeIds(1, at(D, '00:00'), at(D2, '00:00'))).not.toContain(other);
  }, 30_000);

  it('answers 404 for a listing the caller cannot see, and shows the owner their draft', async () => {
    const draft = await create('E003', { details: { ...pick('E003').details, booking: BOOKING_RULES } });
    expect((await availability(draft)).status).toBe(404);
    expect((await availability(draft, '', requester.accessToken)).status).toBe(404);
    expect((await availability(draft, '', provider.accessToken)).status).toBe(200);
    expect((await availability('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses a listing that is not equipment time', async () => {
    const cnc = await publish('C001');
    const response = await availability(cnc);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('LISTING_NOT_BOOKABLE');
  });

  it.each([
    [
      'a time without an offset',
      `from=${encodeURIComponent('2030-01-01T09:00:00')}`,
      'AVAILABILITY_WINDOW_INVALID',
      'from',
    ],
    [
      'an end before the start',
      window('2030-01-02T00:00:00+08:00', '2030-01-01T00:00:00+08:00'),
      'AVAILABILITY_WINDOW_INVALID',
      'to',
    ],
    [
      'more than 92 days',
      window('2030-01-01T00:00:00+08:00', '2030-06-01T00:00:00+08:00'),
      'AVAILABILITY_WINDOW_TOO_LONG',
      'to',
    ],
  ])('refuses %s with 422 naming the field', async (_name, query, code, field) => {
    const response = await availability(sem, query);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(code);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('refuses a free-time search without all three of its parameters', async () => {
    const response = await api.call('GET', 'search/listings?freeHours=2');
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['freeFrom', 'freeTo']);
  });
});
