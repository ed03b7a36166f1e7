import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, useEnglish } from './fixtures';

async function listingOf(page: Page, kind: string): Promise<string> {
  const response = await page.request.get(`/api/v1/search/listings?kind=${kind}&limit=1`);
  return `/listings/${(await response.json()).hits[0].id}`;
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`every public page in ${language}: one h1, no horizontal scroll at 375 px, no serious axe violation`, async ({
    page,
  }) => {
    if (language === 'en') await useEnglish(page);
    const pages = [
      '/',
      '/search?q=%E4%B8%89%E5%9D%90%E6%A0%87',
      '/search?kind=equipment&serviceMode=technician_operated',
      await listingOf(page, 'equipment'),
      await listingOf(page, 'capacity'),
      await listingOf(page, 'ip'),
      '/listings/00000000-0000-4000-8000-000000000000',
      '/sign-in',
      '/register',
      '/forgot-password',
      '/reset-password?token=nothing',
      '/invitations/accept?token=nothing',
      '/no-such-page',
    ];
    for (const path of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectAccessible(page, `${language} ${path}`);
      await page.setViewportSize({ width: 375, height: 800 });
      const overflow = await page.evaluate(() => {
        const w = globalThis as unknown as {
          innerWidth: number;
          document: { documentElement: { scrollWidth: number } };
        };
        return w.document.documentElement.scrollWidth - w.innerWidth;
      });
      expect(overflow, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the language switcher changes the language and remembers it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找产能、约设备、谈专利');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find capacity, book equipment, license patents');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a search lives in the address: filters, paging and Back', async ({ page }) => {
  await page.goto('/search?q=%E6%A3%80%E6%B5%8B');
  await expect(page.getByRole('status')).toContainText('共');
  await page.getByRole('radiogroup').getByText(/^设备/).click();
  await expect(page).toHaveURL(/kind=equipment/);
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=equipment/);
  await expect(page.getByRole('radio', { name: '全部' })).toBeChecked();
});

test('the region filter opens at the first click, though its cascader is not in the first load', async ({ page }) => {
  await page.goto('/search?q=%E6%A3%80%E6%B5%8B');
  await expect(page.getByRole('status')).toContainText('共');
  await page.getByLabel('地区').click();
  await page.getByRole('menuitemcheckbox', { name: '江苏' }).click();
  await expect(page).toHaveURL(/region=32(&|$)/);
  await page.getByRole('menuitemcheckbox', { name: '苏州' }).click();
  await expect(page).toHaveURL(/region=3205/);
  await page.goBack();
  await expect(page).toHaveURL(/region=32(&|$)/);
  // The closed box shows the region the address names.
  await page.reload();
  await expect(page.getByRole('form', { name: '筛选' })).toContainText('江苏');
});
