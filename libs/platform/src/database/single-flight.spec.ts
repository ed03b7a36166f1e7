import { BatchedReads } from './single-flight';

describe('BatchedReads', () => {
  it('reads the keys asked for while a read is out in one next read, each caller getting its own', async () => {
    const reads: string[][] = [];
    const releases: Array<() => void> = [];
    const batched = new BatchedReads<string, number>(async (keys) => {
      reads.push(keys);
      await new Promise<void>((resolve) => releases.push(resolve));
      return new Map(keys.filter((k) => k !== 'absent').map((k) => [k, k.length]));
    });
    const first = batched.get(['a']);
    const later = [batched.get(['bb', 'a']), batched.get(['ccc', 'absent']), batched.get(['bb'])];
    expect(reads).toEqual([['a']]);
    releases.shift()!();
    expect(await first).toEqual(new Map([['a', 1]]));
    while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toEqual([['a'], ['bb', 'a', 'ccc', 'absent']]);
    releases.shift()!();
    expect(await Promise.all(later)).toEqual([
      new Map([
        ['bb', 2],
        ['a', 1],
      ]),
      new Map([['ccc', 3]]),
      new Map([['bb', 2]]),
    ]);
  });

  it('fails every caller of a failed read, and reads again for the next', async () => {
    let fail = true;
    const batched = new BatchedReads<string, number>(async (keys) => {
      if (fail) throw new Error('connection lost');
      return new Map(keys.map((k) => [k, 1]));
    });
    await expect(batched.get(['a'])).rejects.toThrow('connection lost');
    fail = false;
    expect(await batched.get(['a'])).toEqual(new Map([['a', 1]]));
  });
});
