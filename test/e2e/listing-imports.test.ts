import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  chinaTime,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm, tinyPng } from '../support/uploads';

/**
 * Large catalogues (issue 22), through the API with the worker: a listings file's dry run
 * reports its bad rows and writes nothing; the real run creates the good rows; the same
 * file again changes nothing; an export imports back unchanged; edits of live listings
 * become pending revisions; bad files get clear 4xx answers; bulk steps; deals export;
 * calendar feeds that list a confirmed booking and stop at rotation.
 */
let app: TestApp;
let api: Api;
let world: ProviderWorld;
let outsider: Enterprise;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '导入园区');
  outsider = await api.registerEnterprise();
}, 90_000);

afterAll(async () => {
  await app?.close();
});

type Row = Record<string, string>;

const HEADER = [
  '外部编号（externalRef）',
  '类型（kind）',
  '标题（title）',
  '描述（description）',
  '类别（category）',
  '价格（元）（price）',
  'priceUnit',
  '工艺',
  'materials',
  'capacityQuantity',
  'capacityUnit',
  'capacityPer',
  'leadTimeDays',
  'manufacturer',
  'model',
  'serviceModes',
  'patentNumber',
  'legalStatus',
  'transactionTypes',
];
const KEYS = [
  'externalRef',
  'kind',
  'title',
  'description',
  'category',
  'price',
  'priceUnit',
  'process',
  'materials',
  'capacityQuantity',
  'capacityUnit',
  'capacityPer',
  'leadTimeDays',
  'manufacturer',
  'model',
  'serviceModes',
  'patentNumber',
  'legalStatus',
  'transactionTypes',
];

const capacity = (ref: string, extra: Row = {}): Row => ({
  externalRef: ref,
  kind: 'capacity',
  title: '五轴加工中心 机时共享',
  description: '德玛吉五轴加工中心，每月 400 机时',
  category: '机械加工',
  price: '350',
  priceUnit: 'machine_hour',
  process: '五轴铣削',
  materials: '铝合金;钛合金',
  capacityQuantity: '400',
  capacityUnit: 'machine_hour',
  capacityPer: 'month',
  leadTimeDays: '7',
  ...extra,
});
const equipment = (ref: string, extra: Row = {}): Row => ({
  externalRef: ref,
  kind: 'equipment',
  title: '-40℃ 高低温试验箱',
  description: '可做温度循环与湿热试验',
  category: '环境可靠性',
  price: '120.50',
  priceUnit: 'hour',
  manufacturer: '爱斯佩克',
  model: 'PSL-2J',
  serviceModes: 'technician_operated',
  ...extra,
});
const patent = (ref: string, extra: Row = {}): Row => ({
  externalRef: ref,
  kind: 'ip',
  title: '一种锂电池正极材料的制备方法',
  description: '提高正极材料循环寿命的制备工艺',
  category: '新能源电池',
  patentNumber: 'ZL202310123456.6',
  legalStatus: 'granted',
  transactionTypes: 'ordinary_licence;assignment',
  ...extra,
});

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: Row[], header = HEADER): string {
  return [header, ...rows.map((row) => KEYS.map((key) => row[key] ?? ''))]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n');
}

const GOOD = [capacity('C-1'), equipment('E-1'), patent('P-1')];
const BAD = [
  patent('P-2', { patentNumber: '202310123456.7' }), // row 5
  capacity('C-2', { category: '不存在的类别' }), // row 6
  capacity(''), // row 7
  capacity('C-1', { title: '重复' }), // row 8
  capacity('C-3', { capacityQuantity: 'abc' }), // row 9
  capacity('C-4', { kind: 'robot' }), // row 10
];
const FILE = '\uFEFF' + csv([...GOOD, ...BAD]);

