/** Graded judgements of one query: listing ref → grade (3 exact, 2 good substitute, 1 related). */
export type Judgements = Readonly<Record<string, number>>;

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => Math.log2(rank + 2); // rank is 0-based

/** nDCG@k as data/eval/README.md defines it: unjudged results have grade 0. */
export function ndcgAt(k: number, ranked: readonly string[], judgements: Judgements): number {
  const dcg = ranked.slice(0, k).reduce((sum, ref, i) => sum + gain(judgements[ref] ?? 0) / discount(i), 0);
  const ideal = Object.values(judgements)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / discount(i), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** recall@k: top-k results with grade ≥ 2 over min(k, how many have grade ≥ 2). */
export function recallAt(k: number, ranked: readonly string[], judgements: Judgements): number {
  const good = Object.entries(judgements).filter(([, grade]) => grade >= 2).length;
  if (good === 0) return 0;
  const found = ranked.slice(0, k).filter((ref) => (judgements[ref] ?? 0) >= 2).length;
  return found / Math.min(k, good);
}
