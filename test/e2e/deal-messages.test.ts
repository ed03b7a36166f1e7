import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { equipmentBody, type ProviderWorld, publishListing, testDb, verifiedProvider } from '../support/deals';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { elfBinary, filesUnder, multipartForm, tinyPdf, tinyPng } from '../support/uploads';

const MAX_BYTES = 256 * 1024;

let app: TestApp;
let api: Api;
let db: DataSource;
let world: ProviderWorld;
let sme: Enterprise;
let outsider: Enterprise;
let sem: string;

beforeAll(async () => {
  app = await startTestApp({
    worker: true,
    env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000', UPLOAD_MAX_BYTES: String(MAX_BYTES) },
  });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '消息测试园区');
  sme = await api.registerEnterprise();
  outsider = await api.registerEnterprise();
  sem = await publishListing(
    api,
    world,
    equipmentBody({}, { serviceModes: ['technician_operated', 'sample_testing'], requiresTraining: false }),
  );
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await app?.close();
}, 30_000);

const provider = () => world.provider.accessToken;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A sample-testing order by the SME on the provider's SEM: its deal id. */
async function sampleTest(): Promise<string> {
  const ordered = await api.call('POST', 'bookings', {
    token: sme.accessToken,
    body: { listingId: sem, serviceMode: 'sample_testing', samples: 2, testItems: ['断口形貌', 'EDS 元素分析'] },
  });
  if (ordered.status !== 201) throw new Error(`order failed: ${ordered.status} ${JSON.stringify(ordered.body)}`);
  return ordered.body.id;
}

type UploadFile = { filename: string; content: Buffer; contentType?: string };

function upload(dealId: string, file: UploadFile | undefined, token: string | undefined, path = 'documents') {
  const form = multipartForm(file ? [{ name: 'file', ...file }] : [{ name: 'note', value: 'no file' }]);
  return api.call('POST', `deals/${dealId}/${path}`, { token, body: form.body, headers: form.headers });
}

async function download(dealId: string, documentId: string, token?: string) {
  const response = await app.api.inject({
    method: 'GET',
    url: `/api/v1/deals/${dealId}/documents/${documentId}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

const post = (dealId: string, body: unknown, token = sme.accessToken) =>
  api.call('POST', `deals/${dealId}/messages`, { token, body });

const documentRows = async (dealId: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM deal_documents WHERE deal_id = $1`, [dealId]))[0].n);

/** Runs `attempt` and checks it left no file (staging included) and no document row behind. */
async function leavesNothing<T>(dealId: string, attempt: () => Promise<T>): Promise<T> {
  const files = filesUnder(app.config.uploads.dir);
  const rows = await documentRows(dealId);
  const result = await attempt();
  expect(filesUnder(app.config.uploads.dir)).toEqual(files);
  expect(await documentRows(dealId)).toBe(rows);
  return result;
}

