/**
 * Bookings under contention and without it, through the HTTP API of the built app running
 * as its own process (as in production) on a scratch database; this process only sends
 * the requests. Prints:
 *   contention: 200 requests, N created, M conflicts, overlaps K, p99 X ms
 * and p50/p99/throughput for non-conflicting bookings.
 *
 *   npm run bench:booking -- --contenders=200 --bookings=1000 --concurrency=16
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { request } from 'undici';
import { DEMO_CORPUS_PATH } from '../apps/api/src/cli/data-paths';
import { makeUscc } from '../test/support/fixtures';
import { benchDatabase, deployedNodeOptions, httpAgent, percentile, summary, timed } from './support';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CONTENDERS = arg('contenders', 200);
const BOOKINGS = arg('bookings', 1000);
const CONCURRENCY = arg('concurrency', 16);
const LISTINGS = arg('listings', 20);
const PASSWORD = 'bench password 2026 booking';

/** CPU time (ms) the API process, PostgreSQL's processes and this process have used so far. */
function cpuNow(apiPid: number): { api: number; postgres: number; client: number } {
  const ms = (stat: string) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
  };
  let postgres = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes('(postgres)')) postgres += ms(stat);
    } catch {
      // gone meanwhile
    }
  }
  const own = process.cpuUsage();
  return { api: ms(readFileSync(`/proc/${apiPid}/stat`, 'utf8')), postgres, client: (own.user + own.system) / 1000 };
}

function cpuPerRequest(before: ReturnType<typeof cpuNow>, after: ReturnType<typeof cpuNow>, requests: number): string {
  const per = (key: keyof typeof before) => ((after[key] - before[key]) / requests).toFixed(2);
  return `CPU per request: api ${per('api')} ms, postgres ${per('postgres')} ms, client ${per('client')} ms`;
}

interface Session {
  token: string;
  organizationId: string;
}

