import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { listingBody, loadCorpus } from '../support/corpus';
import { Api, ADMIN_ENV, type Enterprise, type Session, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  elfBinary,
  filesUnder,
  type FormPart,
  multipartForm,
  tinyPdf,
  tinyPng,
  windowsExecutable,
} from '../support/uploads';

const MAX_BYTES = 2 * 1024 * 1024;
// Above the 64 KiB a socket and a stream buffer hold (Node 22+), so a refused photo is not all read.
const MAX_PHOTO_BYTES = 1024 * 1024;

let app: TestApp;
let api: Api;
let provider: Enterprise;
let outsider: Enterprise;
let parkP: { parkId: string; operator: Session };
let listing: string;
const corpus = loadCorpus();

beforeAll(async () => {
  app = await startTestApp({
    env: {
      ...ADMIN_ENV,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      UPLOAD_MAX_BYTES: String(MAX_BYTES),
      UPLOAD_MAX_PHOTO_BYTES: String(MAX_PHOTO_BYTES),
    },
  });
  api = new Api(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  provider = await api.registerEnterprise();
  outsider = await api.registerEnterprise({ regionCode: '310115' });
  parkP = await api.createPark(admin.accessToken, '附件园区P');
  await api.call('POST', `parks/${parkP.parkId}/memberships`, {
    token: provider.accessToken,
    body: { organizationId: provider.organizationId },
  });
  await api.call('POST', `parks/${parkP.parkId}/memberships/${provider.organizationId}/approve`, {
    token: parkP.operator.accessToken,
  });
  await api.call('POST', `organizations/${provider.organizationId}/verify`, { token: parkP.operator.accessToken });
  listing = await createListing('C001');
}, 60_000);

afterAll(async () => {
  await app?.close();
});

async function createListing(ref: string): Promise<string> {
  const created = await api.call('POST', 'listings', {
    token: provider.accessToken,
    body: listingBody(corpus.find((l) => l.ref === ref)!),
  });
  if (created.status !== 201) throw new Error(`create ${ref}: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** An upload as a browser form sends it; `null` leaves the purpose (or the token) out. */
function upload(
  listingId: string,
  file: { filename: string; content: Buffer; contentType?: string } | undefined,
  options: { purpose?: string | null; token?: string | null; fileFirst?: boolean } = {},
) {
  const { purpose = 'photo', token = provider.accessToken, fileFirst = false } = options;
  const purposePart: FormPart[] = purpose === null ? [] : [{ name: 'purpose', value: purpose }];
  const filePart: FormPart[] = file ? [{ name: 'file', ...file }] : [];
  const form = multipartForm(fileFirst ? [...filePart, ...purposePart] : [...purposePart, ...filePart]);
  return api.call('POST', `listings/${listingId}/attachments`, {
    token: token ?? undefined,
    body: form.body,
    headers: form.headers,
  });
}

async function download(listingId: string, attachmentId: string, token?: string) {
  const response = await app.api.inject({
    method: 'GET',
    url: `/api/v1/listings/${listingId}/attachments/${attachmentId}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

const uploadDir = () => app.config.uploads.dir;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const rowsOf = async (listingId: string): Promise<number> =>
  Number(
    (
      await app.api
        .get(DataSource)
        .query(`SELECT count(*) AS n FROM listing_attachments WHERE listing_id = $1`, [listingId])
    )[0].n,
  );

/** Runs `attempt` and checks it left no file (staging included) and no row behind. */
async function leavesNothing<T>(attempt: () => Promise<T>): Promise<T> {
  const files = filesUnder(uploadDir());
  const rows = await rowsOf(listing);
  const result = await attempt();
  expect(filesUnder(uploadDir())).toEqual(files);
  expect(await rowsOf(listing)).toBe(rows);
  return result;
}

describe('photos and documents of a listing', () => {
  const png = tinyPng(8);
  // Bigger than the JSON body limit (1 MiB): uploads are not held to it.
  const pdf = tinyPdf(1_200_000);
  const ids: Record<string, string> = {};

  it('the owner uploads a PNG photo and a PDF document', async () => {
    const photo = await upload(listing, { filename: '厂房全景.png', content: png, contentType: 'image/png' });
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({
      listingId: listing,
      purpose: 'photo',
      filename: '厂房全景.png',
      contentType: 'image/png',
      sizeBytes: png.length,
      sha256: sha256(png),
    });
    expect(photo.body).not.toHaveProperty('storageKey');
    ids.photo = photo.body.id;

    const document = await upload(
      listing,
      { filename: 'ISO9001证书.pdf', content: pdf, contentType: 'application/pdf' },
      { purpose: 'document' },
    );
    expect(document.status).toBe(201);
    expect(document.body).toMatchObject({ contentType: 'application/pdf', sizeBytes: pdf.length });
    ids.document = document.body.id;

    expect(filesUnder(uploadDir())).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^listings/${listing}/[0-9a-f-]{36}$`)),
        expect.stringMatching(new RegExp(`^listings/${listing}/[0-9a-f-]{36}$`)),
      ]),
    );
    expect(filesUnder(uploadDir())).toHaveLength(2);
  });

  it('downloads them back byte for byte, with the sniffed type and a safe disposition', async () => {
    const photo = await download(listing, ids.photo, provider.accessToken);
    expect(photo.status).toBe(200);
    expect(photo.bytes.equals(png)).toBe(true);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['content-length']).toBe(String(png.length));
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.headers['content-disposition']).toBe(
      `inline; filename="????.png"; filename*=UTF-8''${encodeURIComponent('厂房全景')}.png`,
    );

    const document = await download(listing, ids.document, provider.accessToken);
    expect(document.status).toBe(200);
    expect(sha256(document.bytes)).toBe(sha256(pdf));
    expect(document.headers['content-type']).toBe('application/pdf');
    expect(document.headers['content-disposition']).toMatch(/^attachment; filename="ISO9001\?\?\.pdf"/);
  });

  it('lists them, oldest first, for the owner', async () => {
    const list = await api.call('GET', `listings/${listing}/attachments`, { token: provider.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([ids.photo, ids.document]);
  });

  it('trusts neither the declared type nor the name: the content decides, the name is cleaned', async () => {
    const scan = await upload(
      listing,
      { filename: '../../etc/营业执照.pdf', content: tinyPng(2), contentType: 'application/pdf' },
      { purpose: 'document' },
    );
    expect(scan.status).toBe(201);
    expect(scan.body).toMatchObject({ contentType: 'image/png', filename: '营业执照.png' });
    expect(
      (await api.call('DELETE', `listings/${listing}/attachments/${scan.body.id}`, { token: provider.accessToken }))
        .status,
    ).toBe(204);
  });

  it('the owner deletes one: the row, the file and the download go', async () => {
    const before = filesUnder(uploadDir());
    const deleted = await api.call('DELETE', `listings/${listing}/attachments/${ids.document}`, {
      token: provider.accessToken,
    });
    expect(deleted.status).toBe(204);
    expect(filesUnder(uploadDir())).toHaveLength(before.length - 1);
    expect((await download(listing, ids.document, provider.accessToken)).status).toBe(404);
    const again = await api.call('DELETE', `listings/${listing}/attachments/${ids.document}`, {
      token: provider.accessToken,
    });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('ATTACHMENT_NOT_FOUND');
    const trail = await api.call('GET', `listings/${listing}/audit`, { token: provider.accessToken });
    expect(trail.body.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'attach',
      'attach',
      'attach',
      'detach',
      'detach',
    ]);
  });
});

describe('bad uploads leave nothing behind', () => {
  it('an executable renamed .png → 415, before a byte is stored', async () => {
    const response = await leavesNothing(() =>
      upload(listing, { filename: 'photo.png', content: elfBinary(MAX_PHOTO_BYTES - 1024), contentType: 'image/png' }),
    );
    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      detectedType: 'application/x-elf',
      allowedTypes: ['image/jpeg', 'image/png', 'image/webp'],
    });
    // The rest of a refused upload is not read: the connection closes after the answer.
    expect(response.headers.connection).toBe('close');
  });

  it.each([
    ['a Windows executable as a document', windowsExecutable(), 'document', 'application/x-msdownload'],
    ['HTML as a document', Buffer.from('<!doctype html><script>alert(document.cookie)</script>'), 'document', null],
    ['a PDF as a photo', tinyPdf(), 'photo', 'application/pdf'],
  ])('%s → 415', async (_what, content, purpose, detectedType) => {
    const response = await leavesNothing(() =>
      upload(listing, { filename: 'file.pdf', content, contentType: 'application/pdf' }, { purpose }),
    );
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ code: 'ATTACHMENT_TYPE_NOT_ALLOWED', detectedType });
  });

  it('a photo over the photo limit → 413', async () => {
    const big = Buffer.concat([tinyPng(4), Buffer.alloc(MAX_PHOTO_BYTES)]);
    const response = await leavesNothing(() => upload(listing, { filename: 'big.png', content: big }));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', maxBytes: MAX_PHOTO_BYTES });
    // The same bytes are a fine document: the photo limit is the photo's.
    const asDocument = await upload(listing, { filename: 'big.png', content: big }, { purpose: 'document' });
    expect(asDocument.status).toBe(201);
    await api.call('DELETE', `listings/${listing}/attachments/${asDocument.body.id}`, { token: provider.accessToken });
  });

  it('a document over UPLOAD_MAX_BYTES → 413', async () => {
    const response = await leavesNothing(() =>
      upload(listing, { filename: 'huge.pdf', content: tinyPdf(MAX_BYTES + 10) }, { purpose: 'document' }),
    );
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', maxBytes: MAX_BYTES });
  });

  it('a file the database will not take is removed again (500, no orphan)', async () => {
    const db = app.api.get(DataSource);
    await db.query(`CREATE FUNCTION refuse_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'no attachments today'; END $$`);
    await db.query(`CREATE TRIGGER refuse_attachment BEFORE INSERT ON listing_attachments
                    FOR EACH ROW EXECUTE FUNCTION refuse_attachment()`);
    try {
      const response = await leavesNothing(() => upload(listing, { filename: 'ok.png', content: tinyPng(3) }));
      expect(response.status).toBe(500);
      expect(response.body.code).toBe('INTERNAL_ERROR');
    } finally {
      await db.query(`DROP TRIGGER refuse_attachment ON listing_attachments`);
      await db.query(`DROP FUNCTION refuse_attachment()`);
    }
    expect((await upload(listing, { filename: 'ok.png', content: tinyPng(3) })).status).toBe(201);
  });

  it.each<[string, number, string, () => ReturnType<typeof upload>]>([
    ['an empty file', 422, 'ATTACHMENT_EMPTY', () => upload(listing, { filename: 'e.png', content: Buffer.alloc(0) })],
    [
      'no purpose',
      400,
      'VALIDATION_FAILED',
      () => upload(listing, { filename: 'a.png', content: tinyPng() }, { purpose: null }),
    ],
    [
      'an unknown purpose',
      400,
      'VALIDATION_FAILED',
      () => upload(listing, { filename: 'a.png', content: tinyPng() }, { purpose: 'avatar' }),
    ],
    [
      'the purpose after the file',
      400,
      'VALIDATION_FAILED',
      () => upload(listing, { filename: 'a.png', content: tinyPng() }, { fileFirst: true }),
    ],
    ['no file', 400, 'VALIDATION_FAILED', () => upload(listing, undefined)],
    [
      'a JSON body',
      415,
      'MULTIPART_REQUIRED',
      () =>
        api.call('POST', `listings/${listing}/attachments`, {
          token: provider.accessToken,
          body: { purpose: 'photo' },
        }),
    ],
    [
      'a body cut off inside the file',
      400,
      'MALFORMED_MULTIPART',
      () => {
        const form = multipartForm([
          { name: 'purpose', value: 'document' },
          { name: 'file', filename: 'cut.pdf', content: tinyPdf(20_000) },
        ]);
        return api.call('POST', `listings/${listing}/attachments`, {
          token: provider.accessToken,
          body: form.body.subarray(0, 10_000),
          headers: form.headers,
        });
      },
    ],
  ])('%s → %i %s', async (_what, status, code, attempt) => {
    const response = await leavesNothing(attempt);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
  });
});

describe('who may do what', () => {
  it('another enterprise cannot upload to, list or download from a draft (404), nor anyone signed out', async () => {
    const [anyPhoto] = (await api.call('GET', `listings/${listing}/attachments`, { token: provider.accessToken })).body;
    await leavesNothing(async () => {
      expect(
        (await upload(listing, { filename: 'x.png', content: tinyPng() }, { token: outsider.accessToken })).status,
      ).toBe(404);
      expect((await upload(listing, { filename: 'x.png', content: tinyPng() }, { token: null })).status).toBe(401);
    });
    expect((await api.call('GET', `listings/${listing}/attachments`, { token: outsider.accessToken })).status).toBe(
      404,
    );
    expect((await api.call('GET', `listings/${listing}/attachments`)).status).toBe(404);
    expect((await download(listing, anyPhoto.id, outsider.accessToken)).status).toBe(404);
    expect(
      (await api.call('DELETE', `listings/${listing}/attachments/${anyPhoto.id}`, { token: outsider.accessToken }))
        .status,
    ).toBe(404);
  });

  it('an attachment is only found under its own listing', async () => {
    const other = await createListing('E001');
    const [anyPhoto] = (await api.call('GET', `listings/${listing}/attachments`, { token: provider.accessToken })).body;
    const response = await download(other, anyPhoto.id, provider.accessToken);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.bytes.toString()).code).toBe('ATTACHMENT_NOT_FOUND');
  });

  it('under review nothing changes; once published, everyone sees them and outsiders are told 403', async () => {
    expect((await api.call('POST', `listings/${listing}/submit`, { token: provider.accessToken })).status).toBe(200);
    const underReview = await leavesNothing(() => upload(listing, { filename: 'late.png', content: tinyPng() }));
    expect(underReview.status).toBe(409);
    expect(underReview.body.code).toBe('LISTING_NOT_EDITABLE');
    const moderatorView = await api.call('GET', `listings/${listing}/attachments`, {
      token: parkP.operator.accessToken,
    });
    expect(moderatorView.status).toBe(200);

    expect((await api.call('POST', `listings/${listing}/approve`, { token: parkP.operator.accessToken })).status).toBe(
      200,
    );
    const publicList = await api.call('GET', `listings/${listing}/attachments`);
    expect(publicList.status).toBe(200);
    const photo = publicList.body.find((a: { purpose: string }) => a.purpose === 'photo');
    const publicDownload = await download(listing, photo.id);
    expect(publicDownload.status).toBe(200);
    expect(sha256(publicDownload.bytes)).toBe(photo.sha256);

    const outsiderUpload = await upload(
      listing,
      { filename: 'x.png', content: tinyPng() },
      { token: outsider.accessToken },
    );
    expect(outsiderUpload.status).toBe(403);
    expect(outsiderUpload.body.code).toBe('OWNER_REQUIRED');
    const ownerUpload = await upload(listing, { filename: 'new.png', content: tinyPng() });
    expect(ownerUpload.status).toBe(201);
  });
});
