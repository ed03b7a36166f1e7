import 'reflect-metadata';
import { ConfigError, dataSourceOptions, ensureDatabase, loadConfig } from '@rongtong/platform';
import { DataSource } from 'typeorm';

/** `migrate run | revert | show`: applies the migrations, creating the database if missing. */
async function main(command: string): Promise<void> {
  const config = loadConfig(process.env);
  if (command === 'run' && (await ensureDatabase(config.database.url))) {
    console.log(`Created database ${new URL(config.database.url).pathname.slice(1)}`);
  }
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    } else if (command === 'show') {
      const pending = await dataSource.showMigrations();
      console.log(pending ? 'Migrations are pending' : 'Schema is up to date');
      process.exitCode = pending ? 1 : 0;
    } else {
      throw new Error(`Unknown command '${command}': use run, revert or show`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2] ?? 'run').catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
