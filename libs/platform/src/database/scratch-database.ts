import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from '../config';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * A fresh, migrated database with a random name (and a queue prefix of its own), for tools
 * that must not touch real data: the search evaluation and the benchmarks. `drop` removes it.
 */
export async function createScratchDatabase(
  env: Record<string, string | undefined>,
  prefix: string,
  overrides: Record<string, string> = {},
): Promise<{ config: AppConfig; drop: () => Promise<void> }> {
  const base = loadConfig(env);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(base.database.url);
  url.pathname = `/${name}`;
  const config = loadConfig({
    ...env,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: `${prefix.replace(/_/g, '-')}-${randomBytes(4).toString('hex')}`,
    ...overrides,
  });
  await ensureDatabase(config.database.url);
  const migrator = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
  return {
    config,
    drop: async () => {
      const maintenance = new URL(base.database.url);
      maintenance.pathname = '/postgres';
      const admin = new Client({ connectionString: maintenance.toString() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
