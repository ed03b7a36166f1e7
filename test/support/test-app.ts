import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@rongtong/platform';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { testConfig } from './test-config';
import { createTestDatabase } from './test-database';

export interface TestApp {
  api: NestFastifyApplication;
  worker?: INestApplicationContext;
  config: AppConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real API (and, when asked, the real worker) in this process, on a database of its
 * own and a queue prefix of its own. Requests go through Fastify's inject, no socket.
 */
export async function startTestApp({
  worker = false,
  env = {},
}: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, env);
  const api = await createApiApp(config);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  const workerApp = worker ? await createWorker(config) : undefined;
  return {
    api,
    worker: workerApp,
    config,
    databaseUrl: db.url,
    async close() {
      await workerApp?.close();
      await api.close();
      await db.drop();
    },
  };
}
