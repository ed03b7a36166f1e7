import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  corpusBody,
  equipmentBody,
  type ProviderWorld,
  publishListing,
  testDb,
  verifiedProvider,
} from '../support/deals';
import { eventually } from '../support/eventually';
import { ADMIN_ENV, Api, type Enterprise, TEST_ADMIN, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm } from '../support/uploads';
import { RedisServer, WorkerProcess } from './fault-support';

/**
 * Redis goes away and comes back — empty, and with its data — under the real API (in this
 * process) and the real worker (a process of its own), on a redis-server of the test's
 * own. Every event written meanwhile has its effect exactly once; the worker stays quiet
 * and idle while Redis is away; readiness says 503 naming Redis; rate limits fall back
 * to this process; SIGTERM still stops the worker in time.
 */

jest.setTimeout(120_000);

const RATE_LIMIT = 30;

let redisDir: string;
let mailDir: string;
let redis: RedisServer;
let app: TestApp;
let api: Api;
let db: DataSource;
let worker: WorkerProcess;
let world: ProviderWorld;
let sme: Enterprise;
let dealId: string;
let pendingListing: string;

beforeAll(async () => {
  redisDir = mkdtempSync(path.join(tmpdir(), 'rongtong-fault-redis-'));
  mailDir = mkdtempSync(path.join(tmpdir(), 'rongtong-fault-mail-'));
  redis = await RedisServer.start({ dir: redisDir });
  app = await startTestApp({
    env: { ...ADMIN_ENV, REDIS_URL: redis.url, AUTH_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) },
  });
  // The worker boots (a few seconds of compiling) while the world is set up.
  worker = new WorkerProcess({
    DATABASE_URL: app.databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: app.config.queue.prefix,
    OUTBOX_POLL_INTERVAL_MS: '200',
    OUTBOX_SWEEP_INTERVAL_MS: '3000',
    MAIL_DIR: mailDir,
    // Listings files the API stores, the worker imports.
    UPLOAD_DIR: app.config.uploads.dir,
  });
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(api, admin.accessToken, '故障测试园区');
  sme = await api.registerEnterprise();
  const sem = await publishListing(
    api,
    world,
    equipmentBody({}, { serviceModes: ['technician_operated', 'sample_testing'], requiresTraining: false }),
  );
  const ordered = await api.call('POST', 'bookings', {
    token: sme.accessToken,
    body: { listingId: sem, serviceMode: 'sample_testing', samples: 1, testItems: ['硬度'] },
  });
  expect(ordered.status).toBe(201);
  dealId = ordered.body.id;
  // Waiting for a moderator, who will approve it while Redis is away.
  const created = await api.call('POST', 'listings', { token: world.provider.accessToken, body: corpusBody('C001') });
  pendingListing = created.body.id;
  await api.call('POST', `listings/${pendingListing}/submit`, { token: world.provider.accessToken });
  await worker.started();
  // The pipeline works before anything breaks: the order reached the provider.
  await eventually(async () => (await notificationsOf('deal.created')).length === 1, {
    timeoutMs: 30_000,
    what: 'the order notification',
  });
});

