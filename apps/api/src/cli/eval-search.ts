import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createScratchDatabase } from '@rongtong/platform';
import { type Judgements, ndcgAt, recallAt, SearchIndexer, SearchService } from '@rongtong/search';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { DEMO_CORPUS_PATH, DEV_QUERIES_PATH } from './data-paths';
import { readCorpus, seedDemo } from './demo-seed';

interface EvalQuery {
  id: string;
  q: string;
  filters: { kind?: string };
  relevant: Judgements;
  type: string;
}

export interface EvalReport {
  byType: Record<string, { queries: number; ndcg: number; recall: number }>;
  overall: { ndcg: number; recall: number };
  perQuery: Array<{ id: string; type: string; ndcg: number; recall: number; top: string[] }>;
}

/** Runs graded queries through the search service; the corpus must be loaded and indexed. */
export async function evaluate(
  search: SearchService,
  refOf: Map<string, string>,
  queries: EvalQuery[],
): Promise<EvalReport> {
  const perQuery: EvalReport['perQuery'] = [];
  for (const query of queries) {
    const result = await search.search(undefined, { q: query.q, kind: query.filters.kind, limit: 10 });
    const top = result.hits.map((hit) => refOf.get(hit.id) ?? hit.id);
    perQuery.push({
      id: query.id,
      type: query.type,
      ndcg: ndcgAt(10, top, query.relevant),
      recall: recallAt(10, top, query.relevant),
      top,
    });
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  const byType: EvalReport['byType'] = {};
  for (const type of [...new Set(perQuery.map((q) => q.type))]) {
    const of = perQuery.filter((q) => q.type === type);
    byType[type] = { queries: of.length, ndcg: mean(of.map((q) => q.ndcg)), recall: mean(of.map((q) => q.recall)) };
  }
  return {
    byType,
    perQuery,
    overall: { ndcg: mean(perQuery.map((q) => q.ndcg)), recall: mean(perQuery.map((q) => q.recall)) },
  };
}

export function readQueries(file: string): EvalQuery[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuery);
}

/**
 * `eval-search [queries.jsonl]`: loads the demo corpus into a fresh database, indexes it, runs
 * the graded queries (data/eval/queries-dev.jsonl unless another file is named) and prints
 * nDCG@10 and recall@10 per query type and overall.
 */
async function main(queriesPath: string): Promise<void> {
  const { config, drop } = await createScratchDatabase(process.env, 'rt_eval', { LOG_LEVEL: 'warn' });

  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await app.init();
    await seedDemo(app, readCorpus(DEMO_CORPUS_PATH));
    await app.get(SearchIndexer, { strict: false }).reindexAll();
    const refs: Array<{ id: string; ref: string }> = await app
      .get(DataSource)
      .query(`SELECT id, external_ref AS ref FROM listings`);
    const report = await evaluate(
      app.get(SearchService, { strict: false }),
      new Map(refs.map((r) => [r.id, r.ref])),
      readQueries(queriesPath),
    );
    const verbose = process.argv.includes('--verbose');
    for (const q of report.perQuery) {
      if (verbose || q.ndcg < 0.5)
        console.log(
          `${q.id.padEnd(5)} ${q.type.padEnd(17)} nDCG@10=${q.ndcg.toFixed(2)} recall@10=${q.recall.toFixed(2)}  top: ${q.top.slice(0, 6).join(' ')}`,
        );
    }
    for (const [type, m] of Object.entries(report.byType)) {
      console.log(
        `${type.padEnd(17)} (${String(m.queries).padStart(2)}) nDCG@10=${m.ndcg.toFixed(2)} recall@10=${m.recall.toFixed(2)}`,
      );
    }
    console.log(`overall nDCG@10=${report.overall.ndcg.toFixed(2)} recall@10=${report.overall.recall.toFixed(2)}`);
  } finally {
    await app.close();
    await drop();
  }
}

if (require.main === module) {
  const queries = process.argv.slice(2).find((a) => !a.startsWith('--'));
  main(queries ? path.resolve(queries) : DEV_QUERIES_PATH).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
