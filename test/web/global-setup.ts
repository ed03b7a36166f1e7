import { buildOnce, startWebStack } from './server';

/**
 * Once per Playwright run: build, then the api + worker on the port the config chose, over
 * fresh demo data. The function it returns is the teardown (stops them, drops the database).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildOnce();
  const stack = await startWebStack(Number(process.env.WEB_E2E_PORT));
  process.env.WEB_E2E_MAIL_DIR = stack.mailDir;
  return () => stack.stop();
}
