/**
 * Verification documents: an enterprise's owners and admins upload the papers its
 * verification rests on (business licence, 专精特新 certificate, others), checked by
 * content and size; its members, its parks' operators and platform admins read them; the
 * park's verification queue lists them with each enterprise; once verified they stay.
 */
import { createHash } from 'node:crypto';
import { ObjectStorage, StorageObjectNotFoundError } from '@rongtong/platform';
import { Client } from 'pg';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { elfBinary, multipartForm, tinyPdf, tinyPng } from '../support/uploads';

const MAX_BYTES = 64 * 1024;

let app: TestApp;
let api: Api;
let db: Client;
let admin: Session;
let parkP: { parkId: string; operator: Session };
let parkQ: { parkId: string; operator: Session };
let enterprise: Enterprise;
let member: Session;
let other: Enterprise;

/** The smallest JPEG file-type recognises: SOI, a JFIF APP0 segment, EOI. */
function tinyJpeg(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0xff, 0xd9,
  ]);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function upload(
  organizationId: string,
  token: string,
  file: { filename: string; content: Buffer; contentType?: string },
  fields: Record<string, string> = { kind: 'business_licence' },
  headers: Record<string, string> = {},
) {
  const form = multipartForm([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'file', ...file },
  ]);
  return api.call('POST', `organizations/${organizationId}/verification-documents`, {
    token,
    body: form.body,
    headers: { ...form.headers, ...headers },
  });
}

const documentsOf = (organizationId: string, token: string) =>
  api.call('GET', `organizations/${organizationId}/verification-documents`, { token });

beforeAll(async () => {
  app = await startTestApp({
    env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '10000', UPLOAD_MAX_BYTES: String(MAX_BYTES) },
  });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  parkP = await api.createPark(admin.accessToken, '材料园区P');
  parkQ = await api.createPark(admin.accessToken, '材料园区Q', '310115');
  enterprise = await api.registerEnterprise();
  await api.call('POST', `parks/${parkP.parkId}/memberships`, {
    token: enterprise.accessToken,
    body: { organizationId: enterprise.organizationId },
  });
  await api.call('POST', `parks/${parkP.parkId}/memberships/${enterprise.organizationId}/approve`, {
    token: parkP.operator.accessToken,
  });
  member = await api.addMember(enterprise.organizationId, enterprise.accessToken, 'member');
  other = await api.registerEnterprise({ regionCode: '310115' });
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
});

