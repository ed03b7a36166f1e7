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

// KEYS[1] the account's hash; ARGV: now (ms), free failures, max delay (s), ttl (s).
// Returns the milliseconds still to wait, or 0 after counting this attempt.
const RESERVE_SCRIPT = `
local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
local now = tonumber(ARGV[1])
local delay = 0
if count >= tonumber(ARGV[2]) then
  delay = math.min(2 ^ (count - tonumber(ARGV[2])), tonumber(ARGV[3])) * 1000
end
if now < last + delay then return last + delay - now end
redis.call('HINCRBY', KEYS[1], 'count', 1)
redis.call('HSET', KEYS[1], 'last', ARGV[1])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 0
`;

/**
 * Consecutive failed logins per account, in Redis. Repeated failures slow the account
 * down exponentially up to a cap, and a success clears the count. While Redis cannot be
 * reached, each process counts in its own memory (same rule, per process) rather than
 * refusing every login or letting guesses through unslowed.
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

  /**
   * Reserves one attempt, atomically: refused while the account must wait, otherwise
   * counted as a failure up front (a success clears it). Checking and counting in one
   * script means parallel guesses cannot all slip through the same gap.
   */
  async reserve(email: string, now = Date.now()): Promise<void> {
    let wait: number;
    try {
      wait = (await this.redis.eval(
        RESERVE_SCRIPT,
        1,
        this.key(email),
        String(now),
        String(FREE_FAILURES),
        String(MAX_DELAY_SECONDS),
        String(24 * 3600),
      )) as number;
    } catch {
      wait = this.local.reserve(email, now);
    }
    if (wait > 0) throw new LoginThrottledError(Math.ceil(wait / 1000));
  }

  async clear(email: string): Promise<void> {
    this.local.clear(email);
    await this.redis.del(this.key(email)).catch(() => undefined);
  }

  private readonly local = new LocalLoginAttempts();
}

/** The same rule in this process's memory, for while Redis is away; entries lapse after a day. */
class LocalLoginAttempts {
  private readonly accounts = new Map<string, { count: number; last: number }>();

  /** Milliseconds still to wait, or 0 after counting this attempt. */
  reserve(email: string, now: number): number {
    const entry = this.accounts.get(email);
    const current = entry && now - entry.last < 24 * 3_600_000 ? entry : { count: 0, last: 0 };
    const delay = loginDelaySeconds(current.count) * 1000;
    if (now < current.last + delay) return current.last + delay - now;
    if (this.accounts.size >= 100_000) this.accounts.delete(this.accounts.keys().next().value!);
    this.accounts.set(email, { count: current.count + 1, last: now });
    return 0;
  }

  clear(email: string): void {
    this.accounts.delete(email);
  }
}
