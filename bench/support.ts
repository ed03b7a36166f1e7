import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { type AppConfig, createScratchDatabase } from '@rongtong/platform';

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

/**
 * `NODE_OPTIONS` as the production image sets it (docker/Dockerfile), for benchmarks that
 * start the built api and worker: they run as deployed.
 */
export function deployedNodeOptions(): string {
  const dockerfile = readFileSync(path.resolve(__dirname, '../docker/Dockerfile'), 'utf8');
  const options = /^ENV NODE_OPTIONS="([^"]*)"$/m.exec(dockerfile)?.[1];
  if (options === undefined) throw new Error('docker/Dockerfile sets no NODE_OPTIONS');
  return options;
}

/** A fresh, migrated database for one benchmark run, dropped by `drop`. */
export function benchDatabase(prefix: string): Promise<{ config: AppConfig; drop: () => Promise<void> }> {
  return createScratchDatabase(process.env, prefix, {
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
}

/**
 * The load generator's HTTP client: undici's own request API on keep-alive connections
 * (what fetch is built on, without the WHATWG layers). The client shares the machine's
 * cores with what it measures, so it should take as little of them as it can.
 */
export const httpAgent = new Agent({ connections: 512 });

export async function httpGet(url: string): Promise<{ status: number; body: Buffer }> {
  const response = await request(url, { dispatcher: httpAgent });
  return { status: response.statusCode, body: Buffer.from(await response.body.arrayBuffer()) };
}
