import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisProbe } from '@rongtong/platform';

/** PINGs Redis on the probe's connection, which fails fast instead of queueing commands. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly probe: RedisProbe,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    try {
      await this.probe.ping();
      return indicator.up();
    } catch (error) {
      return indicator.down({ dependency: 'Redis', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
