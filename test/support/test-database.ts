import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where the tests find PostgreSQL: the machine's server unless TEST_DATABASE_URL says otherwise. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function randomDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * A database of its own for one test file, cloned from the run's migrated template
 * (made by the global setup), so files never see each other's rows or outbox events.
 */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const template = process.env.RONGTONG_TEST_TEMPLATE_DB;
  if (!template) throw new Error('RONGTONG_TEST_TEMPLATE_DB is not set: run the tests through Jest');
  // Named after the run, so the global teardown can sweep what a crashed file left behind.
  const name = randomDatabaseName(`rt_test_${template.replace(/^rt_tpl_/, '')}`);
  await withServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}
