import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from './config';
import { SecretBox } from './crypto';
import { DatabaseModule } from './database';
import { DependenciesModule } from './health';
import { LoggingModule } from './logging';
import { OutboxModule } from './outbox';
import { QueueModule } from './queue';
import { RedisModule } from './redis';
import { StorageModule } from './storage';

/**
 * Everything a Rongtong process stands on, for the api and the worker alike: config,
 * logging, database, queues, Redis, object storage, the outbox writer and the secret box,
 * and the dependency monitor with its probes (all global).
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      providers: [SecretBox],
      exports: [SecretBox],
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        RedisModule,
        StorageModule,
        OutboxModule,
        DependenciesModule,
      ],
    };
  }
}