afterAll(async () => {
  worker?.kill('SIGKILL');
  await db?.destroy();
  await app?.close();
  await redis?.stop();
  for (const dir of [redisDir, mailDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Per event of this type about the deal: how many notifications it produced. */
async function notificationsOf(type: string): Promise<Array<{ eventId: string; count: number; completed: boolean }>> {
  const rows: Array<{ id: string; count: number; completed: boolean }> = await db.query(
    `SELECT o.id, (SELECT count(*)::int FROM notifications n WHERE n.event_id = o.id) AS count,
            o.completed_at IS NOT NULL AS completed
       FROM outbox o
      WHERE o.type = $1 AND o.payload->>'dealId' = $2`,
    [type, dealId],
  );
  return rows.map((r) => ({ eventId: r.id, count: r.count, completed: r.completed }));
}

async function postMessages(count: number, label: string): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const posted = await api.call('POST', `deals/${dealId}/messages`, {
      token: sme.accessToken,
      body: { body: `${label} ${i + 1}` },
    });
    expect(posted.status).toBe(201);
  }
}

/** Every message event has exactly one notification (the provider's only member) and is complete. */
async function everyMessageDeliveredOnce(expected: number, timeoutMs = 30_000): Promise<void> {
  await eventually(
    async () => {
      const events = await notificationsOf('deal.message_posted');
      return events.length === expected && events.every((e) => e.count >= 1 && e.completed) ? events : undefined;
    },
    { timeoutMs, what: `${expected} message events delivered` },
  );
  const events = await notificationsOf('deal.message_posted');
  expect(events.map((e) => e.count)).toEqual(Array(expected).fill(1));
}

/** Holds the notifications table against inserts: notification jobs block mid-job until released. */
async function holdNotifications(): Promise<QueryRunner> {
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query('LOCK TABLE notifications IN SHARE ROW EXCLUSIVE MODE');
  return runner;
}

async function release(runner: QueryRunner): Promise<void> {
  await runner.commitTransaction();
  await runner.release();
}

const emptyRedisDir = () => {
  for (const entry of readdirSync(redisDir)) rmSync(path.join(redisDir, entry), { recursive: true, force: true });
};

async function searchable(listingId: string): Promise<boolean> {
  const found = await api.call('GET', `search/listings?q=${encodeURIComponent('五轴联动 钛合金')}&limit=50`);
  return (found.body.hits as Array<{ id: string }>).some((hit) => hit.id === listingId);
}

const ready = () => app.api.inject({ method: 'GET', url: '/health/ready' });

/** Uploads a one-row listings file (issue 22); answers the import's id. */
async function uploadImport(ref: string): Promise<string> {
  const csv = [
    '外部编号（externalRef）,类型（kind）,标题（title）,描述（description）,类别（category）,价格（元）（price）,priceUnit,manufacturer,model,serviceModes',
    `${ref},equipment,-40℃ 高低温试验箱,可做温度循环与湿热试验,环境可靠性,120.50,hour,爱斯佩克,PSL-2J,technician_operated`,
  ].join('\r\n');
  const form = multipartForm([
    { name: 'file', filename: 'listings.csv', contentType: 'text/csv', content: Buffer.from(csv, 'utf8') },
  ]);
  const response = await app.api.inject({
    method: 'POST',
    url: `/api/v1/organizations/${world.provider.organizationId}/listing-imports`,
    headers: { authorization: `Bearer ${world.provider.accessToken}`, ...form.headers },
    payload: form.body,
  });
  expect(response.statusCode).toBe(202);
  return response.json<{ id: string }>().id;
}

const importReport = async (id: string) =>
  (await api.call('GET', `listing-imports/${id}`, { token: world.provider.accessToken })).body as {
    status: string;
    created: number;
    rejected: unknown[];
    failure: unknown;
  };

let messages = 0;

it('keeps writing while Redis is away, quietly and idle, and delivers everything once it is back empty', async () => {
  const cpuBefore = worker.cpuSeconds();
  const down = Date.now();
  await redis.stop();
  emptyRedisDir();

  // Readiness names Redis, with a Retry-After.
  const notReady = await eventually(async () => ((await ready()).statusCode === 503 ? ready() : undefined), {
    what: 'readiness to notice',
  });
  expect(notReady.statusCode).toBe(503);
  expect(notReady.headers['retry-after']).toBeDefined();
  expect(notReady.json().unavailable).toEqual(['Redis']);

  // Writes that need only PostgreSQL go on: the outbox carries their events.
  await postMessages(5, '停机期间');
  messages += 5;
  const approved = await api.call('POST', `listings/${pendingListing}/approve`, {
    token: world.operator.accessToken,
  });
  expect(approved.body.status).toBe('published');
  expect(await searchable(pendingListing)).toBe(false);
  // A listings file is accepted: the import and its event are written, its job waits for Redis.
  const importId = await uploadImport('REDIS-AWAY-1');
  expect(await importReport(importId)).toMatchObject({ status: 'queued' });

  // Metrics count the outage and the backlog.
  const metrics = (await app.api.inject({ method: 'GET', url: '/metrics' })).body;
  expect(metrics).toMatch(/^rongtong_dependency_up\{name="redis"\} 0$/m);
  expect(metrics).toMatch(/^rongtong_dependency_up\{name="postgresql"\} 1$/m);
  expect(metrics).toMatch(/^rongtong_dependency_outages_total\{name="redis"\} 1$/m);
  expect(Number(/^rongtong_outbox_unpublished (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(7);
  expect(Number(/^rongtong_outbox_oldest_unpublished_seconds ([\d.]+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);

  // Sign-in is limited by this process alone: neither refused for everyone nor unlimited.
  const statuses: number[] = [];
  for (let i = 0; i < RATE_LIMIT + 3; i += 1) {
    const body = { email: uniqueEmail('guess'), password: 'wrong password 123' };
    statuses.push((await api.call('POST', 'auth/login', { body })).status);
  }
  expect(statuses).toEqual([...Array(RATE_LIMIT).fill(401), 429, 429, 429]);

  // An outage of some seconds, as seen from the worker: one line, and no spinning.
  await eventually(() => Date.now() - down >= 6_000, { timeoutMs: 10_000, intervalMs: 200, what: 'six seconds' });
  const outageSeconds = (Date.now() - down) / 1000;
  const cpu = worker.cpuSeconds() - cpuBefore;
  const logged = worker.linesSince(down);
  // Warnings: the one line saying Redis went. Info lines: jobs that were finishing when it went.
  expect(logged.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([expect.stringMatching(/^Redis unavailable/)]);
  expect(logged.length).toBeLessThanOrEqual(20);
  expect(cpu / outageSeconds).toBeLessThan(0.25);
  expect((await notificationsOf('deal.message_posted')).every((e) => e.count === 0)).toBe(true);

  const back = Date.now();
  await redis.start();
  await everyMessageDeliveredOnce(messages);
  await eventually(() => searchable(pendingListing), { timeoutMs: 20_000, what: 'the approved listing searchable' });
  // The import accepted meanwhile runs once Redis is back.
  const imported = await eventually(
    async () => {
      const report = await importReport(importId);
      return report.status === 'done' || report.status === 'failed' ? report : undefined;
    },
    { timeoutMs: 20_000, what: 'the import accepted while Redis was away' },
  );
  expect(imported).toMatchObject({ status: 'done', created: 1, rejected: [], failure: null });
  expect(Date.now() - back).toBeLessThan(20_000);
  await worker.waitFor(/Redis is back/, 10_000, back);
  await eventually(async () => (await ready()).statusCode === 200, { what: 'ready again' });
  expect(worker.linesSince(back).filter((l) => l.level >= 40)).toEqual([]);
});

it('sends again the jobs Redis lost when it restarted empty, each applied once', async () => {
  const hold = await holdNotifications();
  const since = Date.now();
  try {
    await postMessages(12, '重启前');
    messages += 12;
    // Relayed: their jobs are in Redis, some running (blocked on the table), the rest waiting.
    await eventually(
      async () => {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE type = 'deal.message_posted' AND published_at IS NULL`,
        );
        return n === 0;
      },
      { what: 'the messages relayed' },
    );
    await redis.stop();
    emptyRedisDir();
    await redis.start();
  } finally {
    await release(hold);
  }
  await everyMessageDeliveredOnce(messages);
  await worker.waitFor(/Redis is back/, 15_000, since);
  expect(worker.linesSince(since).some((l) => /jobs missing from Redis added again/.test(l.msg))).toBe(true);
  // The emails those events produced were recorded pending; whatever jobs Redis lost came back.
  await eventually(
    async () => {
      const [{ n }]: Array<{ n: number }> = await db.query(
        `SELECT count(*)::int AS n FROM outbound_emails WHERE status = 'pending'`,
      );
      return n === 0;
    },
    { timeoutMs: 30_000, what: 'no email left pending' },
  );
});

it('keeps the jobs Redis held when it restarts with its data, each applied once', async () => {
  const hold = await holdNotifications();
  const since = Date.now();
  try {
    await postMessages(6, '持久化');
    messages += 6;
    await eventually(
      async () => {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE type = 'deal.message_posted' AND published_at IS NULL`,
        );
        return n === 0;
      },
      { what: 'the messages relayed' },
    );
    await redis.stop(); // the AOF keeps what it held
    await redis.start();
  } finally {
    await release(hold);
  }
  await everyMessageDeliveredOnce(messages);
  await worker.waitFor(/Redis is back/, 15_000, since);
});

it('stops within 10 s on SIGTERM while Redis is away', async () => {
  const down = Date.now();
  await redis.stop();
  await worker.waitFor(/Redis unavailable/, 15_000, down);
  const took = await worker.terminate();
  expect(took).toBeLessThan(10_000);
});
