import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import { equipmentBody, publishListing, testDb, verifiedProvider } from '../support/deals';
import { eventually } from '../support/eventually';
import { ADMIN_ENV, Api, type Enterprise, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { WorkerProcess } from './fault-support';

/**
 * The worker killed with SIGKILL in the middle of a job, and started again: the job it was
 * running runs again and its effect is there once. Then SIGTERM in the middle of a job:
 * the worker finishes it and exits in time.
 */

jest.setTimeout(150_000);

let app: TestApp;
let api: Api;
let db: DataSource;
let mailDir: string;
let sme: Enterprise;
let dealId: string;
const workers: WorkerProcess[] = [];

function startWorker(): WorkerProcess {
  const worker = new WorkerProcess({
    DATABASE_URL: app.databaseUrl,
    REDIS_URL: app.config.redis.url,
    QUEUE_PREFIX: app.config.queue.prefix,
    OUTBOX_POLL_INTERVAL_MS: '200',
    OUTBOX_SWEEP_INTERVAL_MS: '3000',
    MAIL_DIR: mailDir,
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  mailDir = mkdtempSync(path.join(tmpdir(), 'rongtong-fault-mail-'));
  app = await startTestApp({ env: { ...ADMIN_ENV, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  const first = startWorker();
  api = new Api(app);
  db = await testDb(app);
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  const world = await verifiedProvider(api, admin.accessToken, '杀进程测试园区');
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
  await first.started();
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await db?.destroy();
  await app?.close();
  if (mailDir) rmSync(mailDir, { recursive: true, force: true });
});

/** Holds the notifications table against inserts: a notification job blocks mid-job until released. */
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

/** Posts one message: its event id. */
async function postMessage(text: string): Promise<string> {
  const posted = await api.call('POST', `deals/${dealId}/messages`, { token: sme.accessToken, body: { body: text } });
  expect(posted.status).toBe(201);
  const [row]: Array<{ id: string }> = await db.query(
    `SELECT id FROM outbox WHERE type = 'deal.message_posted' AND payload->>'dealId' = $1 ORDER BY created_at DESC LIMIT 1`,
    [dealId],
  );
  return row.id;
}

/** A worker's backend waiting for the table lock: the job is running. */
const jobBlocked = async () => {
  const [{ n }]: Array<{ n: number }> = await db.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name = 'rongtong'`,
  );
  return n > 0;
};

async function deliveredOnce(eventId: string, timeoutMs: number): Promise<void> {
  await eventually(
    async () => {
      const [row]: Array<{ count: number; completed: boolean }> = await db.query(
        `SELECT (SELECT count(*)::int FROM notifications WHERE event_id = $1) AS count,
                completed_at IS NOT NULL AS completed
           FROM outbox WHERE id = $1`,
        [eventId],
      );
      return row.count === 1 && row.completed;
    },
    { timeoutMs, intervalMs: 100, what: `event ${eventId} delivered once` },
  );
}

it('runs the job a SIGKILLed worker was in the middle of again, its effect once', async () => {
  const [killed] = workers;
  const hold = await holdNotifications();
  let eventId: string;
  try {
    eventId = await postMessage('杀进程前');
    await eventually(jobBlocked, { timeoutMs: 20_000, what: 'the notification job running' });
    killed.kill('SIGKILL');
    await killed.exited;
  } finally {
    await release(hold);
  }
  const killedAt = Date.now();
  // Nothing was written by the job that died: its transaction never committed.
  const [{ n }]: Array<{ n: number }> = await db.query(
    `SELECT count(*)::int AS n FROM notifications WHERE event_id = $1`,
    [eventId],
  );
  expect(n).toBe(0);

  const restarted = startWorker();
  await restarted.started();
  await deliveredOnce(eventId, 45_000);
  // The lock lapses after 15 s and the stalled job is noticed within 5 s more.
  expect(Date.now() - killedAt).toBeLessThan(45_000);
});

it('finishes the running job on SIGTERM and exits within 10 s', async () => {
  const worker = workers[workers.length - 1];
  const hold = await holdNotifications();
  let eventId: string;
  let took: Promise<number>;
  try {
    eventId = await postMessage('正常停止');
    await eventually(jobBlocked, { timeoutMs: 20_000, what: 'the notification job running' });
    took = worker.terminate();
    // The job is still waiting for the table when the signal arrives; it then gets it.
    await eventually(() => worker.lines.some((l) => /SIGTERM received/.test(l.msg)), { what: 'the signal seen' });
  } finally {
    await release(hold);
  }
  expect(await took).toBeLessThan(10_000);
  // Closed in time: Nest re-raises the signal once closed; the deadline would exit with 1.
  expect((await worker.exited).code).not.toBe(1);
  await deliveredOnce(eventId, 5_000);
});
