import type { ThrottlerStorage } from '@nestjs/throttler';
import { FallbackThrottlerStorage } from './fallback-throttler-storage';

describe('FallbackThrottlerStorage', () => {
  it('counts in Redis while it answers, in this process while it does not, and in Redis again after', async () => {
    let redisUp = true;
    const redis: ThrottlerStorage = {
      increment: jest.fn(async () => {
        if (!redisUp) throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
        return { totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 };
      }),
    };
    const storage = new FallbackThrottlerStorage(redis);
    expect((await storage.increment('ip', 60_000, 3, 60_000, 'default')).totalHits).toBe(1);

    redisUp = false;
    const hits = [];
    for (let i = 0; i < 4; i += 1) hits.push(await storage.increment('ip', 60_000, 3, 60_000, 'default'));
    // Limited by this process: neither refused at once nor unlimited.
    expect(hits.map((h) => h.isBlocked)).toEqual([false, false, false, true]);

    redisUp = true;
    expect((await storage.increment('ip', 60_000, 3, 60_000, 'default')).isBlocked).toBe(false);
    storage.close();
  });
});
