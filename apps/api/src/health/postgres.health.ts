import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { PostgresProbe } from '@rongtong/platform';

const TIMEOUT_MS = 2_000;

/** `SELECT 1` through the pool (the probe's, shared with its periodic check), in 2 s at most. */
@Injectable()
export class PostgresHealthIndicator {
  constructor(
    private readonly probe: PostgresProbe,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.probe.check(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        }),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({
        dependency: 'PostgreSQL',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
