import { timingSafeEqual } from 'node:crypto';
import { OwnCredentials, Public } from '@rongtong/identity';
import { AppConfig } from '@rongtong/platform';
import { Controller, Get, Header, Headers, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrapes. Open in development and tests; in production only to
 * `Authorization: Bearer $METRICS_TOKEN` (401 otherwise), and not there at all (404)
 * without a token configured: per-route traffic, queues and heap are nobody else's business.
 */
@Public()
@OwnCredentials()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (!this.config.metrics.open) this.authorize(authorization);
    return this.metrics.registry.metrics();
  }

  private authorize(authorization: string | undefined): void {
    const token = this.config.metrics.token;
    if (!token) throw new NotFoundException('Cannot GET /metrics');
    const expected = Buffer.from(`Bearer ${token}`);
    const given = Buffer.from(authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthorizedException('Metrics need the metrics token');
    }
  }
}
