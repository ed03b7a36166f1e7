import { dropDatabase, withServer } from './test-database';

/** Drops the run's template and any per-file database a crashed test file left behind. */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.RONGTONG_TEST_TEMPLATE_DB;
  if (!template) return;
  const run = template.replace(/^rt_tpl_/, '');
  const leftovers = await withServer((client) =>
    client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [
      `rt_test_${run}_`,
    ]),
  );
  for (const { datname } of leftovers.rows) await dropDatabase(datname);
  await dropDatabase(template);
}
