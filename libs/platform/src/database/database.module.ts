import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config';
import { OutboxEventEntity } from '../outbox/outbox.entity';
import { dataSourceOptions } from './data-source-options';
import { UnitOfWork } from './unit-of-work';

/**
 * The DataSource for the process, and the unit of work use cases open transactions with.
 * Its entities: the platform's own (the outbox) and each context's, which the context's
 * module registers with `TypeOrmModule.forFeature`.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config, [OutboxEventEntity]),
        autoLoadEntities: true,
      }),
    }),
  ],
  providers: [UnitOfWork],
  exports: [UnitOfWork],
})
export class DatabaseModule {}
