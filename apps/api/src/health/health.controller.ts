import { Public } from '@rongtong/identity';
import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { PostgresHealthIndicator } from './postgres.health';
import { RedisHealthIndicator } from './redis.health';
import { HolidaysHealthIndicator } from './holidays.health';
import { SearchHealthIndicator } from './search.health';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { LiveDto, ReadyDto } from './health-responses.dto';

/** How soon a load balancer or client may ask again while a dependency is down. */
const RETRY_AFTER_SECONDS = 5;

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: PostgresHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly search: SearchHealthIndicator,
    private readonly holidays: HolidaysHealthIndicator,
  ) {}

  /** The process is up and serving; says nothing of its dependencies. */
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up' })
  @ApiOkResponse({ type: LiveDto })
  @ApiProblems(401)
  healthLive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready to take traffic: PostgreSQL, Redis and search answer (search may be degraded).
   * 503 with `Retry-After` when one does not, naming it (`unavailable`); a dependency
   * being down is an answer, not an error of ours, so nothing is logged as unexpected.
   */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Redis and search answer (503 with Retry-After otherwise)' })
  @ApiOkResponse({ type: ReadyDto })
  @ApiServiceUnavailableResponse({ type: ReadyDto, description: 'A dependency is down: `unavailable` names it' })
  @ApiProblems(401)
  async healthReady(@Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return await this.health.check([
        () => this.database.isHealthy('database'),
        () => this.redis.isHealthy('redis'),
        () => this.search.isHealthy('search'),
        () => this.holidays.isHealthy('holidays'),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      void reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS));
      const unavailable = Object.values(result.error ?? {}).map((d) =>
        typeof d?.dependency === 'string' ? d.dependency : 'search engine',
      );
      return { ...result, unavailable };
    }
  }
}
