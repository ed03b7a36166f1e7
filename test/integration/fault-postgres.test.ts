import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { equipmentBody, type ProviderWorld, publishListing, verifiedProvider } from '../support/deals';
import { eventually } from '../support/eventually';
import { ADMIN_ENV, Api, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';
import { createTestDatabase } from '../support/test-database';
import { TcpProxy, throughPort, WorkerProcess } from './fault-support';

/**
 * PostgreSQL connections cut under the real API (in this process) and the real worker (a
 * process of its own), both reaching PostgreSQL through a TCP proxy of the test's: every
 * backend terminated (`pg_terminate_backend`), then the proxy refusing connections for a
 * while. Requests meanwhile are 503 with Retry-After, never 500; every event written is
 * delivered exactly once when PostgreSQL answers again; the worker says so in one line
 * and does not spin; SIGTERM stops it in time.
 */

jest.setTimeout(120_000);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let proxy: TcpProxy;
let config: AppConfig;
let api: NestFastifyApplication;
let client: Api;
let direct: DataSource;
let worker: WorkerProcess;
let mailDir: string;
let uploadDir: string;
let world: ProviderWorld;
let sme: Enterprise;
let dealId: string;
let messages = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const server = new URL(db.url);
  proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
  mailDir = mkdtempSync(path.join(tmpdir(), 'rongtong-fault-mail-'));
  uploadDir = mkdtempSync(path.join(tmpdir(), 'rongtong-fault-uploads-'));
  const proxied = throughPort(db.url, proxy.port);
  config = testConfig(proxied, { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000', UPLOAD_DIR: uploadDir });
  worker = new WorkerProcess({
    DATABASE_URL: proxied,
    REDIS_URL: config.redis.url,
    QUEUE_PREFIX: config.queue.prefix,
    OUTBOX_POLL_INTERVAL_MS: '200',
    OUTBOX_SWEEP_INTERVAL_MS: '3000',
    MAIL_DIR: mailDir,
  });
  api = await createApiApp(config);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  client = new Api({ api, config, databaseUrl: proxied } as TestApp);
  direct = await new DataSource({ type: 'postgres', url: db.url }).initialize();

  const admin = await client.login(TEST_ADMIN.email, TEST_ADMIN.password);
  world = await verifiedProvider(client, admin.accessToken, '断库测试园区');
  sme = await client.registerEnterprise();
  const sem = await publishListing(
    client,
    world,
    equipmentBody({}, { serviceModes: ['technician_operated', 'sample_testing'], requiresTraining: false }),
  );
  const ordered = await client.call('POST', 'bookings', {
    token: sme.accessToken,
    body: { listingId: sem, serviceMode: 'sample_testing', samples: 1, testItems: ['硬度'] },
  });
  expect(ordered.status).toBe(201);
  dealId = ordered.body.id;
  await worker.started();
});

afterAll(async () => {
  worker?.kill('SIGKILL');
  await api?.close();
  await direct?.destroy();
  await proxy?.close();
  await db?.drop();
  for (const dir of [mailDir, uploadDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function postMessages(count: number, label: string): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const posted = await client.call('POST', `deals/${dealId}/messages`, {
      token: sme.accessToken,
      body: { body: `${label} ${i + 1}` },
    });
    expect(posted.status).toBe(201);
  }
  messages += count;
}

/** Every message event has exactly one notification (the provider's only member) and is complete. */
async function everyMessageDeliveredOnce(timeoutMs = 30_000): Promise<void> {
  const counts = async (): Promise<Array<{ count: number; completed: boolean }>> =>
    direct.query(
      `SELECT (SELECT count(*)::int FROM notifications n WHERE n.event_id = o.id) AS count,
              o.completed_at IS NOT NULL AS completed
         FROM outbox o
        WHERE o.type = 'deal.message_posted' AND o.payload->>'dealId' = $1`,
      [dealId],
    );
  await eventually(
    async () => {
      const rows = await counts();
      return rows.length === messages && rows.every((r) => r.count >= 1 && r.completed);
    },
    { timeoutMs, what: `${messages} message events delivered` },
  );
  expect((await counts()).map((r) => r.count)).toEqual(Array(messages).fill(1));
}

/** Terminates every backend of the test database but the test's own direct connection. */
async function terminateBackends(): Promise<number> {
  const [{ n }] = await direct.query(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return n as number;
}

it('recovers every connection after PostgreSQL terminated them all (57P01)', async () => {
  await postMessages(3, '断开前');
  await everyMessageDeliveredOnce();
  const since = Date.now();
  expect(await terminateBackends()).toBeGreaterThan(0);
  // The pool drops what was terminated; requests may meet a dead connection once, as a 503.
  const statuses: number[] = [];
  await eventually(
    async () => {
      const posted = await client.call('POST', `deals/${dealId}/messages`, {
        token: sme.accessToken,
        body: { body: `断开后 ${statuses.length + 1}` },
      });
      statuses.push(posted.status);
      return posted.status === 201;
    },
    { what: 'a write accepted again' },
  );
  expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
  messages += 1;
  await postMessages(2, '断开后');
  await everyMessageDeliveredOnce();
  // The worker's LISTEN connection and pool came back by themselves.
  expect(worker.linesSince(since).filter((l) => l.level >= 50)).toEqual([]);
});

it('answers 503 while PostgreSQL refuses connections, and delivers everything once it is back', async () => {
  const cpuBefore = worker.cpuSeconds();
  const down = Date.now();
  await proxy.refuse();

  const write = await client.call('POST', `deals/${dealId}/messages`, {
    token: sme.accessToken,
    body: { body: '不会写入' },
  });
  expect(write.status).toBe(503);
  expect(write.body.code).toBe('DEPENDENCY_UNAVAILABLE');
  expect(write.headers['retry-after']).toBe('5');
  const ready = await api.inject({ method: 'GET', url: '/health/ready' });
  expect(ready.statusCode).toBe(503);
  expect(ready.json().unavailable).toContain('PostgreSQL');

  await worker.waitFor(/PostgreSQL unavailable/, 15_000, down);
  await eventually(() => Date.now() - down >= 8_000, { timeoutMs: 12_000, intervalMs: 200, what: 'eight seconds' });
  const outageSeconds = (Date.now() - down) / 1000;
  const cpu = worker.cpuSeconds() - cpuBefore;
  const logged = worker.linesSince(down);
  expect(logged.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([
    expect.stringMatching(/^PostgreSQL unavailable/),
  ]);
  expect(logged.length).toBeLessThanOrEqual(10);
  expect(cpu / outageSeconds).toBeLessThan(0.25);

  const back = Date.now();
  await proxy.accept();
  await eventually(
    async () =>
      (
        await client.call('POST', `deals/${dealId}/messages`, {
          token: sme.accessToken,
          body: { body: '恢复后' },
        })
      ).status === 201,
    { what: 'writes accepted again' },
  );
  messages += 1;
  await everyMessageDeliveredOnce();
  expect(Date.now() - back).toBeLessThan(20_000);
  await worker.waitFor(/PostgreSQL is back/, 15_000, back);
  expect((await api.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
});

it('stops within 10 s on SIGTERM while PostgreSQL is away', async () => {
  const down = Date.now();
  await proxy.refuse();
  await worker.waitFor(/PostgreSQL unavailable/, 15_000, down);
  expect(await worker.terminate()).toBeLessThan(10_000);
  await proxy.accept();
});
