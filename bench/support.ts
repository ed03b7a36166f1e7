import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dataSourceOptions, ensureDatabase, loadConfig, type AppConfig } from '@rongtong/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** p-th percentile (nearest rank) of the samples, in the samples' unit. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function summary(label: string, samples: number[]): string {
  return `${label.padEnd(26)} n=${String(samples.length).padStart(5)}  p50=${percentile(samples, 50).toFixed(2)} ms  p95=${percentile(samples, 95).toFixed(2)} ms  p99=${percentile(samples, 99).toFixed(2)} ms`;
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** A fresh, migrated database for one benchmark run, dropped by `drop`. */
export async function benchDatabase(prefix: string): Promise<{ config: AppConfig; drop: () => Promise<void> }> {
  const base = loadConfig(process.env);
  const url = new URL(base.database.url);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  url.pathname = `/${name}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: `${prefix}-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
  await ensureDatabase(config.database.url);
  const migrator = await new DataSource(dataSourceOptions(config)).initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();
  return {
    config,
    drop: async () => {
      const admin = new Client({ connectionString: base.database.url.replace(/\/[^/]*$/, '/postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
