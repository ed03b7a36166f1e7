import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, providerEmail, signIn, SME_EMAIL, useEnglish } from './fixtures';

const ADMIN = { email: 'admin@rongtong.local', password: 'Rongtong-Admin-2026!' };
const OPERATOR = 'operator.suzhou@demo.rongtong.local';

async function tokenOf(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A time in China as ISO 8601 with its offset, as the API takes booking times. */
function chinaIso(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * The demo SME books the first free slot of an equipment listing of the park, and its
 * provider confirms it (unless the listing confirms by itself): a deal of the park.
 */
async function confirmedBookingIn(request: APIRequestContext, parkId: string): Promise<void> {
  const sme = await tokenOf(request, SME_EMAIL);
  const search = await request.get(`/api/v1/search/listings?kind=equipment&park=${parkId}&limit=20`);
  const hits = ((await search.json()) as { hits: Array<{ id: string }> }).hits;
  for (const hit of hits) {
    const availability = (await (await request.get(`/api/v1/listings/${hit.id}/availability`)).json()) as {
      free: Array<{ start: string; end: string }>;
      slotMinutes: number;
      minMinutes: number;
      serviceModes: string[];
    };
    const mode = availability.serviceModes.find((m) => m !== 'sample_testing');
    const minutes = Math.max(availability.minMinutes, availability.slotMinutes);
    const slot = availability.free.find((f) => Date.parse(f.end) - Date.parse(f.start) >= minutes * 60_000);
    if (!mode || !slot) continue;
    const start = Date.parse(slot.start);
    const booked = await request.post('/api/v1/bookings', {
      headers: bearer(sme),
      data: { listingId: hit.id, serviceMode: mode, start: chinaIso(start), end: chinaIso(start + minutes * 60_000) },
    });
    if (booked.status() !== 201) continue;
    const deal = (await booked.json()) as { id: string; state: string };
    if (deal.state === 'requested') {
      const listing = (await (await request.get(`/api/v1/listings/${hit.id}`)).json()) as {
        ownerOrganizationId: string;
      };
      const owner = (await (await request.get(`/api/v1/organizations/${listing.ownerOrganizationId}`)).json()) as {
        uscc: string;
      };
      const provider = await tokenOf(request, providerEmail(owner.uscc));
      const accepted = await request.post(`/api/v1/deals/${deal.id}/accept`, { headers: bearer(provider), data: {} });
      expect(accepted.status(), 'the provider confirms the booking').toBe(200);
    }
    return;
  }
  throw new Error(`no equipment listing of park ${parkId} had a slot to book`);
}

/** A figure of the dashboard's overview, as a number (its group is named by the figure). */
async function figure(page: Page, name: string): Promise<number> {
  const group = page.getByRole('region', { name: /总览|Overview/ }).getByRole('group', { name, exact: true });
  const text = (await group.innerText()).replace(name, '');
  return Number(text.replace(/[^\d.]/g, ''));
}

/** A credit code that passes both checks (GB 32100, GB 11714), for a throwaway enterprise. */
function makeUscc(regionCode = '320594'): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const body = Array.from({ length: 8 }, () => String(randomInt(10))).join('');
  const orgSum = [...body].reduce((sum, c, i) => sum + Number(c) * weights[i], 0);
  const orgCheckValue = 11 - (orgSum % 11);
  const orgCheck = orgCheckValue === 10 ? 'X' : orgCheckValue === 11 ? '0' : String(orgCheckValue);
  const first17 = `91${regionCode}${body}${orgCheck}`;
  const sum = [...first17].reduce((s, c, i) => s + alphabet.indexOf(c) * (3 ** i % 31), 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

test('a park operator watches the dashboard count a confirmed booking and exports the figures', async ({
  page,
  request,
}) => {
  await signIn(page, OPERATOR);
  const menu = page.getByRole('button', { name: /账户菜单/ });
  // As in provider-listing.spec.ts: a click on an item while the menu's strings re-render it can be lost.
  await expect(async () => {
    if (!(await page.getByRole('menuitem').first().isVisible())) await menu.click();
    await page.getByRole('menuitem', { name: '园区数据' }).click({ timeout: 5_000 });
    await expect(page).toHaveURL(/\/console\/parks\/[0-9a-f-]{36}\/analytics$/, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  const parkId = /parks\/([0-9a-f-]{36})/.exec(page.url())![1];
  await expect(page.getByRole('heading', { level: 1, name: '园区数据' })).toBeVisible();
  await expect(page.getByText(/苏州工业园区 · /)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '每月交易（按类型）' })).toBeVisible();
  const before = await figure(page, '交易');
  await expectAccessible(page, 'park analytics');

  await confirmedBookingIn(request, parkId);
  // The rollups are kept by the worker from the outbox: the page shows the deal soon, not at once.
  await expect
    .poll(
      async () => {
        await page.reload();
        await expect(page.getByRole('heading', { level: 2, name: '每月交易（按类型）' })).toBeVisible();
        return figure(page, '交易');
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBeGreaterThan(before);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = readFileSync(await file.path());
  // An xlsx is a zip: PK, then more than an empty sheet's worth.
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.length).toBeGreaterThan(2_000);

  await useEnglish(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Park analytics' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Deals by month and kind' })).toBeVisible();
  await expectAccessible(page, 'park analytics (en)');
});

test('a platform admin suspends a user and opens the queue dashboard', async ({ page, request }) => {
  // Someone to suspend: a fresh enterprise's owner, not a demo account other journeys use.
  const email = `suspend.${Date.now().toString(36)}.${randomInt(1e6)}@example.com`;
  const uscc = makeUscc();
  const registered = await request.post('/api/v1/auth/register', {
    data: {
      organization: { name: `停用测试${uscc.slice(10, 16)}有限公司`, uscc },
      user: { email, password: 'Suspend-Me-Journey-2026', displayName: '待暂停用户' },
    },
  });
  expect(registered.status()).toBe(201);

  await page.goto('/sign-in?next=%2Fconsole%2Fadmin%2Fparks');
  const main = page.getByRole('main');
  await main.getByLabel(/邮箱|Email/).fill(ADMIN.email);
  await main.getByLabel(/^(密码|Password)$/).fill(ADMIN.password);
  await main.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '园区与运营方' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '苏州工业园区', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '审核队列: 苏州工业园区' })).toHaveAttribute(
    'href',
    /\/console\/parks\/[0-9a-f-]{36}\/verifications$/,
  );
  await expectAccessible(page, 'admin parks');

  await page.getByRole('navigation', { name: '平台管理导航' }).getByRole('link', { name: '各园区数据' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '各园区数据' })).toBeVisible();
  await expect(page.getByRole('link', { name: '苏州工业园区' })).toBeVisible();
  await expectAccessible(page, 'platform analytics');

  await page.getByRole('navigation', { name: '平台管理导航' }).getByRole('link', { name: '用户' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户' })).toBeVisible();
  await page.getByLabel('搜索用户').fill(email);
  await page.getByLabel('搜索用户').press('Enter');
  await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  await page.getByRole('button', { name: `暂停账号: ${email}` }).click();
  const dialog = page.getByRole('dialog', { name: '暂停 待暂停用户 的账号' });
  await dialog.getByLabel('原因').fill('冒用他人企业信息');
  await expectAccessible(page, 'suspend dialog');
  await dialog.getByRole('button', { name: '确认暂停' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已暂停：冒用他人企业信息')).toBeVisible();
  const refused = await request.post('/api/v1/auth/login', { data: { email, password: 'Suspend-Me-Journey-2026' } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: string }).code).toBe('ACCOUNT_SUSPENDED');
  await expectAccessible(page, 'admin users');

  // Nobody reaches the dashboard by its address alone.
  const anonymous = await request.get('/api/v1/admin/queues/');
  expect(anonymous.status()).toBe(401);

  // The dashboard opens in a new tab (it says so to a screen reader); the console stays.
  const opened = page.context().waitForEvent('page');
  await page.getByRole('link', { name: /^打开队列面板\s*（在新标签页中打开）$/ }).click();
  const board = await opened;
  await expect(board).toHaveURL(/\/api\/v1\/admin\/queues\/$/);
  await expect(board).toHaveTitle('Rongtong queues');
  await expect(board.getByText('analytics', { exact: true }).first()).toBeVisible();
  await board.close();
  await expect(page.getByRole('heading', { level: 1, name: '用户' })).toBeVisible();

  await useEnglish(page);
  await page.goto('/console/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expectAccessible(page, 'admin users (en)');
});
