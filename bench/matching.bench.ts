/**
 * `npm run bench:matching`: 100k generated offers (the search benchmark's recombined
 * corpus text) written straight into the listings table and the PostgreSQL search engine,
 * from 2,000 verified providers; then 1,000 generated demands posted through the HTTP
 * API, each matched once by `MatchDemandUseCase.execute` in this process (no worker, so no
 * notification is delivered). Prints p50 / p95 / p99 per demand and demands per second.
 * `--offers=2000 --demands=50` for a quick run.
 */
import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { validateListingContent } from '@rongtong/listings';
import { MatchDemandUseCase } from '@rongtong/matching';
import { SearchEngines } from '@rongtong/search';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap';
import { DEMO_CORPUS_PATH } from '../apps/api/src/cli/data-paths';
import { type CorpusListing, readCorpus } from '../apps/api/src/cli/demo-seed';
import {
  chinaDate,
  demandBody,
  type MatchingCase,
  readMatchingCases,
  registerRequester,
  usccIn,
} from '../apps/api/src/cli/eval-matching';
import { generate } from './search.bench';
import { benchDatabase, percentile, summary, timed } from './support';

const flag = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const OFFERS = flag('offers', 100_000);
const DEMANDS = flag('demands', 1_000);
const PROVIDERS = Math.max(20, Math.round(OFFERS / 50));
const BATCH = 1000;

/** Where providers and requesters sit: the corpus's cities and the manufacturing regions around them. */
const REGIONS = [
  '320594',
  '320505',
  '320506',
  '320583',
  '320200',
  '320411',
  '310115',
  '310112',
  '440300',
  '440306',
  '440101',
  '441900',
  '330100',
  '330110',
  '110108',
  '350200',
  '420100',
  '370200',
  '510100',
  '340104',
];
const PROVIDER_WORDS = [
  '精密',
  '智造',
  '科技',
  '检测',
  '材料',
  '电子',
  '机械',
  '新能源',
  '仪器',
  '动力',
  '精工',
  '模塑',
];
const LOCATION_PREFERENCES = [
  'anywhere',
  'anywhere',
  'anywhere',
  'same_province',
  'same_province',
  'same_city',
] as const;
const ASKS = ['需要', '寻找', '求', '外协', '急需', 'Looking for'];

function pick<T>(items: readonly T[]): T {
  return items[randomInt(items.length)];
}

function vary(quantity: number, low: number, high: number, whole: boolean): number {
  const value = quantity * (low + Math.random() * (high - low));
  return whole ? Math.max(1, Math.round(value)) : Math.max(0.5, Math.round(value * 10) / 10);
}

interface Provider {
  id: string;
  name: string;
  regionCode: string;
}

/** Large, verified enterprises, written directly: registering 2,000 through argon2 would dominate the run. */
async function insertProviders(db: DataSource, count: number): Promise<Provider[]> {
  const providers: Provider[] = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `${pick(['苏州', '上海', '深圳', '广州', '杭州', '武汉', '成都', '青岛'])}${pick(PROVIDER_WORDS)}${pick(PROVIDER_WORDS)}${i}有限公司`,
    regionCode: REGIONS[i % REGIONS.length],
  }));
  for (let i = 0; i < providers.length; i += BATCH) {
    const rows = providers.slice(i, i + BATCH).map((p, j) => ({
      ...p,
      uscc: usccIn(p.regionCode, 1_000_000 + i + j),
      employees: 1000 + randomInt(20_000),
      revenue: (5 + randomInt(200)) * 100_000_000_00,
    }));
    await db.query(
      `INSERT INTO organizations (id, kind, name, uscc, region_code, industry_section, employees, annual_revenue_fen,
                                  size_class, verification_state, verified_at)
       SELECT r.id, 'enterprise', r.name, r.uscc, r."regionCode", 'C', r.employees, r.revenue, 'large', 'verified', now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, uscc text, "regionCode" text, employees int, revenue bigint)`,
      [JSON.stringify(rows)],
    );
  }
  return providers;
}

/** The base listing's details with the amounts a different provider of the same kind would offer. */
function variedDetails(base: CorpusListing): Record<string, unknown> {
  const details = structuredClone(base.details);
  if (base.kind === 'capacity') {
    const capacity = details.capacity as { quantity: number; unit: string };
    capacity.quantity = vary(capacity.quantity, 0.3, 3, capacity.unit === 'piece');
    details.leadTimeDays = Math.max(1, Math.round(Number(details.leadTimeDays) * (0.5 + Math.random())));
    const certifications = (details.certifications as string[]) ?? [];
    if (certifications.length > 1 && Math.random() < 0.3) details.certifications = certifications.slice(0, 1);
  }
  if (base.kind === 'equipment' && typeof details.hourlyRateFen === 'number') {
    details.hourlyRateFen = Math.round(details.hourlyRateFen * (0.6 + Math.random() * 0.8));
  }
  return details;
}

