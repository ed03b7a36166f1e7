/**
 * `npm run bench:search`: 100k generated listings (recombined from the demo corpus's
 * Chinese and English text), searched through the HTTP API of the built api (a process
 * of its own, the worker beside it, as deployed) and directly against the PostgreSQL
 * engine in the same run; then 4 clients at once, and the time from a moderator's
 * approval to the listing being searchable. Prints p50 / p95 / p99, and the queries that
 * cost the engine most (each query's median over its runs).
 *
 * BENCH_KEEP_DB=1 keeps the seeded database (named after its size) for the next run, which
 * then only applies new migrations and skips the load; BENCH_SEED_ONLY=1 stops after the
 * load (seed under heavy.sh, measure later under quiet.sh). A kept database gains the 40
 * listings each run approves; BENCH_QUERY_PROFILE=<n> prints the n costliest queries (10).
 */
import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findCategory, type ListingKind } from '@rongtong/listings';
import { type AppConfig, dataSourceOptions, ensureDatabase, loadConfig } from '@rongtong/platform';
import {
  parseSearchQuery,
  PostgresSearchEngine,
  type RawSearchParams,
  type SearchDocument,
  type SearchEngine,
  Segmenter,
} from '@rongtong/search';
import { DataSource } from 'typeorm';
import { DEMO_CORPUS_PATH, DEV_QUERIES_PATH } from '../apps/api/src/cli/data-paths';
import { makeUscc, uniqueEmail } from '../test/support/fixtures';
import { benchDatabase, deployedNodeOptions, httpAgent, httpGet, percentile, summary, timed } from './support';

const TOTAL = Number(process.argv.find((a) => a.startsWith('--listings='))?.split('=')[1] ?? 100_000);
const ITERATIONS = Number(process.argv.find((a) => a.startsWith('--queries='))?.split('=')[1] ?? 1200);

export interface CorpusListing {
  ref: string;
  kind: ListingKind;
  title: string;
  description: string;
  tags: string[];
  category: string;
  regionCode: string;
  provider: { name: string };
  priceFen: number | null;
  priceUnit: string | null;
  details: Record<string, unknown>;
}

const REGIONS = [
  '320594',
  '320505',
  '310115',
  '440300',
  '440101',
  '330100',
  '110108',
  '350200',
  '420100',
  '370200',
  '320200',
  '510100',
  '320583',
  '320100',
  '330200',
  '340100',
  '610100',
  '430100',
  '410100',
  '440600',
  '441900',
  '210200',
  '350100',
  '370100',
];
const MODIFIERS = [
  '小批量',
  '快速交付',
  '现货',
  '可开专票',
  '支持打样',
  '24小时',
  '周末可约',
  '含检测报告',
  '长期合作',
  '产能充足',
  'fast turnaround',
  'low volume',
  'certified',
  'OEM',
  'ODM',
];
const PROVIDER_WORDS = ['精密', '智造', '科技', '检测', '材料', '电子', '机械', '新能源', '仪器', '动力'];
const CITY = [
  '苏州',
  '上海',
  '深圳',
  '广州',
  '杭州',
  '北京',
  '厦门',
  '武汉',
  '青岛',
  '无锡',
  '成都',
  '南京',
  '宁波',
  '合肥',
  '西安',
];

function pick<T>(items: readonly T[]): T {
  return items[randomInt(items.length)];
}

function sentences(text: string): string[] {
  return text.split(/(?<=[。；;.])/).filter((s) => s.trim().length > 4);
}

