import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, tinyPdf, useEnglish } from './fixtures';

/** The demo SME's credit code: here, a visitor claims it is theirs. */
const DEMO_USCC = '91320594MA1N2K5B77';
const ADMIN = { email: 'admin@rongtong.local', password: 'Rongtong-Admin-2026!' };

/** The link of `pathname` in the email to `email`, from the stack's mail folder. */
async function emailedLink(email: string, pathname: string): Promise<string> {
  const dir = process.env.WEB_E2E_MAIL_DIR!;
  const pattern = new RegExp(`${pathname.replace(/[/?]/g, '\\$&')}\\?token=([^"'<\\s&]+)`);
  let link: string | undefined;
  await expect
    .poll(
      () => {
        let files: string[] = [];
        try {
          files = readdirSync(dir).filter((f) => f.endsWith('.html') && f.includes(email));
        } catch {
          files = [];
        }
        for (const file of files) {
          const match = pattern.exec(readFileSync(path.join(dir, file), 'utf8'));
          if (match) link = `${pathname}?token=${match[1]}`;
        }
        return link;
      },
      { timeout: 60_000, message: `a ${pathname} email to ${email}` },
    )
    .toBeTruthy();
  return link!;
}

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/**
 * Issue 15, row 9, from the visitor's side: sign-up with a code another enterprise
 * registered answers at the field with a link to dispute it; the dispute form takes the
 * business licence; nothing happens until the emailed link is followed; then the follow
 * page shows the dispute under review, and later the reviewer's decision and reason.
 * (A platform admin dismisses it through the API at the end, so the demo SME is active
 * again for whatever runs next.)
 */