/** `count` offers as listing rows and search documents with the same ids, content and provider. */
async function loadOffers(app: NestFastifyApplication, corpus: CorpusListing[], providers: Provider[]) {
  const db = app.get(DataSource);
  const engine = app.get(SearchEngines, { strict: false }).postgres;
  for (let done = 0; done < OFFERS; done += BATCH) {
    const n = Math.min(BATCH, OFFERS - done);
    const documents = generate(corpus, n);
    const rows = documents.map((doc, i) => {
      // generate() recombines corpus[i % corpus.length] with other listings' sentences.
      const base = corpus[i % corpus.length];
      if (doc.kind !== base.kind || doc.tags !== base.tags)
        throw new Error('generate() no longer follows the corpus order');
      const provider = pick(providers);
      const content = validateListingContent(
        base.kind,
        {
          title: doc.title,
          description: doc.description,
          tags: doc.tags,
          category: base.category,
          regionCode: provider.regionCode,
          priceFen: doc.priceFen,
          priceUnit: doc.priceUnit,
          details: variedDetails(base),
        },
        { regionCode: provider.regionCode },
      );
      const details = content.details as unknown as Record<string, unknown>;
      Object.assign(doc, {
        provider: { id: provider.id, name: provider.name, verified: true },
        regionCode: provider.regionCode,
        certifications: (details.certifications as string[] | undefined) ?? [],
      });
      return {
        id: doc.id,
        owner: provider.id,
        kind: base.kind,
        title: content.title,
        description: content.description,
        tags: content.tags,
        category: content.category,
        regionCode: content.regionCode,
        priceFen: content.priceFen,
        priceUnit: content.priceUnit,
        details,
        publishedAt: doc.publishedAt,
      };
    });
    await db.query(
      `INSERT INTO listings (id, owner_organization_id, kind, status, title, description, tags, category, region_code,
                             price_fen, price_unit, visibility, details, published_at, created_at, updated_at)
       SELECT r.id, r.owner, r.kind, 'published', r.title, r.description, r.tags, r.category, r."regionCode",
              r."priceFen", r."priceUnit", 'public', r.details, r."publishedAt", r."publishedAt", r."publishedAt"
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, owner uuid, kind text, title text, description text,
              tags text[], category text, "regionCode" text, "priceFen" bigint, "priceUnit" text, details jsonb,
              "publishedAt" timestamptz)`,
      [JSON.stringify(rows)],
    );
    await engine.upsert(documents);
    if (done % 20_000 === 0) process.stdout.write(`  loaded ${done}/${OFFERS}\r`);
  }
  process.stdout.write(`\r${' '.repeat(30)}\r`);
  await db.query('VACUUM ANALYZE listings');
  await db.query('VACUUM ANALYZE search_documents');
}

/** A demand varied from one of the evaluation set's (half) or written from a corpus listing (half). */
function generateDemand(i: number, cases: MatchingCase[], corpus: CorpusListing[], regionCode: string) {
  const locationPreference = pick(LOCATION_PREFERENCES);
  if (i % 2 === 0) {
    const item = structuredClone(cases[(i / 2) % cases.length]);
    const details = item.demand.details;
    if (typeof details.quantity === 'number')
      details.quantity = vary(details.quantity, 0.5, 2, details.unit === 'piece');
    if (item.demand.kind !== 'ip') item.demand.locationPreference = locationPreference;
    if (Math.random() < 0.3) delete item.demand.certifications;
    return demandBody({ ...item, requesterRegionCode: regionCode });
  }
  const listing = corpus[randomInt(corpus.length)];
  const d = listing.details;
  const firstSentence = listing.description.split(/(?<=[。；.])/)[0];
  const common = {
    kind: listing.kind,
    title: `${pick(ASKS)} ${listing.tags.slice(0, 2).join(' ')}`,
    description: `${firstSentence} ${listing.title}`,
    ...(Math.random() < 0.7 ? { category: listing.category } : {}),
    regionCode,
  };
  const start = 3 + randomInt(40);
  if (listing.kind === 'capacity') {
    const capacity = d.capacity as { quantity: number; unit: string; per: string };
    const certifications = (d.certifications as string[]) ?? [];
    return {
      ...common,
      locationPreference,
      ...(certifications.length && Math.random() < 0.3 ? { certifications: [pick(certifications)] } : {}),
      budgetFen: 1_000_000 * (1 + randomInt(500)),
      details: {
        quantity: vary(capacity.quantity, 0.02, 0.3, capacity.unit === 'piece'),
        unit: capacity.unit,
        per: capacity.per,
        from: chinaDate(start),
        to: chinaDate(start + 30 + randomInt(150)),
        process: d.process,
        materials: ((d.materials as string[]) ?? []).slice(0, 1),
      },
    };
  }
  if (listing.kind === 'equipment') {
    const mode = pick(d.serviceModes as string[]);
    return {
      ...common,
      locationPreference,
      budgetFen: 100_000 * (1 + randomInt(100)),
      details:
        mode === 'sample_testing'
          ? {
              serviceMode: mode,
              samples: 1 + randomInt(20),
              testItems: [listing.tags[0]],
              from: chinaDate(start),
              to: chinaDate(start + 14),
            }
          : { serviceMode: mode, hours: 2 + randomInt(40), from: chinaDate(start), to: chinaDate(start + 21) },
    };
  }
  const licences = (d.transactionTypes as string[]).filter((t) => t !== 'assignment');
  const licenceType = licences.length ? pick(licences) : 'ordinary_licence';
  return {
    ...common,
    budgetFen: 10_000_000 * (1 + randomInt(50)),
    details: {
      technologyField: listing.tags[0],
      licenceType,
      territory: 'CN',
      termMonths: 12 * (1 + randomInt(8)),
    },
  };
}

