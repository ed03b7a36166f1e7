import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { buildOnce, startWebStack } from '../test/web/server';
import { percentile } from './support';

/**
 * `npm run bench:web`: the built web app served by the built api over the demo data, in
 * headless Chromium. For each route, the JavaScript a first visit loads before it settles
 * (gzipped, as served compressed); then Largest Contentful Paint p50 of home, search
 * results and a listing page over several cold loads (a new browser context each time).
 */
const LOADS = Number(process.env.WEB_BENCH_LOADS ?? 7);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Loads `url` until its page has rendered (its h1 is there) and a moment has passed without new paints. */
async function settled(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
}

async function initialJs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      sizes.push(
        response.body().then(
          (b) => gzipSync(b, { level: 9 }).length,
          () => 0,
        ),
      );
  });
  await settled(page, url);
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

async function lcp(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  // Runs in the browser (this file is compiled without the DOM's types).
  await page.addInitScript(() => {
    type Observer = new (callback: (list: { getEntries(): { startTime: number }[] }) => void) => {
      observe(options: { type: string; buffered: boolean }): void;
    };
    const w = globalThis as unknown as { __lcp: number; PerformanceObserver: Observer };
    w.__lcp = 0;
    new w.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await settled(page, url);
  const value = await page.evaluate(() => (globalThis as unknown as { __lcp: number }).__lcp);
  await context.close();
  return value;
}

async function main(): Promise<void> {
  buildOnce();
  const stack = await startWebStack();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const base = stack.baseUrl;
    const idOf = async (kind: string) =>
      (
        (await (await fetch(`${base}/api/v1/search/listings?kind=${kind}&limit=1`)).json()) as {
          hits: { id: string }[];
        }
      ).hits[0].id;
    const equipment = `/listings/${await idOf('equipment')}`;
    const routes: Record<string, string> = {
      home: '/',
      search: `/search?q=${encodeURIComponent('三坐标')}`,
      'listing (equipment)': equipment,
      'listing (capacity)': `/listings/${await idOf('capacity')}`,
      'listing (patent)': `/listings/${await idOf('ip')}`,
      'sign-in': '/sign-in',
      register: '/register',
      'not found': '/no-such-page',
    };
    let largest = 0;
    for (const [name, path] of Object.entries(routes)) {
      const bytes = await initialJs(browser, base + path);
      largest = Math.max(largest, bytes);
      console.log(`initial JS  ${name.padEnd(22)} ${(bytes / 1024).toFixed(1)} KB gzip`);
    }
    const lcps: Record<string, number> = {};
    for (const [name, path] of Object.entries({ home: '/', search: routes.search, listing: equipment })) {
      await lcp(browser, base + path); // warm the server's caches once; the browser starts cold every time
      const samples: number[] = [];
      for (let i = 0; i < LOADS; i++) samples.push(await lcp(browser, base + path));
      lcps[name] = percentile(samples, 50);
      console.log(
        `LCP         ${name.padEnd(22)} p50 ${lcps[name].toFixed(0)} ms  (${samples.map((s) => s.toFixed(0)).join(', ')})`,
      );
    }
    console.log(
      `web: initial JS ${(largest / 1024).toFixed(0)} KB gzip (largest route), LCP p50 home ${lcps.home.toFixed(0)} ms, search ${lcps.search.toFixed(0)} ms, listing ${lcps.listing.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
