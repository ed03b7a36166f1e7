/**
 * `npm run bench:suppliers`: the supplier directory (GET /api/v1/suppliers) at 10,000
 * verified enterprises. Each has one to four published capacity or equipment listings
 * recombined from the demo corpus (processes, materials and certifications, Chinese and
 * some English), a profile (industry, description, some an English name), a region of 24,
 * a park of 20 for most, a size class, a 专精特新 tier for some and revealed ratings for
 * half of them; plus 500 verified enterprises with a profile and no listing. They are
 * bulk-inserted with SQL, then indexed by the built `search-index reindex` (the indexer
 * the worker runs). The built api runs as a process of its own, as deployed; the same
 * queries (capability words in Chinese and English, with and without region, park, size
 * class, tier, certification and rating filters, and browsing by filters alone) go through
 * the API and straight to the PostgreSQL engine as the directory asks it, one at a time,
 * alternating which goes first. Prints p50/p95/p99, throughput and the API/engine ratio;
 * last line `suppliers: <n> enterprises, api p50 … ms p99 … ms, engine p50 … ms p99 … ms, …`.
 *
 *   npm run bench:suppliers -- --enterprises=10000 --queries=1200
 *
 * BENCH_KEEP_DB=1 keeps the seeded database (named after its size) for the next run, which
 * then only applies new migrations (BENCH_REINDEX=1 also rebuilds the index); BENCH_SEED_ONLY=1
 * stops after seeding and indexing (with BENCH_KEEP_DB=1: seed under heavy.sh now, measure
 * under quiet.sh later).
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findCategory } from '@rongtong/listings';
import { type AppConfig, dataSourceOptions, ensureDatabase, loadConfig } from '@rongtong/platform';
import {
  parseSearchQuery,
  PostgresSearchEngine,
  type RawSearchParams,
  Segmenter,
  type SupplierSearchQuery,
  tierRank,
} from '@rongtong/search';
import { BADGE_TIERS } from '@rongtong/identity';
import { DataSource } from 'typeorm';
import { DEMO_CORPUS_PATH } from '../apps/api/src/cli/data-paths';
import type { CorpusListing } from './search.bench';
import { benchDatabase, deployedNodeOptions, httpAgent, httpGet, percentile, summary, timed } from './support';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ENTERPRISES = arg('enterprises', 10_000);
const PROFILE_ONLY = Math.round(ENTERPRISES / 20);
const ITERATIONS = arg('queries', 1200);
const PARKS = 20;
const TAG = 'SB';

/** Deterministic choices, so a kept database and a fresh one hold the same world. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(19);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const REGIONS: Array<[string, string, string]> = [
  ['320594', '苏州', 'Suzhou'],
  ['320505', '苏州', 'Suzhou'],
  ['320583', '昆山', 'Kunshan'],
  ['310115', '上海', 'Shanghai'],
  ['440300', '深圳', 'Shenzhen'],
  ['440101', '广州', 'Guangzhou'],
  ['441900', '东莞', 'Dongguan'],
  ['440600', '佛山', 'Foshan'],
  ['330100', '杭州', 'Hangzhou'],
  ['330200', '宁波', 'Ningbo'],
  ['110108', '北京', 'Beijing'],
  ['350200', '厦门', 'Xiamen'],
  ['350100', '福州', 'Fuzhou'],
  ['420100', '武汉', 'Wuhan'],
  ['370200', '青岛', 'Qingdao'],
  ['370100', '济南', 'Jinan'],
  ['320200', '无锡', 'Wuxi'],
  ['320100', '南京', 'Nanjing'],
  ['510100', '成都', 'Chengdu'],
  ['340100', '合肥', 'Hefei'],
  ['610100', '西安', "Xi'an"],
  ['430100', '长沙', 'Changsha'],
  ['410100', '郑州', 'Zhengzhou'],
  ['210200', '大连', 'Dalian'],
];
const NAME_WORDS = ['精密', '智造', '科技', '检测', '材料', '电子', '机械', '新能源', '仪器', '动力', '模具', '工业'];
const NAME_WORDS_EN: Record<string, string> = {
  精密: 'Precision',
  智造: 'Smart Manufacturing',
  科技: 'Technology',
  检测: 'Testing',
  材料: 'Materials',
  电子: 'Electronics',
  机械: 'Machinery',
  新能源: 'New Energy',
  仪器: 'Instruments',
  动力: 'Power',
  模具: 'Tooling',
  工业: 'Industrial',
};
const MODIFIERS = [
  '小批量',
  '快速交付',
  '支持打样',
  '长期合作',
  '产能充足',
  '含检测报告',
  'OEM',
  'low volume',
  'fast turnaround',
];
const CERTIFICATIONS = [
  'ISO 9001',
  'IATF 16949',
  'ISO 13485',
  'AS9100D',
  'ISO 14001',
  'NADCAP',
  'GJB 9001C',
  'ISO 45001',
];
const INDUSTRIES: Array<[string, string]> = [
  ['C', 'C33'],
  ['C', 'C34'],
  ['C', 'C35'],
  ['C', 'C36'],
  ['C', 'C38'],
  ['C', 'C39'],
  ['C', 'C40'],
  ['M', 'M74'],
];
const SIZES = ['micro', 'small', 'small', 'medium', 'medium', 'large', null];
const TIERS = ['innovative_sme', 'innovative_sme', 'provincial', 'little_giant', null, null, null, null];

interface SeedListing {
  id: string;
  owner: string;
  kind: string;
  title: string;
  title_en: string | null;
  description: string;
  tags: string[];
  category: string;
  region_code: string;
  price_fen: number | null;
  price_unit: string | null;
  details: Record<string, unknown>;
}

function uuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The enterprises and their listings, generated in TypeScript, inserted with SQL in batches. */
async function seed(db: DataSource, corpus: CorpusListing[]): Promise<void> {
  const usable = corpus.filter((l) => l.kind !== 'ip');
  const runner = db.createQueryRunner();
  try {
    await runner.startTransaction();
    const [operator] = await runner.query(
      `INSERT INTO organizations (kind, name, verification_state) VALUES ('park_operator', $1, 'verified') RETURNING id`,
      [`${TAG} park operator`],
    );
    const parks: Array<{ id: string }> = await runner.query(
      `INSERT INTO parks (name, region_code, operator_organization_id)
       SELECT $1 || ' park ' || g, '320594', $2 FROM generate_series(1, $3::int) g RETURNING id`,
      [TAG, operator.id, PARKS],
    );
    // The buyers whose reviews give the ratings.
    const [buyerUser] = await runner.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'SB buyer', 'x') RETURNING id`,
      [`${TAG.toLowerCase()}.buyer@example.cn`],
    );
    const [buyer] = await runner.query(
      `INSERT INTO organizations (kind, name, uscc, region_code, verification_state)
       VALUES ('enterprise', $1, $2, '320594', 'verified') RETURNING id`,
      [`${TAG} buyer`, `${TAG}BUYER00000000000`.slice(0, 18)],
    );
    await runner.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'owner')`, [
      buyerUser.id,
      buyer.id,
    ]);

    const total = ENTERPRISES + PROFILE_ONLY;
    for (let start = 0; start < total; start += 1000) {
      const organizations: Array<Record<string, unknown>> = [];
      const memberships: Array<{ park_id: string; organization_id: string }> = [];
      const listings: SeedListing[] = [];
      const reviews: Array<{ provider: string; listing: string; rating: number }> = [];
      for (let n = start; n < Math.min(total, start + 1000); n++) {
        const id = uuid();
        const [regionCode, city, cityEn] = pick(REGIONS);
        const words = [pick(NAME_WORDS), pick(NAME_WORDS)];
        const [section, division] = pick(INDUSTRIES);
        const tier = pick(TIERS);
        const mine = Array.from({ length: n < ENTERPRISES ? 1 + Math.floor(random() * 4) : 0 }, () => pick(usable));
        const specialty = mine[0] ?? pick(usable);
        organizations.push({
          id,
          name: `${city}${words.join('')}${n}有限公司`,
          name_en: random() < 0.35 ? `${cityEn} ${words.map((w) => NAME_WORDS_EN[w]).join(' ')} ${n} Co., Ltd.` : null,
          uscc: `${TAG}${String(n).padStart(16, '0')}`,
          region_code: regionCode,
          industry_section: section,
          industry_division: division,
          size_class: pick(SIZES),
          badge:
            tier === null
              ? null
              : {
                  tier,
                  issuingAuthority: '工业和信息化部',
                  certificateNumber: `${TAG}-${n}`,
                  expiresOn: '2030-12-31',
                  status: 'verified',
                },
          description: `${specialty.description.split(/[。；]/)[0]}。主营${specialty.category}，${(specialty.tags ?? []).slice(0, 3).join('、')}。`,
        });
        if (random() < 0.8) memberships.push({ park_id: pick(parks).id, organization_id: id });
        for (const base of mine) {
          const category = findCategory(base.kind, base.category);
          if (!category) continue;
          const details = { ...base.details };
          if (base.kind === 'capacity') {
            details.certifications = [
              ...new Set([...((details.certifications as string[] | undefined) ?? []), pick(CERTIFICATIONS)]),
            ];
          }
          const listingId = uuid();
          listings.push({
            id: listingId,
            owner: id,
            kind: base.kind,
            title: `${base.title} ${pick(MODIFIERS)}`,
            title_en: random() < 0.25 ? `${category.nameEn ?? category.slug} services, ${cityEn}` : null,
            description: base.description,
            tags: base.tags ?? [],
            category: category.slug,
            region_code: regionCode,
            price_fen: base.priceFen,
            price_unit: base.priceUnit,
            details,
          });
          if (random() < 0.5) reviews.push({ provider: id, listing: listingId, rating: 1 + Math.floor(random() * 5) });
        }
      }
      await runner.query(
        `INSERT INTO organizations (id, kind, name, name_en, uscc, region_code, industry_section, industry_division,
                                    size_class, badge, description, verification_state, verified_at)
         SELECT r.id, 'enterprise', r.name, r.name_en, r.uscc, r.region_code, r.industry_section, r.industry_division,
                r.size_class, r.badge, r.description, 'verified', now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, name_en text, uscc text, region_code text,
                industry_section text, industry_division text, size_class text, badge jsonb, description text)`,
        [JSON.stringify(organizations)],
      );
      await runner.query(
        `INSERT INTO park_memberships (park_id, organization_id, status, decided_at)
         SELECT r.park_id, r.organization_id, 'approved', now()
           FROM jsonb_to_recordset($1::jsonb) AS r(park_id uuid, organization_id uuid)`,
        [JSON.stringify(memberships)],
      );
      await runner.query(
        `INSERT INTO listings (id, owner_organization_id, kind, status, title, title_en, description, tags, category,
                               region_code, price_fen, price_unit, details, published_at)
         SELECT r.id, r.owner, r.kind, 'published', r.title, r.title_en, r.description,
                ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.category, r.region_code, r.price_fen, r.price_unit,
                r.details, now() - random() * interval '300 days'
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, owner uuid, kind text, title text, title_en text,
                description text, tags jsonb, category text, region_code text, price_fen bigint, price_unit text,
                details jsonb)`,
        [JSON.stringify(listings)],
      );
      // One completed deal per review, reviewed by both sides (so the provider's rating is revealed).
      await runner.query(
        `WITH r AS (SELECT gen_random_uuid() AS deal_id, * FROM jsonb_to_recordset($1::jsonb)
                      AS x(provider uuid, listing uuid, rating int)),
              d AS (INSERT INTO deals (id, kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                                       provider_organization_id, state, terms, closed_at)
                    SELECT deal_id, 'reservation', listing, 'SB deal', $2, $3, provider, 'completed', '{}'::jsonb,
                           now() - interval '30 days' FROM r RETURNING id)
         INSERT INTO reviews (deal_id, author_side, author_user_id, author_organization_id, subject_organization_id,
                              listing_id, rating)
         SELECT r.deal_id, s.side, $3, $2, CASE s.side WHEN 'requester' THEN r.provider ELSE $2 END, r.listing,
                CASE s.side WHEN 'requester' THEN r.rating ELSE 5 END
           FROM r CROSS JOIN (VALUES ('requester'), ('provider')) AS s(side)
          WHERE EXISTS (SELECT 1 FROM d WHERE d.id = r.deal_id)`,
        [JSON.stringify(reviews), buyer.id, buyerUser.id],
      );
      process.stdout.write(`  seeded ${Math.min(total, start + 1000)}/${total} enterprises\r`);
    }
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** With BENCH_KEEP_DB=1, one database per size, migrated and kept; else a scratch one, dropped. */
async function database(): Promise<{ config: AppConfig; drop: () => Promise<void>; kept: boolean }> {
  if (process.env.BENCH_KEEP_DB !== '1') return { ...(await benchDatabase('rt_bench_suppliers')), kept: false };
  const base = loadConfig(process.env);
  const url = new URL(base.database.url);
  url.pathname = `/rt_bench_suppliers_keep_${ENTERPRISES}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: `rt-bench-suppliers-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
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

function env(config: AppConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'development',
    NODE_OPTIONS: deployedNodeOptions(),
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    DATABASE_URL: config.database.url,
    QUEUE_PREFIX: config.queue.prefix,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  };
}

