import { Global, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { failFastRedisOptions } from '../redis/redis-options';
import { DependencyMonitor, isConnectionError } from './dependency-monitor';

const PROBE_INTERVAL_MS = 5_000;

/**
 * Watches Redis on a connection of its own: ioredis reports every lost connection and
 * every reconnection, which the monitor turns into one line each way. Also answers the
 * readiness check's PING (fails fast: no offline queue).
 */
@Injectable()
export class RedisProbe implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly redis: Redis;
  private stopped = false;

  constructor(
    config: AppConfig,
    private readonly monitor: DependencyMonitor,
  ) {
    this.redis = new Redis(config.redis.url, { ...failFastRedisOptions(), lazyConnect: true });
    this.redis.on('ready', () => this.monitor.up('redis'));
    this.redis.on('error', (error) => {
      if (!this.stopped) this.monitor.down('redis', error);
    });
    this.redis.on('close', () => {
      if (!this.stopped && this.monitor.isUp('redis')) this.monitor.down('redis', new Error('connection closed'));
    });
  }

  onApplicationBootstrap(): void {
    this.redis.connect().catch(() => undefined); // failures arrive as 'error' events
  }

  /** PING on the probe's connection; throws while Redis is away. */
  async ping(): Promise<void> {
    const pong: string = await this.redis.ping();
    if (pong !== 'PONG') throw new Error(`unexpected reply to PING: ${pong}`);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    this.redis.disconnect();
  }
}

/**
 * Watches PostgreSQL through the pool: a `SELECT 1` every few seconds (one at a time),
 * reported to the monitor. The pool itself reconnects on demand; this only notices.
 */
@Injectable()
export class PostgresProbe implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly monitor: DependencyMonitor,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  /** One probe (shared by concurrent callers); rejects while PostgreSQL is away. */
  check(): Promise<void> {
    this.inFlight ??= this.dataSource
      .query('SELECT 1')
      .then(
        () => this.monitor.up('postgresql'),
        (error: unknown) => {
          if (isConnectionError(error)) this.monitor.down('postgresql', error);
          throw error;
        },
      )
      .finally(() => (this.inFlight = undefined));
    const probe = this.inFlight;
    probe.catch(() => undefined);
    return probe;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** The dependency monitor of the process and the probes that feed it (api and worker). */
@Global()
@Module({
  providers: [{ provide: DependencyMonitor, useFactory: () => new DependencyMonitor() }, RedisProbe, PostgresProbe],
  exports: [DependencyMonitor, RedisProbe, PostgresProbe],
})
export class DependenciesModule {}
