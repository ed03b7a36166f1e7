import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_RETRIES } from '../api/client';
import { clearSessionHint, setAccessToken } from '../api/token';
import { RequireSession } from '../components/RequireSession';
import { fakeFetch, json, renderPage } from '../test/render';
import { OPERATOR, signedInAs } from '../test/session';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

const page = (
  <RequireSession>
    <h1>控制台</h1>
  </RequireSession>
);

describe('the session on a page load', () => {
  it('an anonymous visitor (no session hint) never calls refresh and goes to sign-in', async () => {
    clearSessionHint();
    const fetch = vi.fn(fakeFetch(signedInAs(OPERATOR)));
    vi.stubGlobal('fetch', fetch);
    const { router } = renderPage(page, { path: '/console' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/console')}`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('with the hint, the refresh cookie brings the session back', async () => {
    const fetch = vi.fn(fakeFetch(signedInAs(OPERATOR)));
    vi.stubGlobal('fetch', fetch);
    renderPage(page, { path: '/console' });
    expect(await screen.findByRole('heading', { name: '控制台' })).toBeInTheDocument();
  });

  it('a refresh refused 429 past its retries shows the error and a retry, not the sign-in page; the retry signs in', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let busy = true;
    const refreshes = vi.fn(() =>
      busy
        ? new Response(JSON.stringify({ status: 429, code: 'RATE_LIMITED', title: '请求过于频繁' }), {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
          })
        : json(200, { accessToken: 'token' }),
    );
    vi.stubGlobal('fetch', fakeFetch({ ...signedInAs(OPERATOR), 'POST /api/v1/auth/refresh': refreshes }));
    const { router } = renderPage(page, { path: '/console' });
    await vi.advanceTimersByTimeAsync(REFRESH_RETRIES * 1_000);
    expect(await screen.findByRole('alert')).toHaveTextContent('加载失败');
    expect(refreshes).toHaveBeenCalledTimes(REFRESH_RETRIES + 1);
    expect(router.state.location.pathname).toBe('/console');

    busy = false;
    screen.getByRole('button', { name: '重试' }).click();
    expect(await screen.findByRole('heading', { name: '控制台' })).toBeInTheDocument();
  });
});
