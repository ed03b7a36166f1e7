import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, providerEmail, signIn, SME_EMAIL, tinyPdf, useEnglish } from './fixtures';

interface Equipment {
  id: string;
  title: string;
  ownerOrganizationId: string;
  details: { serviceModes: string[] };
}

/** An equipment listing of the demo data and its provider's sign-in email. */
async function equipmentProvider(request: APIRequestContext): Promise<{ listing: Equipment; email: string }> {
  const hits = (await (await request.get('/api/v1/search/listings?kind=equipment&limit=1')).json()).hits as {
    id: string;
  }[];
  const listing = (await (await request.get(`/api/v1/listings/${hits[0].id}`)).json()) as Equipment;
  const owner = await (await request.get(`/api/v1/organizations/${listing.ownerOrganizationId}`)).json();
  return { listing, email: providerEmail(owner.uscc) };
}

async function smeToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { email: SME_EMAIL, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The first free slot of the listing, of its shortest length, booked by the demo SME through the API. */
async function bookFirstFreeSlot(
  request: APIRequestContext,
  listing: Equipment,
): Promise<{ id: string; start: string }> {
  const token = await smeToken(request);
  const availability = await (await request.get(`/api/v1/listings/${listing.id}/availability`)).json();
  const start = availability.free[0].start as string;
  const end = new Date(Date.parse(start) + availability.minMinutes * 60_000).toISOString();
  const response = await request.post('/api/v1/bookings', {
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      listingId: listing.id,
      serviceMode: listing.details.serviceModes.find((m) => m !== 'sample_testing'),
      start,
      end,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { id: ((await response.json()) as { id: string }).id, start };
}

/** The accept link of the invitation emailed to `email`, from the stack's mail folder. */
async function invitationLink(email: string): Promise<string> {
  const dir = process.env.WEB_E2E_MAIL_DIR!;
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const files = (() => {
          try {
            return readdirSync(dir);
          } catch {
            return [];
          }
        })().filter((f) => f.endsWith('.html') && f.includes(email));
        for (const file of files) {
          const match = /\/invitations\/accept\?token=([^"'<\s&]+)/.exec(readFileSync(path.join(dir, file), 'utf8'));
          if (match) link = `/invitations/accept?token=${match[1]}`;
        }
        return link;
      },
      { timeout: 60_000, message: `an invitation email to ${email}` },
    )
    .toBeTruthy();
  return link!;
}

/** Monday of the week of `instant` in China, YYYY-MM-DD. */
function mondayInChina(instant: string): string {
  const china = new Date(Date.parse(instant) + 8 * 3600_000);
  china.setUTCDate(china.getUTCDate() - ((china.getUTCDay() + 6) % 7));
  return china.toISOString().slice(0, 10);
}

/**
 * Axe once the pointer has left the button just clicked: a hovered primary button is Ant
 * Design's lighter blue for a moment, which is not what anyone reads.
 */
async function accessibleAfterClick(page: Page, where: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expect(async () => expectAccessible(page, where)).toPass({ timeout: 10_000 });
  await page.bringToFront();
}

/** Axe, then this page in front again (axe opens a scratch page of its own to finish its run). */
async function accessible(page: Page, where: string): Promise<void> {
  await expectAccessible(page, where);
  await page.bringToFront();
}

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => {
    const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
  expect(overflow, `${where} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a provider owner invites a member by email; the invitee accepts and appears among the members', async ({
  browser,
  request,
}) => {
  const { email } = await equipmentProvider(request);
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, email, '/organization/members');
  await expect(owner.getByRole('heading', { level: 1, name: '成员与邀请' })).toBeVisible();
  const members = owner.getByRole('region', { name: '成员', exact: true });
  await expect(members.getByRole('cell', { name: email })).toBeVisible();
  await accessible(owner, 'members');

  const invitee = `colleague.${Date.now().toString(36)}@example.com`;
  const form = owner.getByRole('main');
  await form.getByLabel('被邀请人邮箱').fill('not an email');
  await form.getByRole('button', { name: '发送邀请' }).click();
  await expect(form.getByText('请输入有效的邮箱地址')).toBeVisible();
  await form.getByLabel('被邀请人邮箱').fill(invitee);
  await form.getByLabel('角色', { exact: true }).click();
  await owner.getByTitle('管理员', { exact: true }).click();
  await form.getByRole('button', { name: '发送邀请' }).click();
  const sent = owner.getByRole('region', { name: '本次发出的邀请' });
  await expect(sent).toContainText(invitee);
  await expect(sent).toContainText('待接受');
  await accessibleAfterClick(owner, 'members after inviting');

  // The invitee follows the emailed link with a browser of their own.
  const link = await invitationLink(invitee);
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { level: 1, name: '接受邀请' })).toBeVisible();
  await guest.getByLabel('姓名').fill('新同事');
  await guest.getByLabel('密码').fill('Colleague-Pass-2026');
  await guest.getByRole('button', { name: '接受邀请' }).click();
  await expect(guest).toHaveURL(/\/$/);

  // The owner sees the new member with the role invited.
  await owner.getByRole('button', { name: /^刷\s*新$/ }).click();
  const row = members.getByRole('row').filter({ hasText: invitee });
  await expect(row).toContainText('新同事');
  await expect(row.getByRole('combobox', { name: '新同事 的角色' })).toBeVisible();
  await expect(row).toContainText('管理员');
  // The invitation is listed as accepted, sent by the owner.
  const invitations = owner.getByRole('region', { name: '邀请记录' });
  await expect(invitations.getByRole('row').filter({ hasText: invitee })).toContainText('已接受');

  // The new admin sees the enterprise's pages too.
  await guest.goto('/organization/members');
  await expect(
    guest.getByRole('region', { name: '成员', exact: true }).getByRole('cell', { name: invitee }),
  ).toBeVisible();

  // The owner makes the new admin a plain member: the admin's page no longer offers the controls.
  // By keyboard: the list opens on the current role (成员 · 管理员 · 所有者); one up, Enter.
  const chooseAbove = async (combobox: ReturnType<Page['getByRole']>) => {
    await combobox.focus();
    await owner.keyboard.press('ArrowDown');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await owner.keyboard.press('ArrowUp');
    await owner.keyboard.press('Enter');
  };
  await chooseAbove(row.getByRole('combobox', { name: '新同事 的角色' }));
  await expect(owner.getByText('新同事 的角色已改为成员')).toBeVisible();
  await expect(row).toContainText('成员');

  // The only owner cannot step down: the server's 409 LAST_OWNER, in words.
  const ownerRow = members.getByRole('row').filter({ hasText: email });
  const ownerName = (await ownerRow.getByRole('cell').first().innerText()).replace('（我）', '').trim();
  await chooseAbove(ownerRow.getByRole('combobox', { name: `${ownerName} 的角色` }));
  await expect(owner.getByText('组织至少要保留一位所有者：请先将其他成员设为所有者')).toBeVisible();
  await expect(ownerRow).toContainText('所有者');

  // An invitation sent by mistake is revoked: its link stops working at once.
  const mistaken = `mistaken.${Date.now().toString(36)}@example.com`;
  await form.getByLabel('被邀请人邮箱').fill(mistaken);
  await form.getByRole('button', { name: '发送邀请' }).click();
  const pendingRow = invitations.getByRole('row').filter({ hasText: mistaken });
  await expect(pendingRow).toContainText('待接受');
  await pendingRow.getByRole('button', { name: `撤销 ${mistaken} 的邀请` }).click();
  await owner.getByRole('button', { name: /^确\s*定$|^确认$/ }).click();
  await expect(pendingRow).toContainText('已撤销');
  await expect(pendingRow.getByRole('button')).toHaveCount(0);
  const revokedLink = await invitationLink(mistaken);
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(revokedLink);
  await stranger.getByLabel('姓名').fill('误邀');
  await stranger.getByLabel('密码').fill('Mistaken-Pass-2026');
  await stranger.getByRole('button', { name: '接受邀请' }).click();
  await expect(stranger.getByText('邀请不存在、已过期或已被使用')).toBeVisible();
  await accessibleAfterClick(owner, 'members after revoking');

  // The colleague is removed, after a confirmation; they lose access at once.
  await row.getByRole('button', { name: '移除 新同事' }).click();
  await owner.getByRole('button', { name: /^确\s*定$|^确认$/ }).click();
  await expect(owner.getByText('已移除 新同事')).toBeVisible();
  await expect(members.getByRole('row').filter({ hasText: invitee })).toHaveCount(0);
  await guest.reload();
  await expect(guest.getByText('您的账号尚未加入企业。')).toBeVisible();
  await expect(guest.getByRole('region', { name: '成员', exact: true })).toHaveCount(0);
});

test("a provider adds a webhook, sees its secret once and its delivery log after a booking; the booking shows in the equipment's calendar, linked to the deal", async ({
  page,
  request,
}) => {
  // A local receiver: outside production the API delivers to plain http on this host.
  const received: IncomingHttpHeaders[] = [];
  const receiver = createServer((req, res) => {
    received.push(req.headers);
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  const port = (receiver.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/rongtong/hooks`;

  try {
    const { listing, email } = await equipmentProvider(request);
    await signIn(page, email, '/organization/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhook' })).toBeVisible();

    const main = page.getByRole('main');
    const urlField = main.getByLabel('接收地址（URL）');
    await urlField.fill('ftp://example.com/hook');
    await main.getByRole('button', { name: '添加推送地址' }).click();
    // The server's refusal (422 WEBHOOK_URL_INVALID naming url), at the field.
    await expect(urlField).toHaveAttribute('aria-invalid', 'true');
    await urlField.fill(url);
    // Only the deal events: untick the match group.
    await main.getByRole('checkbox', { name: '匹配事件' }).uncheck();
    await expect(main.getByRole('checkbox', { name: /新匹配/ })).not.toBeChecked();
    await main.getByRole('button', { name: '添加推送地址' }).click();

    const dialog = page.getByRole('dialog', { name: '签名密钥（仅显示这一次）' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('code')).toHaveText(/^[A-Za-z0-9_-]{40,}$/);
    await accessible(page, 'webhook secret');
    await dialog.getByRole('button', { name: '我已保存' }).click();
    await expect(dialog).toBeHidden();

    const endpoint = main.getByRole('article').filter({ hasText: url });
    await expect(endpoint).toContainText('启用中');
    await expect(endpoint.getByRole('listitem')).toHaveCount(5);
    await endpoint.getByRole('button', { name: '查看推送记录' }).click();
    await expect(endpoint.getByText('还没有推送记录。')).toBeVisible();

    // An SME books this provider's equipment: deal.created goes to the receiver.
    const booking = await bookFirstFreeSlot(request, listing);
    await expect(async () => {
      await endpoint.getByRole('button', { name: /^刷\s*新$/ }).click();
      await expect(endpoint.getByRole('row').filter({ hasText: 'deal.created' })).toContainText('已送达', {
        timeout: 1_000,
      });
    }).toPass({ timeout: 60_000 });
    expect(received.some((h) => h['x-rongtong-event'] === 'deal.created' && h['x-rongtong-signature'])).toBe(true);
    await accessibleAfterClick(page, 'webhook delivery log');

    // Disabled, then enabled again, with its switch.
    const toggle = endpoint.getByRole('switch', { name: `启用推送到 ${url}` });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(page.getByText('已停用，停用期间不再推送')).toBeVisible();
    await expect(endpoint).toContainText('已停用');
    await expect(toggle).not.toBeChecked();
    await accessibleAfterClick(page, 'webhook disabled');
    await toggle.click();
    await expect(endpoint).toContainText('启用中');
    await expect(toggle).toBeChecked();

    // The bookings calendar, on the booking's week.
    await page.goto(`/organization/calendar?listing=${listing.id}&week=${mondayInChina(booking.start)}`);
    await expect(page.getByRole('heading', { level: 1, name: '预约日历' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: listing.title })).toBeVisible();
    const week = page.getByRole('group', { name: '一周预约' });
    const slot = week.getByRole('link', { name: /待确认（暂留）：待确认/ });
    await expect(slot.first()).toBeVisible();
    await accessible(page, 'bookings calendar');
    await page.getByRole('button', { name: '下一周' }).click();
    await expect(page).toHaveURL(/week=\d{4}-\d{2}-\d{2}/);
    await page.getByRole('button', { name: '上一周' }).click();
    await week.locator(`a[href="/deals/${booking.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/deals/${booking.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('设备预约');
  } finally {
    receiver.close();
  }
});

test('a provider reads a demand matched to its listing, why it fits, and expresses interest', async ({
  page,
  request,
}) => {
  const token = await smeToken(request);
  const { listing } = await equipmentProvider(request);
  const title = `需要三坐标测量 ${Date.now().toString(36)}`;
  const day = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const posted = await request.post('/api/v1/demands', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      kind: 'equipment',
      title,
      description: '汽车冲焊件尺寸检测，需三坐标测量机 4 小时，出具检测报告。',
      category: (listing as Equipment & { category: string }).category,
      details: { serviceMode: 'technician_operated', hours: 4, from: day(7), to: day(30) },
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const demand = (await posted.json()) as { id: string };
  // Matching runs in the worker.
  let providerId: string | undefined;
  await expect
    .poll(
      async () => {
        const matches = await (
          await request.get(`/api/v1/demands/${demand.id}/matches`, { headers: { Authorization: `Bearer ${token}` } })
        ).json();
        providerId = matches.items?.[0]?.listing?.providerOrganizationId;
        return providerId;
      },
      { timeout: 60_000, message: 'matches for the demand' },
    )
    .toBeTruthy();
  const provider = await (await request.get(`/api/v1/organizations/${providerId}`)).json();

  await signIn(page, providerEmail(provider.uscc), '/matched-demands');
  await expect(page.getByRole('heading', { level: 1, name: '匹配的需求' })).toBeVisible();
  // The demand may match several listings of this provider: one entry each.
  const item = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title }) })
    .first();
  await expect(item.getByRole('list', { name: '匹配理由' }).getByRole('listitem').first()).toBeVisible();
  await expect(item.getByRole('progressbar', { name: /匹配度 \d+%/ }).first()).toBeVisible();
  await accessible(page, 'matched demands');
  await item.getByRole('button', { name: '表达意向' }).click();
  await expect(item.getByText('已表达意向', { exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: '表达意向' })).toHaveCount(0);

  // The SME sees that the provider is interested.
  const matches = await (
    await request.get(`/api/v1/demands/${demand.id}/matches`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  expect(matches.items.some((m: { providerInterestAt: string | null }) => m.providerInterestAt)).toBe(true);
});

test('a provider withdraws the pending revision of a live listing; the live version stays', async ({
  page,
  request,
}) => {
  const { listing, email } = await equipmentProvider(request);
  const login = await request.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  const auth = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const own = (await (await request.get(`/api/v1/listings/${listing.id}`, { headers: auth })).json()) as {
    version: number;
  };
  const revisedTitle = `${listing.title}（待撤回的修改）`;
  const revised = await request.patch(`/api/v1/listings/${listing.id}`, {
    headers: auth,
    data: { version: own.version, title: revisedTitle },
  });
  expect(revised.status(), await revised.text()).toBe(200);

  await signIn(page, email, `/my/listings/${listing.id}`);
  await expect(page.getByRole('heading', { level: 1, name: listing.title })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: '提交的修改正在审核' });
  await expect(notice).toContainText(revisedTitle);
  await accessible(page, 'listing with a pending revision');
  await notice.getByRole('button', { name: '撤回修改' }).click();
  // The confirmation's own button (it opens after the notice's).
  await page.getByRole('button', { name: '撤回修改' }).last().click();
  await expect(page.getByText('修改已撤回，当前版本保持不变')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: listing.title })).toBeVisible();
  const after = (await (await request.get(`/api/v1/listings/${listing.id}`, { headers: auth })).json()) as {
    title: string;
    pendingRevision: unknown;
  };
  expect(after).toMatchObject({ title: listing.title, pendingRevision: null });
  await accessibleAfterClick(page, 'listing after withdrawing its revision');
});

for (const language of ['zh-CN', 'en'] as const) {
  test(`the enterprise's pages in ${language}: one h1, no serious axe violation, no sideways scroll at 375 px`, async ({
    page,
    request,
  }) => {
    if (language === 'en') await useEnglish(page);
    const { email } = await equipmentProvider(request);
    await signIn(page, email, '/organization');

    // First the profile: edit, a server error at its field, fixed, saved.
    const main = page.getByRole('main');
    await main.getByRole('button', { name: language === 'en' ? 'Edit profile' : '编辑资料' }).click();
    const division = main.getByLabel(language === 'en' ? 'Industry division (GB/T 4754)' : '行业大类（GB/T 4754）');
    // One character: the server refuses it (400), naming the field.
    await division.fill('Z');
    await main.getByRole('button', { name: language === 'en' ? 'Save' : '保存资料' }).click();
    await expect(division).toHaveAttribute('aria-invalid', 'true');
    // Manufacturing (C), metal products (C33): a section and a division of it.
    await main.getByLabel(language === 'en' ? 'Industry section (GB/T 4754)' : '行业门类（GB/T 4754）').fill('C');
    await division.fill('C33');
    await main.getByLabel(language === 'en' ? 'Contact name' : '联系人姓名').fill('王工');
    await main.getByRole('button', { name: language === 'en' ? 'Save' : '保存资料' }).click();
    await expect(main.getByText('王工')).toBeVisible();
    await accessibleAfterClick(page, `${language} profile saved`);
    await noSidewaysScroll(page, `${language} profile saved`);

    // A verification document through the card's upload control: its kind chosen, then listed.
    const en = language === 'en';
    const fileName = `${en ? 'srdi-certificate' : '专精特新证书'}-${Date.now().toString(36)}.pdf`;
    await main.getByLabel(en ? 'Kind of document' : '材料类型').click();
    await page.getByTitle(en ? 'SRDI (专精特新) certificate' : '专精特新证书', { exact: true }).click();
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await main.getByLabel(en ? 'Note (optional)' : '备注（可选）').fill(en ? 'provincial, 2026' : '省级，2026 年认定');
    await main
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: tinyPdf() });
    await expect(page.getByText(en ? `${fileName} uploaded` : `已上传 ${fileName}`)).toBeVisible();
    const listed = main
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: en ? `Download ${fileName}` : `下载 ${fileName}` }) });
    await expect(listed).toBeVisible();
    await expect(listed.getByText(en ? 'SRDI (专精特新) certificate' : '专精特新证书', { exact: true })).toBeVisible();
    await expect(listed.getByText(en ? 'provincial, 2026' : '省级，2026 年认定')).toBeVisible();
    await accessibleAfterClick(page, `${language} profile with an uploaded document`);

    const h1 = {
      '/organization': language === 'en' ? 'Enterprise profile' : '企业资料',
      '/organization/members': language === 'en' ? 'Members and invitations' : '成员与邀请',
      '/organization/webhooks': language === 'en' ? 'Webhooks' : 'Webhook',
      '/organization/calendar': language === 'en' ? 'Bookings calendar' : '预约日历',
      '/matched-demands': language === 'en' ? 'Matched demands' : '匹配的需求',
    };
    for (const [path, name] of Object.entries(h1)) {
      // Through the enterprise's own navigation, as a person moves between them.
      await page
        .getByRole('navigation', { name: language === 'en' ? 'My enterprise' : '企业管理' })
        .getByRole('link', { name: language === 'en' ? new RegExp(`^${name}`) : name })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('.ant-skeleton')).toHaveCount(0);
      await accessible(page, `${language} ${path}`);
      await noSidewaysScroll(page, `${language} ${path}`);
    }
  });
}
