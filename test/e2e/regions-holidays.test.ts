import {
  chinaTime,
  corpusBody,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  verifiedProvider,
} from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let api: Api;
let world: ProviderWorld;
let sme: Enterprise;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '区划节假日园区');
  sme = await api.registerEnterprise();
}, 60_000);

afterAll(async () => {
  jest.useRealTimers();
  await app?.close();
});

describe('regions', () => {
  it('refuses a listing in a region no division has, naming the field', async () => {
    const refused = await api.call('POST', 'listings', {
      token: world.provider.accessToken,
      body: corpusBody('C001', { regionCode: '999999' }),
    });
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('REGION_UNKNOWN');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);
  });

  it('lists parks by a known region only: an unknown one is 422 naming the field, not an empty list', async () => {
    const jiangsu = await api.call('GET', 'parks?region=32');
    expect(jiangsu.status).toBe(200);
    for (const park of jiangsu.body as Array<{ regionCode: string }>)
      expect(park.regionCode.startsWith('32')).toBe(true);
    for (const region of ['99', '3299', '329999']) {
      const refused = await api.call('GET', `parks?region=${region}`);
      expect(refused.status).toBe(422);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.code).toBe('REGION_UNKNOWN');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'region' })]);
    }
    const malformed = await api.call('GET', 'parks?region=320');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'region' })]);
  });

  it("finds a listing in a county by the county's, the city's and the province's names", async () => {
    // 瑞安市, a county-level city of 温州 in 浙江: none of them in the old hand-written list.
    const id = await publishListing(api, world, corpusBody('C001', { regionCode: '330381' }));
    const search = async (q: string) => {
      const response = await api.call('GET', `search/listings?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      return (response.body.hits as Array<{ id: string; document: { regionCode: string } }>) ?? [];
    };
    for (const q of ['瑞安 五轴', '瑞安市 五轴', '温州 五轴', 'Wenzhou 五轴', '浙江 五轴', '浙 五轴']) {
      await eventually(async () => (await search(q)).some((h) => h.id === id), { what: `${id} found by ${q}` });
      // Narrowed to the place: nothing from elsewhere (the corpus listing C001 is in 苏州 too).
      expect((await search(q)).every((h) => h.document.regionCode.startsWith('33'))).toBe(true);
    }
    expect((await search('苏 五轴')).map((h) => h.id)).not.toContain(id);
  });

  it('serves the province → city → county tree to anyone, cacheable', async () => {
    const tree = await api.call('GET', 'regions');
    expect(tree.status).toBe(200);
    expect(tree.body.year).toBe(2023);
    expect(tree.body.provinces).toHaveLength(31);
    const zhejiang = tree.body.provinces.find((p: { code: string }) => p.code === '330000');
    const wenzhou = zhejiang.children.find((c: { code: string }) => c.code === '330300');
    expect(wenzhou).toMatchObject({ name: '温州市', nameEn: 'Wenzhou' });
    expect(wenzhou.children).toContainEqual({ code: '330381', name: '瑞安市', nameEn: "Rui'an" });
    expect(tree.headers['cache-control']).toMatch(/public/);
    const again = await api.call('GET', 'regions', { headers: { 'if-none-match': String(tree.headers.etag) } });
    expect(again.status).toBe(304);
  });
});

describe("bookings on China's calendar", () => {
  let sem: string;

  beforeAll(async () => {
    sem = await publishListing(
      api,
      world,
      equipmentBody({}, { serviceModes: ['technician_operated', 'self_operated', 'sample_testing'] }),
    );
  });

  const book = (start: string, end: string) =>
    api.call('POST', 'bookings', {
      token: sme.accessToken,
      body: { listingId: sem, serviceMode: 'technician_operated', start, end },
      headers: { 'accept-language': 'zh-CN' },
    });

  it('refuses 1 January under the default hours, naming the holiday in the caller’s language', async () => {
    // A Friday, open by the default Mon–Fri hours; 2027's schedule is not in the data, 元旦 is by law.
    const refused = await book('2027-01-01T10:00:00+08:00', '2027-01-01T11:00:00+08:00');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SLOT_UNAVAILABLE');
    expect(refused.body.reasons).toEqual([expect.objectContaining({ code: 'PUBLIC_HOLIDAY' })]);
    expect(refused.body.detail).toContain('元旦');
    // A weekday of the same week is open.
    expect((await book('2027-01-04T10:00:00+08:00', '2027-01-04T11:00:00+08:00')).status).toBe(201);
  });

  it('accepts a booking on a make-up working day (a Saturday worked for a weekday)', async () => {
    // Saturday 2026-10-10, worked for Wednesday 2026-10-07 (National Day). The booking is
    // checked against the API's clock, in this process: set to the Monday before, with
    // timers left real (the app's polls and the database keep their own time).
    const clockBefore = new Date('2026-10-05T09:00:00+08:00');
    const saturday = (time: string) => `2026-10-10T${time}:00+08:00`;
    jest.useFakeTimers({
      now: clockBefore,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      const accepted = await book(saturday('10:00'), saturday('12:00'));
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({ kind: 'booking', state: 'requested' });
      // The Saturday after is an ordinary one: closed.
      const closed = await book('2026-10-17T10:00:00+08:00', '2026-10-17T11:00:00+08:00');
      expect(closed.status).toBe(422);
      expect(closed.body.reasons).toEqual([expect.objectContaining({ code: 'OUTSIDE_OPENING_HOURS' })]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('still books an ordinary weekday ahead', async () => {
    expect((await book(chinaTime(2, '14:00', 3, 1), chinaTime(2, '15:00', 3, 1))).status).toBe(201);
  });
});

describe('capacity periods', () => {
  it('name the holidays in each period (a week with 元旦)', async () => {
    const cnc = await publishListing(api, world, corpusBody('C001', { regionCode: '330381' }));
    const capacity = await api.call('GET', `listings/${cnc}/capacity?from=2026-12-28&to=2027-01-03`);
    expect(capacity.status).toBe(200);
    const days = (capacity.body.periods as Array<{ calendarDays: Array<{ date: string; name: { 'zh-CN': string } }> }>)
      .flatMap((p) => p.calendarDays)
      .map((d) => [d.date, d.name['zh-CN']]);
    expect(days).toContainEqual(['2027-01-01', '元旦']);
  });
});
