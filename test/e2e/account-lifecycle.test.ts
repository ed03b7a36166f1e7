import type { AddressInfo } from 'node:net';
import { RequestPasswordResetUseCase } from '@rongtong/identity';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { corpusBody } from '../support/deals';
import { eventually } from '../support/eventually';
import {
  ADMIN_ENV,
  Api,
  type Enterprise,
  GOOD_PASSWORD,
  type Session,
  TEST_ADMIN,
  uniqueEmail,
} from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const WEB = 'https://rongtong.example';
const NEW_PASSWORD = 'a brand new passphrase 2027';

/** An email as the SMTP server received it: envelope recipients and the raw message. */
interface CapturedMail {
  to: string[];
  raw: string;
}

let app: TestApp;
let api: Api;
let db: Client;
let smtp: SMTPServer;
const mails: CapturedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  app = await startTestApp({
    worker: true,
    env: {
      ...ADMIN_ENV,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      PUBLIC_WEB_URL: WEB,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    },
  });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
  await new Promise((resolve) => smtp?.close(() => resolve(undefined)));
});

/** Undoes quoted-printable (soft breaks, =XX bytes), as a mail client would. */
function quotedPrintable(value: string): string {
  const soft = value.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The decoded text of every leaf part of a MIME message (plain, quoted-printable or base64). */
function mimeTexts(raw: string): string[] {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => mimeTexts(part.replace(/^\r?\n/, '')));
  }
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return [Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')];
  if (encoding === 'quoted-printable') return [quotedPrintable(body)];
  return [body];
}

/** Every account link in a message, in any of its parts. */
function accountLinks(raw: string): string[] {
  const links = mimeTexts(raw).flatMap((text) =>
    [...text.matchAll(/https?:\/\/[^\s"'<>]+\/(?:reset-password|verify-email)\?token=[A-Za-z0-9_%-]+/g)].map(
      (m) => m[0],
    ),
  );
  return [...new Set(links)];
}

const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address.toLowerCase()));

/**
 * Waits for the `n`-th email to `address` carrying a `path` link (1 = the first), and
 * returns the link's token, after checking the link points at the web app.
 */
async function emailedToken(address: string, path: 'reset-password' | 'verify-email', n = 1): Promise<string> {
  const link = await eventually(
    () => mailsTo(address).flatMap((m) => accountLinks(m.raw).filter((l) => l.includes(`/${path}?`)))[n - 1],
    { what: `${path} email #${n} to ${address}` },
  );
  expect(link.startsWith(`${WEB}/${path}?token=`)).toBe(true);
  return decodeURIComponent(new URL(link).searchParams.get('token')!);
}