export function generate(corpus: CorpusListing[], n: number): SearchDocument[] {
  const pool = corpus.flatMap((l) => sentences(l.description).map((s) => ({ kind: l.kind, s })));
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => {
    const base = corpus[i % corpus.length];
    const extra = Array.from({ length: 2 }, () => pick(pool.filter((p) => p.kind === base.kind)).s).join('');
    const category = findCategory(base.kind, base.category)!;
    const published = new Date(now - randomInt(365 * 86_400_000)).toISOString();
    const details = base.details;
    return {
      id: randomUUID(),
      kind: base.kind,
      title: `${base.title} ${pick(MODIFIERS)}`,
      titleEn: null,
      description: `${base.description}${extra}`,
      descriptionEn: null,
      tags: base.tags,
      category: category.name,
      categoryEn: category.nameEn,
      categorySlug: category.slug,
      provider: {
        id: randomUUID(),
        name: `${pick(CITY)}${pick(PROVIDER_WORDS)}${pick(PROVIDER_WORDS)}有限公司`,
        verified: true,
      },
      regionCode: pick(REGIONS),
      regionNames: [],
      parkIds: [],
      visibility: 'public',
      priceFen: base.priceFen === null ? null : Math.round(base.priceFen * (0.6 + Math.random() * 0.8)),
      priceUnit: base.priceUnit,
      certifications: (details.certifications as string[] | undefined) ?? [],
      serviceModes: (details.serviceModes as string[] | undefined) ?? [],
      patentType: (details.patentType as string | undefined) ?? null,
      transactionTypes: (details.transactionTypes as string[] | undefined) ?? [],
      openLicence: details.openLicence === true,
      detailsText: [details.process, details.manufacturer, details.model].filter(
        (v): v is string => typeof v === 'string',
      ),
      geo: null,
      publishedAt: published,
      updatedAt: published,
    };
  });
}

function queryMix(): RawSearchParams[] {
  const dev = readFileSync(DEV_QUERIES_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; filters: { kind?: string } });
  const plain = dev.map((d) => ({ q: d.q, kind: d.filters.kind }));
  const filtered: RawSearchParams[] = dev.flatMap((d, i) => [
    { q: d.q, kind: d.filters.kind, region: ['32', '44', '3205', '31'][i % 4] },
    { q: d.q, kind: d.filters.kind, priceMax: 50_000, sort: i % 2 ? 'price_asc' : 'relevance' },
  ]);
  const browse: RawSearchParams[] = [
    { kind: 'capacity', certifications: 'ISO 9001' },
    { kind: 'equipment', sort: 'newest' },
    { region: '3205' },
  ];
  return [...plain, ...filtered, ...browse];
}

/** With BENCH_KEEP_DB=1, one database per size, migrated and kept; else a scratch one, dropped. */
async function database(): Promise<{ config: AppConfig; drop: () => Promise<void> }> {
  if (process.env.BENCH_KEEP_DB !== '1') return benchDatabase('rt_bench_search');
  const base = loadConfig(process.env);
  const url = new URL(base.database.url);
  url.pathname = `/rt_bench_search_keep_${TOTAL}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: `rt-bench-search-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
  await ensureDatabase(config.database.url);
  const migrator = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
  return { config, drop: async () => undefined };
}

async function main(): Promise<void> {
  const { config, drop } = await database();
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  // The engine as the API holds it, in this process: nothing of the HTTP app is loaded
  // here, so "engine (direct)" is the engine's own time and nothing else's.
  const engine = new PostgresSearchEngine(dataSource, new Segmenter());
  let processes: Deployed | undefined;
  try {
    const corpus = readFileSync(DEMO_CORPUS_PATH, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as CorpusListing);
    const [{ present }]: [{ present: number }] = await dataSource.query(
      `SELECT count(*)::int AS present FROM search_documents`,
    );
    if (present >= TOTAL) {
      console.log(`Kept database: ${present} listings loaded before`);
      // Loaded with another glossary (or before concepts were index terms): as the worker would at start.
      const [refreshed, refreshMs] = await timed(() => engine.refreshGlossaryConcepts());
      if (refreshed) {
        console.log(`Glossary concepts indexed in ${(refreshMs / 1000).toFixed(1)} s`);
        await dataSource.query('VACUUM ANALYZE search_documents');
      }
    } else {
      await dataSource.query('TRUNCATE search_documents, search_terms');
      // An empty index takes this glossary's concept terms at once; each row loaded carries them.
      await engine.refreshGlossaryConcepts();
      const [, loadMs] = await timed(async () => {
        for (let done = 0; done < TOTAL; done += 1000) {
          await engine.upsert(generate(corpus, Math.min(1000, TOTAL - done)));
          if (done % 20_000 === 0) process.stdout.write(`  loaded ${done}/${TOTAL}\r`);
        }
      });
      console.log(
        `Loaded ${TOTAL} listings into the PostgreSQL engine in ${(loadMs / 1000).toFixed(1)} s (${Math.round(TOTAL / (loadMs / 1000))}/s)`,
      );
      await dataSource.query('VACUUM ANALYZE search_documents, search_terms');
    }
    if (process.env.BENCH_SEED_ONLY === '1') return; // with BENCH_KEEP_DB=1: seed now, measure later

    processes = await startDeployed(config);
    const mix = queryMix();
    console.log(
      `\nSearch at ${TOTAL} listings, ${mix.length} distinct queries (with and without filters), ${ITERATIONS} each way,`,
    );
    console.log(
      `the built api and worker as processes of their own, as deployed (NODE_OPTIONS=${deployedNodeOptions()}):`,
    );
    await compareWithEngine(processes.base, engine, mix);
    await concurrent(processes.base, mix);
    // Approved → searchable, through the API with the worker relaying and indexing.
    const visible = await approvalToSearchable(`${processes.base}/api/v1`, corpus, dataSource);
    console.log(summary('approved → searchable', visible));
    const [api, worker] = processes.peakRssMb();
    console.log(`memory (peak rss): api ${api.toFixed(0)} MB, worker ${worker.toFixed(0)} MB`);
  } finally {
    await processes?.stop();
    await httpAgent.close();
    await dataSource.destroy();
    await drop();
  }
}