async function main(): Promise<void> {
  const { config, drop } = await benchDatabase('rt_bench_matching');
  const app = await createApiApp(config);
  try {
    await app.init();
    const corpus = readCorpus(DEMO_CORPUS_PATH);
    const db = app.get(DataSource);

    const [providers, providersMs] = await timed(() => insertProviders(db, PROVIDERS));
    const [, loadMs] = await timed(() => loadOffers(app, corpus, providers));
    console.log(
      `Loaded ${OFFERS} offers (listings and PostgreSQL search engine) from ${providers.length} providers in ${((providersMs + loadMs) / 1000).toFixed(1)} s`,
    );

    const cases = readMatchingCases();
    const requesterRegions = [...new Set(cases.map((c) => c.requesterRegionCode))];
    const requesters: Array<{ regionCode: string; accessToken: string }> = [];
    for (const [i, regionCode] of requesterRegions.entries()) {
      requesters.push({ regionCode, ...(await registerRequester(app, regionCode, i + 1)) });
    }
    // A few more than measured: the first ones warm the matcher up (a second run on the same
    // demand would refresh its matches rather than create them, a different path).
    const warmUp = Math.min(20, Math.ceil(DEMANDS / 5));
    const posted: Array<{ id: string; kind: string }> = [];
    for (let i = 0; i < DEMANDS + warmUp; i++) {
      const requester = requesters[i % requesters.length];
      const body = generateDemand(i, cases, corpus, requester.regionCode);
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/demands',
        headers: { authorization: `Bearer ${requester.accessToken}` },
        payload: body,
      });
      if (response.statusCode !== 201) {
        throw new Error(`POST /demands: ${response.statusCode} ${response.body}\n${JSON.stringify(body)}`);
      }
      posted.push({ id: (JSON.parse(response.body) as { id: string }).id, kind: String(body.kind) });
    }
    const demands = posted.slice(warmUp);
    const byKind = (kind: string) => demands.filter((d) => d.kind === kind).length;
    console.log(
      `Posted ${demands.length} demands (capacity ${byKind('capacity')}, equipment ${byKind('equipment')}, ip ${byKind('ip')}) from ${requesters.length} SMEs`,
    );

    const matcher = app.get(MatchDemandUseCase, { strict: false });
    for (const demand of posted.slice(0, warmUp)) await matcher.execute(demand.id);

    const samples: number[] = [];
    const perKind = new Map<string, number[]>();
    const [, wallMs] = await timed(async () => {
      for (const demand of demands) {
        const [, ms] = await timed(() => matcher.execute(demand.id));
        samples.push(ms);
        perKind.set(demand.kind, [...(perKind.get(demand.kind) ?? []), ms]);
      }
    });
    const [{ matches }]: [{ matches: string }] = await db.query(
      `SELECT count(*) AS matches FROM demand_matches WHERE demand_id = ANY($1::uuid[])`,
      [demands.map((d) => d.id)],
    );

    console.log(`\nMatching at ${OFFERS} offers, each demand once, sequential, in process (no worker):`);
    console.log(summary('MatchDemandUseCase.execute', samples));
    for (const [kind, of] of perKind) console.log(summary(`  ${kind}`, of));
    console.log(`matches stored: ${(Number(matches) / demands.length).toFixed(1)} per demand`);
    console.log(
      `matching: ${demands.length} demands over ${OFFERS} offers, p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, ${(demands.length / (wallMs / 1000)).toFixed(0)} demands/s`,
    );
  } finally {
    await app.close();
    await drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
