import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderPage } from '../test/render';
import { OPERATOR, signedInAs } from '../test/session';
import { AppLayout } from './AppLayout';

afterEach(() => vi.unstubAllGlobals());

describe('AppLayout', () => {
  it('opens the main navigation from the menu button (the narrow-screen header) and closes it on a link', async () => {
    vi.stubGlobal('fetch', fakeFetch(signedInAs(OPERATOR)));
    const { router } = renderPage(<AppLayout />, { path: '/', route: '/' });
    const menu = await screen.findByRole('button', { name: '菜单' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    // The signed-in links arrive with the session.
    await screen.findByRole('link', { name: '采购询价' });
    fireEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    const dialog = await screen.findByRole('dialog');
    const drawerNav = within(dialog).getByRole('navigation', { name: '主导航' });
    expect(
      within(drawerNav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['首页', '找资源', '找供应商', '我的交易', '我的需求', '采购询价']);
    fireEvent.click(within(drawerNav).getByRole('link', { name: '找供应商' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/suppliers'));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('names the menu button in English', async () => {
    vi.stubGlobal('fetch', fakeFetch({}));
    renderPage(<AppLayout />, { language: 'en' });
    expect(await screen.findByRole('button', { name: 'Menu' })).toHaveAttribute('aria-controls', 'app-nav-drawer');
  });
});
