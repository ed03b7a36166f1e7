import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import WebhooksPage from './WebhooksPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

const me = {
  id: 'u1',
  email: 'owner@example.com',
  displayName: '张工',
  locale: 'zh-CN',
  emailVerified: true,
  isPlatformAdmin: false,
  memberships: [{ organization: { id: 'o1', name: '澄锐精密', kind: 'enterprise' }, role: 'owner' }],
};

describe('WebhooksPage', { timeout: 60_000 }, () => {
  it('shows the server’s refusal at the URL, then sends the events chosen and shows the secret once', async () => {
    const sent: unknown[] = [];
    const hooks: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/organizations/o1/webhooks': () => json(200, hooks),
        'POST /api/v1/organizations/o1/webhooks': async (request) => {
          const body = (await request.json()) as { url: string; events: string[] };
          sent.push(body);
          if (body.url.startsWith('ftp'))
            return json(
              422,
              {
                title: '无法处理',
                code: 'WEBHOOK_URL_INVALID',
                detail: 'Webhook 地址必须使用 https 或 http',
                field: 'url',
              },
              'application/problem+json',
            );
          const created = {
            id: 'w1',
            url: body.url,
            events: body.events,
            active: true,
            createdAt: '2026-12-07T01:00:00Z',
          };
          hooks.push(created);
          return json(201, { ...created, secret: 'S3cret-shown-once-S3cret-shown-once-0123456789' });
        },
      }),
    );
    renderPage(<WebhooksPage />, { path: '/organization/webhooks' });
    expect(await screen.findByText('还没有 Webhook 地址。', undefined, { timeout: 20_000 })).toBeInTheDocument();

    const url = screen.getByLabelText('接收地址（URL）');
    await userEvent.type(url, 'ftp://example.com/hook');
    await userEvent.click(screen.getByRole('button', { name: '添加推送地址' }));
    expect(await screen.findByText('Webhook 地址必须使用 https 或 http')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(url);
    await userEvent.type(url, 'https://erp.example.cn/hooks');
    await userEvent.click(screen.getByRole('checkbox', { name: '匹配事件' }));
    await userEvent.click(screen.getByRole('button', { name: '添加推送地址' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(within(dialog).getByText('S3cret-shown-once-S3cret-shown-once-0123456789')).toBeInTheDocument();
    expect(sent[1]).toEqual({
      url: 'https://erp.example.cn/hooks',
      events: ['deal.created', 'deal.state_changed', 'deal.offer_made', 'deal.message_posted', 'deal.review_revealed'],
    });
    await userEvent.click(within(dialog).getByRole('button', { name: '我已保存' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'https://erp.example.cn/hooks' })).toBeInTheDocument();
  });
});
