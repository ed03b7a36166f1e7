import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  DecideVerificationUseCase,
  LoadActorUseCase,
  OrganizationDirectory,
  RegisterEnterpriseUseCase,
} from '@rongtong/identity';
import { MatchDemandUseCase } from '@rongtong/matching';
import { AppConfig, createScratchDatabase } from '@rongtong/platform';
import { SearchIndexer } from '@rongtong/search';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { createApiApp } from '../bootstrap';
import { DEMO_CORPUS_PATH } from './data-paths';
import { readCorpus, seedDemo } from './demo-seed';
import fixture from './matching-demands.json';

type Kind = 'capacity' | 'equipment' | 'ip';
const KINDS: readonly Kind[] = ['capacity', 'equipment', 'ip'];

/**
 * One demand of the matching set (`matching-demands.json`): a POST /demands body whose
 * dates are day offsets from today (`fromInDays`, `toInDays`, `deadlineInDays`), the
 * region of the SME that posts it, and the corpus refs a domain expert accepts.
 */
export interface MatchingCase {
  ref: string;
  requesterRegionCode: string;
  hard: string[];
  why: string;
  demand: {
    kind: Kind;
    title: string;
    description: string;
    category?: string;
    locationPreference?: string;
    certifications?: string[];
    budgetFen?: number;
    deadlineInDays?: number;
    details: Record<string, unknown> & { fromInDays?: number; toInDays?: number };
  };
  expected: string[];
}

export interface MatchingReport {
  perDemand: Array<{
    ref: string;
    kind: Kind;
    hard: string[];
    expected: string[];
    /** The best three, as corpus refs (a listing outside the corpus by its id). */
    top: Array<{ ref: string; score: number }>;
    matches: number;
    hit: boolean;
  }>;
  byKind: Record<Kind, { demands: number; hits: number; hitRate: number }>;
  overall: { demands: number; hits: number; hitRate: number };
}

export function readMatchingCases(): MatchingCase[] {
  return (fixture as unknown as { demands: MatchingCase[] }).demands;
}

/** China's date `days` from now, `YYYY-MM-DD`: what demand windows and deadlines are read against. */
export function chinaDate(days = 0): string {
  return DateTime.now().setZone('Asia/Shanghai').startOf('day').plus({ days }).toISODate()!;
}

