import { CoalescingBatcher } from './coalescing-batcher';

/** A flush that records its batches and finishes only when told to. */
function controlledFlush() {
  const batches: number[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  let started: () => void = () => undefined;
  const flush = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items);
      finish.push((error) => (error ? reject(error) : resolve()));
      started();
    });
  const nextStart = () => new Promise<void>((resolve) => (started = resolve));
  return { batches, finish, flush, nextStart };
}

describe('CoalescingBatcher', () => {
  it('flushes what arrives together as one batch and settles each caller with it', async () => {
    const f = controlledFlush();
    const batcher = new CoalescingBatcher<number>(f.flush, { maxSize: 100, maxWaitMs: 1 });
    const started = f.nextStart();
    const done = [1, 2, 3].map((n) => batcher.add(n));
    await started;
    expect(f.batches).toEqual([[1, 2, 3]]);
    f.finish[0]();
    await Promise.all(done);
  });

  it('gathers everything that arrives during a flush into the next one, never two flushes at once', async () => {
    const f = controlledFlush();
    const batcher = new CoalescingBatcher<number>(f.flush, { maxSize: 100, maxWaitMs: 1 });
    let started = f.nextStart();
    const first = batcher.add(1);
    await started;
    const later = [2, 3, 4, 5].map((n) => batcher.add(n));
    expect(f.batches).toEqual([[1]]);
    started = f.nextStart();
    f.finish[0]();
    await first;
    await started;
    expect(f.batches).toEqual([[1], [2, 3, 4, 5]]);
    f.finish[1]();
    await Promise.all(later);
  });

  it('keeps batches to maxSize and rejects only the callers of a failed flush', async () => {
    const f = controlledFlush();
    const batcher = new CoalescingBatcher<number>(f.flush, { maxSize: 2, maxWaitMs: 1 });
    let started = f.nextStart();
    const a = batcher.add(1);
    const b = batcher.add(2);
    await started;
    const c = batcher.add(3);
    const d = batcher.add(4);
    const e = batcher.add(5);
    expect(f.batches).toEqual([[1, 2]]);
    started = f.nextStart();
    f.finish[0](new Error('deadlock'));
    await expect(a).rejects.toThrow('deadlock');
    await expect(b).rejects.toThrow('deadlock');
    await started;
    expect(f.batches[1]).toEqual([3, 4]);
    started = f.nextStart();
    f.finish[1]();
    await Promise.all([c, d]);
    await started;
    expect(f.batches[2]).toEqual([5]);
    f.finish[2]();
    await e;
  });
});
