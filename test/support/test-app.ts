import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
 * own, a queue prefix of its own, and an upload directory and a mail directory of its own
 * (fresh temporary ones removed on close, unless `env` names them: without SMTP_URL the
 * worker writes emails there). Requests go through Fastify's inject, no socket.
 */
export async function startTestApp({
  worker = false,
  env = {},
}: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const uploadDir = env.UPLOAD_DIR ? undefined : mkdtempSync(path.join(tmpdir(), 'rongtong-uploads-'));
  const mailDir = env.MAIL_DIR ? undefined : mkdtempSync(path.join(tmpdir(), 'rongtong-mail-'));
  const config = testConfig(db.url, {
    ...(uploadDir && { UPLOAD_DIR: uploadDir }),
    ...(mailDir && { MAIL_DIR: mailDir }),
    ...env,
  });
  // The worker first: passport keeps strategies in one process-wide registry by name, so
  // the app built last authenticates every request. That must be the API, whose guard then
  // loads actors through the same actor cache its use cases clear (sign-out, suspension…);
  // in production the two never share a process.
  const workerApp = worker ? await createWorker(config) : undefined;
  const api = await createApiApp(config);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  return {
    api,
    worker: workerApp,
    config,
    databaseUrl: db.url,
    async close() {
      await workerApp?.close();
      await api.close();
      await db.drop();
      if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
      if (mailDir) rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
