import { Injectable } from '@nestjs/common';
import { AppConfig, InjectRedis } from '@rongtong/platform';
import type Redis from 'ioredis';
import { LoginThrottledError } from '../domain';

/** Failures allowed before each further attempt must wait. */
export const FREE_FAILURES = 5;
/** The longest wait: an attacker is slowed to one guess a minute, the owner never locked out. */
export const MAX_DELAY_SECONDS = 60;

/** The wait after `failures` consecutive failures: 1 s, 2 s, 4 s … capped at a minute. */
export function loginDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/**
 * Consecutive failed logins per account, in Redis. Repeated failures slow the account
 * down exponentially up to a cap, and a success clears the count.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  key(email: string): string {
    return `${this.config.queue.prefix}:login-failures:${email}`;
  }

  async assertAllowed(email: string, now = Date.now()): Promise<void> {
    const state = await this.redis.hmget(this.key(email), 'count', 'last');
    const failures = Number(state[0] ?? 0);
    const last = Number(state[1] ?? 0);
    const waitUntil = last + loginDelaySeconds(failures) * 1000;
    if (now < waitUntil) throw new LoginThrottledError(Math.ceil((waitUntil - now) / 1000));
  }

  async recordFailure(email: string, now = Date.now()): Promise<void> {
    await this.redis
      .multi()
      .hincrby(this.key(email), 'count', 1)
      .hset(this.key(email), 'last', String(now))
      .expire(this.key(email), 24 * 3600)
      .exec();
  }

  async clear(email: string): Promise<void> {
    await this.redis.del(this.key(email));
  }
}
