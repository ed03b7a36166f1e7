import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { dataSourceOptions, OutboxRelay, type OutboxRelayOptions, OutboxWriter } from '@rongtong/platform';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually';
import { TEST_REDIS_URL, randomQueuePrefix } from '../support/test-config';
import { createTestDatabase } from '../support/test-database';

const FAST: OutboxRelayOptions = { batchSize: 20, pollIntervalMs: 50, maxBackoffMs: 200, enqueueTimeoutMs: 300 };
const redis = new URL(TEST_REDIS_URL);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
const writer = new OutboxWriter();
const prefix = randomQueuePrefix();
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions({ database: { url: db.url, poolSize: 10 } })).initialize();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

afterAll(async () => {
  await dataSource.destroy();
  await db.drop();
});

function queueAt(name: string, port = Number(redis.port || 6379)): Queue {
  const queue = new Queue(name, {
    connection: { host: redis.hostname, port, enableOfflineQueue: false, retryStrategy: () => 50 },
    prefix,
  });
  queue.on('error', () => undefined); // connection refusals are the point of some tests
  cleanups.push(async () => {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close().catch(() => queue.disconnect());
  });
  return queue;
}

function startRelay(queue: Queue | ((name: string) => Queue), eventType: string, options = FAST): OutboxRelay {
  const lookup = typeof queue === 'function' ? queue : () => queue;
  const relay = new OutboxRelay(dataSource, db.url, lookup, { [eventType]: ['outbox-test'] }, options);
  cleanups.push(() => relay.stop());
  return relay;
}

async function commitEvents(type: string, count = 1): Promise<string[]> {
  return dataSource.transaction((manager) =>
    writer.append(
      manager,
      ...Array.from({ length: count }, (_, i) => ({
        type,
        aggregateType: 'test',
        aggregateId: String(i),
        payload: { n: i },
      })),
    ),
  );
}

async function outboxRow(id: string): Promise<{ published_at: Date | null; attempts: number }> {
  const [row] = await dataSource.query(`SELECT published_at, attempts FROM outbox WHERE id = $1`, [id]);
  return row;
}

/** A port nothing listens on yet; later a proxy to the real Redis opens on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function redisProxyOn(port: number): Promise<net.Server> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(redis.port || 6379), redis.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // Closed last (cleanups run in reverse), so the queues behind it can close cleanly.
  cleanups.unshift(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return server;
}

function eventType(): string {
  return `test.${randomBytes(4).toString('hex')}`;
}

describe('outbox relay', () => {
  it('delivers an event committed while Redis is unreachable once Redis is back, exactly once', async () => {
    const port = await closedPort();
    const type = eventType();
    const relay = startRelay(queueAt('outbox-test', port), type);
    await relay.start();

    const [id] = await commitEvents(type);
    // The relay has tried and failed at least twice: the event is still waiting.
    await eventually(async () => (await outboxRow(id)).attempts >= 2, { what: 'failed relay attempts' });
    expect((await outboxRow(id)).published_at).toBeNull();

    await redisProxyOn(port);
    const observer = queueAt('outbox-test');
    const job = await eventually(() => observer.getJob(id), { what: 'the job in Redis' });
    expect(job.name).toBe(type);
    expect(job.data).toMatchObject({ id, type, aggregateType: 'test', payload: { n: 0 } });
    await eventually(async () => (await outboxRow(id)).published_at !== null, { what: 'published_at' });

    // A relay that retries the same rows (published_at reset, as after a crash before
    // commit) does not enqueue twice: the job id is the event id.
    await dataSource.query(`UPDATE outbox SET published_at = NULL WHERE id = $1`, [id]);
    await eventually(async () => (await outboxRow(id)).published_at !== null, { what: 'second relay pass' });
    const counts = await observer.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('enqueues nothing for a transaction that rolled back', async () => {
    const type = eventType();
    const queue = queueAt('outbox-test');
    const relay = startRelay(queue, type);
    await relay.start();

    await expect(
      dataSource.transaction(async (manager) => {
        await writer.append(manager, { type, aggregateType: 'test', aggregateId: 'x', payload: {} });
        throw new Error('the domain change failed');
      }),
    ).rejects.toThrow('the domain change failed');
    const [committed] = await commitEvents(type); // a later event proves the relay is running

    await eventually(() => queue.getJob(committed), { what: 'the committed event' });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox WHERE type = $1`, [type]);
    expect(count).toBe(1);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('with two relays at once, enqueues each event once', async () => {
    const type = eventType();
    const queue = queueAt('outbox-test');
    const sent: string[][] = [[], []];
    const recording = (index: number) => () =>
      new Proxy(queue, {
        get(target, property, receiver) {
          if (property !== 'addBulk') return Reflect.get(target, property, receiver);
          return (jobs: Array<{ opts?: { jobId?: string } }>) => {
            sent[index].push(...jobs.map((job) => job.opts!.jobId!));
            return target.addBulk(jobs as Parameters<Queue['addBulk']>[0]);
          };
        },
      });

    const ids = await commitEvents(type, 300);
    const relays = [startRelay(recording(0), type), startRelay(recording(1), type)];
    await Promise.all(relays.map((relay) => relay.start()));

    await eventually(
      async () => {
        const [{ count }] = await dataSource.query(
          `SELECT count(*)::int AS count FROM outbox WHERE type = $1 AND published_at IS NULL`,
          [type],
        );
        return count === 0;
      },
      { what: 'all events published' },
    );
    const all = [...sent[0], ...sent[1]];
    expect(all).toHaveLength(300);
    expect(new Set(all)).toEqual(new Set(ids));
    expect(sent[0].length).toBeGreaterThan(0);
    expect(sent[1].length).toBeGreaterThan(0);
    expect((await queue.getJobCounts('waiting')).waiting).toBe(300);
  });
});
