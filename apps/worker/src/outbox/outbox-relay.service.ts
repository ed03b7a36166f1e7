import { getQueueToken } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig, EVENT_ROUTES, OutboxRelay } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/** Runs the outbox relay for the life of the worker process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay?: OutboxRelay;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
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
      },
    );
    await this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