interface Deployed {
  base: string;
  peakRssMb(): [number, number];
  stop(): Promise<void>;
}

/** The built api and worker (`npm run build`), started on the bench's database. */
async function startDeployed(config: AppConfig): Promise<Deployed> {
  const apiMain = path.resolve(__dirname, '../dist/apps/api/apps/api/src/main.js');
  const workerMain = path.resolve(__dirname, '../dist/apps/worker/apps/worker/src/main.js');
  if (!existsSync(apiMain) || !existsSync(workerMain)) throw new Error('run npm run build first');
  const port = 3900 + randomInt(90);
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    NODE_OPTIONS: deployedNodeOptions(),
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: config.database.url,
    QUEUE_PREFIX: config.queue.prefix,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  };
  const children = [
    spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'ignore', 'inherit'] }),
    spawn(process.execPath, [workerMain], { env, stdio: ['ignore', 'ignore', 'inherit'] }),
  ];
  const peak = [0, 0];
  const sampler = setInterval(() => {
    children.forEach((child, i) => {
      const status = child.pid && child.exitCode === null ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
      peak[i] = Math.max(peak[i], Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    });
  }, 100);
  const stop = async () => {
    clearInterval(sampler);
    const running = children.filter((child) => child.exitCode === null);
    await Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'))));
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while ((await httpGet(`${base}/health/ready`).catch(() => undefined))?.status !== 200) {
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the api did not become ready');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base, peakRssMb: () => [peak[0] / 1024, peak[1] / 1024], stop };
}

function searchUrl(base: string, params: RawSearchParams): string {
  const query = new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, string] => [k, String(v)]),
  );
  return `${base}/api/v1/search/listings?${query.toString()}`;
}

/**
 * The same queries, one at a time, through the HTTP API and straight to the engine,
 * alternating which goes first, after three warm-up passes of each; prints both
 * distributions and their ratio.
 */
