/**
 * Issue 15, row 9: sign-up with someone else's credit code. The real holder disputes it
 * with its business licence; the dispute needs no account, so it freezes nothing until the
 * claimant confirms their email by the link it is sent (single use, 24 h); then the
 * squatter is frozen (out of search, no listings submitted, no deals, no demands) until an
 * operator of its park or a platform admin decides: upheld, the code goes to the holder's
 * registration link; dismissed, the freeze is lifted.
 */
import { ExpireUsccDisputesUseCase } from '@rongtong/identity';
import { ObjectStorage, StorageObjectNotFoundError } from '@rongtong/platform';
import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { Api, ADMIN_ENV, type Enterprise, makeUscc, type Session, TEST_ADMIN, uniqueEmail } from '../support/fixtures';
import { chinaTime, corpusBody, equipmentBody, publishListing } from '../support/deals';
import { startTestApp, type TestApp } from '../support/test-app';
import { elfBinary, multipartForm, tinyPdf, tinyPng } from '../support/uploads';

let app: TestApp;
let api: Api;
let db: Client;
let admin: Session;
let parkP: { parkId: string; operator: Session };
let parkQ: { parkId: string; operator: Session };

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '10000' } });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  parkP = await api.createPark(admin.accessToken, '申诉园区P');
  parkQ = await api.createPark(admin.accessToken, '申诉园区Q', '310115');
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
});

/** A verified enterprise of park P (registered with `uscc`) with a published equipment listing. */
async function enterpriseInP(uscc = makeUscc()): Promise<{ enterprise: Enterprise; listingId: string }> {
  const enterprise = await api.registerEnterprise({ uscc });
  await api.call('POST', `parks/${parkP.parkId}/memberships`, {
    token: enterprise.accessToken,
    body: { organizationId: enterprise.organizationId },
  });
  await api.call('POST', `parks/${parkP.parkId}/memberships/${enterprise.organizationId}/approve`, {
    token: parkP.operator.accessToken,
  });
  await api.call('POST', `organizations/${enterprise.organizationId}/verify`, { token: parkP.operator.accessToken });
  const listingId = await publishListing(
    api,
    { provider: enterprise, parkId: parkP.parkId, operator: parkP.operator },
    equipmentBody({ instantBook: false }),
  );
  return { enterprise, listingId };
}

function disputeForm(
  fields: Record<string, string>,
  licence: { filename: string; content: Buffer; contentType?: string } | null = {
    filename: '营业执照.pdf',
    content: tinyPdf(),
  },
) {
  return multipartForm([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...(licence ? [{ name: 'licence', ...licence }] : []),
  ]);
}

const claimantFields = (uscc: string, email = uniqueEmail('claimant')) => ({
  uscc,
  organizationName: '苏州真正持有人科技有限公司',
  contactName: '王芳',
  email,
  phone: '0512-66886688',
  statement: '该统一社会信用代码为我公司所有，营业执照见附件；对方冒用我司代码注册。',
});

async function openDispute(fields: Record<string, string>, licence?: Parameters<typeof disputeForm>[1]) {
  const form = disputeForm(fields, licence);
  return api.call('POST', 'uscc-disputes', { body: form.body, headers: form.headers });
}

