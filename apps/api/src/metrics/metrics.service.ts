import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DependencyMonitor, type DependencyName, outboxStats, type OutboxStats, QUEUE_NAMES } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
const DEPENDENCIES: DependencyName[] = ['postgresql', 'redis'];
/** A scrape never waits longer than this on a dependency that is away. */
const SCRAPE_TIMEOUT_MS = 1_000;

/** Prometheus metrics of this process, in a registry of its own (not prom-client's global). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(moduleRef: ModuleRef, monitor: DependencyMonitor, dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'rongtong_dependency_up',
      help: 'Whether this process reaches the dependency (1) or not (0), as its probes last saw',
      labelNames: ['name'] as const,
      registers: [this.registry],
      collect() {
        for (const name of DEPENDENCIES) this.set({ name }, monitor.isUp(name) === false ? 0 : 1);
      },
    });
    const outages = new Counter({
      name: 'rongtong_dependency_outages_total',
      help: 'Times this process saw the dependency go away',
      labelNames: ['name'] as const,
      registers: [this.registry],
    });
    monitor.on('down', (name) => outages.inc({ name }));
    // One outbox query per scrape, shared by its three gauges; none while PostgreSQL is away.
    let stats: Promise<OutboxStats | undefined> | undefined;
    const readStats = () =>
      (stats ??= withTimeout(outboxStats(dataSource), SCRAPE_TIMEOUT_MS)
        .catch(() => undefined)
        .finally(() => setTimeout(() => (stats = undefined), 100).unref()));
    const outboxGauge = (name: string, help: string, pick: (s: OutboxStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const read = await readStats();
          if (read) this.set(pick(read));
        },
      });
    outboxGauge(
      'rongtong_outbox_unpublished',
      'Outbox events committed but not yet relayed to Redis',
      (s) => s.unpublished,
    );
    outboxGauge(
      'rongtong_outbox_oldest_unpublished_seconds',
      'Age of the oldest outbox event not yet relayed (0 when none)',
      (s) => s.oldestUnpublishedSeconds,
    );
    outboxGauge(
      'rongtong_outbox_undelivered',
      'Outbox events relayed whose jobs have not all finished',
      (s) => s.undelivered,
    );
    // Queues are resolved at scrape time: they are async providers, not ready in this constructor.
    const queues = () => QUEUE_NAMES.map((name) => moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    new Gauge({
      name: 'queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        await Promise.all(
          queues().map(async (queue) => {
            // A scrape while Redis is away reports no queue figures rather than failing.
            const counts = await withTimeout(queue.getJobCounts(...JOB_STATES), SCRAPE_TIMEOUT_MS).catch(
              () => undefined,
            );
            for (const state of JOB_STATES) {
              if (counts) this.set({ queue: queue.name, state }, counts[state] ?? 0);
            }
          }),
        );
      },
    });
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => undefined);
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