describe('deal documents', () => {
  let deal: string;
  let other: string;
  const pdf = tinyPdf(2000);
  const csv = Buffer.from('样品编号,硬度HV,结论\nS-01,512,合格\nS-02,498,合格\n', 'utf8');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    deal = await sampleTest();
    other = await sampleTest();
  });

  it('either party uploads files, stored under the deal, checked by content', async () => {
    const drawing = await upload(
      deal,
      { filename: '样品图纸.pdf', content: pdf, contentType: 'application/pdf' },
      sme.accessToken,
    );
    expect(drawing.status).toBe(201);
    expect(drawing.body).toEqual({
      id: expect.any(String),
      fileName: '样品图纸.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      purpose: 'message',
      uploadedBy: sme.userId,
      createdAt: expect.any(String),
    });
    ids.pdf = drawing.body.id;

    const data = await upload(deal, { filename: '检测数据.csv', content: csv, contentType: 'text/csv' }, provider());
    expect(data.status).toBe(201);
    expect(data.body).toMatchObject({
      contentType: 'text/csv',
      fileName: '检测数据.csv',
      uploadedBy: world.provider.userId,
    });
    ids.csv = data.body.id;

    // The declared type and the name lie; the content is a PNG, and it is named so.
    const photo = await upload(
      deal,
      { filename: '照片.pdf', content: tinyPng(4), contentType: 'application/pdf' },
      provider(),
    );
    expect(photo.body).toMatchObject({ contentType: 'image/png', fileName: '照片.png' });
    ids.png = photo.body.id;

    const otherDoc = await upload(other, { filename: 'other.pdf', content: tinyPdf() }, sme.accessToken);
    ids.other = otherDoc.body.id;

    const stored = filesUnder(app.config.uploads.dir);
    expect(stored.filter((f) => f.startsWith(`deals/${deal}/`))).toHaveLength(3);
    expect(stored.every((f) => /^deals\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(f))).toBe(true);
  });

  it('lists them for both parties, oldest first, never with a storage key', async () => {
    for (const token of [sme.accessToken, provider()]) {
      const list = await api.call('GET', `deals/${deal}/documents`, { token });
      expect(list.status).toBe(200);
      expect(list.body.map((d: { id: string }) => d.id)).toEqual([ids.pdf, ids.csv, ids.png]);
      expect(JSON.stringify(list.body)).not.toContain('storageKey');
    }
  });

  it('serves the bytes back with the sniffed type and a safe disposition', async () => {
    const file = await download(deal, ids.pdf, provider());
    expect(file.status).toBe(200);
    expect(sha256(file.bytes)).toBe(sha256(pdf));
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="????.pdf"; filename*=UTF-8''${encodeURIComponent('样品图纸')}.pdf`,
    );
    const data = await download(deal, ids.csv, sme.accessToken);
    expect(data.bytes.equals(csv)).toBe(true);
    expect(data.headers['content-type']).toMatch(/^text\/csv/);
    expect(data.headers['content-disposition']).toMatch(/^attachment;/);
    expect((await download(deal, ids.png, sme.accessToken)).headers['content-disposition']).toMatch(/^inline;/);
  });

  it('is a 404 for anyone but the parties, and for a document of another deal', async () => {
    for (const token of [outsider.accessToken, world.operator.accessToken]) {
      expect((await api.call('GET', `deals/${deal}/documents`, { token })).status).toBe(404);
      expect((await download(deal, ids.pdf, token)).status).toBe(404);
      const refused = await leavesNothing(deal, () => upload(deal, { filename: 'x.pdf', content: pdf }, token));
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('DEAL_NOT_FOUND');
    }
    expect((await download(deal, ids.pdf)).status).toBe(401);
    const crossed = await download(deal, ids.other, sme.accessToken);
    expect(crossed.status).toBe(404);
    expect((await download(other, ids.pdf, sme.accessToken)).status).toBe(404);
    expect((await download(deal, '00000000-0000-4000-8000-000000000000', sme.accessToken)).status).toBe(404);
  });

  it.each<[string, UploadFile | undefined, number, string]>([
    [
      'an executable named .pdf',
      { filename: 'report.pdf', content: elfBinary(), contentType: 'application/pdf' },
      415,
      'DOCUMENT_TYPE_NOT_ALLOWED',
    ],
    [
      'HTML named .csv',
      { filename: 'x.csv', content: Buffer.from('<html><script>alert(1)</script>'), contentType: 'text/csv' },
      415,
      'DOCUMENT_TYPE_NOT_ALLOWED',
    ],
    [
      'plain text not named .csv',
      { filename: 'notes.txt', content: Buffer.from('a,b\n1,2\n') },
      415,
      'DOCUMENT_TYPE_NOT_ALLOWED',
    ],
    ['an empty file', { filename: 'empty.pdf', content: Buffer.alloc(0) }, 422, 'DOCUMENT_EMPTY'],
    ['a file over the limit', { filename: 'big.pdf', content: tinyPdf(MAX_BYTES + 10) }, 413, 'DOCUMENT_TOO_LARGE'],
    ['no file', undefined, 400, 'VALIDATION_FAILED'],
  ])('refuses %s, leaving nothing behind', async (_what, file, status, code) => {
    const refused = await leavesNothing(deal, () => upload(deal, file, sme.accessToken));
    expect(refused.status).toBe(status);
    expect(refused.body.code).toBe(code);
  });

  it('refuses a JSON body: uploads are multipart (415)', async () => {
    const refused = await api.call('POST', `deals/${deal}/documents`, { token: sme.accessToken, body: { file: 'x' } });
    expect(refused.status).toBe(415);
    expect(refused.body.code).toBe('MULTIPART_REQUIRED');
  });

  describe('messages', () => {
    it('a party writes, with documents of the deal: trimmed, on its side, announced through the outbox', async () => {
      const sent = await post(deal, {
        body: '  样品已寄出，顺丰单号 SF1234567890，图纸见附件。\n',
        documentIds: [ids.pdf, ids.csv],
      });
      expect(sent.status).toBe(201);
      expect(sent.body).toEqual({
        id: expect.any(String),
        authorUserId: sme.userId,
        authorSide: 'requester',
        body: '样品已寄出，顺丰单号 SF1234567890，图纸见附件。',
        documents: [
          expect.objectContaining({ id: ids.pdf, fileName: '样品图纸.pdf' }),
          expect.objectContaining({ id: ids.csv, contentType: 'text/csv' }),
        ],
        createdAt: expect.any(String),
      });
      const [event] = await db.query(
        `SELECT payload FROM outbox WHERE type = 'deal.message_posted' AND aggregate_id = $1`,
        [deal],
      );
      expect(event.payload).toMatchObject({
        dealId: deal,
        actorSide: 'requester',
        actorUserId: sme.userId,
        messageExcerpt: '样品已寄出，顺丰单号 SF1234567890，图纸见附件。',
      });

      // The worker relays it: the provider hears of the message.
      const notified = await eventually(
        async () => {
          const inbox = await api.call('GET', 'notifications', { token: provider() });
          return inbox.body.items.find(
            (n: { type: string; data: { dealId: string } }) =>
              n.type === 'deal.message_posted' && n.data.dealId === deal,
          );
        },
        { what: "the provider's notification of the message" },
      );
      expect(notified.body).toContain('样品已寄出');

      const reply = await post(deal, { body: '收到，周三开始检测。' }, provider());
      expect(reply.body).toMatchObject({ authorSide: 'provider', documents: [] });
    });

    it('refuses documents of another deal, and ids that are no document, with 422 and writes nothing', async () => {
      const before = await api.call('GET', `deals/${deal}/messages`, { token: sme.accessToken });
      for (const documentIds of [[ids.other], [ids.pdf, ids.other], ['00000000-0000-4000-8000-000000000000']]) {
        const refused = await post(deal, { body: '见附件', documentIds });
        expect(refused.status).toBe(422);
        expect(refused.body.code).toBe('DOCUMENT_NOT_IN_DEAL');
      }
      expect((await post(deal, { body: '见附件', documentIds: ['not-a-uuid'] })).status).toBe(400);
      const after = await api.call('GET', `deals/${deal}/messages`, { token: sme.accessToken });
      expect(after.body.items).toEqual(before.body.items);
    });

    it.each<[string, unknown]>([
      ['an empty body', { body: '' }],
      ['a body of whitespace only', { body: ' \n\t ' }],
      ['a body over 5000 characters', { body: '测'.repeat(5001) }],
      ['no body', { documentIds: [] }],
      ['an unknown field', { body: '你好', urgent: true }],
    ])('refuses %s (400)', async (_what, body) => {
      const refused = await post(deal, body);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    });

    it('takes a body of exactly 5000 characters', async () => {
      expect((await post(deal, { body: '测'.repeat(5000) })).status).toBe(201);
    });

    it('is a 404 for anyone but the parties', async () => {
      for (const token of [outsider.accessToken, world.operator.accessToken]) {
        expect((await post(deal, { body: '你好' }, token)).status).toBe(404);
        expect((await api.call('GET', `deals/${deal}/messages`, { token })).status).toBe(404);
      }
      expect((await api.call('POST', `deals/${deal}/messages`, { body: { body: '你好' } })).status).toBe(401);
    });

    it('pages the thread from the newest back, each page oldest → newest', async () => {
      const thread = await sampleTest();
      const sent: string[] = [];
      for (let i = 1; i <= 5; i++) {
        sent.push((await post(thread, { body: `第${i}条` }, i % 2 ? sme.accessToken : provider())).body.id);
      }
      const latest = await api.call('GET', `deals/${thread}/messages?limit=2`, { token: provider() });
      expect(latest.status).toBe(200);
      expect(latest.body.items.map((m: { body: string }) => m.body)).toEqual(['第4条', '第5条']);
      expect(latest.body.hasMore).toBe(true);
      const older = await api.call('GET', `deals/${thread}/messages?limit=2&before=${latest.body.items[0].id}`, {
        token: provider(),
      });
      expect(older.body.items.map((m: { id: string }) => m.id)).toEqual([sent[1], sent[2]]);
      const oldest = await api.call('GET', `deals/${thread}/messages?limit=2&before=${older.body.items[0].id}`, {
        token: sme.accessToken,
      });
      expect(oldest.body).toMatchObject({
        items: [{ id: sent[0], body: '第1条', authorSide: 'requester' }],
        hasMore: false,
      });
      const all = await api.call('GET', `deals/${thread}/messages`, { token: sme.accessToken });
      expect(all.body.items.map((m: { id: string }) => m.id)).toEqual(sent);
      expect((await api.call('GET', `deals/${thread}/messages?limit=0`, { token: sme.accessToken })).status).toBe(400);
      expect((await api.call('GET', `deals/${thread}/messages?before=x`, { token: sme.accessToken })).status).toBe(400);
    });

    it('keeps the thread open after the deal closed, for disputes', async () => {
      const closed = await sampleTest();
      expect(
        (await api.call('POST', `deals/${closed}/decline`, { token: provider(), body: { reason: '设备检修' } })).body
          .state,
      ).toBe('declined');
      expect((await post(closed, { body: '请问检修到什么时候？' })).status).toBe(201);
      expect((await upload(closed, { filename: '证据.png', content: tinyPng() }, sme.accessToken)).status).toBe(201);
    });
  });
});

describe('the sample-test journey with its report', () => {
  const report = tinyPdf(5000);

  it('runs request → accept → samples received → report → complete', async () => {
    const deal = await sampleTest();
    const early = await leavesNothing(deal, () =>
      upload(deal, { filename: '报告.pdf', content: report }, provider(), 'report'),
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DEAL_STATE_CONFLICT');

    expect((await api.call('POST', `deals/${deal}/accept`, { token: provider() })).body.state).toBe('accepted');
    const beforeSamples = await leavesNothing(deal, () =>
      upload(deal, { filename: '报告.pdf', content: report }, provider(), 'report'),
    );
    expect(beforeSamples.status).toBe(409);
    expect((await api.call('POST', `deals/${deal}/receive-samples`, { token: provider() })).body.state).toBe(
      'samples_received',
    );

    // Not the requester's to deliver; nobody else's to know of.
    const byRequester = await leavesNothing(deal, () =>
      upload(deal, { filename: '报告.pdf', content: report }, sme.accessToken, 'report'),
    );
    expect(byRequester.status).toBe(409);
    expect(byRequester.body.code).toBe('DEAL_OUT_OF_TURN');
    const byOutsider = await leavesNothing(deal, () =>
      upload(deal, { filename: '报告.pdf', content: report }, outsider.accessToken, 'report'),
    );
    expect(byOutsider.status).toBe(404);
    const badFile = await leavesNothing(deal, () =>
      upload(deal, { filename: '报告.pdf', content: elfBinary() }, provider(), 'report'),
    );
    expect(badFile.status).toBe(415);
    expect((await api.call('GET', `deals/${deal}`, { token: sme.accessToken })).body.state).toBe('samples_received');

    const delivered = await upload(deal, { filename: 'SEM检测报告.pdf', content: report }, provider(), 'report');
    expect(delivered.status).toBe(201);
    expect(delivered.body).toMatchObject({
      id: deal,
      state: 'report_delivered',
      turn: 'requester',
      report: {
        fileName: 'SEM检测报告.pdf',
        purpose: 'report',
        contentType: 'application/pdf',
        sizeBytes: report.length,
      },
    });
    const reportId = delivered.body.report.id;
    expect(filesUnder(app.config.uploads.dir).filter((f) => f.startsWith(`deals/${deal}/`))).toHaveLength(1);

    const again = await leavesNothing(deal, () =>
      upload(deal, { filename: '报告v2.pdf', content: report }, provider(), 'report'),
    );
    expect(again.status).toBe(409);

    const seen = await api.call('GET', `deals/${deal}`, { token: sme.accessToken });
    expect(seen.body.events.at(-1)).toMatchObject({
      action: 'deliver_report',
      actorSide: 'provider',
      fromState: 'samples_received',
      toState: 'report_delivered',
      data: { reportDocumentId: reportId },
    });
    const documents = await api.call('GET', `deals/${deal}/documents`, { token: sme.accessToken });
    expect(documents.body).toEqual([expect.objectContaining({ id: reportId, purpose: 'report' })]);
    const file = await download(deal, reportId, sme.accessToken);
    expect(sha256(file.bytes)).toBe(sha256(report));

    const completed = await api.call('POST', `deals/${deal}/complete`, { token: sme.accessToken });
    expect(completed.status).toBe(200);
    expect(completed.body.state).toBe('completed');
  });
});

describe('the API document', () => {
  it('describes the thread, documents, report and reviews, uploads as multipart', async () => {
    const doc = (await app.api.inject({ method: 'GET', url: '/api/docs-json' })).json();
    for (const path of [
      '/api/v1/deals/{id}/documents',
      '/api/v1/deals/{id}/documents/{documentId}',
      '/api/v1/deals/{id}/report',
      '/api/v1/deals/{id}/messages',
      '/api/v1/deals/{id}/reviews',
      '/api/v1/listings/{id}/reviews',
      '/api/v1/organizations/{id}/reviews',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect(Object.keys(doc.paths['/api/v1/deals/{id}/report'].post.requestBody.content)).toEqual([
      'multipart/form-data',
    ]);
    expect(doc.paths['/api/v1/deals/{id}/messages'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['before', 'limit']),
    );
  });
});
