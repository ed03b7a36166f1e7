import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createScratchDatabase } from '@rongtong/platform';
import { type Judgements, ndcgAt, recallAt, SearchIndexer } from '@rongtong/search';
import { SearchSuppliersUseCase } from '@rongtong/sourcing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { DEMO_CORPUS_PATH } from './data-paths';
import { readCorpus, seedDemo } from './demo-seed';

/**
 * `eval-suppliers [suppliers.jsonl]`: the supplier directory (GET /suppliers) on a graded set
 * of enterprises, judged by their credit codes (data/eval/suppliers.jsonl, judged by meaning:
 * data/eval/README.md). Loads the demo corpus into a fresh database, indexes it (listings and
 * the directory's documents), and prints nDCG@10 and recall@10 per query type and overall,
 * the zero-result share, and the mean time of a directory query.
 */
async function main(file: string): Promise<void> {
  const queries = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; q: string; relevant: Judgements; type: string });
  const { config, drop } = await createScratchDatabase(process.env, 'rt_eval_suppliers', { LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await app.init();
    await seedDemo(app, readCorpus(DEMO_CORPUS_PATH));
    await app.get(SearchIndexer, { strict: false }).reindexAll();
    const orgs: Array<{ id: string; uscc: string }> = await app
      .get(DataSource)
      .query(`SELECT id, uscc FROM organizations WHERE kind = 'enterprise'`);
    const usccOf = new Map(orgs.map((o) => [o.id, o.uscc]));
    const directory = app.get(SearchSuppliersUseCase, { strict: false });
    const rows: Array<{ id: string; type: string; ndcg: number; recall: number; top: string[] }> = [];
    let elapsed = 0;
    for (const query of queries) {
      const started = performance.now();
      const result = await directory.execute(undefined, { q: query.q, page: 1, limit: 10 });
      elapsed += performance.now() - started;
      const top = result.items.map((s) => usccOf.get(s.organizationId) ?? s.organizationId);
      rows.push({
        id: query.id,
        type: query.type,
        ndcg: ndcgAt(10, top, query.relevant),
        recall: recallAt(10, top, query.relevant),
        top,
      });
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
    for (const row of rows.filter((r) => r.ndcg < 0.5 || process.argv.includes('--verbose'))) {
      console.log(
        `${row.id.padEnd(14)} ${row.type.padEnd(17)} nDCG@10=${row.ndcg.toFixed(2)} recall@10=${row.recall.toFixed(2)}`,
      );
    }
    for (const type of [...new Set(rows.map((r) => r.type))]) {
      const of = rows.filter((r) => r.type === type);
      console.log(
        `${type.padEnd(17)} (${String(of.length).padStart(2)}) nDCG@10=${mean(of.map((r) => r.ndcg)).toFixed(2)} recall@10=${mean(of.map((r) => r.recall)).toFixed(2)}`,
      );
    }
    console.log(
      `overall (${rows.length} queries) nDCG@10=${mean(rows.map((r) => r.ndcg)).toFixed(2)} recall@10=${mean(rows.map((r) => r.recall)).toFixed(2)} zero-result=${((rows.filter((r) => r.top.length === 0).length / Math.max(rows.length, 1)) * 100).toFixed(1)}% mean query ${(elapsed / Math.max(rows.length, 1)).toFixed(1)} ms`,
    );
  } finally {
    await app.close();
    await drop();
  }
}

if (require.main === module) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  main(file ? path.resolve(file) : path.join(path.dirname(DEMO_CORPUS_PATH), '..', 'eval', 'suppliers.jsonl')).catch(
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
