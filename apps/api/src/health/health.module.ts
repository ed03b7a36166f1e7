import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SearchModule } from '@rongtong/search';
import { HealthController } from './health.controller';
import { HolidaysHealthIndicator } from './holidays.health';
import { PostgresHealthIndicator } from './postgres.health';
import { RedisHealthIndicator } from './redis.health';
import { SearchHealthIndicator } from './search.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), SearchModule],
  controllers: [HealthController],
  providers: [PostgresHealthIndicator, RedisHealthIndicator, SearchHealthIndicator, HolidaysHealthIndicator],
})
export class HealthModule {}