/** Files a dispute and confirms it by the token of its confirmation email: open, the holder frozen. */
async function openConfirmed(fields: Record<string, string>, licence?: Parameters<typeof disputeForm>[1]) {
  const filed = await openDispute(fields, licence);
  if (filed.status !== 201) throw new Error(`dispute refused: ${filed.status} ${JSON.stringify(filed.body)}`);
  const token = await outboxToken(filed.body.id, 'uscc_dispute.filed', 'confirmToken');
  const confirmed = await api.call('POST', 'uscc-disputes/confirm', { body: { token } });
  if (confirmed.status !== 200)
    throw new Error(`confirm refused: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  return confirmed;
}

const frozenReason = async (enterprise: Enterprise) =>
  (await api.call('GET', `organizations/${enterprise.organizationId}`, { token: enterprise.accessToken })).body
    .frozenReason as string | null;

const searchHits = async (listingId: string) => {
  const response = await api.call('GET', `search/listings?q=${encodeURIComponent('扫描电镜')}&limit=50`);
  expect(response.status).toBe(200);
  return (response.body.hits as Array<{ id: string }>).some((h) => h.id === listingId);
};

async function emailsTo(address: string): Promise<Array<{ template: string; subject: string; text: string }>> {
  const { rows } = await db.query(
    `SELECT template, subject, body_text AS text FROM outbound_emails WHERE to_address = $1 ORDER BY created_at`,
    [address.toLowerCase()],
  );
  return rows;
}

async function outboxToken(
  disputeId: string,
  type: string,
  field: 'confirmToken' | 'followToken' | 'claimToken',
): Promise<string> {
  const { rows } = await db.query(`SELECT payload->>$3 AS token FROM outbox WHERE aggregate_id = $1 AND type = $2`, [
    disputeId,
    type,
    field,
  ]);
  if (!rows[0]?.token) throw new Error(`no ${type} event for ${disputeId}`);
  return rows[0].token as string;
}

describe('a squatted credit code, disputed and upheld', () => {
  const realCode = makeUscc();
  let squatter: Enterprise;
  let squatterListing: string;
  let requester: Enterprise;
  let requesterListing: string;
  let disputeId: string;
  const claimantEmail = uniqueEmail('claimant');

  beforeAll(async () => {
    ({ enterprise: squatter, listingId: squatterListing } = await enterpriseInP(realCode));
    ({ enterprise: requester, listingId: requesterListing } = await enterpriseInP());
    await eventually(() => searchHits(squatterListing), { what: "the squatter's listing in search" });
  }, 60_000);

  it('sign-up with the code is refused 409 USCC_TAKEN (the contract keeps it)', async () => {
    const response = await api.call('POST', 'auth/register', {
      body: {
        organization: { name: '苏州真正持有人科技有限公司', uscc: realCode },
        user: { email: uniqueEmail('real'), password: 'correct horse battery staple', displayName: '王芳' },
      },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('USCC_TAKEN');
  });

  it('refuses bad disputes with problem+json codes, storing nothing', async () => {
    const bad = async (response: Awaited<ReturnType<Api['call']>>, status: number, code: string) => {
      expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
      expect(response.headers['content-type']).toContain('application/problem+json');
    };
    const badChecksum = realCode.slice(0, 17) + (realCode[17] === '0' ? '1' : '0');
    await bad(await openDispute(claimantFields(badChecksum)), 422, 'USCC_INVALID');
    await bad(await openDispute(claimantFields(makeUscc())), 422, 'USCC_NOT_REGISTERED');
    const missing = await openDispute(claimantFields(realCode), null);
    await bad(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'licence' })]);
    await bad(
      await openDispute(claimantFields(realCode), { filename: 'licence.pdf', content: elfBinary() }),
      415,
      'LICENCE_TYPE_NOT_ALLOWED',
    );
    await bad(
      await openDispute(claimantFields(realCode), { filename: 'licence.pdf', content: Buffer.alloc(0) }),
      422,
      'LICENCE_EMPTY',
    );
    const noEmail = await openDispute({ ...claimantFields(realCode), email: 'not an address' });
    await bad(noEmail, 422, 'EMAIL_INVALID');
    const extra = await openDispute({ ...claimantFields(realCode), role: 'admin' });
    await bad(extra, 400, 'VALIDATION_FAILED');
    const json = await api.call('POST', 'uscc-disputes', { body: claimantFields(realCode) });
    await bad(json, 415, 'MULTIPART_REQUIRED');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM uscc_disputes`);
    expect(rows[0].n).toBe(0);
    const org = await api.call('GET', `organizations/${squatter.organizationId}`, { token: squatter.accessToken });
    expect(org.body.frozenReason).toBeNull();
  });

  it('files a dispute unconfirmed: nothing is frozen, nobody but the claimant is told, no reviewer sees it', async () => {
    const filed = await openDispute(claimantFields(realCode, claimantEmail));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ uscc: realCode, status: 'unconfirmed', claimed: false });
    const deadline = Date.parse(filed.body.confirmExpiresAt) - Date.now();
    expect(deadline).toBeGreaterThan(23.9 * 3_600_000);
    expect(deadline).toBeLessThanOrEqual(24 * 3_600_000);
    disputeId = filed.body.id;

    const email = await eventually(async () => (await emailsTo(claimantEmail))[0], { what: 'the confirmation email' });
    expect(email.template).toBe('uscc_dispute_claimant_confirm');
    expect(email.text).toContain('/uscc-disputes/confirm?token=');
    expect(email.text).toContain(realCode);

    expect(await frozenReason(squatter)).toBeNull();
    expect(await searchHits(squatterListing)).toBe(true);
    const p = parkP.operator.accessToken;
    expect((await api.call('GET', 'uscc-disputes', { token: p })).body.items).toEqual([]);
    expect((await api.call('GET', `uscc-disputes/${disputeId}`, { token: p })).status).toBe(404);
    const decide = await api.call('POST', `uscc-disputes/${disputeId}/dismiss`, { token: p, body: { reason: 'x' } });
    expect(decide.status).toBe(404);
    // The squatter's owners hear nothing of it (the outbox has only the claimant's email to send).
    const { rows } = await db.query(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [disputeId]);
    expect(rows.map((r: { type: string }) => r.type)).toEqual(['uscc_dispute.filed']);
    expect((await emailsTo(squatter.email)).filter((e) => e.template.startsWith('uscc_dispute'))).toEqual([]);
    expect((await emailsTo(TEST_ADMIN.email)).filter((e) => e.text.includes(realCode))).toEqual([]);

    // Unconfirmed disputes block nobody: a second claimant (or the squatter itself) files one too.
    const other = await openDispute(claimantFields(realCode));
    expect(other.status).toBe(201);
    expect(other.body.status).toBe('unconfirmed');
  });

  it('confirmed by the emailed link, the dispute opens: the squatter is frozen and leaves search', async () => {
    const token = await outboxToken(disputeId, 'uscc_dispute.filed', 'confirmToken');
    const wrong = await api.call('POST', 'uscc-disputes/confirm', { body: { token: `${token}x` } });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('USCC_DISPUTE_NOT_FOUND');

    const confirmed = await api.call('POST', 'uscc-disputes/confirm', { body: { token } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ id: disputeId, uscc: realCode, status: 'open', confirmExpiresAt: null });
    expect(confirmed.body.followToken).toEqual(expect.any(String));

    expect(await frozenReason(squatter)).toBe('uscc_disputed');
    await eventually(async () => !(await searchHits(squatterListing)), {
      what: "the squatter's listing out of search",
    });
    // Another provider's listing stays.
    expect(await searchHits(requesterListing)).toBe(true);

    // Single use.
    const again = await api.call('POST', 'uscc-disputes/confirm', { body: { token } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'USCC_DISPUTE_ALREADY_CONFIRMED', disputeStatus: 'open' });

    // A second dispute of the same code waits for the first: refused when filed, and when confirmed.
    const second = await openDispute(claimantFields(realCode));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('USCC_DISPUTE_OPEN');
    const { rows } = await db.query(
      `SELECT id FROM uscc_disputes WHERE uscc = $1 AND status = 'unconfirmed' AND id <> $2`,
      [realCode, disputeId],
    );
    expect(rows).toHaveLength(1);
    const late = await api.call('POST', 'uscc-disputes/confirm', {
      body: { token: await outboxToken(rows[0].id, 'uscc_dispute.filed', 'confirmToken') },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('USCC_DISPUTE_OPEN');
  });

  it('a frozen enterprise cannot submit listings, open deals or post demands, nor take requests', async () => {
    const draft = await api.call('POST', 'listings', { token: squatter.accessToken, body: corpusBody('C001') });
    expect(draft.status).toBe(201);
    const submitted = await api.call('POST', `listings/${draft.body.id}/submit`, { token: squatter.accessToken });
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe('ORGANIZATION_FROZEN');

    const slot = { serviceMode: 'technician_operated', start: chinaTime(2, '10:00'), end: chinaTime(2, '11:00') };
    const asRequester = await api.call('POST', 'bookings', {
      token: squatter.accessToken,
      body: { listingId: requesterListing, ...slot },
    });
    expect(asRequester.status).toBe(403);
    expect(asRequester.body).toMatchObject({ code: 'ORGANIZATION_FROZEN', reason: 'uscc_disputed', side: 'self' });

    const asProvider = await api.call('POST', 'bookings', {
      token: requester.accessToken,
      body: { listingId: squatterListing, ...slot },
    });
    expect(asProvider.status).toBe(403);
    expect(asProvider.body).toMatchObject({ code: 'ORGANIZATION_FROZEN', side: 'provider' });

    const demand = await api.call('POST', 'demands', {
      token: squatter.accessToken,
      body: {
        kind: 'ip',
        title: '正极材料包覆专利独占许可',
        description: '用于动力电池正极材料量产',
        category: '新能源电池',
        details: { technologyField: '锂电池正极材料', licenceType: 'exclusive_licence', territory: '320000' },
      },
    });
    expect(demand.status).toBe(403);
    expect(demand.body.code).toBe('ORGANIZATION_FROZEN');
  });

  it("the matcher proposes another provider's listing, not the frozen one's", async () => {
    const sme = await api.registerEnterprise();
    const day = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const posted = await api.call('POST', 'demands', {
      token: sme.accessToken,
      body: {
        kind: 'equipment',
        title: '扫描电镜断口分析',
        description: '金属断口形貌观察，需要扫描电镜',
        category: '电子显微',
        details: { serviceMode: 'technician_operated', hours: 2, from: day(3), to: day(30) },
      },
    });
    if (posted.status !== 201) throw new Error(`demand refused: ${posted.status} ${JSON.stringify(posted.body)}`);
    const proposed = await eventually(
      async () => {
        const matches = await api.call('GET', `demands/${posted.body.id}/matches`, { token: sme.accessToken });
        const ids = (matches.body.items as Array<{ listingId: string }>).map((m) => m.listingId);
        return ids.includes(requesterListing) && ids;
      },
      { what: "the other provider's SEM proposed" },
    );
    expect(proposed).not.toContain(squatterListing);
  });

  it('emails the claimant a receipt with a link to follow the dispute, and the squatter owner a notice', async () => {
    const receipt = await eventually(
      async () => (await emailsTo(claimantEmail)).find((e) => e.template === 'uscc_dispute_claimant_received'),
      { what: 'the receipt' },
    );
    expect(receipt.template).toBe('uscc_dispute_claimant_received');
    expect(receipt.text).toContain(realCode);
    const token = await outboxToken(disputeId, 'uscc_dispute.opened', 'followToken');
    expect(receipt.text).toContain('/uscc-disputes/follow?token=');
    const notice = await eventually(
      async () => (await emailsTo(squatter.email)).find((e) => e.template === 'uscc_dispute_owner_opened'),
      { what: "the owner's notice" },
    );
    expect(notice.text).toContain(realCode);
    // Its reviewers too (here the platform admin; the park's operators alike).
    const toReview = await eventually(
      async () =>
        (await emailsTo(TEST_ADMIN.email)).find(
          (e) => e.template === 'uscc_dispute_reviewer_opened' && e.text.includes(realCode),
        ),
      { what: "the reviewers' notice" },
    );
    expect(toReview.subject).toContain(realCode);

    const followed = await api.call('POST', 'uscc-disputes/follow', { body: { token } });
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ id: disputeId, status: 'open' });
    const wrong = await api.call('POST', 'uscc-disputes/follow', { body: { token: `${token}x` } });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('USCC_DISPUTE_NOT_FOUND');
  });

  it('an operator of another park sees nothing of it; a member of the squatter may not review', async () => {
    const q = parkQ.operator.accessToken;
    expect((await api.call('GET', `uscc-disputes/${disputeId}`, { token: q })).status).toBe(404);
    expect((await api.call('GET', `uscc-disputes/${disputeId}/licence`, { token: q })).status).toBe(404);
    const upheld = await api.call('POST', `uscc-disputes/${disputeId}/uphold`, { token: q, body: { reason: 'x' } });
    expect(upheld.status).toBe(404);
    expect(upheld.body.code).toBe('USCC_DISPUTE_NOT_FOUND');
    const listQ = await api.call('GET', 'uscc-disputes', { token: q });
    expect(listQ.body).toEqual({ items: [], total: 0, page: 1, limit: 20 });
    const asMember = await api.call('GET', 'uscc-disputes', { token: squatter.accessToken });
    expect(asMember.status).toBe(403);
    expect(asMember.body.code).toBe('PARK_OPERATOR_REQUIRED');
    expect((await api.call('GET', `uscc-disputes/${disputeId}`, { token: squatter.accessToken })).status).toBe(404);
  });

  it("the operator of the squatter's park reads the dispute and its licence, upholds it, and the real holder registers with the code", async () => {
    const p = parkP.operator.accessToken;
    const list = await api.call('GET', 'uscc-disputes?status=open', { token: p });
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain(disputeId);
    const one = await api.call('GET', `uscc-disputes/${disputeId}`, { token: p });
    expect(one.body).toMatchObject({
      status: 'open',
      organization: { id: squatter.organizationId },
      claimant: { email: claimantEmail, name: '王芳' },
      licence: { contentType: 'application/pdf', filename: '营业执照.pdf' },
    });
    const licence = await app.api.inject({
      method: 'GET',
      url: `/api/v1/uscc-disputes/${disputeId}/licence`,
      headers: { authorization: `Bearer ${p}` },
    });
    expect(licence.statusCode).toBe(200);
    expect(licence.headers['content-type']).toBe('application/pdf');
    expect(licence.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(licence.headers['content-disposition']).toMatch(/^attachment/);
    expect(licence.rawPayload.equals(tinyPdf())).toBe(true);

    const noReason = await api.call('POST', `uscc-disputes/${disputeId}/uphold`, { token: p, body: {} });
    expect(noReason.status).toBe(400);
    const upheld = await api.call('POST', `uscc-disputes/${disputeId}/uphold`, {
      token: p,
      body: { reason: '营业执照与市场监管总局登记信息一致' },
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({ status: 'upheld', decisionReason: '营业执照与市场监管总局登记信息一致' });
    expect(upheld.body.history.map((s: { action: string }) => s.action)).toEqual(['filed', 'opened', 'upheld']);
    const again = await api.call('POST', `uscc-disputes/${disputeId}/dismiss`, { token: p, body: { reason: 'x' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('USCC_DISPUTE_NOT_OPEN');

    const org = await api.call('GET', `organizations/${squatter.organizationId}`, { token: squatter.accessToken });
    expect(org.body).toMatchObject({ uscc: null, frozenReason: 'uscc_revoked' });

    const decided = await eventually(
      async () => (await emailsTo(claimantEmail)).find((e) => e.template === 'uscc_dispute_claimant_upheld'),
      { what: 'the decision email' },
    );
    expect(decided.text).toContain('/register?token=');
    expect(decided.text).toContain(`uscc=${realCode}`);
    const claimToken = await outboxToken(disputeId, 'uscc_dispute.upheld', 'claimToken');

    const register = (usccClaimToken?: string) =>
      api.call('POST', 'auth/register', {
        body: {
          organization: { name: '苏州真正持有人科技有限公司', uscc: realCode },
          user: { email: uniqueEmail('real'), password: 'correct horse battery staple', displayName: '王芳' },
          ...(usccClaimToken && { usccClaimToken }),
        },
      });
    // Reserved for the claimant: anyone else (a squatter again) is refused.
    expect((await register()).body.code).toBe('USCC_TAKEN');
    expect((await register('somebody else guessing')).body.code).toBe('USCC_TAKEN');
    const real = await register(claimToken);
    expect(real.status).toBe(201);
    expect(real.body.organization.uscc).toBe(realCode);
    const claimed = await api.call('GET', `uscc-disputes/${disputeId}`, { token: p });
    expect(claimed.body.claimedByOrganizationId).toBe(real.body.organization.id);
    expect(claimed.body.history.map((s: { action: string }) => s.action)).toEqual([
      'filed',
      'opened',
      'upheld',
      'claimed',
    ]);
    // Spent: the link does not take the code twice.
    expect((await register(claimToken)).body.code).toBe('USCC_TAKEN');
  });
});

describe('a dispute dismissed', () => {
  it('unfreezes the enterprise and brings its listings back to search (a platform admin decides)', async () => {
    const code = makeUscc();
    const { enterprise, listingId } = await enterpriseInP(code);
    await eventually(() => searchHits(listingId), { what: 'the listing in search' });
    const claimant = uniqueEmail('claimant');
    const opened = await openConfirmed(claimantFields(code, claimant), {
      filename: 'scan.png',
      content: tinyPng(4),
      contentType: 'image/png',
    });
    await eventually(async () => !(await searchHits(listingId)), { what: 'the listing out of search' });

    const dismissed = await api.call('POST', `uscc-disputes/${opened.body.id}/dismiss`, {
      token: admin.accessToken,
      body: { reason: '营业执照上的代码与所申诉代码不一致' },
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', licence: { contentType: 'image/png' } });
    const org = await api.call('GET', `organizations/${enterprise.organizationId}`, { token: enterprise.accessToken });
    expect(org.body).toMatchObject({ uscc: code, frozenReason: null });
    await eventually(() => searchHits(listingId), { what: 'the listing back in search' });
    const draft = await api.call('POST', 'listings', { token: enterprise.accessToken, body: corpusBody('C001') });
    const submitted = await api.call('POST', `listings/${draft.body.id}/submit`, { token: enterprise.accessToken });
    expect(submitted.status).toBe(200);
    const emails = await eventually(async () => {
      const all = await emailsTo(claimant);
      return all.length === 3 && all;
    });
    expect(emails.map((e) => e.template)).toEqual([
      'uscc_dispute_claimant_confirm',
      'uscc_dispute_claimant_received',
      'uscc_dispute_claimant_dismissed',
    ]);
    await eventually(async () =>
      (await emailsTo(enterprise.email)).some((e) => e.template === 'uscc_dispute_owner_dismissed'),
    );
    // The code stays disputable later, with new evidence.
    const reopened = await openConfirmed(claimantFields(code));
    expect(reopened.body.status).toBe('open');
  });
});

describe('an unconfirmed dispute', () => {
  it('expires after 24 hours: the link is refused, the licence deleted, and a new dispute of the code opens', async () => {
    const code = makeUscc();
    const { enterprise } = await enterpriseInP(code);
    const filed = await openDispute(claimantFields(code));
    expect(filed.status).toBe(201);
    const token = await outboxToken(filed.body.id, 'uscc_dispute.filed', 'confirmToken');
    const { rows: stored } = await db.query(`SELECT licence_storage_key AS key FROM uscc_disputes WHERE id = $1`, [
      filed.body.id,
    ]);
    // A day passes.
    await db.query(
      `UPDATE uscc_disputes SET confirm_expires_at = now() - interval '1 second', created_at = created_at - interval '1 day'
        WHERE id = $1`,
      [filed.body.id],
    );
    const late = await api.call('POST', 'uscc-disputes/confirm', { body: { token } });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('USCC_DISPUTE_CONFIRMATION_EXPIRED');
    expect(await frozenReason(enterprise)).toBeNull();

    // The hourly sweep settles it and deletes its licence.
    const swept = await app.worker!.get(ExpireUsccDisputesUseCase).execute();
    expect(swept).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query(`SELECT status FROM uscc_disputes WHERE id = $1`, [filed.body.id]);
    expect(rows[0].status).toBe('expired');
    await expect(app.api.get(ObjectStorage).get(stored[0].key as string)).rejects.toBeInstanceOf(
      StorageObjectNotFoundError,
    );
    const afterSweep = await api.call('POST', 'uscc-disputes/confirm', { body: { token } });
    expect(afterSweep.body.code).toBe('USCC_DISPUTE_CONFIRMATION_EXPIRED');

    const fresh = await openConfirmed(claimantFields(code));
    expect(fresh.body.status).toBe('open');
    expect(await frozenReason(enterprise)).toBe('uscc_disputed');
  });
});
