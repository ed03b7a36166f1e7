import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { type AppConfig, PlatformModule } from '@rongtong/platform';
import { SearchModule } from '@rongtong/search';
import { JobHandlerRegistry } from './job-handler-registry';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { SearchIndexProcessor } from './search/search-index.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config), DiscoveryModule, SearchModule],
      providers: [JobHandlerRegistry, OutboxRelayService, MaintenanceProcessor, SearchIndexProcessor],
    };
  }
}
