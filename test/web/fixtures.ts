import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type Response } from '@playwright/test';

export const DEMO_PASSWORD = 'Rongtong-Demo-2026';
export const SME_EMAIL = 'sme@demo.rongtong.local';

/** A provider's demo account: provider.<last 6 characters of its credit code>@demo.rongtong.local. */
export function providerEmail(uscc: string): string {
  return `provider.${uscc.slice(-6).toLowerCase()}@demo.rongtong.local`;
}

/**
 * Axe on the page as it stands: no serious or critical violation. It reads the page once
 * whatever Ant Design animates in or away (a toast, a menu, a list: classes `…-appear`,
 * `…-enter`, `…-leave`) has settled, when it does within 3 s, since mid-fade its text is
 * pale and fails contrast though nobody is meant to read it; what is still moving then is
 * left out of the check.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Only a readiness wait: some motion-classed elements stay (hidden or not), and axe then runs anyway.
  await expect(page.locator(':is([class*="-leave"], [class*="-appear"], [class*="-enter"]):visible'))
    .toHaveCount(0, { timeout: 3_000 })
    .catch(() => undefined);
  // What is still arriving or leaving after that (a busy machine slows the animation) is mid-fade: not judged.
  const results = await new AxeBuilder({ page })
    .exclude('[class*="-leave"], [class*="-appear"], [class*="-enter"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Clicks `button` until the request it sends (matched by `url`) goes out, and returns that
 * request's response. A click that lands while the page is still settling can be lost (the
 * page then just sits there); a second click is only made when no such request was sent, so
 * nothing is ever asked twice.
 */
export async function clickForResponse(page: Page, button: Locator, url: RegExp): Promise<Response> {
  let response: Response | undefined;
  await expect(async () => {
    const sent = page.waitForRequest((r) => url.test(r.url()) && r.method() !== 'GET', { timeout: 5_000 });
    sent.catch(() => undefined); // awaited below unless the click itself failed
    await button.click({ timeout: 5_000 });
    response = (await (await sent).response()) ?? undefined;
  }).toPass({ timeout: 30_000 });
  if (!response) throw new Error(`no response to the request of ${url}`);
  return response;
}

/** Signs in through the sign-in page (as people do), optionally coming back to `next`. */
export async function signIn(page: Page, email: string, next?: string): Promise<void> {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  const main = page.getByRole('main');
  await main.getByLabel(/邮箱|Email/).fill(email);
  await main.getByLabel(/^(密码|Password)$/).fill(DEMO_PASSWORD);
  await main.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Opens a deal afresh from My deals, through the header and the list as a person would
 * (a reload would need the refresh cookie; this keeps to the page's session either way).
 */
export async function openDeal(page: Page, side: 'requester' | 'provider', linkName: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /我的交易|My deals/ })
    .click();
  await page.getByRole('tab', { name: side === 'provider' ? /我收到的|Received/ : /我发起的|Requested by me/ }).click();
  await page.getByRole('link', { name: linkName }).click();
  await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
}

/** Shows the app in English on this page's next loads (as the switcher remembers it). */
export async function useEnglish(page: Page): Promise<void> {
  // The cookie the switcher sets too: the server paints a page's first view in it.
  await page
    .context()
    .addCookies([{ name: 'rongtong.language', value: 'en', url: `http://127.0.0.1:${process.env.WEB_E2E_PORT}` }]);
  // Runs in the browser (this file is compiled without the DOM's types).
  await page.addInitScript(() =>
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
      'rongtong.language',
      'en',
    ),
  );
}

/** A valid one-page PDF, as uploads accept it (judged by content). */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
