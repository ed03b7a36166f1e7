import { ndcgAt, recallAt } from './relevance-metrics';

describe('relevance metrics', () => {
  const judgements = { A: 3, B: 2, C: 1 };

  it.each([
    [['A', 'B', 'C'], 1],
    [['C', 'B', 'A'], (1 / 1 + 3 / Math.log2(3) + 7 / 2) / (7 + 3 / Math.log2(3) + 1 / 2)],
    [['X', 'Y'], 0],
  ])('nDCG@10 of %j', (ranked, expected) => {
    expect(ndcgAt(10, ranked, judgements)).toBeCloseTo(expected, 10);
  });

  it('recall@10 counts grade ≥ 2 found over what could be found', () => {
    expect(recallAt(10, ['A', 'X', 'C'], judgements)).toBe(0.5);
    expect(recallAt(10, ['B', 'A'], judgements)).toBe(1);
    expect(recallAt(10, ['C'], { C: 1 })).toBe(0);
  });

  it('only the top k count', () => {
    expect(ndcgAt(1, ['X', 'A'], judgements)).toBe(0);
    expect(recallAt(1, ['B', 'A'], judgements)).toBe(1);
  });
});
