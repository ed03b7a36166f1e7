/**
 * Park analytics at scale: 50 parks, 5,000 enterprises, 100k listings and 300k deals over
 * two years, bulk-inserted with SQL on a scratch database, their facts and rollups built
 * by the projection (as a new deployment would), then the built api and worker running as
 * their own processes (as in production). Prints p50/p95 of a park's figures for a year
 * through the API and of a year's export (xlsx), and the lag from a committed deal event
 * to its facts in the rollups while 200 deal events a second arrive through the outbox.
 * Last line: `analytics: park p95 <a> ms, export p95 <b> ms, rollup lag p95 <c> ms`.
 *
 *   npm run bench:analytics -- --parks=50 --enterprises=5000 --listings=100000 --deals=300000 --rate=200 --seconds=30 --writers=16
 *
 * The events are committed by `--writers` connections, opened before the first event, at
 * most one transaction each at a time: when the database cannot keep up, the schedule
 * slips (the rate achieved is printed) instead of events waiting for a connection until
 * they time out. (Before, a pool of 40 with the apps' 5 s connection timeout took events at
 * any rate: on a loaded machine most of them failed for want of a connection, and the
 * connections it opened counted against PostgreSQL's max_connections, shared with
 * everything else running.)
 *
 * BENCH_KEEP_DB=1 keeps the seeded database (named after the world's size) for the next run,
 * which then only applies new migrations and skips seeding and the rebuild (the lag phase's
 * deals stay in it: a few thousand requested and declined reservations of one listing).
 * BENCH_SEED_ONLY=1 stops there (with BENCH_KEEP_DB=1: seed now, measure later).
 * BENCH_DIST=<dir> runs the api and worker built there (default dist/apps), e.g. a build of
 * an earlier commit, to compare two builds on the same database back to back.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnalyticsProjectionRepository, ProjectAnalyticsUseCase } from '@rongtong/analytics';
import { dataSourceOptions, ensureDatabase, loadConfig, type AppConfig, UnitOfWork } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import { request } from 'undici';
import { seedAnalyticsWorld } from '../test/support/analytics-world';
import { benchDatabase, deployedNodeOptions, httpAgent, percentile, summary, timed } from './support';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const PARKS = arg('parks', 50);
const ENTERPRISES = arg('enterprises', 5_000);
const LISTINGS = arg('listings', 100_000);
const DEALS = arg('deals', 300_000);
const REQUESTS = arg('requests', 300);
const EXPORTS = arg('exports', 30);
const RATE = arg('rate', 200);
const SECONDS = arg('seconds', 30);
/** Connections committing the deal events, each one transaction at a time. */
const WRITERS = arg('writers', 16);

let forwardWorker = true;

function log(line: string): void {
  console.log(line);
}