test('a visitor disputes a taken credit code, confirms by email and follows the dispute', async ({ page, request }) => {
  const claimant = `claimant.${Date.now().toString(36)}@example.cn`;

  await page.goto('/register');
  const main = page.getByRole('main');
  await main.getByLabel('企业名称').fill('苏州真正持有人科技有限公司');
  await main.getByLabel('统一社会信用代码').fill(DEMO_USCC);
  await main.getByLabel('姓名').fill('王芳');
  await main.getByLabel('邮箱').fill(`real.${Date.now().toString(36)}@example.cn`);
  await main.getByLabel(/^密码$/).fill('a-long-passphrase-2026');
  await main.getByRole('button', { name: /^注册$/ }).click();
  await expect(main.getByText('该统一社会信用代码已被其他企业注册。')).toBeVisible();
  const disputeLink = main.getByRole('link', { name: '这是我们的代码，提出申诉' });
  await expect(disputeLink).toBeVisible();
  await page.mouse.move(0, 0);
  await expectAccessible(page, 'register, code taken');
  await disputeLink.click();

  await expect(page).toHaveURL(new RegExp(`/uscc-disputes/new\\?uscc=${DEMO_USCC}$`));
  await expect(page.getByRole('heading', { level: 1, name: '统一社会信用代码申诉' })).toBeVisible();
  await expect(main.getByLabel('统一社会信用代码')).toHaveValue(DEMO_USCC);
  await main.getByLabel('企业名称').fill('苏州真正持有人科技有限公司');
  await main.getByLabel('联系人姓名').fill('王芳');
  await main.getByLabel('联系邮箱').fill(claimant);
  await main.getByLabel('申诉说明').fill('该统一社会信用代码为我公司所有，营业执照见附件。');
  await main.locator('input[type=file]').setInputFiles({
    name: '营业执照.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf(),
  });
  await expect(main.getByText(/营业执照\.pdf · 1 KB/)).toBeVisible();
  await expectAccessible(page, 'dispute form');
  await main.getByRole('button', { name: '提交申诉' }).click();
  await expect(main.getByText('请查收确认邮件').first()).toBeVisible();
  await expect(main.getByText(new RegExp(`我们已向 ${claimant.replace(/\./g, '\\.')} 发送确认邮件`))).toBeVisible();
  await expectAccessible(page, 'dispute sent');

  // Unconfirmed: no reviewer sees it yet.
  const token = await adminToken(request);
  const auth = { Authorization: `Bearer ${token}` };
  const openDisputes = async () =>
    (
      (await (await request.get('/api/v1/uscc-disputes?status=open', { headers: auth })).json()) as {
        items: { id: string; uscc: string }[];
      }
    ).items.filter((d) => d.uscc === DEMO_USCC);
  expect(await openDisputes()).toEqual([]);

  // The emailed link confirms it and shows it, under review.
  await page.goto(await emailedLink(claimant, '/uscc-disputes/confirm'));
  await expect(page).toHaveURL(/\/uscc-disputes\/follow\?token=.+&confirmed=1$/);
  await expect(main.getByText('申诉已确认并生效，我们已发送一封包含进展链接的邮件。')).toBeVisible();
  await expect(main.getByTestId('dispute-status')).toHaveText('审核中');
  await expect(main.getByText(DEMO_USCC)).toBeVisible();
  await expectAccessible(page, 'dispute followed (open)');
  const followUrl = page.url();

  // A platform admin dismisses it with a reason; the follow page (in English now) says so.
  const [dispute] = await openDisputes();
  expect(dispute).toBeDefined();
  const dismissed = await request.post(`/api/v1/uscc-disputes/${dispute.id}/dismiss`, {
    headers: auth,
    data: { reason: '营业执照上的代码与所申诉代码不一致' },
  });
  expect(dismissed.status()).toBe(200);
  await useEnglish(page);
  await page.goto(followUrl);
  await expect(main.getByTestId('dispute-status')).toHaveText('Dismissed');
  await expect(main.getByText('营业执照上的代码与所申诉代码不一致')).toBeVisible();
  await expectAccessible(page, 'dispute followed (dismissed, English)');

  // The form in English, for axe.
  await page.goto(`/uscc-disputes/new?uscc=${DEMO_USCC}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dispute a credit code' })).toBeVisible();
  await expectAccessible(page, 'dispute form (English)');

  // The receipt's follow link works too (the second email, once confirmed).
  await page.goto(await emailedLink(claimant, '/uscc-disputes/follow'));
  await expect(main.getByTestId('dispute-status')).toHaveText('Dismissed');
});

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh valid credit code (GB 32100 and GB 11714 check characters), for an enterprise of this test alone. */
function makeUscc(): string {
  const body = Array.from({ length: 8 }, () => String(Math.floor(Math.random() * 10))).join('');
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const orgValue = 11 - ([...body].reduce((sum, c, i) => sum + Number(c) * weights[i], 0) % 11);
  const orgCheck = orgValue === 10 ? 'X' : orgValue === 11 ? '0' : String(orgValue);
  const first17 = `91320594${body}${orgCheck}`;
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * (3 ** i % 31), 0);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * The end of the road: a dispute upheld (by a platform admin, through the API: the
 * reviewers' console is another page) emails the claimant a registration link; the
 * register page it opens has the code filled in and locked, and signs up with it.
 */
test('an upheld claimant registers with the code by the emailed link', async ({ page, request }) => {
  const code = makeUscc();
  const stamp = Date.now().toString(36);
  const squatter = await request.post('/api/v1/auth/register', {
    data: {
      organization: { name: '苏州抢注测试有限公司', uscc: code },
      user: { email: `squatter.${stamp}@example.cn`, password: 'a-long-passphrase-2026', displayName: '抢注者' },
    },
  });
  expect(squatter.status(), await squatter.text()).toBe(201);

  const claimant = `claimant.${stamp}@example.cn`;
  const filed = await request.post('/api/v1/uscc-disputes', {
    multipart: {
      uscc: code,
      organizationName: '苏州真正持有人科技有限公司',
      contactName: '王芳',
      email: claimant,
      statement: '该统一社会信用代码为我公司所有。',
      licence: { name: 'licence.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
    },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  await page.goto(await emailedLink(claimant, '/uscc-disputes/confirm'));
  await expect(page.getByTestId('dispute-status')).toHaveText('审核中');

  const token = await adminToken(request);
  const upheld = await request.post(`/api/v1/uscc-disputes/${((await filed.json()) as { id: string }).id}/uphold`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { reason: '营业执照与登记信息一致' },
  });
  expect(upheld.status()).toBe(200);

  const dir = process.env.WEB_E2E_MAIL_DIR!;
  let link: string | undefined;
  await expect
    .poll(
      () => {
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.html') && f.includes(claimant))) {
          const match = /\/register\?token=([^"'<\s&]+)(?:&amp;|&)uscc=([0-9A-Z]{18})/.exec(
            readFileSync(path.join(dir, file), 'utf8'),
          );
          if (match) link = `/register?token=${match[1]}&uscc=${match[2]}`;
        }
        return link;
      },
      { timeout: 60_000, message: `the registration link emailed to ${claimant}` },
    )
    .toBeTruthy();

  await page.goto(link!);
  const main = page.getByRole('main');
  await expect(main.getByText('审核人员已认定该代码属于贵公司，代码已为您保留；请完成注册。')).toBeVisible();
  const uscc = main.getByLabel('统一社会信用代码');
  await expect(uscc).toHaveValue(code);
  await expect(uscc).toHaveAttribute('readonly');
  await expectAccessible(page, 'register with the claim link');
  await main.getByLabel('企业名称').fill('苏州真正持有人科技有限公司');
  await main.getByLabel('姓名').fill('王芳');
  await main.getByLabel('邮箱').fill(`real.${stamp}@example.cn`);
  await main.getByLabel(/^密码$/).fill('a-long-passphrase-2026');
  await main.getByRole('button', { name: /^注册$/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: /账户菜单|Account menu/ })).toBeVisible();
});
