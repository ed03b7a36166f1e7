import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { SealWebhookSecretsUseCase, verifyWebhookSignature, WEBHOOK_SECRET_PURPOSE } from '@rongtong/notifications';
import { type DealEventPayload, type OutboxMessage, SecretBox } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { eventually } from '../support/eventually';
import { Api, type Enterprise, type Session, uniqueEmail } from '../support/fixtures';
import { parseMail } from '../support/mail';
import { startTestApp, type TestApp } from '../support/test-app';

const WEB = 'https://rongtong.example';

/** An email as the SMTP server received it: envelope recipients and the decoded parts. */
interface CapturedMail {
  to: string[];
  subject: string;
  contentType: string;
  text: string;
  html?: string;
}

/** A webhook request as the receiver saw it, and whether its signature checked out. */
interface ReceivedHook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  valid: boolean;
}

let app: TestApp;
let api: Api;
let db: Client;
let smtp: SMTPServer;
let receiver: Server;
let receiverUrl: string;
const mails: CapturedMail[] = [];
const hooks: ReceivedHook[] = [];
/** Secrets by receiver path, filled in as the webhooks are registered. */
const secrets = new Map<string, string>();
/** How many more requests to /flaky are answered 500. */
let flakyFailures = 0;

interface Person extends Session {
  userId: string;
  email: string;
}

let provider: Enterprise;
let providerAdmin: Person;
let providerMember: Person;
let requester: Enterprise;
let requesterColleague: Person;
let providerWebhook: string;
let requesterWebhook: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { subject, contentType, text, html } = parseMail(Buffer.concat(chunks));
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject,
          contentType,
          text,
          html,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));

  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const secret = secrets.get(path);
      const valid =
        secret !== undefined &&
        verifyWebhookSignature(
          secret,
          String(request.headers['x-rongtong-timestamp']),
          body,
          String(request.headers['x-rongtong-signature']),
        );
      hooks.push({ path, headers: request.headers, body, valid });
      if (!valid) response.statusCode = 401;
      else if (path === '/flaky' && flakyFailures > 0) {
        flakyFailures -= 1;
        response.statusCode = 500;
      } else response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  app = await startTestApp({
    worker: true,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      PUBLIC_WEB_URL: `${WEB}/`,
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_TIMEOUT_MS: '2000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    },
  });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();

  provider = await api.registerEnterprise({ name: '苏州澄锐精密制造有限公司' });
  providerAdmin = await person(provider, 'admin');
  providerMember = await person(provider, 'member');
  requester = await api.registerEnterprise({ regionCode: '310115' });
  requesterColleague = await person(requester, 'member');

  providerWebhook = await registerWebhook(provider, '/provider');
  requesterWebhook = await registerWebhook(requester, '/flaky', ['deal.state_changed']);
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
  await new Promise((resolve) => receiver?.close(resolve));
  await new Promise((resolve) => smtp?.close(() => resolve(undefined)));
});

async function person(organization: Enterprise, role: 'admin' | 'member'): Promise<Person> {
  const session = await api.addMember(organization.organizationId, organization.accessToken, role);
  const me = await api.call('GET', 'me', { token: session.accessToken });
  return { ...session, userId: me.body.id };
}

async function registerWebhook(organization: Enterprise, path: string, events?: string[]): Promise<string> {
  const created = await api.call('POST', `organizations/${organization.organizationId}/webhooks`, {
    token: organization.accessToken,
    body: { url: `${receiverUrl}${path}`, ...(events && { events }) },
  });
  if (created.status !== 201) throw new Error(`webhook: ${created.status} ${JSON.stringify(created.body)}`);
  secrets.set(path, created.body.secret);
  return created.body.id;
}

function dealEvent(overrides: Partial<DealEventPayload> = {}): DealEventPayload {
  return {
    dealId: randomUUID(),
    kind: 'booking',
    listingId: randomUUID(),
    listingTitle: '扫描电子显微镜 SEM 测试服务',
    requesterOrganizationId: requester.organizationId,
    requesterUserId: requester.userId,
    providerOrganizationId: provider.organizationId,
    state: 'requested',
    actorSide: 'requester',
    actorUserId: requester.userId,
    ...overrides,
  };
}

