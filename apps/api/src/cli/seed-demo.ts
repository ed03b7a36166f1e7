import 'reflect-metadata';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@rongtong/platform';
import { AppModule } from '../app.module';
import { DEMO_CORPUS_PATH } from './data-paths';
import { readCorpus, seedDemo } from './demo-seed';

/**
 * `seed-demo [corpus.jsonl]`: the demo data for `npm run demo` (data/demo/corpus.jsonl unless
 * another file is named), then the accounts to try.
 */
async function main(corpusPath: string): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await app.init();
    const result = await seedDemo(app, readCorpus(corpusPath));
    console.log(
      `Demo data: ${result.providers} verified providers, ${result.parks} parks, ${result.listings} listings (${result.created} new this run), ${result.rfqs} open RFQs (${result.quotes} quotes and ${result.deals} deals new this run).`,
    );
    console.log('Demo accounts (development only):');
    for (const [who, email, password] of result.accounts)
      console.log(`  ${who.padEnd(34)} ${email.padEnd(42)} ${password}`);
    console.log('  every provider: provider.<last 6 characters of its credit code, lower-case>@demo.rongtong.local');
  } finally {
    await app.close();
  }
}

main(process.argv[2] ? path.resolve(process.argv[2]) : DEMO_CORPUS_PATH).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
