import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createScratchDatabase } from '@rongtong/platform';
import { type Judgements, ndcgAt, recallAt, SearchIndexer, SearchService } from '@rongtong/search';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { DEMO_CORPUS_PATH, DEV_QUERIES_PATH, EVERYDAY_QUERIES_PATH } from './data-paths';
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
  overall: { ndcg: number; recall: number; zeroResults: number };
  perQuery: Array<{ id: string; type: string; ndcg: number; recall: number; top: string[]; relaxed: boolean }>;
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
      relaxed: result.relaxed !== undefined,
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
    overall: {
      ndcg: mean(perQuery.map((q) => q.ndcg)),
      recall: mean(perQuery.map((q) => q.recall)),
      // The share of queries that found nothing: the searcher's dead ends.
      zeroResults: perQuery.filter((q) => q.top.length === 0).length / Math.max(perQuery.length, 1),
    },
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
 * the graded sets (data/eval/queries-dev.jsonl and data/eval/queries-everyday.jsonl, or the
 * one file named) and prints nDCG@10, recall@10 and the share of queries with no result,
 * per query type and overall, for each set.
 */
async function main(sets: Array<{ name: string; file: string }>): Promise<void> {
  const { config, drop } = await createScratchDatabase(process.env, 'rt_eval', { LOG_LEVEL: 'warn' });

  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await app.init();
    await seedDemo(app, readCorpus(DEMO_CORPUS_PATH));
    await app.get(SearchIndexer, { strict: false }).reindexAll();
    const refs: Array<{ id: string; ref: string }> = await app
      .get(DataSource)
      .query(`SELECT id, external_ref AS ref FROM listings`);
    const verbose = process.argv.includes('--verbose');
    const summary: string[] = [];
    for (const set of sets) {
      const report = await evaluate(
        app.get(SearchService, { strict: false }),
        new Map(refs.map((r) => [r.id, r.ref])),
        readQueries(set.file),
      );
      console.log(`== ${set.name} (${path.basename(set.file)}, ${report.perQuery.length} queries)`);
      for (const q of report.perQuery) {
        if (verbose || q.ndcg < 0.5)
          console.log(
            `${q.id.padEnd(5)} ${q.type.padEnd(17)} nDCG@10=${q.ndcg.toFixed(2)} recall@10=${q.recall.toFixed(2)}${q.relaxed ? ' relaxed' : ''}  top: ${q.top.slice(0, 6).join(' ') || '(nothing)'}`,
          );
      }
      for (const [type, m] of Object.entries(report.byType)) {
        console.log(
          `${type.padEnd(17)} (${String(m.queries).padStart(2)}) nDCG@10=${m.ndcg.toFixed(2)} recall@10=${m.recall.toFixed(2)}`,
        );
      }
      const line = `${set.name.padEnd(9)} nDCG@10=${report.overall.ndcg.toFixed(2)} recall@10=${report.overall.recall.toFixed(2)} zero-result=${(report.overall.zeroResults * 100).toFixed(1)}%`;
      console.log(`overall ${line}`);
      summary.push(line);
    }
    if (summary.length > 1) console.log(`\n${summary.join('\n')}`);
  } finally {
    await app.close();
    await drop();
  }
}

if (require.main === module) {
  const queries = process.argv.slice(2).find((a) => !a.startsWith('--'));
  main(
    queries
      ? [{ name: path.basename(queries, '.jsonl'), file: path.resolve(queries) }]
      : [
          { name: 'dev', file: DEV_QUERIES_PATH },
          { name: 'everyday', file: EVERYDAY_QUERIES_PATH },
        ],
  ).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
