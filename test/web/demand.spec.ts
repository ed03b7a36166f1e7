import { expect, test } from '@playwright/test';
import { clickForResponse, expectAccessible, signIn, SME_EMAIL } from './fixtures';

/** A day `days` from today in China, as YYYY-MM-DD. */
function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('an SME posts a capacity demand, reads why its matches fit, and accepts one into a prefilled reservation', async ({
  page,
}) => {
  await signIn(page, SME_EMAIL, '/demands/new');
  await expect(page.getByRole('heading', { level: 1, name: '发布需求' })).toBeVisible();
  await expectAccessible(page, 'new demand');
  const form = page.getByRole('main');
  await form.getByLabel('标题').fill('铝合金结构件五轴CNC加工');
  await form.getByLabel('详细说明').fill('6061-T6 铝合金结构件，五轴联动加工，公差 ±0.02 mm，按月交付。');
  await form.getByLabel('类别').fill('机械加工');
  await form.getByLabel('类别').press('Enter');
  await form.getByLabel('数量').fill('20');
  await form.getByLabel('单位').click();
  await page.getByTitle('机时', { exact: true }).click();
  await form.getByLabel('需要的起止日期').fill(chinaDay(35));
  await form.getByLabel('需要的起止日期').press('Enter');
  await form.getByPlaceholder('结束日期').fill(chinaDay(60));
  // Enter in the last field takes the date and submits the form, as a keyboard user would.
  await form.getByPlaceholder('结束日期').press('Enter');

  await expect(page).toHaveURL(/\/demands\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: '铝合金结构件五轴CNC加工' })).toBeVisible();
  // Matching runs in the worker; the page polls until the proposals arrive.
  const firstMatch = page.getByRole('article').first();
  await expect(firstMatch).toBeVisible({ timeout: 60_000 });
  await expect(firstMatch.getByRole('list', { name: '匹配理由' }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'demand with matches');

  const accepted = await clickForResponse(
    page,
    firstMatch.getByRole('button', { name: '接受并预订产能' }),
    /\/matches\/[0-9a-f-]{36}\/accept$/,
  );
  // The API's answer in the failure message when it refused (a toast would say the same).
  expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('产能预订');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('待确认');
  // Prefilled from the demand: the quantity and the window it asked for.
  await expect(page.getByRole('main')).toContainText('20');
  await expectAccessible(page, 'reservation from a match');
});
