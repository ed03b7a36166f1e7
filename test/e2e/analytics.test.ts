import ExcelJS from 'exceljs';
import { chinaTime, equipmentBody, type ProviderWorld, publishListing, verifiedProvider } from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Park analytics through the API, with the worker keeping the rollups from the outbox:
 * a park's figures follow a listing being published and a booking being confirmed; its
 * operators and platform admins see them, nobody else (404); the platform comparison is
 * for platform admins; exports in both languages; bad periods and formats are 422.
 */
let app: TestApp;
let api: Api;
let admin: Session;
let world: ProviderWorld;
let otherPark: { parkId: string; operator: Session };
let sme: Enterprise;

const YEAR = `from=2026-01-01&to=2027-12-31`;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '统计园区');
  otherPark = await api.createPark(admin.accessToken, `另一园区${world.provider.uscc.slice(10, 14)}`);
  await api.call('PATCH', `organizations/${world.provider.organizationId}`, {
    token: world.provider.accessToken,
    body: { industrySection: 'C', industryDivision: 'C40', employees: 2_000, annualRevenueFen: 90_000_000_000 },
  });
  sme = await api.registerEnterprise();
  await api.call('PATCH', `organizations/${sme.organizationId}`, {
    token: sme.accessToken,
    body: { industrySection: 'C', industryDivision: 'C34', employees: 150, annualRevenueFen: 5_000_000_000 },
  });
}, 90_000);

afterAll(async () => {
  await app?.close();
});

const figures = (token: string, query = YEAR) => api.call('GET', `parks/${world.parkId}/analytics?${query}`, { token });

