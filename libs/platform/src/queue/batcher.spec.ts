import { Batcher } from './batcher';

describe('Batcher', () => {
  it('flushes concurrent items together, and settles each caller with its batch', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number>(async (items) => void batches.push(items), { maxSize: 3, maxWaitMs: 10 });
    await Promise.all([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects every caller of a failed batch', async () => {
    const batcher = new Batcher<number>(async () => Promise.reject(new Error('engine down')), {
      maxSize: 10,
      maxWaitMs: 5,
    });
    const results = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
