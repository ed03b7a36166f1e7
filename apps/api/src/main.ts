import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, exitAfterShutdownDeadline, loadConfig } from '@rongtong/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig(process.env);
  const app = await createApiApp(config);
  await app.listen({ port: config.http.port, host: config.http.host });
  // Nest closes the app on SIGTERM (bootstrap enables its hooks); this bounds how long.
  exitAfterShutdownDeadline('Api');
  new Logger('Api').log(
    `Rongtong API listening on http://${config.http.host}:${config.http.port} (docs at /api/docs), started in ${Math.round(performance.now() - startedAt)} ms`,
  );
}

main().catch((error: unknown) => {
  // A bad variable is one clear line, not a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
