import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, PlatformModule } from '@rongtong/platform';
import { AdminHttpModule } from './admin/admin-http.module';
import { AnalyticsHttpModule } from './analytics/analytics-http.module';
import { BulkHttpModule } from './bulk/bulk-http.module';
import { DealsHttpModule } from './deals/deals-http.module';
import { HealthModule } from './health/health.module';
import { IdentityHttpModule } from './identity/identity-http.module';
import { ListingsHttpModule } from './listings/listings-http.module';
import { MatchingHttpModule } from './matching/matching-http.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsHttpModule } from './notifications/notifications-http.module';
import { SearchHttpModule } from './search/search-http.module';
import { SourcingHttpModule } from './sourcing/sourcing-http.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        HealthModule,
        MetricsModule,
        IdentityHttpModule,
        ListingsHttpModule,
        SearchHttpModule,
        DealsHttpModule,
        NotificationsHttpModule,
        MatchingHttpModule,
        AnalyticsHttpModule,
        SourcingHttpModule,
        BulkHttpModule,
        AdminHttpModule,
      ],
    };
  }
}