describe('uploading', () => {
  it.each([
    ['a PDF', 'business_licence', '营业执照.pdf', tinyPdf(), 'application/pdf', '营业执照.pdf'],
    ['a PNG', 'srdi_certificate', '专精特新证书.png', tinyPng(4), 'image/png', '专精特新证书.png'],
    ['a JPEG', 'other', 'scan.jpeg', tinyJpeg(), 'image/jpeg', 'scan.jpeg'],
    // The content decides: a PNG named .pdf is a PNG, and downloads as one.
    ['a PNG named .pdf', 'other', 'licence.pdf', tinyPng(2), 'image/png', 'licence.png'],
  ])(
    'takes %s from an owner, with its hash, size, type by content and uploader',
    async (_, kind, name, bytes, type, stored) => {
      const response = await upload(
        enterprise.organizationId,
        enterprise.accessToken,
        { filename: name, content: bytes, contentType: 'application/octet-stream' },
        { kind, note: '  原件扫描  ' },
      );
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        kind,
        note: '原件扫描',
        fileName: stored,
        contentType: type,
        sizeBytes: bytes.length,
        sha256: sha256(bytes),
        uploadedBy: enterprise.userId,
        uploadedAt: expect.any(String),
      });
      const audit = await db.query(
        `SELECT action, actor_user_id, kind, sha256 FROM verification_document_audit WHERE document_id = $1`,
        [response.body.id],
      );
      expect(audit.rows).toEqual([
        { action: 'uploaded', actor_user_id: enterprise.userId, kind, sha256: sha256(bytes) },
      ]);
    },
  );

  it.each([
    [
      'an executable named .pdf',
      { filename: 'licence.pdf', content: elfBinary() },
      415,
      'VERIFICATION_DOCUMENT_TYPE_NOT_ALLOWED',
    ],
    [
      'text named .pdf',
      { filename: 'licence.pdf', content: Buffer.from('营业执照：见附件。Not a PDF, just text.\n'.repeat(20)) },
      415,
      'VERIFICATION_DOCUMENT_TYPE_NOT_ALLOWED',
    ],
    ['an empty file', { filename: 'licence.pdf', content: Buffer.alloc(0) }, 422, 'VERIFICATION_DOCUMENT_EMPTY'],
    [
      'a file over the limit',
      { filename: 'big.pdf', content: tinyPdf(MAX_BYTES + 10) },
      413,
      'VERIFICATION_DOCUMENT_TOO_LARGE',
    ],
  ])('refuses %s, storing nothing', async (_, file, status, code) => {
    const before = (await documentsOf(enterprise.organizationId, enterprise.accessToken)).body.length;
    const response = await upload(enterprise.organizationId, enterprise.accessToken, file);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
    expect((await documentsOf(enterprise.organizationId, enterprise.accessToken)).body).toHaveLength(before);
  });

  it('words its refusals in the caller’s language, with the same code', async () => {
    const file = { filename: 'licence.pdf', content: elfBinary() };
    const zh = await upload(enterprise.organizationId, enterprise.accessToken, file, undefined, {
      'accept-language': 'zh-CN',
    });
    const en = await upload(enterprise.organizationId, enterprise.accessToken, file, undefined, {
      'accept-language': 'en',
    });
    expect(zh.body.code).toBe(en.body.code);
    expect(zh.body.detail).toContain('PDF、JPEG 或 PNG');
    expect(en.body.detail).toContain('must be a PDF, JPEG or PNG');
  });

  it('refuses an unknown kind (400) and a plain member (403), and outsiders cannot tell it exists (404)', async () => {
    const pdf = { filename: 'licence.pdf', content: tinyPdf() };
    expect((await upload(enterprise.organizationId, enterprise.accessToken, pdf, { kind: 'passport' })).status).toBe(
      400,
    );
    const byMember = await upload(enterprise.organizationId, member.accessToken, pdf);
    expect(byMember).toMatchObject({ status: 403, body: { code: 'ADMIN_REQUIRED' } });
    const byOther = await upload(enterprise.organizationId, other.accessToken, pdf);
    expect(byOther).toMatchObject({ status: 404, body: { code: 'ORGANIZATION_NOT_FOUND' } });
    expect((await upload(enterprise.organizationId, parkQ.operator.accessToken, pdf)).status).toBe(404);
  });

  it('keeps at most 20 per enterprise', async () => {
    const limited = await api.registerEnterprise();
    await db.query(
      `INSERT INTO verification_documents (organization_id, kind, file_name, content_type, size_bytes, sha256, storage_key)
       SELECT $1::uuid, 'other', 'f' || n || '.pdf', 'application/pdf', 1, repeat('0', 64), 'limit/' || $1::text || '/' || n
         FROM generate_series(1, 19) n`,
      [limited.organizationId],
    );
    const twentieth = await upload(limited.organizationId, limited.accessToken, {
      filename: 'a.pdf',
      content: tinyPdf(),
    });
    expect(twentieth.status).toBe(201);
    const refused = await upload(limited.organizationId, limited.accessToken, {
      filename: 'b.pdf',
      content: tinyPdf(),
    });
    expect(refused).toMatchObject({ status: 422, body: { code: 'VERIFICATION_DOCUMENT_LIMIT', limit: 20 } });
    expect((await documentsOf(limited.organizationId, limited.accessToken)).body).toHaveLength(20);
  });
});

