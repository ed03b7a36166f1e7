import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import EditRfqPage from './EditRfqPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

const me = {
  id: 'u1',
  email: 'buyer@example.com',
  displayName: '李工',
  locale: 'zh-CN',
  emailVerified: true,
  isPlatformAdmin: false,
  memberships: [{ organization: { id: 'o1', name: '沪鼎航空', kind: 'enterprise' }, role: 'owner' }],
};

const rfq = (extra: Record<string, unknown> = {}) => ({
  id: 'r1',
  organizationId: 'o1',
  organizationName: '沪鼎航空',
  title: '6061 铝合金壳体 CNC 加工',
  description: '阳极氧化，公差 ±0.02 mm',
  category: '机械加工',
  process: '五轴CNC加工',
  materials: ['铝合金6061'],
  quantity: 20_000,
  unit: 'piece',
  deliveryDate: '2030-03-31',
  deliveryRegionCode: '320594',
  certifications: ['ISO 9001'],
  targetUnitPriceFen: 1_250,
  showTarget: false,
  quoteDeadline: '2030-01-15T10:00:00.000Z',
  visibility: 'public',
  ndaRequired: false,
  ndaText: null,
  status: 'open',
  statusReason: null,
  sealed: true,
  takenDown: false,
  yourSide: 'buyer',
  actions: ['edit', 'close', 'cancel'],
  version: 3,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  closedAt: null,
  ...extra,
});

function stack(routes: Parameters<typeof fakeFetch>[0]) {
  const patches: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/regions': () => json(200, { provinces: [] }),
      ...routes,
      'PATCH /api/v1/rfqs/r1': async (request) => {
        const body: unknown = await request.clone().json();
        patches.push(body);
        return routes['PATCH /api/v1/rfqs/r1'](request);
      },
    }),
  );
  return patches;
}

describe('EditRfqPage', { timeout: 60_000 }, () => {
  it('prefills the form, sends only the changed field with the version, and shows the refusal at its field', async () => {
    let refuse = true;
    const patches = stack({
      'GET /api/v1/rfqs/r1': () => json(200, rfq()),
      'PATCH /api/v1/rfqs/r1': () => {
        if (!refuse) return json(200, rfq({ title: '6061 铝合金壳体 CNC 加工（二期）', version: 4 }));
        refuse = false;
        return json(
          422,
          {
            type: 'about:blank',
            title: 'Refused',
            status: 422,
            code: 'RFQ_INVALID',
            errors: [{ field: 'title', message: '标题过长' }],
          },
          'application/problem+json',
        );
      },
    });
    renderPage(<EditRfqPage />, { path: '/rfqs/r1/edit', route: '/rfqs/:id/edit' });

    const title = await screen.findByLabelText('标题', undefined, { timeout: 10_000 });
    expect(title).toHaveValue('6061 铝合金壳体 CNC 加工');
    expect(screen.getByLabelText('详细说明')).toHaveValue('阳极氧化，公差 ±0.02 mm');
    expect(screen.getByLabelText('数量')).toHaveValue('20000');
    expect(screen.getByLabelText('目标单价（元）')).toHaveValue('12.50');
    expect(screen.getByLabelText('交货日期')).toHaveValue('2030-03-31');
    // Invitations and drawings have their own places on the RFQ's page.
    expect(screen.queryByText('图纸与技术资料')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByText('没有改动')).toBeVisible();
    expect(patches).toEqual([]);

    await userEvent.type(title, '（二期）');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByText('标题过长')).toBeVisible();
    expect(patches).toEqual([{ title: '6061 铝合金壳体 CNC 加工（二期）', version: 3 }]);

    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(await screen.findByText('询价已修改')).toBeVisible();
  });

  it('offers no form for an RFQ its caller may not edit', async () => {
    stack({ 'GET /api/v1/rfqs/r1': () => json(200, rfq({ status: 'closed', actions: ['cancel', 'award'] })) });
    renderPage(<EditRfqPage />, { path: '/rfqs/r1/edit', route: '/rfqs/:id/edit' });
    expect(await screen.findByText(/该询价当前不能修改/, undefined, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByRole('button', { name: '保存修改' })).toBeNull();
  });
});