describe('park analytics', () => {
  it("follows the park's listings and deals, by month and industry", async () => {
    const sem = await publishListing(api, world, equipmentBody({}, { serviceModes: ['technician_operated'] }));
    const published = await eventually(async () => {
      const response = await figures(world.operator.accessToken);
      expect(response.status).toBe(200);
      expect(response.body.totals).toMatchObject({ listings: 1, publishedListings: 1 });
      return response.body;
    });
    expect(published.listings).toEqual([
      expect.objectContaining({ section: 'C', division: 'C40', kind: 'equipment', status: 'published', count: 1 }),
    ]);
    expect(published.equipment.offered).toEqual([
      expect.objectContaining({ section: 'C', division: 'C40', listings: 1, weeklyHours: 45 }),
    ]);
    expect(published.totals.deals).toBe(0);

    const booked = await api.call('POST', 'bookings', {
      token: sme.accessToken,
      body: {
        listingId: sem,
        serviceMode: 'technician_operated',
        start: chinaTime(2, '09:00'),
        end: chinaTime(2, '12:00'),
      },
    });
    expect(booked.status).toBe(201);
    const accepted = await api.call('POST', `deals/${booked.body.id}/accept`, { token: world.provider.accessToken });
    expect(accepted.body.state).toBe('confirmed');

    const after = await eventually(async () => {
      const response = await figures(world.operator.accessToken);
      expect(response.body.totals).toMatchObject({ deals: 1, bookedHours: 3, smesServed: 1 });
      return response.body;
    });
    expect(after.totals).toMatchObject({ dealsInside: 0, dealsOutside: 1, largeEnterprises: 1 });
    expect(after.totals.medianFirstResponseSeconds).toEqual(expect.any(Number));
    expect(after.deals).toEqual([
      expect.objectContaining({ kind: 'booking', state: 'confirmed', inside: false, count: 1, division: 'C40' }),
    ]);
    expect(after.equipment.weeks).toEqual([
      expect.objectContaining({ bookings: 1, bookedHours: 3, offeredHours: 45, utilisation: 0.0667 }),
    ]);
    expect(after.enterprises.bySizeClass).toEqual(
      expect.arrayContaining([expect.objectContaining({ sizeClass: 'small', smes: 1 })]),
    );

    // The platform admin sees the park, and the comparison; the other park stays empty.
    expect((await figures(admin.accessToken)).body.totals.deals).toBe(1);
    const platform = await api.call('GET', `analytics/platform?${YEAR}`, { token: admin.accessToken });
    expect(platform.status).toBe(200);
    const byPark = new Map(platform.body.parks.map((p: { parkId: string }) => [p.parkId, p]));
    expect(byPark.get(world.parkId)).toMatchObject({ deals: 1, smesServed: 1, bookedHours: 3 });
    expect(byPark.get(otherPark.parkId)).toMatchObject({ deals: 0, listings: 0 });
  });

  it("keeps a park's figures to its operators and platform admins (404 for anyone else)", async () => {
    for (const token of [otherPark.operator.accessToken, sme.accessToken, world.provider.accessToken]) {
      const response = await figures(token);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('PARK_NOT_FOUND');
      expect((await api.call('GET', `parks/${world.parkId}/analytics/export`, { token })).status).toBe(404);
    }
    const unknown = await api.call('GET', `parks/00000000-0000-4000-8000-000000000000/analytics`, {
      token: admin.accessToken,
    });
    expect(unknown.status).toBe(404);
    const platform = await api.call('GET', 'analytics/platform', { token: world.operator.accessToken });
    expect(platform.status).toBe(403);
    expect(platform.body.code).toBe('PLATFORM_ADMIN_REQUIRED');
  });

  it.each([
    ['to before from', 'from=2026-03-01&to=2026-02-01', 'ANALYTICS_PERIOD_REVERSED'],
    ['five years', 'from=2021-01-01&to=2026-01-01', 'ANALYTICS_PERIOD_TOO_LONG'],
    ['a day that does not exist', 'from=2026-02-30', 'ANALYTICS_DATE_INVALID'],
    ['not a date', 'to=tomorrow', 'ANALYTICS_DATE_INVALID'],
  ])('refuses %s with 422 problem+json', async (_what, query, code) => {
    const response = await figures(world.operator.accessToken, query);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
  });

  it('refuses an unknown export format and a malformed park id', async () => {
    const format = await api.call('GET', `parks/${world.parkId}/analytics/export?format=pdf`, {
      token: world.operator.accessToken,
    });
    expect(format.status).toBe(422);
    expect(format.body.code).toBe('ANALYTICS_EXPORT_FORMAT_UNKNOWN');
    expect((await api.call('GET', 'parks/not-a-uuid/analytics', { token: admin.accessToken })).status).toBe(400);
  });

  it("exports CSV with a BOM and a spreadsheet with a sheet per breakdown, headers in the caller's language", async () => {
    const csv = await app.api.inject({
      method: 'GET',
      url: `/api/v1/parks/${world.parkId}/analytics/export?format=csv&${YEAR}`,
      headers: { authorization: `Bearer ${world.operator.accessToken}`, 'accept-language': 'en' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('park-analytics-2026-01-01-2027-12-31.csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toContain('Month,Industry section,Industry division,Kind,State,Inside the park,Count');
    expect(csv.body).toContain('booking,confirmed,no,1');

    const xlsx = await app.api.inject({
      method: 'GET',
      url: `/api/v1/parks/${world.parkId}/analytics/export?format=xlsx&${YEAR}`,
      headers: { authorization: `Bearer ${world.operator.accessToken}`, 'accept-language': 'zh-CN' },
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '挂牌',
      '设备机时',
      '产能供给',
      '产能预订',
      '许可',
      '交易',
      '首次响应',
      '服务企业',
    ]);
    const deals = workbook.getWorksheet('交易')!;
    expect(deals.getRow(1).values).toEqual([
      undefined,
      '月份',
      '行业门类',
      '行业大类',
      '类型',
      '状态',
      '园区内交易',
      '数量',
    ]);
    expect(deals.getRow(2).getCell(7).value).toBe(1);
  });
});
