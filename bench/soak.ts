/**
 * `npm run soak`: the api and the worker as their own processes under mixed traffic
 * (searches, listings approved, bookings, reservations, messages) for SOAK_MINUTES
 * (default 10), while their Redis (a redis-server of the soak's own, keeping nothing on
 * disk) restarts empty every two minutes and their PostgreSQL connections are cut twice
 * (through a TCP proxy: once every connection dropped, once refused for 10 s). Then it
 * waits for the outbox to drain and counts: events written and applied, effects lost or
 * duplicated, search drift (`search:check`), 5xx answers (and whether PostgreSQL was down
 * then), peak RSS of each process, log lines. Not a test: it prints figures.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { request } from 'undici';
import { DEMO_CORPUS_PATH } from '../apps/api/src/cli/data-paths';
import { freePort, RedisServer, TcpProxy, throughPort, WorkerProcess } from '../test/integration/fault-support';
import { makeUscc } from '../test/support/fixtures';
import { benchDatabase, deployedNodeOptions, httpAgent } from './support';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
/** `npm run soak` builds first and runs dist/ as deployed; SOAK_FROM_SOURCE=1 runs the TypeScript. */
const FROM_SOURCE = process.env.SOAK_FROM_SOURCE === '1';
const API_ENTRY = FROM_SOURCE ? 'apps/api/src/main.ts' : 'dist/apps/api/apps/api/src/main.js';
const WORKER_ENTRY = FROM_SOURCE ? 'apps/worker/src/main.ts' : 'dist/apps/worker/apps/worker/src/main.js';
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 4);
const REDIS_EVERY_MS = 120_000;
const REDIS_FIRST_MS = 30_000;
const REDIS_DOWN_MS = 5_000;
const PG_REFUSE_MS = 10_000;
/** A 5xx this close to a PostgreSQL cut counts as "while PostgreSQL was down". */
const PG_GRACE_MS = 3_000;
const PASSWORD = 'soak password 2026';

interface Session {
  token: string;
  organizationId: string;
}

