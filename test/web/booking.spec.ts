import { expect, test } from '@playwright/test';
import { expectAccessible, openDeal, providerEmail, signIn, SME_EMAIL } from './fixtures';

test('an SME finds a CMM by searching 三坐标, books a free slot, and sees it confirmed once the provider accepts', async ({
  browser,
  request,
}) => {
  const sme = await (await browser.newContext()).newPage();
  await signIn(sme, SME_EMAIL);

  // Search from the home page's box.
  await sme.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
  await expectAccessible(sme, 'home');
  await sme.getByRole('combobox', { name: '搜索产能、设备或专利' }).fill('三坐标');
  await sme.getByRole('button', { name: /搜索/ }).click();
  await expect(sme).toHaveURL(/\/search\?q=%E4%B8%89%E5%9D%90%E6%A0%87/);
  await expect(sme.getByRole('heading', { level: 1, name: '“三坐标”的搜索结果' })).toBeVisible();
  await expect(sme.getByRole('status')).toContainText('共');
  await expectAccessible(sme, 'search');

  const title = '龙门式三坐标 大型冲焊件检测';
  await sme.getByRole('link', { name: title }).click();
  await expect(sme.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(sme, 'listing');

  // The first start time the calendar offers, for the shortest stay.
  const start = sme.getByRole('combobox', { name: /的开始时间/ }).first();
  await start.focus();
  await start.press('ArrowDown');
  await start.press('Enter');
  await expect(sme.getByText(/^已选：/)).toBeVisible();
  const submit = sme.getByRole('button', { name: '提交预约' });
  // A double click opens one deal: the same Idempotency-Key, and the button waits.
  await submit.dblclick();
  await expect(sme).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('设备预约');
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('待确认');
  await expectAccessible(sme, 'deal (requester)');

  await sme.getByRole('link', { name: '我的交易' }).first().click();
  await expect(sme.getByRole('heading', { level: 1, name: '我的交易' })).toBeVisible();
  await expect(sme.getByRole('link', { name: `设备预约 · ${title}` })).toHaveCount(1);
  await expectAccessible(sme, 'my deals');

  // The listing's provider accepts it.
  const listingId = (await (await request.get(`/api/v1/search/listings?q=${encodeURIComponent(title)}`)).json()).hits[0]
    .id;
  const listing = await (await request.get(`/api/v1/listings/${listingId}`)).json();
  const owner = await (await request.get(`/api/v1/organizations/${listing.ownerOrganizationId}`)).json();
  const provider = await (await browser.newContext()).newPage();
  await signIn(provider, providerEmail(owner.uscc));
  await provider.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的交易' }).click();
  await provider.getByRole('tab', { name: '我收到的' }).click();
  await provider.getByRole('link', { name: `设备预约 · ${title}` }).click();
  await expect(provider.getByRole('heading', { level: 1 })).toContainText('待确认');
  await provider.getByRole('button', { name: /接受/ }).click();
  await expect(provider.getByRole('heading', { level: 1 })).toContainText('已确认');
  await expectAccessible(provider, 'deal (provider)');

  await openDeal(sme, 'requester', `设备预约 · ${title}`);
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('已确认');
});