async function upload(
  content: Buffer | string,
  options: { dryRun?: boolean; submit?: boolean; token?: string; organizationId?: string; filename?: string } = {},
) {
  const form = multipartForm([
    { name: 'dryRun', value: String(options.dryRun ?? false) },
    ...(options.submit ? [{ name: 'submit', value: 'true' }] : []),
    {
      name: 'file',
      filename: options.filename ?? 'listings.csv',
      contentType: 'text/csv',
      content: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    },
  ]);
  const response = await app.api.inject({
    method: 'POST',
    url: `/api/v1/organizations/${options.organizationId ?? world.provider.organizationId}/listing-imports`,
    headers: { authorization: `Bearer ${options.token ?? world.provider.accessToken}`, ...form.headers },
    payload: form.body,
  });
  return { status: response.statusCode, body: response.json() };
}

async function finished(id: string, language = 'zh-CN') {
  return eventually(
    async () => {
      const response = await api.call('GET', `listing-imports/${id}`, {
        token: world.provider.accessToken,
        headers: { 'accept-language': language },
      });
      expect(response.status).toBe(200);
      expect(['done', 'failed']).toContain(response.body.status);
      return response.body;
    },
    { timeoutMs: 30_000 },
  );
}

async function importFile(content: Buffer | string, options: Parameters<typeof upload>[1] = {}) {
  const started = await upload(content, options);
  expect(started.status).toBe(202);
  return finished(started.body.id);
}