const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Mondays in China time, `weeks` from this week's. */
function monday(weeks: number): string {
  const china = new Date(Date.now() + 8 * 3_600_000);
  const day = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + weeks * 7);
  return day.toISOString().slice(0, 10);
}
const plusDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const started = Date.now();
  const { config, drop } = await benchDatabase('rt_soak');
  const workDir = mkdtempSync(path.join(tmpdir(), 'rongtong-soak-'));
  const redis = await RedisServer.start();
  const server = new URL(config.database.url);
  const proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
  const proxied = throughPort(config.database.url, proxy.port);
  const port = await freePort();
  const admin = { email: 'soak.admin@example.cn', password: 'soak admin password 2026' };
  const common = {
    NODE_ENV: 'development',
    NODE_OPTIONS: deployedNodeOptions(),
    LOG_PRETTY: 'false',
    DATABASE_URL: proxied,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: config.queue.prefix,
    MAIL_DIR: path.join(workDir, 'mail'),
    UPLOAD_DIR: path.join(workDir, 'uploads'),
    PLATFORM_ADMIN_EMAIL: admin.email,
    PLATFORM_ADMIN_PASSWORD: admin.password,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  };
  // The api logs warnings and errors only (a request line each would drown them); the worker
  // logs at info: each line it writes is counted.
  const api = new WorkerProcess({ ...common, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1' }, API_ENTRY);
  const worker = new WorkerProcess({ ...common, LOG_LEVEL: 'info', OUTBOX_POLL_INTERVAL_MS: '500' }, WORKER_ENTRY);
  const peak = { api: 0, worker: 0 };
  const sampler = setInterval(() => {
    peak.api = Math.max(peak.api, api.rssBytes());
    peak.worker = Math.max(peak.worker, worker.rssBytes());
  }, 500);
  const db = await new DataSource({ type: 'postgres', url: config.database.url }).initialize();
  const base = `http://127.0.0.1:${port}/api/v1`;

  const stats = { requests: 0, byStatus: new Map<number, number>(), fivexx: [] as Array<{ at: number; what: string }> };
  const pgDown: Array<{ from: number; to: number }> = [];
  const call = async (method: 'GET' | 'POST', url: string, token?: string, body?: unknown, what = url) => {
    let status = 0;
    let json: any;
    try {
      const response = await request(`${base}/${url}`, {
        method,
        dispatcher: httpAgent,
        headersTimeout: 15_000,
        bodyTimeout: 15_000,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      status = response.statusCode;
      json = await response.body.json().catch(() => undefined);
    } catch {
      status = 599; // no answer at all
    }
    stats.requests += 1;
    stats.byStatus.set(status, (stats.byStatus.get(status) ?? 0) + 1);
    if (status >= 500) stats.fivexx.push({ at: Date.now(), what: `${method} ${what} → ${status}` });
    // A client told to come back later does not hammer: it waits (a second at most here).
    if (status === 503) await sleep(1_000);
    return { status, body: json };
  };

  const stopAll = async () => {
    clearInterval(sampler);
    api.kill('SIGKILL');
    worker.kill('SIGKILL');
    await db.destroy().catch(() => undefined);
    await proxy.close();
    await redis.stop();
    await drop().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    log(`starting the api and the worker (Redis on ${redis.port}, PostgreSQL through a proxy on ${proxy.port})`);
    const deadline = Date.now() + 120_000;
    while (
      !(await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error('the api did not become ready');
      await sleep(250);
    }
    await worker.started(120_000);

    // The world: a platform admin moderates; a verified provider lists an SEM and a CNC line;
    // SMEs book, reserve and write.
    const adminLogin = await call('POST', 'auth/login', undefined, admin);
    if (adminLogin.status !== 200) throw new Error(`admin login: ${adminLogin.status}`);
    const adminToken: string = adminLogin.body.accessToken;
    let serial = 0;
    const register = async (): Promise<Session> => {
      const n = ++serial;
      const r = await call('POST', 'auth/register', undefined, {
        organization: { name: `耐久测试企业${n}有限公司`, uscc: makeUscc() },
        user: { email: `soak${n}.${Date.now()}@example.cn`, password: PASSWORD, displayName: `soak ${n}` },
      });
      if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
      await db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [r.body.user.id]);
      return { token: r.body.accessToken, organizationId: r.body.organization.id };
    };
    const provider = await register();
    await db.query(`UPDATE organizations SET verification_state = 'verified' WHERE id = $1`, [provider.organizationId]);
    const corpus: Array<Record<string, any>> = readFileSync(DEMO_CORPUS_PATH, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    const bodyOf = (l: Record<string, any>, extra: Record<string, unknown> = {}) => ({
      kind: l.kind,
      title: l.title,
      description: l.description,
      tags: l.tags,
      category: l.category,
      priceFen: l.priceFen,
      priceUnit: l.priceUnit,
      details: l.details,
      ...extra,
    });
    const publish = async (body: Record<string, unknown>): Promise<string | undefined> => {
      const created = await call('POST', 'listings', provider.token, body, 'listings');
      if (created.status !== 201) return undefined;
      await call('POST', `listings/${created.body.id}/submit`, provider.token, undefined, 'listings/:id/submit');
      const approved = await call(
        'POST',
        `listings/${created.body.id}/approve`,
        adminToken,
        undefined,
        'listings/:id/approve',
      );
      return approved.body?.status === 'published' ? created.body.id : undefined;
    };
    const semSource = corpus.find((l) => l.ref === 'E001')!;
    const cncSource = corpus.find((l) => l.ref === 'C001')!;
    const sem = await publish(
      bodyOf(semSource, {
        details: {
          ...semSource.details,
          serviceModes: ['technician_operated', 'sample_testing'],
          requiresTraining: false,
        },
      }),
    );
    const cnc = await publish(
      bodyOf(cncSource, {
        priceFen: 38_000,
        priceUnit: 'machine_hour',
        details: {
          ...cncSource.details,
          capacity: { quantity: 100_000, unit: 'machine_hour', per: 'week' },
          minOrder: { quantity: 1, unit: 'machine_hour' },
          leadTimeDays: 0,
          periods: [{ start: monday(1), end: plusDays(monday(1), 20 * 7 - 1), quantity: 100_000 }],
        },
      }),
    );
    if (!sem || !cnc) throw new Error('the SEM and CNC listings could not be published');
    const smes: Session[] = [];
    for (let i = 0; i < 6; i += 1) smes.push(await register());
    const deals: Array<{ id: string; token: string }> = [];
    const queries = ['五轴 加工', '扫描电镜', 'CNC', '钛合金', '检测', '苏州 注塑', 'patent', '专利 许可', '三坐标'];

    // Traffic, clients side by side, until the time is up.
    const soakStart = Date.now();
    const soakEnd = soakStart + MINUTES * 60_000;
    const soakStartDb: Date = (await db.query(`SELECT now() AS now`))[0].now;
    log(`traffic for ${MINUTES} min with ${CLIENTS} clients`);
    const client = async () => {
      while (Date.now() < soakEnd) {
        const sme = smes[randomInt(smes.length)];
        const roll = randomInt(100);
        if (roll < 50) {
          await call(
            'GET',
            `search/listings?q=${encodeURIComponent(queries[randomInt(queries.length)])}`,
            undefined,
            undefined,
            'search/listings',
          );
        } else if (roll < 60) {
          const source = corpus[randomInt(corpus.length)];
          await publish(bodyOf(source, { title: `${source.title} · ${randomInt(1_000_000)}` }));
        } else if (roll < 75) {
          const ordered = await call(
            'POST',
            'bookings',
            sme.token,
            { listingId: sem, serviceMode: 'sample_testing', samples: 1, testItems: ['硬度'] },
            'bookings',
          );
          if (ordered.status === 201) deals.push({ id: ordered.body.id, token: sme.token });
        } else if (roll < 85) {
          const from = monday(1 + randomInt(20));
          const reserved = await call(
            'POST',
            'reservations',
            sme.token,
            { listingId: cnc, quantity: 1 + randomInt(5), from, to: plusDays(from, 6) },
            'reservations',
          );
          if (reserved.status === 201) deals.push({ id: reserved.body.id, token: sme.token });
        } else if (deals.length > 0) {
          const deal = deals[randomInt(deals.length)];
          await call(
            'POST',
            `deals/${deal.id}/messages`,
            deal.token,
            { body: `耐久测试消息 ${randomInt(1e6)}` },
            'deals/:id/messages',
          );
        }
      }
    };

    // Faults on their schedule.
    const faults = (async () => {
      const at = (offset: number) => sleep(Math.max(0, soakStart + offset - Date.now()));
      const plan: Array<{ offset: number; run: () => Promise<void> }> = [];
      for (let t = REDIS_FIRST_MS; t < MINUTES * 60_000 - 10_000; t += REDIS_EVERY_MS) {
        plan.push({
          offset: t,
          run: async () => {
            log('Redis: stopped (it keeps nothing: it comes back empty)');
            await redis.stop();
            await sleep(REDIS_DOWN_MS);
            await redis.start();
            log('Redis: started again, empty');
          },
        });
      }
      plan.push({
        offset: (MINUTES * 60_000) / 3 + 10_000,
        run: async () => {
          log('PostgreSQL: every connection through the proxy cut');
          pgDown.push({ from: Date.now(), to: Date.now() });
          proxy.sever();
        },
      });
      plan.push({
        offset: (2 * MINUTES * 60_000) / 3 + 10_000,
        run: async () => {
          log(`PostgreSQL: connections cut and refused for ${PG_REFUSE_MS / 1000} s`);
          const from = Date.now();
          await proxy.refuse();
          await sleep(PG_REFUSE_MS);
          await proxy.accept();
          pgDown.push({ from, to: Date.now() });
          log('PostgreSQL: accepting connections again');
        },
      });
      plan.sort((a, b) => a.offset - b.offset);
      for (const step of plan) {
        await at(step.offset);
        await step.run();
      }
    })();

    await Promise.all([...Array.from({ length: CLIENTS }, client), faults]);
    log(`traffic done: ${stats.requests} requests; waiting for the outbox to drain`);

    // Drain: every event written during the soak delivered (or the deadline).
    const drainDeadline = Date.now() + 120_000;
    let pending = Infinity;
    while (Date.now() < drainDeadline) {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE created_at >= $1 AND completed_at IS NULL`,
        [soakStartDb],
      );
      pending = n;
      if (pending === 0) break;
      await sleep(1_000);
    }

    const [{ written, applied }] = await db.query(
      `SELECT count(*)::int AS written, count(completed_at)::int AS applied FROM outbox WHERE created_at >= $1`,
      [soakStartDb],
    );
    // Effects: each deal event notifies the provider's one member exactly once.
    const [{ missing, duplicated }] = await db.query(
      `SELECT count(*) FILTER (WHERE n = 0)::int AS missing, count(*) FILTER (WHERE n > 1)::int AS duplicated
         FROM (SELECT o.id, (SELECT count(*) FROM notifications x
                              WHERE x.event_id = o.id AND x.organization_id = $2) AS n
                 FROM outbox o
                WHERE o.created_at >= $1 AND o.type IN ('deal.created', 'deal.message_posted')) per_event`,
      [soakStartDb, provider.organizationId],
    );
    const drift = await searchDrift(config.database.url);

    // Stopping, as a deployment would: SIGTERM, timed.
    const [apiStop, workerStop] = await Promise.all([api.terminate(), worker.terminate()]);
    clearInterval(sampler);

    const lost = written - applied + missing;
    const during = (at: number) => pgDown.some((w) => at >= w.from - 500 && at <= w.to + PG_GRACE_MS);
    const fivexxOutside = stats.fivexx.filter((f) => !during(f.at));
    const apiLines = api.lines.length;
    const workerLines = worker.lines.length;
    const warnings = [...api.lines, ...worker.lines].filter((l) => l.level >= 40);
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

    console.log('');
    console.log(`soak ran ${MINUTES} min of traffic (${Math.round((Date.now() - started) / 1000)} s in all)`);
    console.log(
      `  requests           ${stats.requests} (${[...stats.byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')})`,
    );
    console.log(`  events written     ${written}`);
    console.log(
      `  events applied     ${applied} (still pending after the drain: ${pending === Infinity ? '?' : pending})`,
    );
    console.log(
      `  effects missing    ${missing}, duplicated ${duplicated} (deal events → the provider's notification)`,
    );
    console.log(`  search drift       ${drift}`);
    console.log(
      `  5xx                ${stats.fivexx.length}, of which outside PostgreSQL outages: ${fivexxOutside.length}`,
    );
    for (const f of fivexxOutside.slice(0, 10)) console.log(`    ${new Date(f.at).toISOString()} ${f.what}`);
    console.log(
      `  peak RSS           api ${mb(peak.api)} MB, worker ${mb(peak.worker)} MB (${FROM_SOURCE ? 'TypeScript via @swc-node' : 'built, as deployed'})`,
    );
    console.log(
      `  log lines          api ${apiLines} (warn and above), worker ${workerLines} (info and above); warnings and errors ${warnings.length}`,
    );
    const byMessage = new Map<string, number>();
    for (const l of warnings) {
      const key = l.msg
        .replace(/[0-9a-f-]{36}/g, '<id>')
        .replace(/\d+/g, 'N')
        .slice(0, 120);
      byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
    }
    for (const [message, n] of [...byMessage].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`    ${String(n).padStart(4)} × ${message}`);
    }
    console.log(`  SIGTERM            api stopped in ${apiStop} ms, worker in ${workerStop} ms`);
    console.log(
      `soak: ${written} events, lost ${lost}, duplicated ${duplicated}, drift ${drift}, 5xx ${stats.fivexx.length}, peak rss api ${mb(peak.api)} MB worker ${mb(peak.worker)} MB`,
    );
  } finally {
    await stopAll();
  }
}

/** `search:check` against the database (directly, not through the proxy): the drift it reports. */
function searchDrift(databaseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      FROM_SOURCE
        ? ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/cli/search-index.ts', 'check']
        : ['dist/apps/api/apps/api/src/cli/search-index.js', 'check'],
      {
        cwd: path.resolve(__dirname, '..'),
        env: {
          ...process.env,
          TS_NODE_PROJECT: 'tsconfig.json',
          DATABASE_URL: databaseUrl,
          QUEUE_PREFIX: 'rt-soak-check',
          LOG_LEVEL: 'error',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      if (/No drift\./.test(out)) return resolve(0);
      const match = /Drift: (\d+) documents/.exec(out);
      if (match) return resolve(Number(match[1]));
      reject(new Error(`search:check said: ${out.trim().slice(0, 500)}`));
    });
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
