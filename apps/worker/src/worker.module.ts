import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, LoggingModule, OutboxModule, QueueModule } from '@rongtong/platform';
import { JobHandlerRegistry } from './job-handler-registry';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { OutboxRelayService } from './outbox/outbox-relay.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        OutboxModule,
        DiscoveryModule,
      ],
      providers: [JobHandlerRegistry, OutboxRelayService, MaintenanceProcessor],
    };
  }
}
