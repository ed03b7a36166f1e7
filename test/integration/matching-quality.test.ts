import { SearchIndexer } from '@rongtong/search';
import {
  evaluateMatching,
  formatMatchingReport,
  type MatchingReport,
  readMatchingCases,
} from '../../apps/api/src/cli/eval-matching';
import { readCorpus, seedDemo } from '../../apps/api/src/cli/demo-seed';
import { CORPUS_PATH } from '../support/corpus';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Demands whose expected provider the matcher does not (yet) rank in its top 3, each with
 * the reason. Listed rather than hidden in a lower threshold: fixing one turns its test
 * red below, and the entry is then removed.
 */
const KNOWN_MISSES: Record<string, string> = {};

/**
 * Every demand not listed above must hit. Measured on 2026-11-30: 0.95 (37 of 39). The
 * misses were left as they were rather than fixed by adding their exact terms to the
 * synonyms (that would tune the matcher to this set); a general bilingual glossary is the
 * fix. The industrial glossary (issue 20, search's glossary/industrial-glossary.json)
 * links fan-out wafer-level packaging to 扇出型晶圆级封装, so DP06 now hits (38 of 39).
 * The demo corpus gave 36 listings their English title and description, P008 among them
 * ("Battery state-of-charge estimation based on an adaptive Kalman filter"), so DP03 hits
 * too: 39 of 39.
 * Derived from the list above, so the threshold only moves when the list does.
 */
const CASES = readMatchingCases();
const MIN_HIT_RATE = Math.floor(((CASES.length - Object.keys(KNOWN_MISSES).length) / CASES.length) * 100) / 100;

let app: TestApp;
let report: MatchingReport;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.api, readCorpus(CORPUS_PATH));
  await app.api.get(SearchIndexer).reindexAll();
  report = await evaluateMatching(app.api);
}, 180_000);

afterAll(async () => {
  await app?.close();
});

it('runs every demand of the matching set', () => {
  expect(report.perDemand.map((d) => d.ref)).toEqual(CASES.map((c) => c.ref));
});

it(`ranks an expected provider in the top 3 for at least ${Math.round(MIN_HIT_RATE * 100)}% of the demands`, () => {
  if (report.overall.hitRate < MIN_HIT_RATE) console.log(formatMatchingReport(report).join('\n'));
  expect(report.overall.hitRate).toBeGreaterThanOrEqual(MIN_HIT_RATE);
});

describe.each(CASES.map((c) => [c.ref, c] as const))('%s', (ref, item) => {
  const known = KNOWN_MISSES[ref];
  const title = `${item.demand.title} → one of ${item.expected.join(', ')} in the top 3`;
  if (known) {
    it(`known miss (${known}): ${title}`, () => {
      // Still a miss; when the matcher gets it right this fails so the entry is removed.
      expect(report.perDemand.find((d) => d.ref === ref)!.hit).toBe(false);
    });
  } else {
    it(title, () => {
      const top = report.perDemand.find((d) => d.ref === ref)!.top.map((t) => t.ref);
      // Compared as an object so that a failure shows what was ranked instead.
      expect({ top, expectedInTop3: top.some((r) => item.expected.includes(r)) }).toEqual({
        top,
        expectedInTop3: true,
      });
    });
  }
});
