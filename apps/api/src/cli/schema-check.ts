import 'reflect-metadata';
import { ConfigError, createScratchDatabase, dataSourceOptions, describeDrift, schemaDrift } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import { entities } from './entities';

/**
 * `npm run schema:check`: migrates a fresh scratch database with the real migrations and
 * asks TypeORM's schema builder what it would change to match the entities. Exit 1, with
 * the SQL, when they disagree or a table has no entity; the scratch database is dropped.
 */
async function main(): Promise<void> {
  const scratch = await createScratchDatabase(process.env, 'rt_schema_check');
  try {
    const dataSource = await new DataSource(dataSourceOptions(scratch.config, entities)).initialize();
    try {
      const problems = describeDrift(await schemaDrift(dataSource));
      if (problems.length === 0) {
        console.log(`Schema check: the ${entities.length} entities and the migrated database agree`);
        return;
      }
      console.error(`Schema check: the entities and the migrated database disagree:\n${problems.join('\n')}`);
      console.error('Write a migration (npm run migration:generate -- <path>) or correct the entity.');
      process.exitCode = 1;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
