import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config';
import { failFastRedisOptions } from './redis-options';

export const REDIS = Symbol('REDIS');

/** Inject the shared ioredis client (rate limits, login slow-down, short-lived state). */
export const InjectRedis = () => Inject(REDIS);

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // QUIT is answered at once by a live server; a dead one gets the socket dropped.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      // Fails fast while Redis is away: its users fall back (per-process rate limits)
      // rather than wait; it reconnects by itself, with backoff, forever.
      useFactory: (config: AppConfig) => {
        const redis = new Redis(config.redis.url, failFastRedisOptions());
        redis.on('error', () => undefined); // the probe says when Redis goes and comes back
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
