import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, openDeal, providerEmail, signIn, SME_EMAIL } from './fixtures';

async function counter(page: Page, upfrontYuan: string): Promise<void> {
  const form = page.getByRole('main');
  await form.getByLabel('入门费（元）').fill(upfrontYuan);
  await form.getByRole('button', { name: '发送还价' }).click();
  await expect(page.getByText('还价已发送')).toBeVisible();
}

test('a licence counter-offer goes back and forth until the provider accepts', async ({ browser, request }) => {
  // A patent offered by negotiation (not under an open licence), and its provider's account.
  const hits = (await (await request.get('/api/v1/search/listings?kind=ip&limit=50')).json()).hits as {
    id: string;
    document: { title: string; openLicence: boolean; provider: { id: string } };
  }[];
  const patent = hits.find((h) => !h.document.openLicence)!;
  const owner = await (await request.get(`/api/v1/organizations/${patent.document.provider.id}`)).json();

  const sme = await (await browser.newContext()).newPage();
  await signIn(sme, SME_EMAIL, `/listings/${patent.id}`);
  await expect(sme.getByRole('heading', { level: 1, name: patent.document.title })).toBeVisible();
  const form = sme.getByRole('main');
  await form.getByLabel('实施领域').fill('食品加工设备');
  await form.getByLabel('许可期限（月）').fill('36');
  await form.getByLabel('入门费（元）').fill('100000');
  await form.getByLabel('提成比例（销售额 %）').fill('3');
  await form.getByRole('button', { name: '提交许可申请' }).click();
  await expect(sme).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  const dealPath = new URL(sme.url()).pathname;
  const dealLink = `专利许可 · ${patent.document.title}`;
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('待确认');

  const provider = await (await browser.newContext()).newPage();
  await signIn(provider, providerEmail(owner.uscc), dealPath);
  await expect(provider.getByRole('heading', { level: 1 })).toContainText('专利许可');
  await counter(provider, '150000');
  await expect(provider.getByRole('heading', { level: 1 })).toContainText('已还价');
  await expectAccessible(provider, 'licence deal (provider)');

  await openDeal(sme, 'requester', dealLink);
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('已还价');
  await expect(sme.getByRole('region', { name: '服务商第 2 版报价' })).toContainText('¥150,000.00');
  await counter(sme, '120000');
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('待确认');

  await openDeal(provider, 'provider', dealLink);
  await expect(provider.getByRole('region', { name: '需求方第 3 版报价' })).toContainText('¥120,000.00');
  await provider.getByRole('button', { name: /接受/ }).click();
  await expect(provider.getByRole('heading', { level: 1 })).toContainText('已接受');
  await openDeal(sme, 'requester', dealLink);
  await expect(sme.getByRole('heading', { level: 1 })).toContainText('已接受');
  await expectAccessible(sme, 'licence deal (requester)');
});
