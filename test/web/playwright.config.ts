import { defineConfig } from '@playwright/test';

// One port for the whole run: workers load this file again and inherit the environment.
process.env.WEB_E2E_PORT ??= String(20000 + Math.floor(Math.random() * 20000));

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // The journeys share one demo database; they touch different listings, but one worker keeps a 2-core machine calm.
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  // PLAYWRIGHT_OUTPUT_DIR lets runs that overlap on one machine keep their traces apart.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? '../../var/playwright',
  use: {
    baseURL: `http://127.0.0.1:${process.env.WEB_E2E_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
