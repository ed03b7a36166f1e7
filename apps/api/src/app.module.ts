import { type DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  OutboxModule,
  QueueModule,
  RedisModule,
} from '@rongtong/platform';
import { HealthModule } from './health/health.module';
import { IdentityHttpModule } from './identity/identity-http.module';
import { ListingsHttpModule } from './listings/listings-http.module';
import { MetricsModule } from './metrics/metrics.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        RedisModule,
        OutboxModule,
        HealthModule,
        MetricsModule,
        IdentityHttpModule,
        ListingsHttpModule,
      ],
    };
  }
}
