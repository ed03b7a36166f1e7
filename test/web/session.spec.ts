import { expect, test } from '@playwright/test';
import { SME_EMAIL, signIn } from './fixtures';

/**
 * A session survives a reload through the httpOnly refresh cookie alone: the access token
 * lives in memory, and no script-readable place (document.cookie, localStorage,
 * sessionStorage) ever holds a token. After sign out, a reload stays signed out.
 */
test('a reload keeps the session without the password, and sign out ends it', async ({ page, context }) => {
  await signIn(page, SME_EMAIL, '/deals');
  await expect(page).toHaveURL(/\/deals$/);
  const accountMenu = page.getByRole('button', { name: /账户菜单|Account menu/ });
  await expect(accountMenu).toBeVisible();

  // The refresh token: an httpOnly, SameSite=Strict cookie limited to the auth routes.
  const refresh = (await context.cookies()).find((c) => c.name === 'rongtong_refresh');
  expect(refresh).toBeDefined();
  expect(refresh?.httpOnly).toBe(true);
  expect(refresh?.sameSite).toBe('Strict');
  expect(refresh?.path).toMatch(/^\/api\/v1\/auth/);

  const readable = () =>
    // Runs in the browser (this file is compiled without the DOM's types).
    page.evaluate(() => {
      const g = globalThis as unknown as {
        document: { cookie: string };
        localStorage: { length: number; key(i: number): string | null; getItem(k: string): string | null };
        sessionStorage: { length: number; key(i: number): string | null; getItem(k: string): string | null };
      };
      const dump = (s: typeof g.localStorage) =>
        Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`).join('\n');
      return { cookie: g.document.cookie, local: dump(g.localStorage), session: dump(g.sessionStorage) };
    });
  const noToken = (where: { cookie: string; local: string; session: string }) => {
    for (const text of [where.cookie, where.local, where.session]) {
      expect(text).not.toContain(refresh!.value);
      expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/); // no JWT (the access token) anywhere
      expect(text.toLowerCase()).not.toMatch(/token|refresh/);
    }
  };
  noToken(await readable());

  // Reload on a signed-in page: still signed in, no sign-in page, no password asked.
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200);
  await page.reload();
  await refreshed;
  await expect(page).toHaveURL(/\/deals$/);
  await expect(page.getByRole('heading', { level: 1, name: /我的交易|My deals/ })).toBeVisible();
  await expect(accountMenu).toBeVisible();
  await expect(page.getByLabel(/^(密码|Password)$/)).toHaveCount(0);
  noToken(await readable());

  // Sign out, then reload: signed out, and a signed-in page sends to sign-in.
  await accountMenu.click();
  await page.getByRole('menuitem', { name: /退出登录|Sign out/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: /^(登录|Sign in)$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^(登录|Sign in)$/ })).toBeVisible();
  await expect(accountMenu).toHaveCount(0);
  await page.goto('/deals');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdeals/);
  noToken(await readable());
});