/** Commits a deal event as OutboxWriter would (libs/deals emits the same rows). */
async function emit(type: string, payload: DealEventPayload): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload, request_id)
     VALUES ($1, $2, 'deal', $3, $4, NULL)`,
    [id, type, payload.dealId, JSON.stringify(payload)],
  );
  await db.query(`SELECT pg_notify('outbox', '')`);
  return id;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  return Number((await db.query(sql, params)).rows[0].count);
}

/** How many notifications, deliveries and emails an event made. */
async function rowCounts(eventId: string): Promise<number[]> {
  const counts: number[] = [];
  for (const table of ['notifications', 'webhook_deliveries', 'outbound_emails']) {
    counts.push(await count(`SELECT count(*) FROM ${table} WHERE event_id = $1`, [eventId]));
  }
  return counts;
}

const notificationsOf = (eventId: string) =>
  db
    .query(`SELECT user_id, organization_id FROM notifications WHERE event_id = $1 ORDER BY user_id`, [eventId])
    .then((r) => r.rows as Array<{ user_id: string; organization_id: string }>);

/** Waits until the event's notification rows are committed (they are written together). */
async function notified(eventId: string): Promise<Array<{ user_id: string; organization_id: string }>> {
  return eventually(
    async () => {
      const rows = await notificationsOf(eventId);
      return rows.length > 0 && rows;
    },
    { what: `notifications of ${eventId}` },
  );
}

const hooksOf = (eventId: string) => hooks.filter((h) => JSON.parse(h.body).id === eventId);
const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address.toLowerCase()));

describe('deal events', () => {
  let createdEvent: string;
  let dealId: string;

  it('a request tells every member of the provider, in its name, and nobody on the requester’s side', async () => {
    const event = dealEvent();
    dealId = event.dealId;
    createdEvent = await emit('deal.created', event);

    const rows = await notified(createdEvent);
    expect(rows.map((r) => r.user_id).sort()).toEqual(
      [provider.userId, providerAdmin.userId, providerMember.userId].sort(),
    );
    expect(new Set(rows.map((r) => r.organization_id))).toEqual(new Set([provider.organizationId]));

    const inbox = await api.call('GET', 'notifications', { token: providerMember.accessToken });
    expect(inbox.status).toBe(200);
    expect(inbox.body.items[0]).toMatchObject({
      organizationId: provider.organizationId,
      type: 'deal.created',
      title: '新的设备预约请求',
      body: '「扫描电子显微镜 SEM 测试服务」收到新的设备预约请求。',
      data: { dealId, listingId: event.listingId, kind: 'booking', state: 'requested' },
      readAt: null,
    });
    for (const token of [requester.accessToken, requesterColleague.accessToken]) {
      const theirs = await api.call('GET', 'notifications', { token });
      expect(theirs.body.items.filter((n: { data: { dealId: string } }) => n.data.dealId === dealId)).toEqual([]);
    }
  });

  it('emails each provider member with a link to the deal', async () => {
    for (const address of [provider.email, providerAdmin.email, providerMember.email]) {
      const mail = await eventually(() => mailsTo(address).find((m) => m.text.includes(dealId)), {
        what: `the email to ${address}`,
      });
      expect(mail.subject).toBe('[融通] 新的设备预约请求');
      expect(mail.contentType).toMatch(/^multipart\/alternative;/);
      expect(mail.text).toContain(`${WEB}/deals/${dealId}`);
      expect(mail.html).toContain(`href="${WEB}/deals/${dealId}"`);
    }
    expect(mailsTo(requester.email).filter((m) => m.text.includes(dealId))).toEqual([]);
    // The server has the mail a moment before the worker records it sent.
    await eventually(
      async () =>
        (await count(`SELECT count(*) FROM outbound_emails WHERE event_id = $1 AND status = 'sent'`, [
          createdEvent,
        ])) === 3,
      { what: 'three emails recorded sent' },
    );
  });

  it("posts to the provider's webhook, signed, and not to the requester's", async () => {
    const [hook] = await eventually(() => {
      const received = hooksOf(createdEvent);
      return received.length > 0 && received;
    });
    expect(hook.path).toBe('/provider');
    expect(hook.valid).toBe(true);
    expect(hook.headers['content-type']).toBe('application/json');
    expect(hook.headers['x-rongtong-event']).toBe('deal.created');
    expect(Math.abs(Number(hook.headers['x-rongtong-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    const body = JSON.parse(hook.body);
    expect(body).toEqual({
      id: createdEvent,
      type: 'deal.created',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: expect.objectContaining({ dealId, actorSide: 'requester', listingTitle: '扫描电子显微镜 SEM 测试服务' }),
    });

    const log = await eventually(async () => {
      const response = await api.call(
        'GET',
        `organizations/${provider.organizationId}/webhooks/${providerWebhook}/deliveries`,
        { token: providerAdmin.accessToken },
      );
      return response.body[0]?.status === 'succeeded' && response.body;
    });
    expect(log[0]).toMatchObject({
      id: hook.headers['x-rongtong-delivery'],
      eventId: createdEvent,
      eventType: 'deal.created',
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
    });
    expect(await count(`SELECT count(*) FROM webhook_deliveries WHERE event_id = $1`, [createdEvent])).toBe(1);
  });

  it('a redelivered event adds no notification, delivery or email', async () => {
    const before = await rowCounts(createdEvent);
    const row = (await db.query(`SELECT * FROM outbox WHERE id = $1`, [createdEvent])).rows[0];
    const message: OutboxMessage<DealEventPayload> = {
      id: row.id,
      type: row.type,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      payload: row.payload,
      occurredAt: row.created_at.toISOString(),
      requestId: null,
    };
    // A new job id, so BullMQ's own deduplication cannot hide a handler that is not idempotent.
    const queue = app.worker!.get<Queue>(getQueueToken('notifications'), { strict: false });
    const jobId = `redelivery-${createdEvent}`;
    await queue.add('deal.created', message, { jobId });
    await eventually(async () => (await queue.getJobState(jobId)) === 'completed', { what: 'the redelivery' });

    expect(await rowCounts(createdEvent)).toEqual(before);
    expect(hooksOf(createdEvent)).toHaveLength(1);
    expect(mails.filter((m) => m.text.includes(`/deals/${dealId}`))).toHaveLength(3);
  });

  it("the provider's answer tells only the requesting user; a failing receiver is retried until it succeeds", async () => {
    flakyFailures = 2;
    const eventId = await emit(
      'deal.state_changed',
      dealEvent({
        dealId,
        state: 'accepted',
        previousState: 'requested',
        action: 'accept',
        actorSide: 'provider',
        actorUserId: providerAdmin.userId,
      }),
    );
    const rows = await notified(eventId);
    expect(rows).toEqual([{ user_id: requester.userId, organization_id: requester.organizationId }]);
    const inbox = await api.call('GET', 'notifications', { token: requester.accessToken });
    expect(inbox.body.items[0]).toMatchObject({
      title: '设备预约已被接受',
      data: { dealId, state: 'accepted', previousState: 'requested', action: 'accept' },
    });

    const log = await eventually(
      async () => {
        const response = await api.call(
          'GET',
          `organizations/${requester.organizationId}/webhooks/${requesterWebhook}/deliveries`,
          { token: requester.accessToken },
        );
        return response.body[0]?.status === 'succeeded' && response.body;
      },
      { what: 'the retried delivery' },
    );
    expect(log[0]).toMatchObject({ eventId, attempts: 3, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
    const attempts = hooksOf(eventId);
    expect(attempts.map((h) => h.path)).toEqual(['/flaky', '/flaky', '/flaky']);
    expect(attempts.every((h) => h.valid && h.headers['x-rongtong-delivery'] === log[0].id)).toBe(true);

    await eventually(() => mailsTo(requester.email).find((m) => m.text.includes(dealId)), {
      what: "the requester's email",
    });
    expect(mailsTo(requesterColleague.email).filter((m) => m.text.includes(dealId))).toEqual([]);
  });

  it('what the system does is told to both sides and both webhooks', async () => {
    const eventId = await emit(
      'deal.state_changed',
      dealEvent({ dealId, state: 'expired', action: 'expire', actorSide: 'system', actorUserId: null }),
    );
    const rows = await notified(eventId);
    expect(rows.map((r) => r.user_id).sort()).toEqual(
      [requester.userId, provider.userId, providerAdmin.userId, providerMember.userId].sort(),
    );
    const received = await eventually(() => {
      const hooksForEvent = hooksOf(eventId);
      return hooksForEvent.length === 2 && hooksForEvent;
    });
    expect(received.map((h) => h.path).sort()).toEqual(['/flaky', '/provider']);
    expect(received.every((h) => h.valid)).toBe(true);
  });

  it('a message tells the other side, and only webhooks subscribed to messages hear of it', async () => {
    const eventId = await emit(
      'deal.message_posted',
      dealEvent({
        dealId,
        actorSide: 'provider',
        actorUserId: providerMember.userId,
        messageExcerpt: '周三可以送样吗？',
      }),
    );
    expect(await notified(eventId)).toEqual([{ user_id: requester.userId, organization_id: requester.organizationId }]);
    // The requester's only webhook subscribes to state changes: no delivery is even recorded.
    expect(await count(`SELECT count(*) FROM webhook_deliveries WHERE event_id = $1`, [eventId])).toBe(0);
  });

  it('tells each reader in their own language: English text and HTML for an English reader, what people wrote escaped', async () => {
    await db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [providerMember.userId]);
    try {
      const event = dealEvent({ listingTitle: 'SEM <script>alert(1)</script> 测试' });
      const eventId = await emit('deal.created', event);
      const link = `${WEB}/deals/${event.dealId}`;
      const english = await eventually(() => mailsTo(providerMember.email).find((m) => m.text.includes(link)), {
        what: 'the English email',
      });
      expect(english.subject).toBe('[Rongtong] New booking request');
      expect(english.contentType).toMatch(/^multipart\/alternative;/);
      expect(english.text).toContain('A new booking request has arrived for “SEM <script>alert(1)</script> 测试”.');
      expect(english.text).toContain(`View the deal:\n${link}\n`);
      expect(english.html).toContain('<html lang="en">');
      expect(english.html).toContain(`href="${link}"`);
      expect(english.html).toContain('“SEM &lt;script&gt;alert(1)&lt;/script&gt; 测试”');
      expect(english.html).not.toContain('<script>');

      const chinese = await eventually(() => mailsTo(providerAdmin.email).find((m) => m.text.includes(link)), {
        what: 'the Chinese email',
      });
      expect(chinese.subject).toBe('[融通] 新的设备预约请求');
      expect(chinese.text).toContain(`查看合作：\n${link}\n`);
      expect(chinese.html).toContain('<html lang="zh-CN">');

      const inbox = await api.call('GET', 'notifications', { token: providerMember.accessToken });
      expect(inbox.body.items.find((n: { data: { dealId: string } }) => n.data.dealId === event.dealId)).toMatchObject({
        title: 'New booking request',
        body: 'A new booking request has arrived for “SEM <script>alert(1)</script> 测试”.',
      });
      const { rows } = await db.query(
        `SELECT user_id, locale, body_html LIKE '<!DOCTYPE html>%' AS html FROM outbound_emails WHERE event_id = $1`,
        [eventId],
      );
      expect(rows.sort((a, b) => a.user_id.localeCompare(b.user_id))).toEqual(
        [
          { user_id: provider.userId, locale: 'zh-CN', html: true },
          { user_id: providerAdmin.userId, locale: 'zh-CN', html: true },
          { user_id: providerMember.userId, locale: 'en', html: true },
        ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
      );
    } finally {
      await db.query(`UPDATE users SET locale = 'zh-CN' WHERE id = $1`, [providerMember.userId]);
    }
  });
});

describe('the inbox', () => {
  it('counts unread, marks one or all read, and pages newest first', async () => {
    const token = providerMember.accessToken;
    const all = await api.call('GET', 'notifications', { token });
    expect(all.body).toMatchObject({ page: 1, limit: 20 });
    expect(all.body.total).toBeGreaterThanOrEqual(2);
    expect(all.body.unread).toBe(all.body.total);
    const times = all.body.items.map((n: { createdAt: string }) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const second = await api.call('GET', 'notifications?page=2&limit=1', { token });
    expect(second.body).toMatchObject({ page: 2, limit: 1, total: all.body.total });
    expect(second.body.items.map((n: { id: string }) => n.id)).toEqual([all.body.items[1].id]);

    const first = all.body.items[0];
    const read = await api.call('POST', `notifications/${first.id}/read`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: first.id, readAt: expect.any(String) });
    const again = await api.call('POST', `notifications/${first.id}/read`, { token });
    expect(again.body.readAt).toBe(read.body.readAt);

    const unread = await api.call('GET', 'notifications?unread=true', { token });
    expect(unread.body.unread).toBe(all.body.total - 1);
    expect(unread.body.total).toBe(all.body.total - 1);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(first.id);

    const readAll = await api.call('POST', 'notifications/read-all', { token });
    expect(readAll).toMatchObject({ status: 200, body: { updated: all.body.total - 1 } });
    expect((await api.call('GET', 'notifications', { token })).body).toMatchObject({
      unread: 0,
      total: all.body.total,
    });
    expect((await api.call('POST', 'notifications/read-all', { token })).body).toEqual({ updated: 0 });
    // Reading one's own inbox leaves the others' alone.
    expect((await api.call('GET', 'notifications?unread=true', { token: providerAdmin.accessToken })).body.unread).toBe(
      all.body.total,
    );
  });

  it("someone else's notification does not exist for the caller", async () => {
    const theirs = (await api.call('GET', 'notifications', { token: providerAdmin.accessToken })).body.items[0];
    for (const token of [requester.accessToken, providerMember.accessToken]) {
      const response = await api.call('POST', `notifications/${theirs.id}/read`, { token });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOTIFICATION_NOT_FOUND');
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(
      (await api.call('POST', `notifications/${randomUUID()}/read`, { token: providerAdmin.accessToken })).status,
    ).toBe(404);
    expect((await api.call('GET', 'notifications')).status).toBe(401);
  });

  it.each([
    ['notifications?limit=0', 'GET'],
    ['notifications?limit=101', 'GET'],
    ['notifications?page=abc', 'GET'],
    ['notifications?unread=maybe', 'GET'],
    ['notifications?colour=red', 'GET'],
    ['notifications/not-a-uuid/read', 'POST'],
  ] as const)('refuses %s with a 400 problem', async (path, method) => {
    const response = await api.call(method, path, { token: providerAdmin.accessToken });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('invitations', () => {
  it('an invitation emails the invitee a link that accepts it', async () => {
    const invitee = uniqueEmail('invitee');
    const invited = await api.call('POST', `organizations/${provider.organizationId}/invitations`, {
      token: providerAdmin.accessToken,
      body: { email: invitee, role: 'member' },
    });
    expect(invited.status).toBe(201);
    const link = `${WEB}/invitations/accept?token=${invited.body.token}`;

    const mail = await eventually(() => mailsTo(invitee)[0], { what: 'the invitation email' });
    expect(mail.subject).toContain('邀请您加入苏州澄锐精密制造有限公司');
    expect(mail.text).toContain(link);

    const token = new URL(mail.text.match(/https:\/\/\S+/)![0]).searchParams.get('token');
    const accepted = await api.call('POST', 'invitations/accept', {
      body: { token, password: 'a long enough invitee password' },
    });
    expect(accepted.status).toBe(200);

    // Once sent, the stored copy no longer holds the token.
    const stored = await eventually(async () => {
      const { rows } = await db.query(
        `SELECT status, body_text, body_html FROM outbound_emails WHERE to_address = $1`,
        [invitee.toLowerCase()],
      );
      return rows[0]?.status === 'sent' && rows;
    });
    expect(stored).toHaveLength(1);
    expect(stored[0].body_text).not.toContain(invited.body.token);
    expect(stored[0].body_text).toContain('token=[redacted]');
    expect(stored[0].body_html).not.toContain(invited.body.token);
    expect(stored[0].body_html).toContain('token=[redacted]');
  });

  it('is written in the invitee’s language when the address has an account, else in the inviter’s', async () => {
    const invite = async (email: string) => {
      const invited = await api.call('POST', `organizations/${provider.organizationId}/invitations`, {
        token: providerAdmin.accessToken,
        body: { email, role: 'member' },
      });
      expect(invited.status).toBe(201);
      return eventually(() => mailsTo(email).find((m) => m.text.includes(invited.body.token)), {
        what: `the invitation to ${email}`,
      });
    };
    await db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [requesterColleague.userId]);
    try {
      const english = await invite(requesterColleague.email);
      expect(english.subject).toBe('[Rongtong] Invitation to join 苏州澄锐精密制造有限公司');
      expect(english.text).toContain('has invited you to join Rongtong as a member.');
      expect(english.html).toContain('<html lang="en">');
    } finally {
      await db.query(`UPDATE users SET locale = 'zh-CN' WHERE id = $1`, [requesterColleague.userId]);
    }

    await db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [providerAdmin.userId]);
    try {
      expect((await invite(uniqueEmail('new-invitee'))).subject).toBe(
        '[Rongtong] Invitation to join 苏州澄锐精密制造有限公司',
      );
    } finally {
      await db.query(`UPDATE users SET locale = 'zh-CN' WHERE id = $1`, [providerAdmin.userId]);
    }
  });
});

describe('account emails', () => {
  it('a password reset link goes out in the user’s language, and the stored copy loses the token once sent', async () => {
    const token = `reset${randomUUID().replace(/-/g, '')}`;
    const eventId = randomUUID();
    await db.query(
      `INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload, request_id)
       VALUES ($1, 'account.password_reset_requested', 'user', $2, $3, NULL)`,
      [
        eventId,
        requesterColleague.userId,
        JSON.stringify({
          userId: requesterColleague.userId,
          email: requesterColleague.email,
          displayName: 'Li <Wei>',
          locale: 'en',
          token,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      ],
    );
    await db.query(`SELECT pg_notify('outbox', '')`);
    const link = `${WEB}/reset-password?token=${token}`;
    const mail = await eventually(() => mailsTo(requesterColleague.email).find((m) => m.text.includes(link)), {
      what: 'the password reset email',
    });
    expect(mail.subject).toBe('[Rongtong] Reset your password');
    expect(mail.text).toMatch(/^Hello Li <Wei>,\n/);
    expect(mail.html).toContain('Hello Li &lt;Wei&gt;,');
    expect(mail.html).toContain(`href="${link}"`);

    const [stored] = await eventually(async () => {
      const { rows } = await db.query(
        `SELECT status, locale, body_text, body_html FROM outbound_emails WHERE event_id = $1`,
        [eventId],
      );
      return rows[0]?.status === 'sent' && rows;
    });
    expect(stored.locale).toBe('en');
    for (const body of [stored.body_text, stored.body_html]) {
      expect(body).not.toContain(token);
      expect(body).toContain('/reset-password?token=[redacted]');
    }
  });
});

describe('webhook management', () => {
  const base = () => `organizations/${provider.organizationId}/webhooks`;

  it('keeps signing secrets sealed at rest, and seals rows written before sealing began', async () => {
    const created = await api.call('POST', base(), {
      token: providerAdmin.accessToken,
      body: { url: 'https://erp.example.cn/hooks/sealed' },
    });
    expect(created.status).toBe(201);
    const stored = async () =>
      (await db.query<{ secret: string }>(`SELECT secret FROM webhook_endpoints WHERE id = $1`, [created.body.id]))
        .rows[0].secret;
    const sealed = await stored();
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(sealed).not.toContain(created.body.secret);
    const box = app.worker!.get(SecretBox);
    expect(box.open(sealed, WEBHOOK_SECRET_PURPOSE)).toBe(created.body.secret);

    // A row from before sealing holds the secret itself: the sweep seals it, once.
    await db.query(`UPDATE webhook_endpoints SET secret = 'a-legacy-plain-secret' WHERE id = $1`, [created.body.id]);
    const sweep = app.worker!.get(SealWebhookSecretsUseCase);
    expect(await sweep.execute()).toBe(1);
    expect(box.open(await stored(), WEBHOOK_SECRET_PURPOSE)).toBe('a-legacy-plain-secret');
    expect(await sweep.execute()).toBe(0);

    // Sealed under a key this deployment no longer has: left as it is (and said), and the
    // sweep goes on past it.
    const foreign = new SecretBox({ secrets: { key: 'f'.repeat(40), oldKeys: [] } } as never).seal(
      'unknown',
      WEBHOOK_SECRET_PURPOSE,
    );
    await db.query(`UPDATE webhook_endpoints SET secret = $2 WHERE id = $1`, [created.body.id, foreign]);
    expect(await sweep.execute()).toBe(0);
    expect(await stored()).toBe(foreign);
    await api.call('DELETE', `${base()}/${created.body.id}`, { token: providerAdmin.accessToken });
  });

  it('shows the secret once, at creation', async () => {
    const created = await api.call('POST', base(), {
      token: providerAdmin.accessToken,
      body: { url: 'https://erp.example.cn/hooks/rongtong', events: ['deal.created', 'deal.created'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      url: 'https://erp.example.cn/hooks/rongtong',
      events: ['deal.created'],
      active: true,
      secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      createdAt: expect.any(String),
    });
    const listed = await api.call('GET', base(), { token: provider.accessToken });
    expect(listed.status).toBe(200);
    const entry = listed.body.find((w: { id: string }) => w.id === created.body.id);
    expect(entry).toEqual({ ...created.body, secret: undefined });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

    expect(
      (await api.call('DELETE', `${base()}/${created.body.id}`, { token: providerAdmin.accessToken })).status,
    ).toBe(204);
    const after = await api.call('GET', base(), { token: provider.accessToken });
    expect(after.body.map((w: { id: string }) => w.id)).not.toContain(created.body.id);
    const gone = await api.call('DELETE', `${base()}/${created.body.id}`, { token: providerAdmin.accessToken });
    expect(gone).toMatchObject({ status: 404, body: { code: 'WEBHOOK_NOT_FOUND' } });
    const noLog = await api.call('GET', `${base()}/${created.body.id}/deliveries`, {
      token: providerAdmin.accessToken,
    });
    expect(noLog).toMatchObject({ status: 404, body: { code: 'WEBHOOK_NOT_FOUND' } });
  });

  it.each([
    [{ url: 'ftp://erp.example.cn/hooks' }, 422, 'WEBHOOK_URL_INVALID'],
    [{ url: 'not a url' }, 422, 'WEBHOOK_URL_INVALID'],
    [{ url: 'https://erp.example.cn/h', events: ['listing.published'] }, 422, 'WEBHOOK_EVENTS_INVALID'],
    [{ url: 'https://erp.example.cn/h', events: [] }, 422, 'WEBHOOK_EVENTS_INVALID'],
    [{ url: 'https://erp.example.cn/h', events: 'deal.created' }, 400, 'VALIDATION_FAILED'],
    [{}, 400, 'VALIDATION_FAILED'],
    [{ url: 'https://erp.example.cn/h', secret: 'mine' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %j with %i %s', async (body, status, code) => {
    const response = await api.call('POST', base(), { token: providerAdmin.accessToken, body });
    expect(response).toMatchObject({ status, body: { code } });
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('is for owners and admins: a member is told why not, an outsider finds nothing', async () => {
    const requests = [
      ['POST', base(), { url: 'https://erp.example.cn/h' }],
      ['GET', base(), undefined],
      ['DELETE', `${base()}/${providerWebhook}`, undefined],
      ['GET', `${base()}/${providerWebhook}/deliveries`, undefined],
    ] as const;
    for (const [method, path, body] of requests) {
      const member = await api.call(method, path, { token: providerMember.accessToken, body });
      expect(member).toMatchObject({ status: 403, body: { code: 'ADMIN_REQUIRED' } });
      const outsider = await api.call(method, path, { token: requester.accessToken, body });
      expect(outsider).toMatchObject({ status: 404, body: { code: 'ORGANIZATION_NOT_FOUND' } });
    }
    // Another organization's webhook id under one's own organization is not found either.
    const crossed = await api.call(
      'GET',
      `organizations/${provider.organizationId}/webhooks/${requesterWebhook}/deliveries`,
      { token: provider.accessToken },
    );
    expect(crossed).toMatchObject({ status: 404, body: { code: 'WEBHOOK_NOT_FOUND' } });
  });
});