const DIST = path.resolve(__dirname, '../dist/apps/api/apps/api/src');

/** The built indexer (`search-index reindex`), as an operator rebuilds the index. */
async function reindex(config: AppConfig): Promise<void> {
  const child = spawn(process.execPath, [`${DIST}/cli/search-index.js`, 'reindex'], {
    env: env(config),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`search-index reindex exited with ${code}`);
}

async function startApi(config: AppConfig): Promise<{ base: string; child: ChildProcess }> {
  const port = 3900 + randomInt(90);
  const child = spawn(process.execPath, [`${DIST}/main.js`], {
    env: { ...env(config), PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while ((await httpGet(`${base}/health/ready`).catch(() => undefined))?.status !== 200) {
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('the api did not become ready');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base, child };
}

type SupplierParams = RawSearchParams & { sizeClass?: string; specialisedTier?: string; minRating?: number };

/** Capability words (Chinese, English, mixed), alone and with each filter; and filters alone. */
function queryMix(parks: string[]): SupplierParams[] {
  const words = [
    '五轴加工 钛合金',
    '注塑',
    '医疗器械 注塑',
    '铝合金压铸',
    '盐雾试验',
    '扫描电镜',
    '激光切割',
    '钣金',
    '热处理',
    '3D打印',
    '焊接',
    '无损检测',
    '电子组装 SMT',
    '模具',
    '精密 检测',
    '锻造',
    'CNC machining',
    'injection molding',
    'salt spray test',
    'aluminum die casting',
    'laser cutting',
    'heat treatment',
    'SEM',
    '5-axis CNC',
  ];
  const sizes = ['small', 'medium', 'large', 'micro'];
  const tiers = ['innovative_sme', 'provincial', 'little_giant'];
  return [
    ...words.map((q) => ({ q })),
    ...words.map((q, i) => ({ q, region: ['32', '44', '3205', '31', '33'][i % 5] })),
    ...words.map((q, i) => ({ q, park: parks[i % parks.length] })),
    ...words.map((q, i) => ({ q, sizeClass: sizes[i % sizes.length] })),
    ...words.map((q, i) => ({ q, specialisedTier: tiers[i % tiers.length] })),
    ...words.map((q, i) => ({ q, minRating: 3 + (i % 2) })),
    ...words.slice(0, 8).map((q, i) => ({ q, certifications: ['ISO 9001', 'IATF 16949'][i % 2] })),
    { region: '3205' },
    { park: parks[0] },
    { sizeClass: 'small', specialisedTier: 'little_giant' },
    { certifications: 'AS9100D' },
  ];
}

function url(base: string, params: SupplierParams): string {
  const query = new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, string] => [k, String(v)]),
  );
  return `${base}/api/v1/suppliers?${query.toString()}`;
}

/**
 * The engine query GET /suppliers makes for these parameters (SearchSuppliersUseCase), the
 * enterprises a rating floor admits given as the use case resolves them from the reviews.
 */
function engineQuery(params: SupplierParams, ratedAtLeast: Map<number, string[]>): SupplierSearchQuery {
  const { q, region, park, certifications } = params;
  const parsed = parseSearchQuery({ q, region, park, certifications }, []);
  const tier = BADGE_TIERS.find((t) => t === params.specialisedTier);
  return {
    q: parsed.q,
    filters: {
      region: parsed.filters.region,
      park: parsed.filters.park,
      certifications: parsed.filters.certifications,
      sizeClass: params.sizeClass,
      minTierRank: tier ? tierRank(tier) : undefined,
      ids: params.minRating === undefined ? undefined : ratedAtLeast.get(params.minRating),
    },
    page: 1,
    limit: 20,
  };
}

async function main(): Promise<void> {
  if (!existsSync(`${DIST}/main.js`) || !existsSync(`${DIST}/cli/search-index.js`)) {
    throw new Error('run npm run build first');
  }
  const { config, drop, kept } = await database();
  const db = await new DataSource(dataSourceOptions(config)).initialize();
  const engine = new PostgresSearchEngine(db, new Segmenter());
  let api: ChildProcess | undefined;
  try {
    const [{ count }]: [{ count: number }] = await db.query(
      `SELECT count(*)::int AS count FROM organizations WHERE uscc ~ $1`,
      [`^${TAG}[0-9]{16}$`],
    );
    if (kept && count === ENTERPRISES + PROFILE_ONLY) {
      console.log(`kept database: ${count} enterprises seeded before`);
    } else {
      if (count > 0) throw new Error(`the kept database holds a partial seed (${count}); drop it`);
      const corpus = readFileSync(DEMO_CORPUS_PATH, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as CorpusListing);
      const [, seedMs] = await timed(() => seed(db, corpus));
      const [{ listings }]: [{ listings: number }] = await db.query(
        `SELECT count(*)::int AS listings FROM listings WHERE status = 'published'`,
      );
      console.log(
        `seeded ${ENTERPRISES} enterprises with ${listings} published listings and ${PROFILE_ONLY} with a profile only in ${(seedMs / 1000).toFixed(1)} s`,
      );
    }
    // The index as the indexer builds it: after seeding, or on a kept database with BENCH_REINDEX=1
    // (after a change to what is indexed).
    if (!kept || count === 0 || process.env.BENCH_REINDEX === '1') {
      const [, indexMs] = await timed(() => reindex(config));
      await db.query('VACUUM ANALYZE');
      const [{ suppliers }]: [{ suppliers: number }] = await db.query(
        `SELECT count(*)::int AS suppliers FROM supplier_documents`,
      );
      console.log(`indexed by search-index reindex in ${(indexMs / 1000).toFixed(1)} s (${suppliers} suppliers)`);
    }
    if (process.env.BENCH_SEED_ONLY === '1') return;

    const parks: Array<{ id: string }> = await db.query(`SELECT id FROM parks WHERE name LIKE $1 ORDER BY id`, [
      `${TAG} park %`,
    ]);
    const started = await startApi(config);
    api = started.child;
    const mix = queryMix(parks.map((p) => p.id));
    // As DealFacts.providersRatedAtLeast resolves a rating floor (revealed reviews: both sides wrote one).
    const ratedAtLeast = new Map<number, string[]>();
    for (const min of new Set(mix.flatMap((p) => (p.minRating === undefined ? [] : [p.minRating])))) {
      const rows: Array<{ id: string }> = await db.query(
        `SELECT subject_organization_id AS id FROM reviews WHERE author_side = 'requester'
          GROUP BY 1 HAVING round(avg(rating), 2) >= $1`,
        [min],
      );
      ratedAtLeast.set(
        min,
        rows.map((r) => r.id),
      );
    }
    console.log(
      `\nSupplier directory at ${ENTERPRISES} enterprises, ${mix.length} distinct queries, ${ITERATIONS} each way, the built api as its own process (NODE_OPTIONS=${deployedNodeOptions()}):`,
    );
    // Warm-up: three passes of each.
    let empty = 0;
    for (let pass = 0; pass < 3; pass++) {
      for (const params of mix) {
        const response = await httpGet(url(started.base, params));
        if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${url(started.base, params)}`);
        if (pass === 0 && (JSON.parse(response.body.toString()) as { total: number }).total === 0) empty++;
        await engine.searchSuppliers(engineQuery(params, ratedAtLeast));
      }
    }
    const http: number[] = [];
    const direct: number[] = [];
    let bytes = 0;
    const [, wallMs] = await timed(async () => {
      for (let i = 0; i < ITERATIONS; i++) {
        const params = mix[i % mix.length];
        const viaEngine = async () => {
          const [, ms] = await timed(() => engine.searchSuppliers(engineQuery(params, ratedAtLeast)));
          direct.push(ms);
        };
        const viaApi = async () => {
          const [response, ms] = await timed(() => httpGet(url(started.base, params)));
          if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${url(started.base, params)}`);
          http.push(ms);
          bytes += response.body.length;
        };
        if (i % 2) await viaEngine().then(viaApi);
        else await viaApi().then(viaEngine);
      }
    });
    console.log(summary('  engine (supplier search)', direct));
    console.log(summary('  HTTP API', http), `  (responses ${(bytes / http.length / 1024).toFixed(1)} KiB on average)`);
    const ratio = (p: number) => (percentile(http, p) / percentile(direct, p)).toFixed(2);
    console.log(`  API / engine ratio: p50 ${ratio(50)}  p95 ${ratio(95)}  p99 ${ratio(99)}`);
    const throughput = (2 * ITERATIONS) / (wallMs / 1000);
    console.log(`  throughput (sequential, both ways): ${throughput.toFixed(0)} queries/s`);
    console.log(`  queries without a supplier: ${empty} of ${mix.length}`);
    console.log(
      `suppliers: ${ENTERPRISES} enterprises, api p50 ${percentile(http, 50).toFixed(1)} ms p95 ${percentile(http, 95).toFixed(1)} ms p99 ${percentile(http, 99).toFixed(1)} ms, engine p50 ${percentile(direct, 50).toFixed(1)} ms p99 ${percentile(direct, 99).toFixed(1)} ms, ratio p50 ${ratio(50)}, ${throughput.toFixed(0)} queries/s`,
    );
  } finally {
    if (api && api.exitCode === null) await new Promise((resolve) => api!.once('exit', resolve).kill('SIGTERM'));
    await httpAgent.close();
    await db.destroy();
    await drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
