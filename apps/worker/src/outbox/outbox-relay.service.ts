import { getQueueToken } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig, DependencyMonitor, type DependencyName, EVENT_ROUTES, OutboxRelay } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/**
 * Runs the outbox relay for the life of the worker process. While Redis is known to be
 * away the relay waits; when it comes back (with its data or empty) the relay drains what
 * accumulated and sweeps: jobs Redis lost are added again.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay?: OutboxRelay;
  private readonly onUp = (name: DependencyName) => {
    this.relay?.wake();
    if (name === 'redis') this.relay?.sweepSoon(true);
  };

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly monitor: DependencyMonitor,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.relay = new OutboxRelay(
      this.dataSource,
      this.config.database.url,
      (name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
      EVENT_ROUTES,
      {
        batchSize: this.config.outbox.batchSize,
        pollIntervalMs: this.config.outbox.pollIntervalMs,
        maxBackoffMs: 10_000,
        sweepIntervalMs: this.config.outbox.sweepIntervalMs,
        canEnqueue: () => this.monitor.isUp('redis') !== false,
      },
    );
    this.monitor.on('up', this.onUp);
    await this.relay.start();
  }

  /** The relay, for tests and tools. */
  get current(): OutboxRelay | undefined {
    return this.relay;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.monitor.off('up', this.onUp);
    await this.relay?.stop();
  }
}
