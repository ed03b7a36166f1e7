import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../../api/token';
import { fakeFetch, json, renderPage } from '../../test/render';
import MyListingsPage from './MyListingsPage';

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

const listing = (id: string, title: string, status: string) => ({
  id,
  kind: 'equipment',
  title,
  titleEn: null,
  status,
  category: 'SEM',
  priceFen: 50_000,
  priceUnit: 'hour',
  updatedAt: '2026-12-01T01:00:00Z',
  pendingRevision: null,
  statusReason: null,
});

describe('MyListingsPage', { timeout: 60_000 }, () => {
  it('submits the selected listings at once and names those that could not be submitted', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/organizations/o1/listings': () =>
          json(200, [listing('a', '扫描电镜 A', 'draft'), listing('b', '扫描电镜 B', 'published')]),
        'POST /api/v1/listings/bulk': async (request) => {
          sent.push(await request.json());
          return json(200, {
            results: [
              { id: 'a', ok: true, status: 'pending_review' },
              { id: 'b', ok: false, code: 'LISTING_STATE_CONFLICT', message: '已发布的资源不能提交审核' },
            ],
          });
        },
      }),
    );
    const user = userEvent.setup();
    renderPage(<MyListingsPage />, { path: '/my/listings' });
    const selectA = await screen.findByRole('checkbox', { name: '选择 扫描电镜 A' }, { timeout: 20_000 });
    // The selection starts its row, before the title (not alone on a line under it).
    const titleA = screen.getByRole('link', { name: '扫描电镜 A' });
    expect(selectA.compareDocumentPosition(titleA) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(selectA.closest('.ant-list-item-action')).toBeNull();
    await user.click(selectA);
    await user.click(screen.getByRole('checkbox', { name: '选择 扫描电镜 B' }));
    expect(screen.getByText('已选 2 条')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('1 条成功，1 条未完成：')).toBeInTheDocument();
    expect(screen.getByText('扫描电镜 B: 已发布的资源不能提交审核')).toBeInTheDocument();
    expect(sent).toEqual([{ action: 'submit', ids: ['a', 'b'] }]);
    // What failed stays selected, to try again or act on otherwise.
    expect(screen.getByText('已选 1 条')).toBeInTheDocument();
  });
});