async function waitReady(url: string, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(url).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`the ${what} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** With BENCH_KEEP_DB=1, one database per world size, migrated and kept; else a scratch one, dropped. */
async function database(): Promise<{ config: AppConfig; drop: () => Promise<void>; kept: boolean }> {
  if (process.env.BENCH_KEEP_DB !== '1') return { ...(await benchDatabase('rt_bench_analytics')), kept: false };
  const base = loadConfig(process.env);
  const url = new URL(base.database.url);
  url.pathname = `/rt_bench_analytics_keep_${PARKS}_${ENTERPRISES}_${LISTINGS}_${DEALS}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: `rt-bench-analytics-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
  });
  await ensureDatabase(config.database.url);
  const migrator = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
  return { config, drop: async () => undefined, kept: true };
}

async function main(): Promise<void> {
  const { config, drop, kept } = await database();
  const dist = path.resolve(process.env.BENCH_DIST ?? path.resolve(__dirname, '../dist/apps'));
  const apiMain = `${dist}/api/apps/api/src/main.js`;
  const workerMain = `${dist}/worker/apps/worker/src/main.js`;
  const db = await new DataSource(
    dataSourceOptions({ database: { url: config.database.url, poolSize: 4 } }),
  ).initialize();
  const children: ChildProcess[] = [];
  try {
    // 1. The world, straight into the base tables (unless a kept database has it already).
    const seeded: Array<{ id: string }> = kept
      ? await db.query(`SELECT id FROM parks WHERE name LIKE 'AW BNCH park %' ORDER BY id`)
      : [];
    let parks = seeded.map((p) => p.id);
    if (parks.length === PARKS) {
      log(`kept database: ${PARKS} parks seeded before, facts and rollups kept`);
    } else {
      const runner = db.createQueryRunner();
      const [made, seedMs] = await timed(() =>
        seedAnalyticsWorld(
          (text, params) => runner.query(text, params),
          { parks: PARKS, enterprises: ENTERPRISES, listings: LISTINGS, deals: DEALS, months: 24, seed: 0.42 },
          'BNCH',
        ),
      );
      parks = made;
      await runner.query('ANALYZE');
      await runner.release();
      log(
        `seeded ${PARKS} parks, ${ENTERPRISES} enterprises, ${LISTINGS} listings, ${DEALS} deals in ${(seedMs / 1000).toFixed(1)} s`,
      );
    }

    // 2. Facts and rollups built by the projection, as for a database that existed before analytics.
    const project = new ProjectAnalyticsUseCase(new UnitOfWork(db), new AnalyticsProjectionRepository());
    const [built, buildMs]: [{ listings: number; deals: number }, number] =
      seeded.length === PARKS
        ? [{ listings: LISTINGS, deals: DEALS }, 0]
        : await timed(() => project.rebuildAll(5_000, { bulk: true }));
    {
      // What autovacuum does soon after a bulk load: statistics, and the visibility map that
      // lets index-only scans skip the tables' pages. A kept database too: an earlier run's
      // lag phase and new migrations' rollups filled from the facts leave pages autovacuum
      // may not have reached yet, and every run reads the rollups as a settled database has them.
      const [{ tables }] = await db.query(
        `SELECT string_agg(quote_ident(relname), ', ') AS tables FROM pg_class
          WHERE relkind = 'r' AND relname LIKE 'analytics\\_%' AND relnamespace = current_schema()::regnamespace`,
      );
      await db.query(`VACUUM (ANALYZE) ${tables}`);
      if (seeded.length !== PARKS) await db.query('ANALYZE');
    }
    const [sizes] = await db.query(
      `SELECT (SELECT count(*) FROM analytics_deal_facts)::int AS deal_facts,
              (SELECT count(*) FROM analytics_listing_facts)::int AS listing_facts,
              (SELECT count(*) FROM analytics_deal_rollup)::int + (SELECT count(*) FROM analytics_party_rollup)::int
              + (SELECT count(*) FROM analytics_listing_rollup)::int + (SELECT count(*) FROM analytics_booking_rollup)::int
              + (SELECT count(*) FROM analytics_licence_rollup)::int + (SELECT count(*) FROM analytics_capacity_rollup)::int
              + (SELECT count(*) FROM analytics_response_rollup)::int + (SELECT count(*) FROM analytics_listing_month_rollup)::int
              + (SELECT count(*) FROM analytics_served_rollup)::int + (SELECT count(*) FROM analytics_response_month_rollup)::int
              AS rollup_rows`,
    );
    log(
      `rollups built from ${built.listings} listings and ${built.deals} deals in ${(buildMs / 1000).toFixed(1)} s: ` +
        `${sizes.listing_facts} listing facts, ${sizes.deal_facts} deal facts, ${sizes.rollup_rows} rollup rows`,
    );

    if (process.env.BENCH_SEED_ONLY === '1') return; // with BENCH_KEEP_DB=1: seed now, measure later

    // A kept database holds the outbox of earlier runs, whose worker was stopped after the
    // results with jobs still queued (notifications, mostly) under that run's QUEUE_PREFIX.
    // This run's relay would find them missing from Redis and enqueue them all again, and
    // the worker would spend the lag phase on earlier runs' events (each run slower than
    // the last). They are set aside: every run starts as a fresh database does.
    if (kept) {
      const [{ count }]: Array<{ count: number }> = await db.query(
        `WITH earlier AS (
           UPDATE outbox SET published_at = coalesce(published_at, now()), completed_at = now()
            WHERE completed_at IS NULL RETURNING 1)
         SELECT count(*)::int AS count FROM earlier`,
      );
      if (count > 0) log(`kept database: ${count} events of earlier runs not delivered, set aside`);
    }

    // 3. The built api and worker.
    if (!existsSync(apiMain) || !existsSync(workerMain)) {
      throw new Error(`no build in ${dist}: run npm run build first (npm run bench:analytics does)`);
    }
    const port = 3900 + randomInt(90);
    const env = {
      ...process.env,
      NODE_ENV: 'development',
      NODE_OPTIONS: deployedNodeOptions(),
      LOG_LEVEL: 'error',
      LOG_PRETTY: 'false',
      HOST: '127.0.0.1',
      DATABASE_URL: config.database.url,
      DATABASE_POOL_SIZE: '20',
      QUEUE_PREFIX: config.queue.prefix,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      OUTBOX_POLL_INTERVAL_MS: '200',
    };
    // The worker's output is shown until the results are printed: nothing comes after the last line.
    const worker = spawn(process.execPath, [workerMain], {
      env: { ...env, PORT: String(port + 100) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const out of [worker.stdout, worker.stderr]) {
      out.on('data', (chunk: Buffer) => {
        if (forwardWorker) process.stderr.write(chunk);
      });
    }
    children.push(worker);
    children.push(spawn(process.execPath, [apiMain], { env: { ...env, PORT: String(port) }, stdio: 'ignore' }));
    await waitReady(`http://127.0.0.1:${port}/health/ready`, 'api');

    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await request(`${base}/auth/login`, {
      method: 'POST',
      dispatcher: httpAgent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: config.platformAdmin!.email, password: config.platformAdmin!.password }),
    });
    const { accessToken } = (await login.body.json()) as { accessToken: string };
    const get = async (url: string) => {
      const response = await request(`${base}/${url}`, {
        dispatcher: httpAgent,
        headers: { authorization: `Bearer ${accessToken}`, 'accept-language': 'zh-CN' },
      });
      const body = Buffer.from(await response.body.arrayBuffer());
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${body.toString()}`);
      return body;
    };
    const year = () => {
      const to = new Date(Date.now() - randomInt(0, 365) * 86_400_000);
      const from = new Date(to.getTime() - 364 * 86_400_000);
      return `from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`;
    };

    // 4. A park's figures for a year, and a year's export.
    for (let i = 0; i < 10; i++) await get(`parks/${parks[i % parks.length]}/analytics?${year()}`); // warm up
    const parkSamples: number[] = [];
    let sample: Buffer | undefined;
    for (let i = 0; i < REQUESTS; i++) {
      const [body, ms] = await timed(() => get(`parks/${parks[randomInt(parks.length)]}/analytics?${year()}`));
      parkSamples.push(ms);
      sample = body;
    }
    const figures = JSON.parse(sample!.toString()) as { totals: Record<string, number>; deals: unknown[] };
    log(summary('park analytics (a year)', parkSamples));
    log(`  a park's year: ${JSON.stringify(figures.totals)} (${figures.deals.length} deal rows)`);
    const exportSamples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < EXPORTS; i++) {
      const [body, ms] = await timed(() =>
        get(`parks/${parks[randomInt(parks.length)]}/analytics/export?format=xlsx&${year()}`),
      );
      exportSamples.push(ms);
      bytes = body.length;
    }
    log(summary('export xlsx (a year)', exportSamples) + `  (${(bytes / 1024).toFixed(0)} KB)`);
    const platformSamples: number[] = [];
    for (let i = 0; i < 3; i++) platformSamples.push((await timed(() => get('analytics/platform')))[1]);
    log(summary(`platform, ${parks.length} parks (a year)`, platformSamples));

    // 5. Rollup lag: deal events committed at RATE a second (half new deals, half state
    // changes of them), each in one transaction with its outbox row as the API writes it;
    // the lag is from the commit to the moment the deal's facts show the new state.
    const [{ listing_id, title, provider, requester, requester_user }] = await db.query(
      `SELECT l.id AS listing_id, l.title, l.owner_organization_id AS provider, r.id AS requester, m.user_id AS requester_user
         FROM listings l JOIN park_memberships pm ON pm.organization_id = l.owner_organization_id AND pm.status = 'approved'
         JOIN organizations r ON r.kind = 'enterprise' AND r.id <> l.owner_organization_id
         JOIN memberships m ON m.organization_id = r.id
        WHERE l.kind = 'capacity' LIMIT 1`,
    );
    const pending = new Map<string, { state: string; committedAt: number }>();
    const lags: number[] = [];
    const created: string[] = [];
    const payload = (dealId: string, state: string, previousState?: string) =>
      JSON.stringify({
        dealId,
        kind: 'reservation',
        listingId: listing_id,
        listingTitle: title,
        requesterOrganizationId: requester,
        requesterUserId: requester_user,
        providerOrganizationId: provider,
        state,
        ...(previousState ? { previousState, action: 'decline' } : {}),
        actorSide: previousState ? 'provider' : 'requester',
        actorUserId: previousState ? null : requester_user,
      });
    // The writers' connections, all open before the first event (a refused one fails the bench here).
    const writer = await new DataSource({
      ...dataSourceOptions({ database: { url: config.database.url, poolSize: WRITERS } }),
      extra: { connectionTimeoutMillis: 60_000 },
    }).initialize();
    await Promise.all(Array.from({ length: WRITERS }, () => writer.query('SELECT pg_sleep(0.05)')));
    const commitEvent = async () => {
      const change = created.length > 0 && randomInt(2) === 0;
      const dealId = change ? created.splice(randomInt(created.length), 1)[0] : randomUUID();
      const state = change ? 'declined' : 'requested';
      await writer.transaction(async (tx) => {
        if (change) {
          await tx.query(`UPDATE deals SET state = 'declined', updated_at = now() WHERE id = $1`, [dealId]);
          await tx.query(
            `INSERT INTO deal_events (deal_id, actor_side, action, from_state, to_state) VALUES ($1, 'provider', 'decline', 'requested', 'declined')`,
            [dealId],
          );
        } else {
          await tx.query(
            `INSERT INTO deals (id, kind, listing_id, listing_title, requester_organization_id, requester_user_id, provider_organization_id, state, terms)
             VALUES ($1, 'reservation', $2, $3, $4, $5, $6, 'requested', '{}')`,
            [dealId, listing_id, title, requester, requester_user, provider],
          );
          await tx.query(
            `INSERT INTO deal_events (deal_id, actor_user_id, actor_side, action, to_state) VALUES ($1, $2, 'requester', 'create', 'requested')`,
            [dealId, requester_user],
          );
        }
        await tx.query(
          `INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload) VALUES ($1, $2, 'deal', $3, $4::jsonb)`,
          [
            randomUUID(),
            change ? 'deal.state_changed' : 'deal.created',
            dealId,
            payload(dealId, state, change ? 'requested' : undefined),
          ],
        );
        await tx.query(`SELECT pg_notify('outbox', '')`);
      });
      pending.set(dealId, { state, committedAt: performance.now() });
      if (!change) created.push(dealId);
    };
    let polling = true;
    let lastCommit = performance.now();
    let failed = 0;
    const failures = new Map<string, number>();
    // The poller has its own connection: the events' transactions may take the whole pool.
    const watcher = await new DataSource(
      dataSourceOptions({ database: { url: config.database.url, poolSize: 1 } }),
    ).initialize();
    const poller = (async () => {
      while (polling || pending.size > 0) {
        const ids = [...pending.keys()];
        if (ids.length > 0) {
          const rows: Array<{ deal_id: string; state: string }> = await watcher.query(
            `SELECT DISTINCT deal_id, state FROM analytics_deal_facts WHERE deal_id = ANY($1::uuid[])`,
            [ids],
          );
          const now = performance.now();
          for (const row of rows) {
            const wanted = pending.get(row.deal_id);
            if (wanted && wanted.state === row.state) {
              lags.push(now - wanted.committedAt);
              pending.delete(row.deal_id);
            }
          }
        }
        if (!polling && pending.size > 0 && lags.length > 0 && performance.now() > lastCommit + 60_000) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const started = performance.now();
    const total = RATE * SECONDS;
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      while (inFlight.size >= WRITERS) await Promise.race(inFlight);
      // An event that could not be committed is counted by its reason, not fatal.
      const p = commitEvent()
        .catch((error: unknown) => {
          failed += 1;
          const e = error as { code?: string; driverError?: { code?: string }; message?: string };
          const reason = `${e?.driverError?.code ?? e?.code ?? ''} ${String(e?.message ?? error).slice(0, 80)}`.trim();
          failures.set(reason, (failures.get(reason) ?? 0) + 1);
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      lastCommit = performance.now();
    }
    await Promise.all(inFlight);
    await writer.destroy();
    const achieved = total / ((performance.now() - started) / 1000);
    polling = false;
    await poller.finally(() => watcher.destroy());
    log(
      `deal events: ${total - failed} committed (${failed} failed) at ${achieved.toFixed(0)}/s; ${lags.length} reached the rollups, ${pending.size} did not within 60 s`,
    );
    for (const [reason, count] of failures) log(`  failed ${count}×: ${reason}`);
    log(summary('rollup lag', lags));
    forwardWorker = false;

    log(
      `analytics: park p95 ${percentile(parkSamples, 95).toFixed(1)} ms, export p95 ${percentile(exportSamples, 95).toFixed(1)} ms, rollup lag p95 ${percentile(lags, 95).toFixed(0)} ms`,
    );
  } finally {
    for (const child of children.reverse()) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))),
      ),
    );
    await db.destroy();
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
