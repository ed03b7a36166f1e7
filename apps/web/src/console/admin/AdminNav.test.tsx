import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../../test/render';
import { QueueBoardButton } from './AdminNav';

afterEach(() => vi.unstubAllGlobals());

function fakeTab() {
  return { opener: {} as unknown, location: { assign: vi.fn() }, close: vi.fn() };
}

describe('QueueBoardButton', () => {
  it('is a link to the dashboard in a new tab, said so in words, and sends that tab there once the pass is set', async () => {
    const tab = fakeTab();
    const opened = vi.fn(() => tab);
    vi.stubGlobal('open', opened);
    const passes: string[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/admin/queue-board-pass': () => {
          passes.push('pass');
          return json(200, {});
        },
      }),
    );
    renderPage(<QueueBoardButton />);
    const link = await screen.findByRole('link', { name: /^打开队列面板\s*（在新标签页中打开）$/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link).toHaveAttribute('href', '/api/v1/admin/queues/');
    fireEvent.click(link);
    expect(opened).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    await waitFor(() => expect(tab.location.assign).toHaveBeenCalledWith('/api/v1/admin/queues/'));
    expect(passes).toHaveLength(1);
    expect(tab.close).not.toHaveBeenCalled();
  });

  it('closes the blank tab, going nowhere, when the pass is refused', async () => {
    const tab = fakeTab();
    vi.stubGlobal('open', () => tab);
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/admin/queue-board-pass': () =>
          json(
            403,
            { title: '需要平台管理员', status: 403, code: 'PLATFORM_ADMIN_REQUIRED' },
            'application/problem+json',
          ),
      }),
    );
    renderPage(<QueueBoardButton />, { language: 'en' });
    fireEvent.click(await screen.findByRole('link', { name: 'Open the queue dashboard (opens in a new tab)' }));
    await waitFor(() => expect(tab.close).toHaveBeenCalled());
    expect(tab.location.assign).not.toHaveBeenCalled();
  });
});
