import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildOnce, startWebStack } from '../test/web/server';

/**
 * The README's screenshots (docs/screenshots/): the search page for 三坐标 and an equipment
 * listing, 1000 px wide, from the built app over the demo data in Debian's Chromium.
 * Reduced to 256 colours with ImageMagick when it is installed (each stays under 150 KB).
 *
 *   TS_NODE_PROJECT=tsconfig.json node -r @swc-node/register -r tsconfig-paths/register scripts/web-screenshots.ts
 */
const OUT = path.resolve(__dirname, '../docs/screenshots');

function compress(file: string): void {
  try {
    execFileSync('convert', [file, '-strip', '-colors', '256', `PNG8:${file}.tmp`], { stdio: 'ignore' });
    renameSync(`${file}.tmp`, file);
  } catch {
    // No ImageMagick: the PNG stays as Chromium wrote it.
  }
}

async function main(): Promise<void> {
  buildOnce();
  mkdirSync(OUT, { recursive: true });
  const stack = await startWebStack();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1000, height: 760 } });
    const shoot = async (url: string, name: string, ready: () => Promise<unknown>) => {
      await page.goto(stack.baseUrl + url);
      await ready();
      // Runs in the browser (this file is compiled without the DOM's types).
      await page.evaluate(
        () => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
      );
      const file = path.join(OUT, name);
      await page.screenshot({ path: file });
      compress(file);
      console.log(`${path.relative(process.cwd(), file)}: ${(statSync(file).size / 1024).toFixed(0)} KB`);
    };
    await shoot(`/search?q=${encodeURIComponent('三坐标')}`, 'search.png', () =>
      page.getByRole('region', { name: '搜索结果' }).getByRole('link').first().waitFor(),
    );
    const hits = (await (await fetch(`${stack.baseUrl}/api/v1/search/listings?kind=equipment&limit=1`)).json()) as {
      hits: { id: string }[];
    };
    await shoot(`/listings/${hits.hits[0].id}`, 'listing.png', () =>
      page.getByRole('heading', { name: /预约机时/ }).waitFor(),
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
