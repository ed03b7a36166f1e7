import { readFileSync } from 'node:fs';
import { DEMO_CORPUS_PATH, DEV_QUERIES_PATH } from '../../apps/api/src/cli/data-paths';

/** One listing of the demo corpus (data/demo/corpus.jsonl). */
export interface CorpusListing {
  ref: string;
  kind: 'capacity' | 'equipment' | 'ip';
  title: string;
  description: string;
  tags: string[];
  category: string;
  regionCode: string;
  city: string;
  provider: { name: string; uscc: string };
  priceFen: number | null;
  priceUnit: string | null;
  details: Record<string, unknown>;
}

export const CORPUS_PATH = DEMO_CORPUS_PATH;
/** The graded search queries over it (data/eval/queries-dev.jsonl). */
export const QUERIES_PATH = DEV_QUERIES_PATH;

export function loadCorpus(): CorpusListing[] {
  return readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusListing);
}

/** A corpus listing as a POST /listings body (without its provider and corpus-only fields). */
export function listingBody(listing: CorpusListing, extra: Record<string, unknown> = {}) {
  const { kind, title, description, tags, category, priceFen, priceUnit, details } = listing;
  return { kind, title, description, tags, category, priceFen, priceUnit, details, ...extra };
}
