import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from './config';
import { DatabaseModule } from './database';
import { LoggingModule } from './logging';
import { OutboxModule } from './outbox';
import { QueueModule } from './queue';
import { RedisModule } from './redis';
import { StorageModule } from './storage';

/**
 * Everything a Rongtong process stands on, for the api and the worker alike: config,
 * logging, database, queues, Redis, object storage and the outbox writer (all global).
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        RedisModule,
        StorageModule,
        OutboxModule,
      ],
    };
  }
}
