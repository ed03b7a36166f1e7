import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '@rongtong/platform';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A queue prefix of its own per test file, so BullMQ keys never collide across files. */
export function randomQueuePrefix(): string {
  return `rt-test-${randomBytes(5).toString('hex')}`;
}

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: randomQueuePrefix(),
    OUTBOX_POLL_INTERVAL_MS: '100',
    ...overrides,
  });
}
