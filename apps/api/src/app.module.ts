import { type DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  OutboxModule,
  QueueModule,
  RedisModule,
  StorageModule,
} from '@rongtong/platform';
import { HealthModule } from './health/health.module';
import { IdentityHttpModule } from './identity/identity-http.module';
import { ListingsHttpModule } from './listings/listings-http.module';
import { MetricsModule } from './metrics/metrics.module';
import { SearchHttpModule } from './search/search-http.module';

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
        StorageModule,
        OutboxModule,
        HealthModule,
        MetricsModule,
        IdentityHttpModule,
        ListingsHttpModule,
        SearchHttpModule,
      ],
    };
  }
}
