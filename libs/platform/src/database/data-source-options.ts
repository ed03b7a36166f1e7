import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config';
import { migrations } from './migrations';

/** TypeORM options shared by the apps, the migration CLI and the tests. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'database'>,
  entities: NonNullable<DataSourceOptions['entities']> = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Primary keys default to gen_random_uuid() (built in since PostgreSQL 13), which
    // TypeORM reads as its 'uuid' generation when it compares entities with the database.
    uuidExtension: 'pgcrypto',
    poolSize: config.database.poolSize,
    applicationName: 'rongtong',
    extra: { connectionTimeoutMillis: 5_000 },
  };
}