async function compareWithEngine(base: string, engine: SearchEngine, mix: RawSearchParams[]): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    for (const params of mix) {
      await httpGet(searchUrl(base, params));
      await engine.search(parseSearchQuery(params, []));
    }
  }
  const http: number[] = [];
  const direct: number[] = [];
  const perQuery = new Map<RawSearchParams, number[]>();
  let responseBytes = 0;
  const [, wallMs] = await timed(async () => {
    for (let i = 0; i < ITERATIONS; i++) {
      const params = mix[i % mix.length];
      const measureDirect = async () => {
        const [, ms] = await timed(() => engine.search(parseSearchQuery(params, [])));
        direct.push(ms);
        perQuery.set(params, [...(perQuery.get(params) ?? []), ms]);
      };
      const measureHttp = async () => {
        const [response, ms] = await timed(() => httpGet(searchUrl(base, params)));
        if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${searchUrl(base, params)}`);
        http.push(ms);
        responseBytes += response.body.length;
      };
      if (i % 2) await measureDirect().then(measureHttp);
      else await measureHttp().then(measureDirect);
    }
  });
  console.log(summary('  engine (direct)', direct));
  console.log(
    summary('  HTTP API', http),
    `  (responses ${(responseBytes / http.length / 1024).toFixed(1)} KiB on average)`,
  );
  console.log(
    `  API / engine ratio: p50 ${(percentile(http, 50) / percentile(direct, 50)).toFixed(2)}  p95 ${(percentile(http, 95) / percentile(direct, 95)).toFixed(2)}  p99 ${(percentile(http, 99) / percentile(direct, 99)).toFixed(2)}`,
  );
  console.log(`  throughput (sequential, both ways): ${((2 * ITERATIONS) / (wallMs / 1000)).toFixed(0)} searches/s`);
  const costliest = [...perQuery]
    .map(([params, samples]) => ({ params, median: percentile(samples, 50), max: Math.max(...samples) }))
    .sort((a, b) => b.median - a.median)
    .slice(0, Number(process.env.BENCH_QUERY_PROFILE ?? 10));
  console.log(`  costliest queries on the engine (median / max of their runs):`);
  for (const { params, median, max } of costliest) {
    const shown = Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
    console.log(`    ${median.toFixed(2).padStart(7)} / ${max.toFixed(2).padStart(7)} ms  ${shown}`);
  }
}

/** The same queries through HTTP, 4 at a time. */
async function concurrent(base: string, mix: RawSearchParams[]): Promise<void> {
  const latencies: number[] = [];
  let next = 0;
  const [, wallMs] = await timed(() =>
    Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < mix.length * 8) {
          const url = searchUrl(base, mix[next++ % mix.length]);
          const [, ms] = await timed(() => httpGet(url));
          latencies.push(ms);
        }
      }),
    ),
  );
  console.log(summary('  HTTP API, 4 concurrent', latencies));
  console.log(`  throughput (4 concurrent clients): ${(latencies.length / (wallMs / 1000)).toFixed(0)} searches/s`);
}

async function approvalToSearchable(base: string, corpus: CorpusListing[], db: DataSource): Promise<number[]> {
  const call = async (method: string, url: string, body?: unknown, token?: string): Promise<any> => {
    const response = await fetch(`${base}/${url}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
    if (response.status >= 400) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const login = (email: string, password: string) => call('POST', 'auth/login', { email, password });
  const admin = await login('admin@rongtong.local', 'Rongtong-Admin-2026!');
  const password = 'bench password 2026';
  // Fresh names each run: a kept database has the last run's enterprise and park.
  const uscc = makeUscc();
  const provider = await call('POST', 'auth/register', {
    organization: { name: `基准测试精密有限公司${uscc.slice(-4)}`, uscc },
    user: { email: uniqueEmail('bench.provider'), password, displayName: 'Bench' },
  });
  // Email verification is not what is measured: the address counts as proven.
  await db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [provider.user.id]);
  const park = await call(
    'POST',
    'parks',
    {
      name: `基准测试园区${uscc.slice(-4)}`,
      regionCode: '320594',
      operator: { name: `基准测试园区管委会${uscc.slice(-4)}`, adminEmail: uniqueEmail('bench.operator') },
    },
    admin.accessToken,
  );
  const operator = await call('POST', 'invitations/accept', { token: park.invitation.token, password });
  await call(
    'POST',
    `parks/${park.park.id}/memberships`,
    { organizationId: provider.organization.id },
    provider.accessToken,
  );
  await call(
    'POST',
    `parks/${park.park.id}/memberships/${provider.organization.id}/approve`,
    undefined,
    operator.accessToken,
  );
  await call('POST', `organizations/${provider.organization.id}/verify`, undefined, operator.accessToken);

  const samples: number[] = [];
  const items = corpus.filter((l) => l.kind === 'capacity').slice(0, 40);
  for (const [i, item] of items.entries()) {
    const marker = `bnch${i}x${randomInt(1e6)}`;
    const { kind, title, description, tags, category, priceFen, priceUnit, details } = item;
    const listing = await call(
      'POST',
      'listings',
      { kind, title: `${title} ${marker}`, description, tags, category, priceFen, priceUnit, details },
      provider.accessToken,
    );
    await call('POST', `listings/${listing.id}/submit`, undefined, provider.accessToken);
    const started = performance.now();
    await call('POST', `listings/${listing.id}/approve`, undefined, operator.accessToken);
    for (;;) {
      const result = await call('GET', `search/listings?q=${marker}`);
      if (result.hits.some((h: { id: string }) => h.id === listing.id)) break;
      if (performance.now() - started > 10_000) throw new Error('not searchable after 10 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    samples.push(performance.now() - started);
  }
  return samples;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
