import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, exitAfterShutdownDeadline, loadConfig } from '@rongtong/platform';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const worker = await createWorker(config);
  // SIGTERM/SIGINT close the app: BullMQ workers finish their running jobs, then exit;
  // within 9 s whatever the state of Redis and PostgreSQL (unfinished jobs run again).
  worker.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  exitAfterShutdownDeadline('Worker');
  new Logger('Worker').log('Rongtong worker started: outbox relay and queue processors running');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