async function main(): Promise<void> {
  const { config, drop } = await benchDatabase('rt_bench_booking');
  const apiMain = path.resolve(__dirname, '../dist/apps/api/apps/api/src/main.js');
  if (!existsSync(apiMain)) throw new Error('run npm run build first (npm run bench:booking does)');
  const port = 3900 + randomInt(90);
  const api: ChildProcess = spawn(
    process.execPath,
    [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), apiMain],
    {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        NODE_OPTIONS: deployedNodeOptions(),
        LOG_LEVEL: 'error',
        LOG_PRETTY: 'false',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: config.database.url,
        DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
        QUEUE_PREFIX: config.queue.prefix,
        AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      },
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error('the api did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const db = await new DataSource({ type: 'postgres', url: config.database.url }).initialize();
  const call = async (method: 'GET' | 'POST', url: string, token?: string, body?: unknown) => {
    const response = await request(`${base}/${url}`, {
      method,
      dispatcher: httpAgent,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.statusCode, body: (await response.body.json().catch(() => undefined)) as any };
  };
  let serial = 0;
  const register = async (): Promise<Session> => {
    const n = ++serial;
    const uscc = makeUscc();
    const r = await call('POST', 'auth/register', undefined, {
      organization: { name: `压测企业${n}有限公司`, uscc },
      user: { email: `bench${n}.${Date.now()}@example.cn`, password: PASSWORD, displayName: `bench ${n}` },
    });
    if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
    // Email verification is not what is measured: the address counts as proven.
    await db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [r.body.user.id]);
    return { token: r.body.accessToken, organizationId: r.body.organization.id };
  };

  try {
    const admin = await call('POST', 'auth/login', undefined, {
      email: config.platformAdmin!.email,
      password: config.platformAdmin!.password,
    });
    const provider = await register();
    // The provider is verified directly: the moderation flow is not what is measured here.
    await db.query(`UPDATE organizations SET verification_state = 'verified' WHERE id = $1`, [provider.organizationId]);
    const corpus = readFileSync(DEMO_CORPUS_PATH, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    const sem = corpus.find((l: { ref: string }) => l.ref === 'E001');
    const listings: string[] = [];
    for (let i = 0; i < LISTINGS; i++) {
      const created = await call('POST', 'listings', provider.token, {
        kind: 'equipment',
        title: `${sem.title} #${i}`,
        description: sem.description,
        tags: sem.tags,
        category: sem.category,
        priceFen: sem.priceFen,
        priceUnit: sem.priceUnit,
        details: { ...sem.details, booking: { openingHours: allWeek(), leadTimeHours: 1 } },
      });
      if (created.status !== 201) throw new Error(`listing: ${created.status} ${JSON.stringify(created.body)}`);
      await call('POST', `listings/${created.body.id}/submit`, provider.token);
      const approved = await call('POST', `listings/${created.body.id}/approve`, admin.body.accessToken);
      if (approved.body?.status !== 'published') throw new Error(`approve: ${JSON.stringify(approved.body)}`);
      listings.push(created.body.id);
    }
    const requesters: Session[] = [];
    for (let i = 0; i < 20; i++) requesters.push(await register());

    const day = new Date(Date.now() + 3 * 86_400_000);
    day.setUTCHours(1, 0, 0, 0); // 09:00 in China
    const at = (dayOffset: number, halfHour: number) =>
      new Date(day.getTime() + dayOffset * 86_400_000 + halfHour * 1_800_000);

    // Warm-up, as a running service is: clients connected (keep-alive), code compiled,
    // sessions known. Two bursts of GET /me at the contention's width, then bookings.
    for (let round = 0; round < 2; round++) {
      await Promise.all(
        Array.from({ length: CONTENDERS }, (_, i) => call('GET', 'me', requesters[i % requesters.length].token)),
      );
    }
    for (let i = 0; i < 20; i++) {
      await call('POST', 'bookings', requesters[i % 20].token, {
        listingId: listings[1 % listings.length],
        serviceMode: 'technician_operated',
        start: at(40, i).toISOString(),
        end: at(40, i + 1).toISOString(),
      });
    }

    // The floor: the same burst of authenticated requests that do next to nothing
    // (GET /me: the token checked, the actor loaded), so the booking figures can be read
    // against what the framework and this machine cost anyway.
    const floor: number[] = [];
    const floorCpu = cpuNow(api.pid!);
    await Promise.all(
      Array.from({ length: CONTENDERS }, async (_, i) => {
        const [, ms] = await timed(() => call('GET', 'me', requesters[i % requesters.length].token));
        floor.push(ms);
      }),
    );
    console.log(
      summary(`floor: ${CONTENDERS} × GET /me`, floor),
      cpuPerRequest(floorCpu, cpuNow(api.pid!), CONTENDERS),
    );

    // Contention: everyone wants the same slot at once.
    const slot = {
      listingId: listings[0],
      serviceMode: 'technician_operated',
      start: at(0, 0).toISOString(),
      end: at(0, 2).toISOString(),
    };
    const latencies: number[] = [];
    const statuses: number[] = [];
    const contentionCpu = cpuNow(api.pid!);
    const [, wallMs] = await timed(() =>
      Promise.all(
        Array.from({ length: CONTENDERS }, async (_, i) => {
          const [r, ms] = await timed(() => call('POST', 'bookings', requesters[i % requesters.length].token, slot));
          latencies.push(ms);
          statuses.push(r.status);
        }),
      ),
    );
    const contentionCpuAfter = cpuNow(api.pid!);
    const created = statuses.filter((s) => s === 201).length;
    const conflicts = statuses.filter((s) => s === 409).length;
    const [{ overlaps }] = await db.query(
      `SELECT count(*)::int AS overlaps FROM bookings a JOIN bookings b
         ON a.listing_id = b.listing_id AND a.deal_id < b.deal_id AND a.blocked && b.blocked
       WHERE a.active AND b.active`,
    );
    console.log(summary('contention latency', latencies), cpuPerRequest(contentionCpu, contentionCpuAfter, CONTENDERS));
    console.log(
      `contention wall ${wallMs.toFixed(0)} ms, ${(CONTENDERS / (wallMs / 1000)).toFixed(0)} req/s, other statuses: ${JSON.stringify(statuses.filter((s) => s !== 201 && s !== 409))}`,
    );

    // No contention: distinct slots across listings, CONCURRENCY clients at a time.
    const free: number[] = [];
    let next = 0;
    let failures = 0;
    const [, freeWallMs] = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < BOOKINGS) {
            const n = next++;
            const listing = listings[1 + (n % (listings.length - 1))];
            const k = Math.floor(n / (listings.length - 1));
            const [r, ms] = await timed(() =>
              call('POST', 'bookings', requesters[n % requesters.length].token, {
                listingId: listing,
                serviceMode: 'technician_operated',
                start: at(1 + Math.floor(k / 40), (k % 40) + 1).toISOString(),
                end: at(1 + Math.floor(k / 40), (k % 40) + 2).toISOString(),
              }),
            );
            if (r.status !== 201) failures++;
            free.push(ms);
          }
        }),
      ),
    );
    console.log(summary('free slots latency', free));
    console.log(
      `free slots: ${BOOKINGS} requests, ${failures} not created, concurrency ${CONCURRENCY}, ${(BOOKINGS / (freeWallMs / 1000)).toFixed(0)} bookings/s`,
    );
    console.log(
      `contention: ${CONTENDERS} requests, ${created} created, ${conflicts} conflicts, overlaps ${overlaps}, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
    );
  } finally {
    await db.destroy();
    await httpAgent.close();
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    await drop();
  }
}

function allWeek() {
  const day = [{ start: '00:00', end: '24:00' }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
