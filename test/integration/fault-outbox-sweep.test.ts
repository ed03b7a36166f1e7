import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { dataSourceOptions, OutboxRelay, OutboxWriter, recordDelivered } from '@rongtong/platform';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually';
import { randomQueuePrefix, TEST_REDIS_URL } from '../support/test-config';
import { createTestDatabase } from '../support/test-database';

/**
 * Relayed is not delivered: the relay records each event's routes, the worker records
 * each route's completion, and the sweep re-adds the jobs Redis no longer holds and
 * retries those that failed on an outage — on the real PostgreSQL and Redis.
 */

const redis = new URL(TEST_REDIS_URL);
const prefix = randomQueuePrefix();
const writer = new OutboxWriter();
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
let queues: Record<'alpha' | 'beta', Queue>;
let relay: OutboxRelay;
let type: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions({ database: { url: db.url, poolSize: 5 } })).initialize();
  const connection = { host: redis.hostname, port: Number(redis.port || 6379) };
  queues = {
    alpha: new Queue('sweep-alpha', { connection, prefix }),
    beta: new Queue('sweep-beta', { connection, prefix }),
  };
  type = `test.${randomBytes(4).toString('hex')}`;
  relay = new OutboxRelay(
    dataSource,
    db.url,
    (name) => queues[name.replace('sweep-', '') as 'alpha' | 'beta'],
    { [type]: ['sweep-alpha', 'sweep-beta'], 'test.unrouted': [] },
    { batchSize: 50, pollIntervalMs: 60_000, maxBackoffMs: 1_000, enqueueTimeoutMs: 2_000 },
  );
});

afterAll(async () => {
  await relay.stop();
  for (const queue of Object.values(queues)) {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  await dataSource.destroy();
  await db.drop();
});

async function commit(eventType: string, count: number): Promise<string[]> {
  return dataSource.transaction((manager) =>
    writer.append(
      manager,
      ...Array.from({ length: count }, (_, i) => ({
        type: eventType,
        aggregateType: 'test',
        aggregateId: String(i),
        payload: { n: i },
      })),
    ),
  );
}

async function rows(ids: string[]) {
  const found: Array<{ id: string; routes: string[] | null; done_routes: string[]; completed: boolean }> =
    await dataSource.query(
      `SELECT id, routes, done_routes, completed_at IS NOT NULL AS completed FROM outbox WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  return found;
}

it('records the routes when relaying, and completes an event only when every route reported', async () => {
  const ids = await commit(type, 3);
  const [unrouted] = await commit('test.unrouted', 1);
  expect(await relay.relayBatch()).toBe(4);
  expect((await rows(ids)).every((r) => r.routes?.join() === 'sweep-alpha,sweep-beta' && !r.completed)).toBe(true);
  expect((await rows([unrouted]))[0].completed).toBe(true); // nobody hears it: delivered at once

  await recordDelivered(dataSource, [{ id: ids[0], queue: 'sweep-alpha' }]);
  expect((await rows([ids[0]]))[0]).toMatchObject({ done_routes: ['sweep-alpha'], completed: false });
  // The other route reports twice, as a job that ran again would: recorded once.
  await recordDelivered(dataSource, [
    { id: ids[0], queue: 'sweep-beta' },
    { id: ids[0], queue: 'sweep-beta' },
  ]);
  expect((await rows([ids[0]]))[0]).toMatchObject({ done_routes: ['sweep-alpha', 'sweep-beta'], completed: true });
});

it('adds again the jobs Redis lost, once, and retries those that failed on an outage', async () => {
  const pending: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM outbox WHERE type = $1 AND completed_at IS NULL ORDER BY id`,
    [type],
  );
  expect(pending).toHaveLength(2);
  // Redis restarted without its data.
  for (const queue of Object.values(queues)) await queue.obliterate({ force: true });

  expect(await relay.sweep({ all: true })).toEqual({ checked: 2, readded: 4, retried: 0 });
  for (const { id } of pending) {
    expect(await queues.alpha.getJob(id)).toBeDefined();
    expect(await queues.beta.getJob(id)).toBeDefined();
  }
  // Nothing more to add: the jobs are there.
  expect(await relay.sweep({ all: true })).toEqual({ checked: 2, readded: 0, retried: 0 });

  // A job that used up its attempts while PostgreSQL was away is retried by the sweep;
  // one that failed for another reason is left for a person to look at.
  const failing = new Worker(
    'sweep-alpha',
    async (job) => {
      throw new Error(job.id === pending[0].id ? 'connect ECONNREFUSED 127.0.0.1:5432' : 'a bug');
    },
    { connection: { host: redis.hostname, port: Number(redis.port || 6379) }, prefix },
  );
  await eventually(async () => (await queues.alpha.getJobCounts('failed')).failed === 2, { what: 'two failed jobs' });
  await failing.close();
  expect(await relay.sweep({ all: true })).toEqual({ checked: 2, readded: 0, retried: 1 });
  expect(await (await queues.alpha.getJob(pending[0].id))!.getState()).toBe('waiting');
  expect(await (await queues.alpha.getJob(pending[1].id))!.getState()).toBe('failed');
});
