import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository's data/ folder. Found by walking up from this file rather than by a fixed
 * number of `..`, because the same code runs from apps/api/src (Jest, the benchmarks) and
 * from dist/apps/api/apps/api/src (the built CLIs), whatever the working directory.
 */
function findDataDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'data'))) {
      return path.join(dir, 'data');
    }
    if (path.dirname(dir) === dir) throw new Error(`no data/ folder beside a package.json above ${from}`);
  }
}

const DATA_DIR = findDataDir(__dirname);

/** The demo data `npm run demo` loads, and the corpus the search and matching evaluations run over. */
export const DEMO_CORPUS_PATH = path.join(DATA_DIR, 'demo', 'corpus.jsonl');

/** The graded search queries `npm run eval:search` scores (data/eval/README.md). */
export const DEV_QUERIES_PATH = path.join(DATA_DIR, 'eval', 'queries-dev.jsonl');

/**
 * The everyday graded set (issue 20): shop-floor words, regional trade terms and
 * abbreviations, written and judged over the same corpus before the vocabulary existed.
 */
export const EVERYDAY_QUERIES_PATH = path.join(DATA_DIR, 'eval', 'queries-everyday.jsonl');
