import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../../api/token';
import { fakeFetch, json, renderPage } from '../../test/render';
import ImportListingsPage from './ImportListingsPage';

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

function report(over: Record<string, unknown>) {
  return {
    id: 'i1',
    organizationId: 'o1',
    status: 'running',
    dryRun: true,
    submit: false,
    format: 'csv',
    total: 4,
    processed: 1,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    failure: null,
    createdAt: '2026-12-07T01:00:00Z',
    finishedAt: null,
    ...over,
  };
}

describe('ImportListingsPage', { timeout: 60_000 }, () => {
  it('follows a dry run to its report: progress, counts, each refused row at its row and column, nothing saved', async () => {
    let asked = 0;
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/listing-imports/i1': () =>
          json(
            200,
            ++asked < 2
              ? report({})
              : report({
                  status: 'done',
                  processed: 4,
                  created: 3,
                  rejected: [
                    { row: 3, column: 'patentNumber', code: 'PATENT_NUMBER_INVALID', message: '专利号格式不正确' },
                  ],
                  finishedAt: '2026-12-07T01:00:05Z',
                }),
          ),
      }),
    );
    renderPage(<ImportListingsPage />, { path: '/my/listings/import?import=i1', route: '/my/listings/import' });
    expect(await screen.findByText(/已处理 1 \/ 4 行/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(await screen.findByText('有问题的行（1）', undefined, { timeout: 10_000 })).toBeInTheDocument();
    const row = screen.getByText('专利号格式不正确').closest('tr')!;
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(within(row).getByText('patentNumber')).toBeInTheDocument();
    expect(within(row).getByText('PATENT_NUMBER_INVALID')).toBeInTheDocument();
    expect(screen.getByText('这次只做了检查，没有保存任何内容。')).toBeInTheDocument();
    expect(asked).toBeGreaterThanOrEqual(2);
  });

  it('says why an import failed', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/listing-imports/i1': () =>
          json(
            200,
            report({
              status: 'failed',
              dryRun: false,
              failure: { code: 'IMPORT_HEADER_UNKNOWN', message: '表头“颜色”不是模板中的列' },
            }),
          ),
      }),
    );
    renderPage(<ImportListingsPage />, { path: '/my/listings/import?import=i1', route: '/my/listings/import' });
    expect(await screen.findByText('表头“颜色”不是模板中的列', undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText('导入失败')).toBeInTheDocument();
  });
});
