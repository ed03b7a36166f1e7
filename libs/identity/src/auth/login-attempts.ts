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
 * Failures from all clients together an account allows before unknown clients must wait
 * too (a guesser spread over many addresses); clients the owner has signed in from are
 * never held back by it.
 */
export const ACCOUNT_FREE_FAILURES = 50;
/** How long a client that signed in successfully stays known to the account. */
const KNOWN_CLIENT_TTL_SECONDS = 90 * 24 * 3600;

// KEYS[1] the client's failures on the account, KEYS[2] the account's failures from every
// client, KEYS[3] the account's known clients; ARGV: now (ms), free failures, max delay (s),
// ttl (s), account free failures, client. Returns the milliseconds still to wait, or 0
// after counting this attempt.
const RESERVE_SCRIPT = `
local function wait(key, free)
  local count = tonumber(redis.call('HGET', key, 'count') or '0')
  local last = tonumber(redis.call('HGET', key, 'last') or '0')
  if count < free then return 0 end
  local delay = math.min(2 ^ (count - free), tonumber(ARGV[3])) * 1000
  return math.max(last + delay - tonumber(ARGV[1]), 0)
end
local w = wait(KEYS[1], tonumber(ARGV[2]))
if redis.call('SISMEMBER', KEYS[3], ARGV[6]) == 0 then
  w = math.max(w, wait(KEYS[2], tonumber(ARGV[5])))
end
if w > 0 then return math.ceil(w) end
for i = 1, 2 do
  redis.call('HINCRBY', KEYS[i], 'count', 1)
  redis.call('HSET', KEYS[i], 'last', ARGV[1])
  redis.call('EXPIRE', KEYS[i], tonumber(ARGV[4]))
end
return 0
`;

/**
 * Consecutive failed logins per account and client (the address Fastify reports, see
 * TRUST_PROXY), in Redis. Repeated failures from one client slow that client down
 * exponentially up to a cap; failures elsewhere do not hold back the owner's client
 * (an attacker cannot lock the owner out). Failures from every client together slow
 * unknown clients down only past `ACCOUNT_FREE_FAILURES`, and never a client the owner
 * signed in from before. A success clears the counts and remembers the client. While
 * Redis cannot be reached, each process counts in its own memory (same rule, per
 * process) rather than refusing every login or letting guesses through unslowed.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** The client's failures on the account (without a client: the account's own count). */
  key(email: string, client?: string | null): string {
    return `${this.config.queue.prefix}:login-failures:${email}${client ? `|${client}` : ''}`;
  }

  private accountKey(email: string): string {
    return `${this.config.queue.prefix}:login-failures-all:${email}`;
  }

  private knownKey(email: string): string {
    return `${this.config.queue.prefix}:login-known-clients:${email}`;
  }

  /**
   * Reserves one attempt, atomically: refused while the client must wait, otherwise
   * counted as a failure up front (a success clears it). Checking and counting in one
   * script means parallel guesses cannot all slip through the same gap.
   */
  async reserve(email: string, client?: string | null, now = Date.now()): Promise<void> {
    let wait: number;
    try {
      wait = (await this.redis.eval(
        RESERVE_SCRIPT,
        3,
        this.key(email, client),
        this.accountKey(email),
        this.knownKey(email),
        String(now),
        String(FREE_FAILURES),
        String(MAX_DELAY_SECONDS),
        String(24 * 3600),
        String(ACCOUNT_FREE_FAILURES),
        client ?? '',
      )) as number;
    } catch {
      wait = this.local.reserve(email, client ?? '', now);
    }
    if (wait > 0) throw new LoginThrottledError(Math.ceil(wait / 1000));
  }

  /** After a success: the counts are cleared and the client is known to the account. */
  async clear(email: string, client?: string | null): Promise<void> {
    this.local.clear(email, client ?? '');
    await this.redis
      .multi()
      .del(this.key(email, client), this.accountKey(email))
      .sadd(this.knownKey(email), client ?? '')
      .expire(this.knownKey(email), KNOWN_CLIENT_TTL_SECONDS)
      .exec()
      .catch(() => undefined);
  }

  private readonly local = new LocalLoginAttempts();
}

/** The same rule in this process's memory, for while Redis is away; entries lapse after a day. */
class LocalLoginAttempts {
  private readonly failures = new Map<string, { count: number; last: number }>();
  private readonly known = new Set<string>();

  /** Milliseconds still to wait, or 0 after counting this attempt. */
  reserve(email: string, client: string, now: number): number {
    const mine = this.current(`${email}|${client}`, now);
    const all = this.current(email, now);
    let wait = Math.max(mine.last + loginDelaySeconds(mine.count) * 1000 - now, 0);
    if (!this.known.has(`${email}|${client}`) && all.count >= ACCOUNT_FREE_FAILURES) {
      const delay = Math.min(2 ** (all.count - ACCOUNT_FREE_FAILURES), MAX_DELAY_SECONDS) * 1000;
      wait = Math.max(wait, all.last + delay - now);
    }
    if (wait > 0) return wait;
    if (this.failures.size >= 100_000) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(`${email}|${client}`, { count: mine.count + 1, last: now });
    this.failures.set(email, { count: all.count + 1, last: now });
    return 0;
  }

  clear(email: string, client: string): void {
    this.failures.delete(`${email}|${client}`);
    this.failures.delete(email);
    if (this.known.size >= 100_000) this.known.delete(this.known.values().next().value!);
    this.known.add(`${email}|${client}`);
  }

  private current(key: string, now: number): { count: number; last: number } {
    const entry = this.failures.get(key);
    return entry && now - entry.last < 24 * 3_600_000 ? entry : { count: 0, last: 0 };
  }
}
