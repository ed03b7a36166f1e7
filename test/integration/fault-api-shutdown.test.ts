import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/test-database';
import { freePort, RedisServer, TcpProxy, throughPort, WorkerProcess } from './fault-support';

/**
 * The api as its own process, stopped with SIGTERM while Redis is away and while
 * PostgreSQL refuses connections: it exits within 10 s either way, after saying once that
 * the dependency went (and answering 503 meanwhile).
 */

jest.setTimeout(150_000);

interface Api {
  process: WorkerProcess;
  port: number;
  redis: RedisServer;
  proxy: TcpProxy;
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let uploadDir: string;
const apis: Api[] = [];

async function startApi(): Promise<Api> {
  const redis = await RedisServer.start();
  const server = new URL(db.url);
  const proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
  const port = await freePort();
  const process = new WorkerProcess(
    {
      DATABASE_URL: throughPort(db.url, proxy.port),
      REDIS_URL: redis.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      UPLOAD_DIR: uploadDir,
    },
    'apps/api/src/main.ts',
  );
  const api = { process, port, redis, proxy };
  apis.push(api);
  return api;
}

interface Readiness {
  status: number;
  body: { unavailable?: string[] };
}

const ready = (api: Api): Promise<Readiness> =>
  fetch(`http://127.0.0.1:${api.port}/health/ready`).then(
    async (r) => ({ status: r.status, body: (await r.json()) as Readiness['body'] }),
    () => ({ status: 0, body: {} }),
  );

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = mkdtempSync(path.join(tmpdir(), 'rongtong-fault-uploads-'));
});

afterAll(async () => {
  for (const api of apis) {
    api.process.kill('SIGKILL');
    await api.proxy.close();
    await api.redis.stop();
  }
  await db.drop();
  rmSync(uploadDir, { recursive: true, force: true });
});

it('stops within 10 s on SIGTERM while Redis is away, and while PostgreSQL refuses connections', async () => {
  // Two api processes booting side by side: one loses Redis, the other PostgreSQL.
  const [withoutRedis, withoutPostgres] = await Promise.all([startApi(), startApi()]);
  await Promise.all(
    [withoutRedis, withoutPostgres].map((api) => api.process.waitFor(/Rongtong API listening/, 120_000)),
  );
  expect((await ready(withoutRedis)).status).toBe(200);

  const down = Date.now();
  await withoutRedis.redis.stop();
  await withoutPostgres.proxy.refuse();
  const redisReady = await ready(withoutRedis);
  expect(redisReady.status).toBe(503);
  expect(redisReady.body.unavailable).toEqual(['Redis']);
  const postgresReady = await ready(withoutPostgres);
  expect(postgresReady.status).toBe(503);
  expect(postgresReady.body.unavailable).toContain('PostgreSQL');
  await withoutRedis.process.waitFor(/Redis unavailable/, 15_000, down);
  await withoutPostgres.process.waitFor(/PostgreSQL unavailable/, 15_000, down);

  const [redisStop, postgresStop] = await Promise.all([
    withoutRedis.process.terminate(),
    withoutPostgres.process.terminate(),
  ]);
  expect(redisStop).toBeLessThan(10_000);
  expect(postgresStop).toBeLessThan(10_000);
  // One line when the dependency went; nothing per attempt.
  for (const api of [withoutRedis, withoutPostgres]) {
    const warnings = api.process.linesSince(down).filter((l) => l.level >= 40 && !/closing/.test(l.msg));
    expect(warnings.length).toBeLessThanOrEqual(2);
  }
});
