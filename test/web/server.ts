import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';

/**
 * The real thing for browser journeys and the web benchmark: a fresh database with the
 * demo data, the built api (serving the built web app) and worker on a free port, with
 * their own queue prefix, mail and upload folders. Nothing is shared with other runs.
 */
export interface WebStack {
  baseUrl: string;
  database: string;
  mailDir: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');
/** The listings the demo seed publishes: one a line of its corpus. */
const DEMO_LISTINGS = readFileSync(path.join(ROOT, 'data/demo/corpus.jsonl'), 'utf8').trim().split('\n').length;
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const WORKER_MAIN = 'dist/apps/worker/apps/worker/src/main.js';

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Removes the Redis keys (queues, rate limits) a stack left under its prefix. */
async function dropQueues(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Builds what the stack runs: api and worker (unless WEB_E2E_SKIP_BUILD=1 and they exist) and the web app. */
export function buildOnce(): void {
  if (process.env.WEB_E2E_SKIP_BUILD === '1') return;
  run('npm', ['run', 'build', '--silent']);
  run('npm', ['run', 'build:web', '--silent']);
}

async function poll<T>(what: string, deadlineMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

export async function startWebStack(port?: number): Promise<WebStack> {
  const id = `${Date.now().toString(36)}_${Math.random().toString(16).slice(2, 8)}`;
  const database = `rt_web_${id}`;
  const work = mkdtempSync(path.join(tmpdir(), 'rongtong-web-'));
  const listenPort = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${listenPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl(database),
    QUEUE_PREFIX: `rt_web_${id}`,
    PORT: String(listenPort),
    HOST: '127.0.0.1',
    PUBLIC_WEB_URL: baseUrl,
    // A copy of the build: a rebuild of dist/web while the stack runs cannot pull its chunks away.
    WEB_DIR: path.join(work, 'web'),
    MAIL_DIR: path.join(work, 'mail'),
    UPLOAD_DIR: path.join(work, 'uploads'),
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
  };
  cpSync(path.join(ROOT, 'dist/web'), env.WEB_DIR!, { recursive: true });
  await onServer(`CREATE DATABASE "${database}"`);
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    await Promise.all(running.map((c) => new Promise<void>((resolve) => c.once('exit', () => resolve()))));
    await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    await dropQueues(env.QUEUE_PREFIX!).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    run('node', ['dist/apps/api/apps/api/src/cli/migrate.js', 'run'], env);
    run('node', ['dist/apps/api/apps/api/src/cli/seed-demo.js'], env);
    for (const main of [WORKER_MAIN, API_MAIN])
      children.push(spawn('node', [main], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] }));
    await poll('the api', 90_000, async () => ((await fetch(`${baseUrl}/health/ready`)).ok ? true : undefined));
    // The worker indexes the seeded listings through the outbox; journeys search them, so
    // wait for every one of them, not the first (a search could otherwise miss its listing).
    await poll('the demo listings in search', 120_000, async () => {
      const response = await fetch(`${baseUrl}/api/v1/search/listings?limit=1`);
      const body = (await response.json()) as { total?: number };
      return body.total !== undefined && body.total >= DEMO_LISTINGS ? true : undefined;
    });
    return { baseUrl, database, mailDir: env.MAIL_DIR!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
