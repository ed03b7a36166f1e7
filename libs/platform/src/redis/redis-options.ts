import type { RedisOptions } from 'ioredis';

/** Longest wait between reconnection attempts: a server that is back is found within it. */
export const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * ioredis' wait before its `times`-th reconnection attempt: 200 ms doubling to 5 s, with
 * a little jitter so that a fleet does not knock all at once. Never gives up: a Redis that
 * comes back, with its data or empty, is found again without restarting the process.
 */
export function reconnectDelay(times: number): number {
  return Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** Math.min(Math.max(times, 1), 6)) + Math.floor(Math.random() * 200);
}

/**
 * Options for clients that must fail fast while Redis is away (rate limits, health, the
 * probe): no offline queue, so a command is refused at once instead of waiting for a
 * reconnection, and a command timeout for a server that accepts but does not answer.
 */
export function failFastRedisOptions(): RedisOptions {
  return {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: reconnectDelay,
  };
}