/** The case as the SME would post it: offsets turned into dates, the SME's region stated. */
export function demandBody(item: MatchingCase): Record<string, unknown> {
  const { deadlineInDays, details, ...common } = item.demand;
  const { fromInDays, toInDays, ...rest } = details;
  return {
    ...common,
    regionCode: item.requesterRegionCode,
    ...(deadlineInDays === undefined ? {} : { deadline: chinaDate(deadlineInDays) }),
    details: {
      ...rest,
      ...(fromInDays === undefined ? {} : { from: chinaDate(fromInDays) }),
      ...(toInDays === undefined ? {} : { to: chinaDate(toInDays) }),
    },
  };
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A valid credit code in `regionCode` (both checks as GB 32100 / GB 11714 define them); `serial` keeps it distinct. */
export function usccIn(regionCode: string, serial: number): string {
  const body = `7${String(serial).padStart(7, '0')}`;
  const orgSum = [...body].reduce((sum, c, i) => sum + Number(c) * ORG_WEIGHTS[i], 0);
  const orgCheckValue = 11 - (orgSum % 11);
  const orgCheck = orgCheckValue === 10 ? 'X' : orgCheckValue === 11 ? '0' : String(orgCheckValue);
  const first17 = `91${regionCode}${body}${orgCheck}`;
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * (3 ** i % 31), 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Registers a small, verified manufacturing SME in the region and returns its access
 * token: the requester a demand is posted by.
 */
export async function registerRequester(
  app: NestFastifyApplication,
  regionCode: string,
  serial: number,
): Promise<{ organizationId: string; accessToken: string }> {
  const use = <T>(type: new (...args: never[]) => T): T => app.get(type, { strict: false });
  const registered = await use(RegisterEnterpriseUseCase).execute(
    {
      organization: {
        name: `评测需求方${regionCode}精密科技有限公司`,
        uscc: usccIn(regionCode, serial),
        industrySection: 'C',
        employees: 85,
        annualRevenueFen: 6_000_000_000,
      },
      user: {
        email: `requester.${regionCode}.${serial}@eval.rongtong.local`,
        password: 'Matching-Eval-2026',
        displayName: `评测需求方 ${regionCode}`,
      },
    },
    // An evaluation's requester is ready to post demands: no verification email to follow.
    { emailVerified: true },
  );
  const adminEmail = app.get(AppConfig).platformAdmin?.email;
  const adminId = adminEmail && (await use(OrganizationDirectory).userIdByEmail(adminEmail));
  if (adminId) {
    const admin = await use(LoadActorUseCase).forTrustedTool(adminId);
    await use(DecideVerificationUseCase).execute(admin, registered.organization.id, { action: 'verify' });
  }
  return { organizationId: registered.organization.id, accessToken: registered.accessToken };
}

async function call(
  app: NestFastifyApplication,
  method: 'GET' | 'POST',
  url: string,
  token: string,
  body?: unknown,
): Promise<unknown> {
  const response = await app.inject({
    method,
    url: `/api/v1/${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  const json: unknown = response.body ? JSON.parse(response.body) : undefined;
  if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return json;
}

interface RankedMatch {
  listingId: string;
  score: number | string;
}

/**
 * Posts every case's demand through the HTTP API as an SME of the case's region, runs
 * the matcher on it synchronously (no worker), reads the ranked matches back through the
 * API and counts a hit when an expected ref is among the best three. The corpus must be
 * loaded (`seedDemo`) and indexed.
 */
export async function evaluateMatching(
  app: NestFastifyApplication,
  cases: MatchingCase[] = readMatchingCases(),
): Promise<MatchingReport> {
  const refs: Array<{ id: string; ref: string | null }> = await app
    .get(DataSource)
    .query(`SELECT id, external_ref AS ref FROM listings`);
  const refOf = new Map(refs.map((r) => [r.id, r.ref ?? r.id]));
  const matcher = app.get(MatchDemandUseCase, { strict: false });

  const requesters = new Map<string, { accessToken: string }>();
  const perDemand: MatchingReport['perDemand'] = [];
  for (const item of cases) {
    let requester = requesters.get(item.requesterRegionCode);
    if (!requester) {
      requester = await registerRequester(app, item.requesterRegionCode, requesters.size + 1);
      requesters.set(item.requesterRegionCode, requester);
    }
    const demand = (await call(app, 'POST', 'demands', requester.accessToken, demandBody(item))) as { id: string };
    await matcher.execute(demand.id);
    const answer = await call(app, 'GET', `demands/${demand.id}/matches`, requester.accessToken);
    const ranked = (Array.isArray(answer) ? answer : ((answer as { items?: unknown[] }).items ?? [])) as RankedMatch[];
    const top = ranked.slice(0, 3).map((m) => ({ ref: refOf.get(m.listingId) ?? m.listingId, score: Number(m.score) }));
    perDemand.push({
      ref: item.ref,
      kind: item.demand.kind,
      hard: item.hard,
      expected: item.expected,
      top,
      matches: ranked.length,
      hit: top.some((t) => item.expected.includes(t.ref)),
    });
  }

  const rate = (of: MatchingReport['perDemand']) => {
    const hits = of.filter((d) => d.hit).length;
    return { demands: of.length, hits, hitRate: of.length ? hits / of.length : 0 };
  };
  const byKind = Object.fromEntries(KINDS.map((k) => [k, rate(perDemand.filter((d) => d.kind === k))])) as Record<
    Kind,
    MatchingReport['overall']
  >;
  return { perDemand, byKind, overall: rate(perDemand) };
}

/** The report as `eval:matching` prints it; the last line is the overall figure. */
export function formatMatchingReport(report: MatchingReport): string[] {
  const lines: string[] = [];
  for (const kind of KINDS) {
    const of = report.perDemand.filter((d) => d.kind === kind);
    if (of.length === 0) continue;
    lines.push(`${kind}:`);
    for (const d of of) {
      const top = d.top.map((t) => `${t.ref} ${t.score.toFixed(3)}`).join('  ') || '(no matches)';
      const hard = d.hard.length ? `  [${d.hard.join(', ')}]` : '';
      lines.push(
        `  ${d.ref.padEnd(5)} ${d.hit ? 'hit ' : 'MISS'}  top-3: ${top.padEnd(40)} expected: ${d.expected.join(' ')}  (${d.matches} matches)${hard}`,
      );
    }
  }
  for (const kind of KINDS) {
    const m = report.byKind[kind];
    if (m.demands) lines.push(`${kind.padEnd(9)} top-3 hit rate=${m.hitRate.toFixed(2)} (${m.hits}/${m.demands})`);
  }
  lines.push(`top-3 hit rate=${report.overall.hitRate.toFixed(2)} over ${report.overall.demands} demands`);
  return lines;
}

/**
 * `eval-matching`: loads the demo corpus into a fresh database, indexes it,
 * posts each demand of the matching set and prints the top-3 hit rate per kind and overall.
 */
async function main(): Promise<void> {
  const { config, drop } = await createScratchDatabase(process.env, 'rt_eval_matching', {
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
  });
  const app = await createApiApp(config);
  try {
    await app.init();
    await seedDemo(app, readCorpus(DEMO_CORPUS_PATH));
    await app.get(SearchIndexer, { strict: false }).reindexAll();
    const report = await evaluateMatching(app);
    for (const line of formatMatchingReport(report)) console.log(line);
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