async function listingCount(): Promise<number> {
  const db = await testDb(app);
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM listings WHERE owner_organization_id = $1`, [
    world.provider.organizationId,
  ]);
  return count;
}

async function download(url: string, token = world.provider.accessToken) {
  const response = await app.api.inject({
    method: 'GET',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.statusCode, headers: response.headers, raw: response.rawPayload, text: response.body };
}

const nameOf = (enterprise: Enterprise) => `测试企业${enterprise.uscc.slice(8, 14)}有限公司`;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('listing imports', () => {
  it('offers templates per kind with Chinese and English headers and an example row', async () => {
    const file = await download('/api/v1/listing-imports/template?kind=equipment&format=csv');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    const [header, example] = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('标题（title）');
    expect(header).toContain('制造商（manufacturer）');
    expect(header).not.toContain('patentNumber');
    expect(example).toContain('equipment');

    const xlsx = await download('/api/v1/listing-imports/template?kind=ip&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toContain('专利号（patentNumber）');
    expect(sheet.getRow(2).values).toContain('ZL202310123456.6');

    const unknown = await api.call('GET', 'listing-imports/template?kind=robot', { token: world.provider.accessToken });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('LISTING_KIND_UNKNOWN');
  });

  it('a dry run reports every bad row with its column and code, and writes nothing', async () => {
    const report = await importFile(FILE, { dryRun: true });
    expect(report).toMatchObject({ status: 'done', dryRun: true, total: 9, processed: 9, created: 3, updated: 0 });
    const codes = report.rejected.map((r: { row: number; column: string; code: string }) => [r.row, r.column, r.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [5, 'patentNumber', 'PATENT_NUMBER_INVALID'],
        [6, 'category', 'CATEGORY_UNKNOWN'],
        [7, 'externalRef', 'IMPORT_EXTERNAL_REF_REQUIRED'],
        [8, 'externalRef', 'IMPORT_EXTERNAL_REF_DUPLICATE'],
        [9, 'capacityQuantity', 'IMPORT_CELL_INVALID'],
        [10, 'kind', 'IMPORT_KIND_INVALID'],
      ]),
    );
    expect(new Set(report.rejected.map((r: { row: number }) => r.row))).toEqual(new Set([5, 6, 7, 8, 9, 10]));
    expect(report.rejected.find((r: { row: number }) => r.row === 7).message).toContain('外部编号');
    expect(await listingCount()).toBe(0);

    const english = await finished(report.id, 'en');
    expect(english.rejected.find((r: { row: number }) => r.row === 7).message).toMatch(/externalRef/);
  });

  it('the real run creates the good rows; the same file again changes nothing', async () => {
    const report = await importFile(FILE);
    expect(report).toMatchObject({ status: 'done', created: 3, updated: 0, unchanged: 0 });
    expect(new Set(report.rejected.map((r: { row: number }) => r.row))).toEqual(new Set([5, 6, 7, 8, 9, 10]));
    expect(await listingCount()).toBe(3);
    const listed = await api.call('GET', `organizations/${world.provider.organizationId}/listings`, {
      token: world.provider.accessToken,
    });
    const sem = listed.body.find((l: { externalRef?: string; title: string }) => l.title.startsWith('-40'));
    expect(sem).toMatchObject({ kind: 'equipment', status: 'draft', priceFen: 12_050 });

    const again = await importFile(FILE);
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3 });
    expect(await listingCount()).toBe(3);
  });

  it('an export imports back unchanged, with cells that begin like formulas escaped', async () => {
    const exported = await download(
      `/api/v1/organizations/${world.provider.organizationId}/listings/export?format=csv`,
    );
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(",'-40℃ 高低温试验箱,");
    const report = await importFile(exported.raw);
    expect(report).toMatchObject({ status: 'done', total: 3, created: 0, updated: 0, unchanged: 3, rejected: [] });

    const xlsx = await download(`/api/v1/organizations/${world.provider.organizationId}/listings/export?format=xlsx`);
    const again = await importFile(xlsx.raw, { filename: 'listings.xlsx' });
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3, rejected: [] });
  });

  it("updates a live listing's row as a pending revision, and submits rows for review on request", async () => {
    const listed = await api.call('GET', `organizations/${world.provider.organizationId}/listings`, {
      token: world.provider.accessToken,
    });
    const c1 = listed.body.find((l: { kind: string }) => l.kind === 'capacity');
    await api.call('POST', `listings/${c1.id}/submit`, { token: world.provider.accessToken });
    const approved = await api.call('POST', `listings/${c1.id}/approve`, { token: world.operator.accessToken });
    expect(approved.body.status).toBe('published');

    const report = await importFile(csv([capacity('C-1', { title: '五轴加工中心 夜班机时' }), equipment('E-2')]), {
      submit: true,
    });
    expect(report).toMatchObject({ status: 'done', created: 1, updated: 1, rejected: [] });
    const live = await api.call('GET', `listings/${c1.id}`, { token: world.provider.accessToken });
    expect(live.body.title).toBe('五轴加工中心 机时共享');
    expect(live.body.pendingRevision.content.title).toBe('五轴加工中心 夜班机时');
    const mine = await api.call('GET', `organizations/${world.provider.organizationId}/listings`, {
      token: world.provider.accessToken,
    });
    expect(mine.body.filter((l: { status: string }) => l.status === 'pending_review')).toHaveLength(1);
  });

  it('reads GBK CSV and XLSX, and never evaluates a formula', async () => {
    const gbk = iconv.encode(csv([capacity('G-1', { title: '数控车床 代加工' })]), 'gbk');
    const report = await importFile(gbk);
    expect(report).toMatchObject({ status: 'done', created: 1, rejected: [] });
    const listed = await api.call('GET', `organizations/${world.provider.organizationId}/listings`, {
      token: world.provider.accessToken,
    });
    expect(listed.body.map((l: { title: string }) => l.title)).toContain('数控车床 代加工');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('listings');
    sheet.addRow(HEADER);
    sheet.addRow(KEYS.map((key) => capacity('X-1')[key] ?? ''));
    const formula = KEYS.map((key): ExcelJS.CellValue => capacity('X-2')[key] ?? '');
    formula[2] = { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' };
    sheet.addRow(formula);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await importFile(xlsx, { filename: 'listings.xlsx' });
    expect(fromXlsx).toMatchObject({ status: 'done', created: 1 });
    expect(fromXlsx.rejected).toEqual([
      expect.objectContaining({ row: 3, column: 'title', code: 'IMPORT_FORMULA_NOT_ALLOWED' }),
    ]);
  });

  it('refuses bad files and strangers clearly, keeping nothing', async () => {
    const before = await listingCount();
    const png = await upload(tinyPng(), { filename: 'photo.png' });
    expect(png).toMatchObject({ status: 415, body: { code: 'IMPORT_FILE_TYPE_UNSUPPORTED' } });

    const header = await upload(csv([capacity('H-1')], [...HEADER.slice(0, -1), '颜色（colour）']));
    expect(header).toMatchObject({ status: 422, body: { code: 'IMPORT_HEADER_UNKNOWN' } });

    const broken = Buffer.concat([Buffer.from(csv([capacity('B-1')]), 'utf8'), Buffer.from([0xe4, 0xb8, 0x0a, 0xff])]);
    expect(await upload(broken)).toMatchObject({ status: 422, body: { code: 'IMPORT_ENCODING_INVALID' } });

    expect(await upload('')).toMatchObject({ status: 422, body: { code: 'IMPORT_FILE_EMPTY' } });

    const huge = Buffer.alloc(50_000_000, 'a');
    huge.write(`${HEADER.join(',')}\r\n`);
    expect(await upload(huge)).toMatchObject({ status: 413, body: { code: 'IMPORT_FILE_TOO_LARGE' } });

    const stranger = await upload(FILE, { token: outsider.accessToken });
    expect(stranger).toMatchObject({ status: 404, body: { code: 'ORGANIZATION_NOT_FOUND' } });
    const started = await upload(FILE, { dryRun: true });
    const peek = await api.call('GET', `listing-imports/${started.body.id}`, { token: outsider.accessToken });
    expect(peek.status).toBe(404);
    await finished(started.body.id);
    expect(await listingCount()).toBe(before);
  });
});

describe('an import that keeps failing', () => {
  it('ends failed with a reason the uploader can read once its retries are spent, not running', async () => {
    // A fault the import cannot get past however often it tries: PostgreSQL refuses the row's insert.
    const db = await testDb(app);
    await db.query(`CREATE FUNCTION test_import_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.external_ref LIKE 'FAULT-%' THEN RAISE EXCEPTION 'injected fault'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER test_import_fault BEFORE INSERT ON listings FOR EACH ROW EXECUTE FUNCTION test_import_fault()`,
    );
    try {
      const before = await listingCount();
      const started = await upload(csv([capacity('FAULT-1'), equipment('FAULT-2')]));
      expect(started.status).toBe(202);
      // Five attempts, a second, then 2, 4 and 8 seconds apart.
      const report = await eventually(
        async () => {
          const response = await api.call('GET', `listing-imports/${started.body.id}`, {
            token: world.provider.accessToken,
          });
          expect(response.body.status).not.toBe('done');
          return response.body.status === 'failed' ? response.body : undefined;
        },
        { timeoutMs: 60_000, what: 'the import to end failed' },
      );
      expect(report.failure.code).toBe('IMPORT_FAILED');
      expect(report.failure.message).toContain('5 次');
      expect(report.finishedAt).not.toBeNull();
      expect(await listingCount()).toBe(before);
      const english = await api.call('GET', `listing-imports/${started.body.id}`, {
        token: world.provider.accessToken,
        headers: { 'accept-language': 'en' },
      });
      expect(english.body.failure.message).toMatch(/after 5 attempts/);
    } finally {
      await db.query('DROP TRIGGER test_import_fault ON listings');
      await db.query('DROP FUNCTION test_import_fault()');
    }
  }, 90_000);
});

describe('bulk steps, deals export and calendar feeds', () => {
  let equipmentId: string;
  let dealId: string;
  let sme: Enterprise;
  const smeName = () => nameOf(sme);

  beforeAll(async () => {
    equipmentId = await publishListing(api, world, equipmentBody({}, { serviceModes: ['technician_operated'] }));
    sme = await api.registerEnterprise();
    const booked = await api.call('POST', 'bookings', {
      token: sme.accessToken,
      body: {
        listingId: equipmentId,
        serviceMode: 'technician_operated',
        start: chinaTime(2, '09:00'),
        end: chinaTime(2, '12:00'),
      },
    });
    expect(booked.status).toBe(201);
    dealId = booked.body.id;
    const accepted = await api.call('POST', `deals/${dealId}/accept`, { token: world.provider.accessToken });
    expect(accepted.body.state).toBe('confirmed');
  });

  it('submits many listings, and moderators decide many, each an audited step', async () => {
    const ids: string[] = [];
    for (const ref of ['B-1', 'B-2']) {
      const created = await api.call('POST', 'listings', {
        token: world.provider.accessToken,
        body: { ...equipmentBody(), externalRef: ref },
      });
      ids.push(created.body.id);
    }
    const missing = randomUUID();
    const submitted = await api.call('POST', 'listings/bulk', {
      token: world.provider.accessToken,
      body: { action: 'submit', ids: [...ids, missing] },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.results).toEqual([
      { id: ids[0], ok: true, status: 'pending_review' },
      { id: ids[1], ok: true, status: 'pending_review' },
      expect.objectContaining({ id: missing, ok: false, code: 'LISTING_NOT_FOUND' }),
    ]);

    const noReason = await api.call('POST', 'listings/bulk', {
      token: world.operator.accessToken,
      body: { action: 'reject', ids },
    });
    expect(noReason).toMatchObject({ status: 422, body: { code: 'REASON_REQUIRED' } });
    const rejected = await api.call('POST', 'listings/bulk', {
      token: world.operator.accessToken,
      body: { action: 'reject', ids: [ids[0]], reason: '照片不清晰' },
    });
    expect(rejected.body.results).toEqual([{ id: ids[0], ok: true, status: 'rejected' }]);
    const approved = await api.call('POST', 'listings/bulk', {
      token: world.operator.accessToken,
      body: { action: 'approve', ids: [ids[1]] },
    });
    expect(approved.body.results).toEqual([{ id: ids[1], ok: true, status: 'published' }]);
    const audit = await api.call('GET', `listings/${ids[0]}/audit`, { token: world.provider.accessToken });
    expect(audit.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'reject', reason: '照片不清晰' })]),
    );
  });

  it("exports an enterprise's deals for a period with the agreed amount in yuan", async () => {
    const url = `/api/v1/organizations/${world.provider.organizationId}/deals/export?format=csv&from=2020-01-01&to=2099-12-31`;
    const file = await download(url);
    expect(file.status).toBe(200);
    const line = file.text.split('\r\n').find((l) => l.startsWith(dealId));
    expect(line).toContain('booking,confirmed');
    expect(line).toContain(smeName());
    const none = await download(url.replace('from=2020-01-01&to=2099-12-31', 'from=2020-01-01&to=2020-12-31'));
    expect(none.text).not.toContain(dealId);
    const reversed = await download(url.replace('from=2020-01-01', 'from=2100-01-01'));
    expect(reversed.status).toBe(422);
  });

  it('a feed lists the confirmed booking without login, and stops working at rotation and revocation', async () => {
    const first = await api.call('GET', `listings/${equipmentId}/calendar-feed`, { token: world.provider.accessToken });
    expect(first.status).toBe(200);
    expect(
      (await api.call('GET', `listings/${equipmentId}/calendar-feed`, { token: world.provider.accessToken })).body,
    ).toEqual(first.body);
    const path = new URL(first.body.url).pathname;
    const feed = await download(path, '');
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = unfold(feed.text);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`UID:${dealId}@rongtong`);
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics).toContain(smeName());
    expect(ics).not.toContain(sme.email);

    const rotated = await api.call('POST', `listings/${equipmentId}/calendar-feed/rotate`, {
      token: world.provider.accessToken,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(first.body.url);
    expect((await download(path, '')).status).toBe(404);
    const newPath = new URL(rotated.body.url).pathname;
    expect((await download(newPath, '')).status).toBe(200);

    const revoked = await api.call('DELETE', `listings/${equipmentId}/calendar-feed`, {
      token: world.provider.accessToken,
    });
    expect(revoked.status).toBe(204);
    expect((await download(newPath, '')).status).toBe(404);

    const smeFeed = await api.call('GET', `organizations/${sme.organizationId}/calendar-feed`, {
      token: sme.accessToken,
    });
    const smeIcs = unfold((await download(new URL(smeFeed.body.url).pathname, '')).text);
    expect(smeIcs).toContain(`UID:${dealId}@rongtong`);

    const single = await download(`/api/v1/deals/${dealId}/calendar.ics`, sme.accessToken);
    expect(single.status).toBe(200);
    expect(unfold(single.text)).toContain(`UID:${dealId}@rongtong`);
  });
});