describe('reading', () => {
  let documentId: string;
  const bytes = tinyPdf(300);

  beforeAll(async () => {
    const uploaded = await upload(enterprise.organizationId, enterprise.accessToken, {
      filename: '营业执照副本.pdf',
      content: bytes,
    });
    documentId = uploaded.body.id;
  });

  it('lists them for its members, its park’s operator and platform admins alike', async () => {
    const lists = await Promise.all(
      [enterprise.accessToken, member.accessToken, parkP.operator.accessToken, admin.accessToken].map((token) =>
        documentsOf(enterprise.organizationId, token),
      ),
    );
    for (const list of lists) {
      expect(list.status).toBe(200);
      expect(list.body.map((d: { id: string }) => d.id)).toContain(documentId);
    }
    expect(lists.map((l) => l.body)).toEqual([lists[0].body, lists[0].body, lists[0].body, lists[0].body]);
    expect(JSON.stringify(lists[0].body)).not.toContain('storage');
  });

  it('hides them from another park’s operator, another enterprise and anonymous callers', async () => {
    expect((await documentsOf(enterprise.organizationId, parkQ.operator.accessToken)).status).toBe(404);
    expect((await documentsOf(enterprise.organizationId, other.accessToken)).status).toBe(404);
    expect((await api.call('GET', `organizations/${enterprise.organizationId}/verification-documents`)).status).toBe(
      401,
    );
    const file = `organizations/${enterprise.organizationId}/verification-documents/${documentId}/file`;
    expect((await api.call('GET', file, { token: parkQ.operator.accessToken })).status).toBe(404);
    expect((await api.call('GET', file, { token: other.accessToken })).status).toBe(404);
  });

  it('finds no document through another enterprise’s id (nothing leaks across)', async () => {
    const foreign = await api.call(
      'GET',
      `organizations/${other.organizationId}/verification-documents/${documentId}/file`,
      { token: other.accessToken },
    );
    expect(foreign).toMatchObject({ status: 404, body: { code: 'VERIFICATION_DOCUMENT_NOT_FOUND' } });
    const deleted = await api.call(
      'DELETE',
      `organizations/${other.organizationId}/verification-documents/${documentId}`,
      {
        token: other.accessToken,
      },
    );
    expect(deleted).toMatchObject({ status: 404, body: { code: 'VERIFICATION_DOCUMENT_NOT_FOUND' } });
    expect(
      (await documentsOf(enterprise.organizationId, enterprise.accessToken)).body.map((d: { id: string }) => d.id),
    ).toContain(documentId);
  });

  it('downloads the same bytes as an attachment that cannot run in the browser', async () => {
    const response = await app.api.inject({
      method: 'GET',
      url: `/api/v1/organizations/${enterprise.organizationId}/verification-documents/${documentId}/file`,
      headers: { authorization: `Bearer ${parkP.operator.accessToken}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toMatch(/^attachment/);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('营业执照副本.pdf'));
    expect(response.rawPayload.equals(bytes)).toBe(true);
  });
});

describe('the verification queue and deleting', () => {
  it('shows each enterprise’s documents; they can be deleted until it is verified, then they stay', async () => {
    const fresh = await api.registerEnterprise();
    await api.call('POST', `parks/${parkP.parkId}/memberships`, {
      token: fresh.accessToken,
      body: { organizationId: fresh.organizationId },
    });
    await api.call('POST', `parks/${parkP.parkId}/memberships/${fresh.organizationId}/approve`, {
      token: parkP.operator.accessToken,
    });
    const kept = await upload(fresh.organizationId, fresh.accessToken, {
      filename: '营业执照.pdf',
      content: tinyPdf(),
    });
    const dropped = await upload(
      fresh.organizationId,
      fresh.accessToken,
      {
        filename: '旧证书.png',
        content: tinyPng(3),
      },
      { kind: 'srdi_certificate' },
    );
    expect([kept.status, dropped.status]).toEqual([201, 201]);

    const queue = await api.call('GET', `parks/${parkP.parkId}/verifications?state=pending`, {
      token: parkP.operator.accessToken,
    });
    const row = queue.body.items.find((i: { organizationId: string }) => i.organizationId === fresh.organizationId);
    expect(row.documents).toEqual([
      {
        id: kept.body.id,
        kind: 'business_licence',
        fileName: '营业执照.pdf',
        contentType: 'application/pdf',
        sizeBytes: tinyPdf().length,
        uploadedAt: kept.body.uploadedAt,
      },
      {
        id: dropped.body.id,
        kind: 'srdi_certificate',
        fileName: '旧证书.png',
        contentType: 'image/png',
        sizeBytes: tinyPng(3).length,
        uploadedAt: dropped.body.uploadedAt,
      },
    ]);
    const none = queue.body.items.find((i: { organizationId: string }) => i.organizationId === other.organizationId);
    expect(none).toBeUndefined(); // not in park P at all

    const [{ storage_key: droppedKey }] = (
      await db.query(`SELECT storage_key FROM verification_documents WHERE id = $1`, [dropped.body.id])
    ).rows;
    const deleted = await api.call(
      'DELETE',
      `organizations/${fresh.organizationId}/verification-documents/${dropped.body.id}`,
      {
        token: fresh.accessToken,
      },
    );
    expect(deleted.status).toBe(204);
    expect((await documentsOf(fresh.organizationId, fresh.accessToken)).body.map((d: { id: string }) => d.id)).toEqual([
      kept.body.id,
    ]);
    await expect(app.api.get(ObjectStorage).get(droppedKey as string)).rejects.toBeInstanceOf(
      StorageObjectNotFoundError,
    );
    const again = await api.call(
      'DELETE',
      `organizations/${fresh.organizationId}/verification-documents/${dropped.body.id}`,
      {
        token: fresh.accessToken,
      },
    );
    expect(again).toMatchObject({ status: 404, body: { code: 'VERIFICATION_DOCUMENT_NOT_FOUND' } });
    const audit = await db.query(
      `SELECT action, actor_user_id FROM verification_document_audit WHERE document_id = $1 ORDER BY id`,
      [dropped.body.id],
    );
    expect(audit.rows).toEqual([
      { action: 'uploaded', actor_user_id: fresh.userId },
      { action: 'deleted', actor_user_id: fresh.userId },
    ]);

    const verified = await api.call('POST', `organizations/${fresh.organizationId}/verify`, {
      token: parkP.operator.accessToken,
    });
    expect(verified.status).toBe(200);
    const locked = await api.call(
      'DELETE',
      `organizations/${fresh.organizationId}/verification-documents/${kept.body.id}`,
      {
        token: fresh.accessToken,
      },
    );
    expect(locked).toMatchObject({ status: 409, body: { code: 'VERIFICATION_DOCUMENTS_LOCKED' } });
    expect((await documentsOf(fresh.organizationId, fresh.accessToken)).body).toHaveLength(1);
    const afterQueue = await api.call('GET', `parks/${parkP.parkId}/verifications?state=verified`, {
      token: parkP.operator.accessToken,
    });
    const verifiedRow = afterQueue.body.items.find(
      (i: { organizationId: string }) => i.organizationId === fresh.organizationId,
    );
    expect(verifiedRow.documents.map((d: { id: string }) => d.id)).toEqual([kept.body.id]);
  });
});
