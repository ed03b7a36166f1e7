import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AnalyticsModule } from '@rongtong/analytics';
import { AvailabilityModule, DealsModule } from '@rongtong/deals';
import { IdentityModule } from '@rongtong/identity';
import { ListingImportsModule } from '@rongtong/listings';
import { MatchingModule } from '@rongtong/matching';
import { NotificationsModule } from '@rongtong/notifications';
import { type AppConfig, PlatformModule } from '@rongtong/platform';
import { SearchModule } from '@rongtong/search';
import { AnalyticsProcessor } from './analytics/analytics.processor';
import { AvailabilityProcessor } from './availability/availability.processor';
import { ListingImportProcessor } from './imports/listing-import.processor';
import { JobHandlerRegistry } from './job-handler-registry';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { MatchingProcessor } from './matching/matching.processor';
import { EmailProcessor } from './notifications/email.processor';
import { NotificationsProcessor } from './notifications/notifications.processor';
import { PendingNotificationJobs } from './notifications/pending-notification-jobs';
import { WebhooksProcessor } from './notifications/webhooks.processor';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { SearchGlossaryRefresh } from './search/search-glossary.refresh';
import { SearchIndexProcessor } from './search/search-index.processor';
import { HolidayDataCheck } from './maintenance/holiday-data.check';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config),
        DiscoveryModule,
        IdentityModule,
        SearchModule,
        DealsModule,
        AvailabilityModule,
        NotificationsModule,
        MatchingModule,
        AnalyticsModule,
        ListingImportsModule,
      ],
      providers: [
        JobHandlerRegistry,
        OutboxRelayService,
        MaintenanceProcessor,
        SearchIndexProcessor,
        SearchGlossaryRefresh,
        AvailabilityProcessor,
        MatchingProcessor,
        NotificationsProcessor,
        WebhooksProcessor,
        EmailProcessor,
        PendingNotificationJobs,
        AnalyticsProcessor,
        HolidayDataCheck,
        ListingImportProcessor,
      ],
    };
  }
}