async function outboxEvents(type: string, email: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE type = $1 AND payload->>'email' = $2`, [
    type,
    email.toLowerCase(),
  ]);
  return rows[0].n as number;
}

const me = async (token: string) => api.call('GET', 'me', { token });

/** Reset requests are answered before they are handled: waits until every one so far is. */
const resetsHandled = () => app.api.get(RequestPasswordResetUseCase, { strict: false }).settled();

describe('email verification', () => {
  let admin: Session;
  let owner: Enterprise;
  let parkOperator: Session;

  beforeAll(async () => {
    admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  });

  it('sign-up emails a verification link; until it is followed the owner browses but cannot trade', async () => {
    owner = await api.registerEnterprise({ verified: false });
    const profile = await me(owner.accessToken);
    expect(profile.body).toMatchObject({ email: owner.email, emailVerified: false, locale: 'zh-CN' });

    // The enterprise itself is verified by its park: only the owner's address is missing.
    const park = await api.createPark(admin.accessToken, `验证测试园区${owner.uscc.slice(10, 14)}`);
    parkOperator = park.operator;
    await api.call('POST', `parks/${park.parkId}/memberships`, {
      token: owner.accessToken,
      body: { organizationId: owner.organizationId },
    });
    await api.call('POST', `parks/${park.parkId}/memberships/${owner.organizationId}/approve`, {
      token: parkOperator.accessToken,
    });
    expect(
      (await api.call('POST', `organizations/${owner.organizationId}/verify`, { token: parkOperator.accessToken }))
        .status,
    ).toBe(200);

    // Browsing and drafting work.
    expect((await api.call('GET', `organizations/${owner.organizationId}`, { token: owner.accessToken })).status).toBe(
      200,
    );
    const draft = await api.call('POST', 'listings', { token: owner.accessToken, body: corpusBody('C001') });
    expect(draft.status).toBe(201);

    // Trading does not.
    const refusals = [
      await api.call('POST', `listings/${draft.body.id}/submit`, { token: owner.accessToken }),
      await api.call('POST', 'demands', {
        token: owner.accessToken,
        body: {
          kind: 'ip',
          title: '正极材料包覆专利独占许可',
          description: '用于动力电池正极材料量产',
          details: {
            technologyField: '锂电池正极材料',
            licenceType: 'exclusive_licence',
            territory: '320000',
            termMonths: 24,
          },
        },
      }),
      await api.call('POST', `organizations/${owner.organizationId}/invitations`, {
        token: owner.accessToken,
        body: { email: uniqueEmail('colleague'), role: 'member' },
      }),
      await api.call('POST', 'reservations', {
        token: owner.accessToken,
        body: {
          listingId: draft.body.id,
          quantity: 10,
          from: '2027-03-01',
          to: '2027-03-31',
        },
      }),
    ];
    for (const refusal of refusals) {
      expect({ status: refusal.status, code: refusal.body?.code }).toEqual({ status: 403, code: 'EMAIL_NOT_VERIFIED' });
      expect(refusal.headers['content-type']).toContain('application/problem+json');
    }

    // The emailed link verifies the address; the same access token may trade at once.
    const token = await emailedToken(owner.email, 'verify-email');
    expect((await api.call('POST', 'auth/verify-email', { body: { token } })).status).toBe(204);
    expect((await me(owner.accessToken)).body.emailVerified).toBe(true);
    const submitted = await api.call('POST', `listings/${draft.body.id}/submit`, { token: owner.accessToken });
    expect({ status: submitted.status, state: submitted.body.status, code: submitted.body.code }).toEqual({
      status: 200,
      state: 'pending_review',
      code: undefined,
    });
    const invited = await api.call('POST', `organizations/${owner.organizationId}/invitations`, {
      token: owner.accessToken,
      body: { email: uniqueEmail('colleague'), role: 'member' },
    });
    expect(invited.status).toBe(201);

    // A link works once; there is nothing left to resend.
    const again = await api.call('POST', 'auth/verify-email', { body: { token } });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 400, code: 'TOKEN_USED' });
    const resend = await api.call('POST', 'auth/verify-email/resend', { token: owner.accessToken });
    expect({ status: resend.status, code: resend.body.code }).toEqual({ status: 409, code: 'EMAIL_ALREADY_VERIFIED' });
  });

  it('an unverified SME cannot post a demand until verified', async () => {
    const sme = await api.registerEnterprise({ verified: false, regionCode: '310115' });
    const demand = {
      kind: 'ip',
      title: '正极材料包覆专利独占许可',
      description: '用于动力电池正极材料量产',
      details: {
        technologyField: '锂电池正极材料',
        licenceType: 'exclusive_licence',
        territory: '320000',
        termMonths: 24,
      },
    };
    const refused = await api.call('POST', 'demands', { token: sme.accessToken, body: demand });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'EMAIL_NOT_VERIFIED' });
    const token = await emailedToken(sme.email, 'verify-email');
    expect((await api.call('POST', 'auth/verify-email', { body: { token } })).status).toBe(204);
    expect((await api.call('POST', 'demands', { token: sme.accessToken, body: demand })).status).toBe(201);
  });

  it('a resent link supersedes the earlier one, and resends are limited per account', async () => {
    const user = await api.registerEnterprise({ verified: false });
    const first = await emailedToken(user.email, 'verify-email');
    const resent = await api.call('POST', 'auth/verify-email/resend', { token: user.accessToken });
    expect(resent.status).toBe(202);
    const second = await emailedToken(user.email, 'verify-email', 2);
    expect(second).not.toBe(first);

    const stale = await api.call('POST', 'auth/verify-email', { body: { token: first } });
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 400, code: 'TOKEN_EXPIRED' });

    // Sign-up and four resends make five links this hour; the sixth is refused.
    for (let i = 0; i < 3; i++) {
      expect((await api.call('POST', 'auth/verify-email/resend', { token: user.accessToken })).status).toBe(202);
    }
    const throttled = await api.call('POST', 'auth/verify-email/resend', { token: user.accessToken });
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ code: 'ACCOUNT_EMAILS_THROTTLED', retryAfterSeconds: expect.any(Number) });

    const latest = await emailedToken(user.email, 'verify-email', 5);
    expect((await api.call('POST', 'auth/verify-email', { body: { token: latest } })).status).toBe(204);
    const unknown = await api.call('POST', 'auth/verify-email', { body: { token: 'not-a-token-we-issued' } });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 400, code: 'TOKEN_INVALID' });
  });

  it('a change of email is verified at the new address before it takes over', async () => {
    const user = await api.registerEnterprise();
    const newEmail = uniqueEmail('moved');
    const wrong = await api.call('POST', 'me/email', {
      token: user.accessToken,
      body: { email: newEmail, currentPassword: 'not my password at all' },
    });
    expect({ status: wrong.status, code: wrong.body.code }).toEqual({
      status: 403,
      code: 'CURRENT_PASSWORD_INCORRECT',
    });
    const taken = await api.call('POST', 'me/email', {
      token: user.accessToken,
      body: { email: TEST_ADMIN.email, currentPassword: GOOD_PASSWORD },
    });
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: 'EMAIL_TAKEN' });

    const asked = await api.call('POST', 'me/email', {
      token: user.accessToken,
      body: { email: newEmail, currentPassword: GOOD_PASSWORD },
    });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ email: user.email, pendingEmail: newEmail });
    // Until the link is followed, the account keeps its address (and stays verified).
    expect((await me(user.accessToken)).body).toMatchObject({ email: user.email, emailVerified: true });
    await api.login(user.email);

    const token = await emailedToken(newEmail, 'verify-email');
    expect((await api.call('POST', 'auth/verify-email', { body: { token } })).status).toBe(204);
    expect((await me(user.accessToken)).body).toMatchObject({ email: newEmail, emailVerified: true });
    await api.login(newEmail);
    expect(
      (await api.call('POST', 'auth/login', { body: { email: user.email, password: GOOD_PASSWORD } })).status,
    ).toBe(401);
  });
});

describe('password reset', () => {
  let user: Enterprise;
  let second: Session;

  beforeAll(async () => {
    user = await api.registerEnterprise();
    second = await api.login(user.email);
  });

  it('answers every request alike, and emails a link only to an existing account', async () => {
    const stranger = uniqueEmail('nobody');
    const forStranger = await api.call('POST', 'auth/password-reset', { body: { email: stranger } });
    const forUser = await api.call('POST', 'auth/password-reset', { body: { email: user.email.toUpperCase() } });
    const malformed = await api.call('POST', 'auth/password-reset', { body: { email: 'not an address' } });
    for (const response of [forStranger, forUser, malformed]) {
      expect(response.status).toBe(202);
      expect(response.body).toEqual(forStranger.body);
    }
    expect(forStranger.body).toEqual({ status: 'accepted' });

    await emailedToken(user.email, 'reset-password');
    await resetsHandled();
    expect(await outboxEvents('account.password_reset_requested', stranger)).toBe(0);
    expect(mailsTo(stranger)).toEqual([]);
  });

  it('the emailed link sets a new password once, and signs every session out', async () => {
    const token = await emailedToken(user.email, 'reset-password');

    const weak = await api.call('POST', 'auth/password-reset/confirm', { body: { token, password: 'password1' } });
    expect({ status: weak.status, code: weak.body.code }).toEqual({ status: 422, code: 'PASSWORD_TOO_WEAK' });

    const reset = await api.call('POST', 'auth/password-reset/confirm', { body: { token, password: NEW_PASSWORD } });
    expect(reset.status).toBe(204);

    // The old password is refused, the new one accepted.
    const old = await api.call('POST', 'auth/login', { body: { email: user.email, password: GOOD_PASSWORD } });
    expect(old.status).toBe(401);
    await api.login(user.email, NEW_PASSWORD);

    // Every earlier session ended: refresh tokens and access tokens alike.
    for (const session of [user, second]) {
      const refreshed = await api.call('POST', 'auth/refresh', { body: { refreshToken: session.refreshToken } });
      expect(refreshed.status).toBe(401);
      expect((await me(session.accessToken)).status).toBe(401);
    }

    // A link works once.
    const reused = await api.call('POST', 'auth/password-reset/confirm', {
      body: { token, password: 'yet another pass 99' },
    });
    expect({ status: reused.status, code: reused.body.code }).toEqual({ status: 400, code: 'TOKEN_USED' });
    const unknown = await api.call('POST', 'auth/password-reset/confirm', {
      body: { token: 'a-token-nobody-issued', password: 'yet another pass 99' },
    });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 400, code: 'TOKEN_INVALID' });
  });

  it('an hour-old link has expired', async () => {
    expect((await api.call('POST', 'auth/password-reset', { body: { email: user.email } })).status).toBe(202);
    const token = await emailedToken(user.email, 'reset-password', 2);
    // Move the link's clock back rather than wait an hour.
    await db.query(
      `UPDATE account_tokens SET created_at = created_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes'
        WHERE user_id = $1 AND purpose = 'password_reset' AND used_at IS NULL`,
      [user.userId],
    );
    const expired = await api.call('POST', 'auth/password-reset/confirm', {
      body: { token, password: 'yet another pass 99' },
    });
    expect({ status: expired.status, code: expired.body.code }).toEqual({ status: 400, code: 'TOKEN_EXPIRED' });
    await api.login(user.email, NEW_PASSWORD);
  });

  it('sends at most three links an hour per account, still answering 202', async () => {
    const target = await api.registerEnterprise();
    for (let i = 0; i < 5; i++) {
      const response = await api.call('POST', 'auth/password-reset', { body: { email: target.email } });
      expect(response.status).toBe(202);
    }
    await emailedToken(target.email, 'reset-password', 3);
    await resetsHandled();
    expect(await outboxEvents('account.password_reset_requested', target.email)).toBe(3);
  });
});

describe('suspension', () => {
  let admin: Session;
  let adminId: string;
  let user: Enterprise;

  beforeAll(async () => {
    admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
    adminId = (await me(admin.accessToken)).body.id;
    user = await api.registerEnterprise();
  });

  it('platform admins find users by part of their email or name, paged; others are refused', async () => {
    const fragment = user.email.split('@')[0].slice(0, 20).toUpperCase();
    const found = await api.call('GET', `users?q=${encodeURIComponent(fragment)}&page=1&limit=5`, {
      token: admin.accessToken,
    });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ total: 1, page: 1, limit: 5 });
    expect(found.body.items[0]).toMatchObject({
      id: user.userId,
      email: user.email,
      emailVerified: true,
      isPlatformAdmin: false,
      suspension: null,
    });
    const everyone = await api.call('GET', 'users?limit=2', { token: admin.accessToken });
    expect(everyone.body.items).toHaveLength(2);
    expect(everyone.body.total).toBeGreaterThan(2);

    const refused = await api.call('GET', 'users', { token: user.accessToken });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 403,
      code: 'PLATFORM_ADMIN_REQUIRED',
    });
  });

  it('takes effect on a live access token at once, and refuses sign-in and refresh', async () => {
    expect((await me(user.accessToken)).status).toBe(200);
    const suspended = await api.call('POST', `users/${user.userId}/suspend`, {
      token: admin.accessToken,
      body: { reason: '冒用他人企业信息' },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body.suspension).toMatchObject({ reason: '冒用他人企业信息', suspendedBy: adminId });

    const live = await me(user.accessToken);
    expect({ status: live.status, code: live.body.code }).toEqual({ status: 403, code: 'ACCOUNT_SUSPENDED' });
    const refreshed = await api.call('POST', 'auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect({ status: refreshed.status, code: refreshed.body.code }).toEqual({ status: 403, code: 'ACCOUNT_SUSPENDED' });
    const signIn = await api.call('POST', 'auth/login', { body: { email: user.email, password: GOOD_PASSWORD } });
    expect({ status: signIn.status, code: signIn.body.code }).toEqual({ status: 403, code: 'ACCOUNT_SUSPENDED' });
    // Without the right password nothing is revealed.
    const guess = await api.call('POST', 'auth/login', { body: { email: user.email, password: 'a wrong guess 123' } });
    expect({ status: guess.status, code: guess.body.code }).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });

    // No reset link for a suspended account (still 202).
    expect((await api.call('POST', 'auth/password-reset', { body: { email: user.email } })).status).toBe(202);
    await resetsHandled();
    expect(await outboxEvents('account.password_reset_requested', user.email)).toBe(0);

    const twice = await api.call('POST', `users/${user.userId}/suspend`, {
      token: admin.accessToken,
      body: { reason: 'again' },
    });
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'USER_STATE_CONFLICT' });

    const { rows } = await db.query(
      `SELECT action, actor_user_id AS "actorUserId", reason FROM user_audit WHERE user_id = $1 ORDER BY id`,
      [user.userId],
    );
    expect(rows).toEqual([{ action: 'suspend', actorUserId: adminId, reason: '冒用他人企业信息' }]);
  });

  it('reinstating lets the user sign in again; the sessions it ended stay ended', async () => {
    const reinstated = await api.call('POST', `users/${user.userId}/reinstate`, { token: admin.accessToken });
    expect(reinstated.status).toBe(200);
    expect(reinstated.body.suspension).toBeNull();
    const session = await api.login(user.email);
    expect((await me(session.accessToken)).status).toBe(200);
    expect((await me(user.accessToken)).status).toBe(401);
    const again = await api.call('POST', `users/${user.userId}/reinstate`, { token: admin.accessToken });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'USER_STATE_CONFLICT' });
    const { rows } = await db.query(`SELECT action FROM user_audit WHERE user_id = $1 ORDER BY id`, [user.userId]);
    expect(rows.map((r) => r.action)).toEqual(['suspend', 'reinstate']);
  });

  it('an admin cannot suspend themself', async () => {
    const self = await api.call('POST', `users/${adminId}/suspend`, {
      token: admin.accessToken,
      body: { reason: 'oops' },
    });
    expect({ status: self.status, code: self.body.code }).toEqual({ status: 409, code: 'CANNOT_SUSPEND_SELF' });
    const unknown = await api.call('POST', `users/00000000-0000-4000-8000-000000000000/suspend`, {
      token: admin.accessToken,
      body: { reason: 'who?' },
    });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'USER_NOT_FOUND' });
    expect((await me(admin.accessToken)).status).toBe(200);
  });
});

describe('own account', () => {
  it('lists the devices signed in, and signs one or all the others out', async () => {
    const user = await api.registerEnterprise();
    const laptop = await api.call('POST', 'auth/login', {
      body: { email: user.email, password: GOOD_PASSWORD },
      headers: { 'user-agent': 'Mozilla/5.0 (Laptop) Rongtong-Test/1.0' },
    });
    const phone = await api.login(user.email);

    const listed = await api.call('GET', 'me/sessions', { token: laptop.body.accessToken });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(3);
    const current = listed.body.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      userAgent: 'Mozilla/5.0 (Laptop) Rongtong-Test/1.0',
      ipAddress: expect.any(String),
      createdAt: expect.any(String),
      lastUsedAt: expect.any(String),
    });

    // Someone else's session is not found.
    const other = await api.registerEnterprise();
    const otherSessions = await api.call('GET', 'me/sessions', { token: other.accessToken });
    const foreign = await api.call('DELETE', `me/sessions/${otherSessions.body[0].id}`, {
      token: laptop.body.accessToken,
    });
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'SESSION_NOT_FOUND' });
    expect((await me(other.accessToken)).status).toBe(200);

    // Sign the phone out: its tokens stop working at once.
    const phoneId = (await api.call('GET', 'me/sessions', { token: phone.accessToken })).body.find(
      (s: { current: boolean }) => s.current,
    ).id;
    expect((await api.call('DELETE', `me/sessions/${phoneId}`, { token: laptop.body.accessToken })).status).toBe(204);
    expect((await me(phone.accessToken)).status).toBe(401);
    expect((await api.call('POST', 'auth/refresh', { body: { refreshToken: phone.refreshToken } })).status).toBe(401);

    // Everything but this one.
    expect((await api.call('DELETE', 'me/sessions', { token: laptop.body.accessToken })).status).toBe(204);
    expect((await me(user.accessToken)).status).toBe(401);
    const left = await api.call('GET', 'me/sessions', { token: laptop.body.accessToken });
    expect(left.body.map((s: { id: string; current: boolean }) => s.current)).toEqual([true]);

    // A refresh marks the session used.
    const before = new Date(left.body[0].lastUsedAt).getTime();
    const rotated = await api.call('POST', 'auth/refresh', { body: { refreshToken: laptop.body.refreshToken } });
    expect(rotated.status).toBe(200);
    const after = await api.call('GET', 'me/sessions', { token: rotated.body.accessToken });
    expect(new Date(after.body[0].lastUsedAt).getTime()).toBeGreaterThanOrEqual(before);
    expect(after.body[0].id).toBe(left.body[0].id);

    // Using a session marks it too, a few minutes apart at most (when its actor is loaded).
    await db.query(`UPDATE sessions SET last_used_at = now() - interval '10 minutes' WHERE id = $1`, [
      after.body[0].id,
    ]);
    // A change of language makes every process load the actor afresh.
    await api.call('PATCH', 'me', { token: rotated.body.accessToken, body: { locale: 'en' } });
    const used = await api.call('GET', 'me/sessions', { token: rotated.body.accessToken });
    expect(Date.now() - new Date(used.body[0].lastUsedAt).getTime()).toBeLessThan(60_000);
  });

  it('edits the display name and language', async () => {
    const user = await api.registerEnterprise();
    const updated = await api.call('PATCH', 'me', {
      token: user.accessToken,
      body: { displayName: '  Li Wei  ', locale: 'en' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: user.userId, displayName: 'Li Wei', locale: 'en', emailVerified: true });
    expect((await me(user.accessToken)).body.locale).toBe('en');
    // Problems follow the user's language when the request names none.
    const refused = await api.call('POST', 'me/password', {
      token: user.accessToken,
      body: { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
    });
    expect(refused.body).toMatchObject({
      code: 'CURRENT_PASSWORD_INCORRECT',
      detail: 'The current password is incorrect',
    });
    await api.call('PATCH', 'me', { token: user.accessToken, body: { locale: 'zh-CN' } });
    const zh = await api.call('POST', 'me/password', {
      token: user.accessToken,
      body: { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
    });
    expect(zh.body).toMatchObject({ code: 'CURRENT_PASSWORD_INCORRECT', detail: '当前密码不正确' });
    const bad = await api.call('PATCH', 'me', { token: user.accessToken, body: { locale: 'fr' } });
    expect(bad.status).toBe(400);
    const blank = await api.call('PATCH', 'me', { token: user.accessToken, body: { displayName: '   ' } });
    expect(blank.status).toBe(400);
  });

  it('changing the password signs the other sessions out and keeps this one', async () => {
    const user = await api.registerEnterprise();
    const other = await api.login(user.email);

    const wrong = await api.call('POST', 'me/password', {
      token: user.accessToken,
      body: { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
    });
    expect({ status: wrong.status, code: wrong.body.code }).toEqual({
      status: 403,
      code: 'CURRENT_PASSWORD_INCORRECT',
    });
    const weak = await api.call('POST', 'me/password', {
      token: user.accessToken,
      body: { currentPassword: GOOD_PASSWORD, newPassword: '12345678910' },
    });
    expect({ status: weak.status, code: weak.body.code }).toEqual({ status: 422, code: 'PASSWORD_TOO_WEAK' });

    const changed = await api.call('POST', 'me/password', {
      token: user.accessToken,
      body: { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.status).toBe(204);
    expect((await me(user.accessToken)).status).toBe(200);
    expect((await me(other.accessToken)).status).toBe(401);
    expect((await api.call('POST', 'auth/refresh', { body: { refreshToken: other.refreshToken } })).status).toBe(401);
    expect((await api.call('POST', 'auth/refresh', { body: { refreshToken: user.refreshToken } })).status).toBe(200);
    await api.login(user.email, NEW_PASSWORD);
  });
});

describe('OpenAPI', () => {
  it.each([
    ['post', '/api/v1/auth/password-reset', '202', ['429']],
    ['post', '/api/v1/auth/password-reset/confirm', '204', ['400', '403', '422']],
    ['post', '/api/v1/auth/verify-email', '204', ['400', '409']],
    ['post', '/api/v1/auth/verify-email/resend', '202', ['409', '429']],
    ['get', '/api/v1/me', '200', []],
    ['patch', '/api/v1/me', '200', []],
    ['post', '/api/v1/me/password', '204', ['403', '422', '429']],
    ['post', '/api/v1/me/email', '202', ['403', '409', '422', '429']],
    ['get', '/api/v1/me/sessions', '200', []],
    ['delete', '/api/v1/me/sessions', '204', []],
    ['delete', '/api/v1/me/sessions/{id}', '204', ['404']],
    ['get', '/api/v1/users', '200', ['403']],
    ['post', '/api/v1/users/{id}/suspend', '200', ['403', '404', '409', '422']],
    ['post', '/api/v1/users/{id}/reinstate', '200', ['403', '404', '409']],
  ])('%s %s: a summary, its success and its problems', async (method, path, success, problems) => {
    const doc = (await app.api.inject({ method: 'GET', url: '/api/docs-json' })).json();
    const operation = doc.paths[path]?.[method];
    expect(operation?.summary).toEqual(expect.any(String));
    expect(operation.responses[success]).toBeDefined();
    if (['200', '202'].includes(success)) expect(operation.responses[success].content).toBeDefined();
    for (const status of problems) {
      expect(operation.responses[status]?.description).toMatch(/[A-Z_]{5,}/);
      expect(operation.responses[status].content['application/problem+json']).toBeDefined();
    }
  });
});
