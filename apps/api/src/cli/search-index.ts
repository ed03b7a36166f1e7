import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@rongtong/platform';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import { SearchEngines, SearchIndexer, SupplierIndexer } from '@rongtong/search';
import { SingleBar, Presets } from 'cli-progress';
import { AppModule } from '../app.module';

/**
 * `search-index reindex`: rebuilds every engine's index from the published listings.
 * `search-index check`: reports drift between the database and each engine (missing,
 * stale and orphaned listing documents; missing and orphaned supplier directory
 * documents); exits 1 when there is any.
 */
async function main(command: string): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await app.init();
    if (command === 'reindex') {
      const bar = new SingleBar(
        { format: 'Reindexing [{bar}] {percentage}% | {value}/{total} listings | {eta}s left' },
        Presets.shades_classic,
      );
      let started = false;
      const total = await app.get(SearchIndexer, { strict: false }).reindexAll((done, all) => {
        if (!started) bar.start(all, 0);
        started = true;
        bar.update(done);
      });
      bar.stop();
      console.log(
        `Reindexed ${total} published listings into ${app
          .get(SearchEngines, { strict: false })
          .writers()
          .map((e) => e.name)
          .join(' and ')}`,
      );
    } else if (command === 'check') {
      const published = await app.get(ListingsForIndexUseCase, { strict: false }).publishedIds();
      const listings = new Map(
        (await app.get(ListingsForIndexUseCase, { strict: false }).load(published)).map((l) => [
          l.id,
          l.updatedAt.toISOString(),
        ]),
      );
      let drift = 0;
      for (const engine of app.get(SearchEngines, { strict: false }).writers()) {
        const indexed = await engine.indexedVersions();
        const missing = [...listings.keys()].filter((id) => !indexed.has(id));
        const stale = [...listings]
          .filter(([id, updatedAt]) => indexed.has(id) && indexed.get(id) !== updatedAt)
          .map(([id]) => id);
        const orphaned = [...indexed.keys()].filter((id) => !listings.has(id));
        drift += missing.length + stale.length + orphaned.length;
        console.log(
          `${engine.name}: ${indexed.size} indexed, ${listings.size} published; missing ${missing.length}, stale ${stale.length}, orphaned ${orphaned.length}`,
        );
        for (const [label, ids] of [
          ['missing', missing],
          ['stale', stale],
          ['orphaned', orphaned],
        ] as const) {
          if (ids.length) console.log(`  ${label}: ${ids.slice(0, 10).join(' ')}${ids.length > 10 ? ' …' : ''}`);
        }
      }
      for (const suppliers of await app.get(SupplierIndexer, { strict: false }).drift()) {
        drift += suppliers.missing.length + suppliers.orphaned.length;
        console.log(
          `${suppliers.engine} suppliers: ${suppliers.indexed} indexed, ${suppliers.listed} listed; missing ${suppliers.missing.length}, orphaned ${suppliers.orphaned.length}`,
        );
        for (const [label, ids] of [
          ['missing', suppliers.missing],
          ['orphaned', suppliers.orphaned],
        ] as const) {
          if (ids.length) console.log(`  ${label}: ${ids.slice(0, 10).join(' ')}${ids.length > 10 ? ' …' : ''}`);
        }
      }
      console.log(drift === 0 ? 'No drift.' : `Drift: ${drift} documents (run npm run search:reindex)`);
      process.exitCode = drift === 0 ? 0 : 1;
    } else {
      throw new Error(`Unknown command '${command}': use reindex or check`);
    }
  } finally {
    await app.close();
  }
}

main(process.argv[2] ?? 'check').catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
