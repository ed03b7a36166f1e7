import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import { CalendarFeedCard } from './CalendarFeedCard';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

describe('CalendarFeedCard', { timeout: 60_000 }, () => {
  it('shows the feed address on asking, replaces it, and turns it off', async () => {
    const calls: string[] = [];
    let n = 0;
    const feed = () => ({ url: `https://rongtong.example/api/v1/calendar-feeds/secret-${n}.ics` });
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/listings/l1/calendar-feed': () => {
          calls.push('show');
          return json(200, feed());
        },
        'POST /api/v1/listings/l1/calendar-feed/rotate': () => {
          calls.push('rotate');
          n += 1;
          return json(200, feed());
        },
        'DELETE /api/v1/listings/l1/calendar-feed': () => {
          calls.push('revoke');
          return new Response(null, { status: 204 });
        },
      }),
    );
    const user = userEvent.setup();
    renderPage(<CalendarFeedCard owner={{ listingId: 'l1' }} />);
    expect(calls).toEqual([]);
    await user.click(await screen.findByRole('button', { name: /获取订阅地址/ }));
    const address = await screen.findByLabelText('订阅地址');
    expect(address).toHaveValue('https://rongtong.example/api/v1/calendar-feeds/secret-0.ics');

    await user.click(screen.getByRole('button', { name: /更换地址/ }));
    await user.click(await screen.findByRole('button', { name: '更换地址' }));
    await vi.waitFor(() =>
      expect(screen.getByLabelText('订阅地址')).toHaveValue(
        'https://rongtong.example/api/v1/calendar-feeds/secret-1.ics',
      ),
    );

    await user.click(screen.getByRole('button', { name: /停用订阅/ }));
    await user.click(await screen.findByRole('button', { name: '停用订阅' }));
    expect(await screen.findByRole('button', { name: /获取订阅地址/ })).toBeInTheDocument();
    expect(calls).toEqual(['show', 'rotate', 'revoke']);
  });
});
