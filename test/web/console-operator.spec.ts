import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  clickForResponse,
  DEMO_PASSWORD,
  expectAccessible,
  providerEmail,
  signIn,
  tinyPdf,
  useEnglish,
} from './fixtures';

/** The demo's Hangzhou park, its operator, and a provider of its (whose listing gets an edit). */
const PARK_NAME = '杭州未来科技城';
const OPERATOR = 'operator.hangzhou@demo.rongtong.local';
const PROVIDER = providerEmail('913301000532352681');
const LISTING_TITLE = '精密平面磨与外圆磨削代加工';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A fresh, valid credit code registered in Hangzhou (330100). */
function hangzhouUscc(): string {
  const body = Array.from({ length: 8 }, () => String(Math.floor(Math.random() * 10))).join('');
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const orgValue = 11 - ([...body].reduce((s, c, i) => s + Number(c) * weights[i], 0) % 11);
  const first17 = `91330100${body}${orgValue === 10 ? 'X' : orgValue === 11 ? '0' : String(orgValue)}`;
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * (3 ** i % 31), 0);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

async function token(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` });

/**
 * A new enterprise asks to join the park and uploads its business licence; the provider
 * submits an edit of its live listing.
 */
async function arrange(request: APIRequestContext, stamp: string) {
  const parks = (await (await request.get('/api/v1/parks')).json()) as Array<{ id: string; name: string }>;
  const parkId = parks.find((p) => p.name === PARK_NAME)!.id;

  const name = `杭州新入园测试科技有限公司${stamp}`;
  const registered = await request.post('/api/v1/auth/register', {
    data: {
      organization: { name, uscc: hangzhouUscc() },
      user: { email: `newcomer.${stamp}@example.cn`, password: 'a-long-passphrase-2026', displayName: '新企业' },
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const newcomer = (await registered.json()) as { accessToken: string; organization: { id: string } };
  const joined = await request.post(`/api/v1/parks/${parkId}/memberships`, {
    headers: bearer(newcomer.accessToken),
    data: { organizationId: newcomer.organization.id },
  });
  expect(joined.status(), await joined.text()).toBe(202);
  const documentName = `营业执照-${stamp}.pdf`;
  // The kind first: the API reads the fields before the file streams past.
  const uploaded = await request.post(`/api/v1/organizations/${newcomer.organization.id}/verification-documents`, {
    headers: bearer(newcomer.accessToken),
    multipart: {
      kind: 'business_licence',
      file: { name: documentName, mimeType: 'application/pdf', buffer: tinyPdf() },
    },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);

  const provider = await token(request, PROVIDER);
  const me = (await (await request.get('/api/v1/me', { headers: bearer(provider) })).json()) as {
    memberships: Array<{ organization: { id: string } }>;
  };
  const listings = (await (
    await request.get(`/api/v1/organizations/${me.memberships[0].organization.id}/listings`, {
      headers: bearer(provider),
    })
  ).json()) as Array<{ id: string; title: string; version: number }>;
  const listing = listings.find((l) => l.title.startsWith(LISTING_TITLE))!;
  const newTitle = `${LISTING_TITLE}（新增镜面磨削 ${stamp}）`;
  const edited = await request.patch(`/api/v1/listings/${listing.id}`, {
    headers: { ...bearer(provider), 'If-Match': `"${listing.version}"` },
    data: { title: newTitle },
  });
  expect(edited.status(), await edited.text()).toBe(200);
  return { parkId, name, documentName, listing: { id: listing.id, title: listing.title }, newTitle };
}

async function openConsole(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: /账户菜单|Account menu/ });
  // As provider-listing.spec.ts: a click on an item while the menu's area strings re-render it can be lost.
  await expect(async () => {
    if (!(await page.getByRole('menuitem').first().isVisible())) await menu.click();
    await page.getByRole('menuitem', { name: /^(园区运营|Park operations)$/ }).click({ timeout: 5_000 });
    await expect(page).toHaveURL(/\/console\/parks\/[0-9a-f-]{36}\/verifications$/, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Issue 18: the park's operator admits a new enterprise and verifies it after reading what
 * its credit code says; then reads the field-by-field difference of a live listing's edit
 * and approves it; the audit trail shows both. Axe on each console page.
 */
test('an operator verifies a new enterprise and approves an edit after reading its difference', async ({
  page,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const world = await arrange(request, stamp);
  await signIn(page, OPERATOR);
  await openConsole(page);
  const nav = page.getByRole('navigation', { name: '园区运营导航' });

  // Admit it to the park.
  await nav.getByRole('link', { name: '入园申请' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '入园申请' })).toBeVisible();
  await expectAccessible(page, 'memberships');
  await page.getByRole('button', { name: `同意 ${world.name}` }).click();
  await expect(page.getByText(`已同意 ${world.name} 加入园区`)).toBeVisible();

  // Its credit code read: registered by market regulation as an enterprise, in Hangzhou.
  await nav.getByRole('link', { name: '企业认证' }).click();
  const card = page.getByRole('region', { name: world.name });
  await expect(card).toBeVisible();
  await expect(card.getByText('市场监管（工商） (9)')).toBeVisible();
  await expect(card.getByText('企业 (1)')).toBeVisible();
  await expect(card.getByText('浙江省 杭州市')).toBeVisible();
  // The licence it uploaded, listed and downloaded with the operator's session before deciding.
  const documents = card.getByRole('list', { name: `${world.name} 的证明材料` });
  await expect(documents.getByText('营业执照', { exact: true })).toBeVisible();
  const downloadButton = documents.getByRole('button', { name: `下载 ${world.documentName}` });
  await expect(downloadButton).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
  expect(download.suggestedFilename()).toBe(world.documentName);
  await expectAccessible(page, 'verifications');
  await card.getByRole('button', { name: '认证企业' }).click();
  await expect(page.getByText(`已认证 ${world.name}`, { exact: true })).toBeVisible();
  await expect(card).toBeHidden();

  // The edit: its difference first, then the decision.
  await nav.getByRole('link', { name: '资源审核' }).click();
  await page.getByRole('combobox', { name: '显示' }).click();
  await page.getByTitle('修改待审', { exact: true }).click();
  // Axe reads the page once the filter's list has faded out (mid-fade its options are pale).
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await expectAccessible(page, 'moderation queue');
  await page.getByRole('link', { name: world.listing.title, exact: true }).first().click();
  const diff = page.getByRole('table').filter({ hasText: '修改前' });
  const titleRow = diff.getByRole('row').filter({ has: page.getByRole('cell', { name: '标题', exact: true }) });
  await expect(titleRow.getByRole('cell').nth(1)).toHaveText(world.listing.title);
  await expect(titleRow.getByRole('cell').nth(2)).toHaveText(world.newTitle);
  await expect(page.getByRole('heading', { name: '批准后公开页面将显示为' })).toBeVisible();
  await expectAccessible(page, 'moderation review');
  await page.getByRole('button', { name: '批准修改' }).click();
  await expect(page.getByText('已批准', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '公开页面预览' })).toBeVisible();
  await expect(page.getByRole('button', { name: '批准修改' })).toBeHidden();

  // The audit trail finds the approval by the new title's words.
  await nav.getByRole('link', { name: '操作记录' }).click();
  await page.getByRole('main').getByLabel('搜索', { exact: true }).fill(`镜面磨削 ${stamp}`);
  await page.getByRole('main').getByLabel('搜索', { exact: true }).press('Enter');
  await expect(page.getByRole('row').filter({ hasText: '批准修改' })).toHaveCount(1);
  await expectAccessible(page, 'audit');

  await nav.getByRole('link', { name: '常用原因' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '常用原因' })).toBeVisible();
  await expectAccessible(page, 'reasons');
});

/** An open RFQ of the Hangzhou provider (a buyer of the park), taken down by the park's operator, through the API. */
async function takenDownRfq(request: APIRequestContext, title: string): Promise<{ id: string; parkId: string }> {
  const parks = (await (await request.get('/api/v1/parks')).json()) as Array<{ id: string; name: string }>;
  const parkId = parks.find((p) => p.name === PARK_NAME)!.id;
  const chinaDay = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const posted = await request.post('/api/v1/rfqs', {
    headers: bearer(await token(request, PROVIDER)),
    data: {
      title,
      description: '精密磨削件，平面度 0.005 mm',
      category: '机械加工',
      quantity: 500,
      unit: 'piece',
      deliveryDate: chinaDay(45),
      deliveryRegionCode: '320594',
      quoteDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      visibility: 'public',
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const rfq = (await posted.json()) as { id: string };
  const down = await request.post(`/api/v1/rfqs/${rfq.id}/take-down`, {
    headers: bearer(await token(request, OPERATOR)),
    data: { reason: '联系方式与企业不符' },
  });
  expect(down.status(), await down.text()).toBe(200);
  return { id: rfq.id, parkId };
}

/**
 * The park's operator finds a taken-down RFQ in the console's RFQ list, reinstates it with
 * a reason, sees it open again and its history naming both steps. Axe on the list.
 */
test('an operator reinstates a taken-down RFQ from the console and reads its history', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const title = `精密磨削件询价 ${stamp}`;
  const rfq = await takenDownRfq(request, title);
  await signIn(page, OPERATOR, `/console/parks/${rfq.parkId}/rfqs?status=taken_down&q=${encodeURIComponent(stamp)}`);
  await expect(page.getByRole('heading', { level: 1, name: '询价管理' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row.getByText('已下架', { exact: true })).toBeVisible();
  await expect(row.getByText('下架原因：联系方式与企业不符')).toBeVisible();
  await expectAccessible(page, 'rfqs (taken down)');

  await row.getByRole('button', { name: `恢复 ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: `恢复询价单「${title}」` });
  await dialog.getByLabel('原因（将告知企业）').fill('企业已更正联系方式');
  const response = await clickForResponse(
    page,
    dialog.getByRole('button', { name: /^确\s*认$/ }),
    new RegExp(`/api/v1/rfqs/${rfq.id}/reinstate$`),
  );
  expect(response.status()).toBe(200);
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已恢复「${title}」，供应商可再次看到`)).toBeVisible();

  // The filter still asks for taken-down RFQs: the reinstated one is open among all of them.
  await page.getByRole('combobox', { name: '显示' }).click();
  await page.getByTitle('全部', { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await expect(row.getByText('报价中', { exact: true })).toBeVisible();
  await expect(row.getByText('已下架', { exact: true })).toHaveCount(0);
  await expect(row.getByRole('button', { name: `下架 ${title}` })).toBeVisible();
  await expectAccessible(page, 'rfqs (reinstated)');

  await row.getByRole('button', { name: `查看“${title}”的处理记录` }).click();
  const drawer = page.getByRole('dialog', { name: `处理记录：${title}` });
  await expect(drawer.getByText('园区恢复了询价')).toBeVisible();
  await expect(drawer.getByText('原因：企业已更正联系方式')).toBeVisible();
  await expect(drawer.getByText('园区下架了询价')).toBeVisible();
  await expectAccessible(page, 'rfq history');
});

test('the console pages in English pass axe', async ({ page }) => {
  await useEnglish(page);
  await signIn(page, OPERATOR);
  await openConsole(page);
  const nav = page.getByRole('navigation', { name: 'Park operations' });
  for (const [link, heading] of [
    ['Enterprise verification', 'Enterprise verification'],
    ['Listing moderation', 'Listing moderation'],
    ['Membership requests', 'Membership requests'],
    ['Audit trail', 'Audit trail'],
    ['Saved reasons', 'Saved reasons'],
  ]) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, `${link} (en)`);
  }
});
