import 'reflect-metadata';
// Jest's global setup runs outside its module mapper, so the path is spelled out here.
import { dataSourceOptions } from '../../libs/platform/src/database/data-source-options';
import { DataSource } from 'typeorm';
import { databaseUrl, randomDatabaseName, withServer } from './test-database';

/**
 * Once per test run: a fresh database with a random name, migrated with the real
 * migrations. It serves as the template each test file clones its own database from.
 */
export default async function globalSetup(): Promise<void> {
  const name = randomDatabaseName('rt_tpl');
  await withServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const dataSource = await new DataSource(
    dataSourceOptions({ database: { url: databaseUrl(name), poolSize: 2 } }),
  ).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  process.env.RONGTONG_TEST_TEMPLATE_DB = name;
  if (!process.env.MEILI_URL) {
    // Said once per run, where CI's log shows it (Jest may hide a skipped suite's output).
    console.log('\nNote: the Meilisearch adapter integration tests are skipped: MEILI_URL is not set.');
  }
}
