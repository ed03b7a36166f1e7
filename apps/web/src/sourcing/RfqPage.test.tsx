import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import RfqPage from './RfqPage';

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
  deliveryDate: '2027-03-31',
  deliveryRegionCode: '320594',
  certifications: ['ISO 9001'],
  targetUnitPriceFen: null,
  showTarget: false,
  quoteDeadline: '2027-01-15T10:00:00Z',
  visibility: 'invited',
  ndaRequired: true,
  ndaText: '供方对图纸与技术资料负有保密义务。',
  ndaAcceptedAt: null,
  status: 'open',
  statusReason: null,
  sealed: true,
  takenDown: false,
  yourSide: 'supplier',
  actions: [],
  version: 1,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  closedAt: null,
  ...extra,
});

const problem = (status: number, body: Record<string, unknown>) =>
  json(status, { type: 'about:blank', title: 'Refused', status, ...body }, 'application/problem+json');

type Routes = Parameters<typeof fakeFetch>[0];

function stack(routes: Routes) {
  const calls: { key: string; body: unknown }[] = [];
  const wrapped: Routes = {};
  const all: Routes = {
    'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/regions': () => json(200, { provinces: [] }),
    'GET /api/v1/rfqs/r1/questions': () => json(200, { items: [] }),
    'GET /api/v1/rfqs/r1/attachments': () =>
      json(200, [
        { id: 'a1', fileName: '壳体图纸.pdf', contentType: 'application/pdf', sizeBytes: 2048, createdAt: '' },
      ]),
    ...routes,
  };
  for (const [key, handler] of Object.entries(all)) {
    wrapped[key] = async (request) => {
      const text = request.method === 'GET' ? '' : await request.clone().text();
      calls.push({ key, body: text ? JSON.parse(text) : undefined });
      return handler(request);
    };
  }
  vi.stubGlobal('fetch', fakeFetch(wrapped));
  return calls;
}

// Typing into Ant Design's number inputs is slow on a busy machine: the award test types five of them.
describe('RfqPage', { timeout: 60_000 }, () => {
  it('lets a supplier download the drawings only once it has accepted the NDA', async () => {
    const calls = stack({
      'GET /api/v1/rfqs/r1': () => json(200, rfq()),
      'GET /api/v1/rfqs/r1/quotes': () => json(200, { sealed: true, items: [] }),
      'POST /api/v1/rfqs/r1/nda': () =>
        json(201, {
          rfqId: 'r1',
          organizationId: 'o2',
          userId: 'u1',
          ndaSha256: 'x',
          acceptedAt: '2026-12-07T02:00:00Z',
        }),
    });
    renderPage(<RfqPage />, { path: '/rfqs/r1', route: '/rfqs/:id' });

    expect(
      await screen.findByRole('heading', { level: 1, name: '6061 铝合金壳体 CNC 加工' }, { timeout: 10_000 }),
    ).toBeVisible();
    const nda = screen.getByRole('region', { name: '保密协议' });
    expect(nda).toHaveTextContent('供方对图纸与技术资料负有保密义务。');
    const download = await screen.findByRole('button', { name: '下载 壳体图纸.pdf' });
    expect(download).toBeDisabled();
    expect(screen.getByText('接受保密协议后可下载')).toBeVisible();

    await userEvent.click(within(nda).getByRole('button', { name: '接受保密协议' }));
    expect(await within(nda).findByText('已于 2026-12-07 10:00 接受保密协议')).toBeVisible();
    expect(screen.getByRole('button', { name: '下载 壳体图纸.pdf' })).toBeEnabled();
    expect(calls.filter((c) => c.key === 'POST /api/v1/rfqs/r1/nda')).toHaveLength(1);
  });

  it("sends a supplier's price breaks typed in yuan as fen, and shows the API's refusal at the field", async () => {
    let refuse = true;
    const calls = stack({
      'GET /api/v1/rfqs/r1': () => json(200, rfq({ ndaRequired: false, ndaText: null })),
      'GET /api/v1/rfqs/r1/quotes': () => json(200, { sealed: true, items: [] }),
      'POST /api/v1/rfqs/r1/quotes': () => {
        if (!refuse) return json(201, {});
        refuse = false;
        return problem(422, {
          code: 'QUOTE_INVALID',
          errors: [{ field: 'priceBreaks.0.unitPriceFen', message: '单价须大于 0' }],
        });
      },
    });
    renderPage(<RfqPage />, { path: '/rfqs/r1', route: '/rfqs/:id' });

    const card = (await screen.findByRole('heading', { level: 2, name: '我的报价' })).closest(
      '.ant-card',
    ) as HTMLElement;
    const quote = within(card);
    const price = await quote.findByLabelText('单价（元）');
    await userEvent.type(price, '11.5');
    await userEvent.type(quote.getByLabelText('交期（天）'), '21');
    await userEvent.type(quote.getByLabelText('报价有效期至'), '2099-02-28{Enter}');
    await userEvent.click(quote.getByRole('button', { name: '提交报价' }));

    expect(await quote.findByText('单价须大于 0')).toBeVisible();
    const sent = calls.find((c) => c.key === 'POST /api/v1/rfqs/r1/quotes')!.body;
    expect(sent).toEqual({
      priceBreaks: [{ minQuantity: 1, unitPriceFen: 1_150 }],
      leadTimeDays: 21,
      validUntil: '2099-02-28',
      notes: null,
    });
  });

  it('shows the buyer a sealed state, without asking for the quotes, until closing', async () => {
    const calls = stack({
      'GET /api/v1/rfqs/r1': () => json(200, rfq({ yourSide: 'buyer', actions: ['edit', 'close', 'cancel'] })),
      'GET /api/v1/rfqs/r1/quotes': () => problem(409, { code: 'QUOTES_SEALED' }),
      'GET /api/v1/rfqs/r1/suggested-suppliers': () => json(200, { items: [] }),
    });
    renderPage(<RfqPage />, { path: '/rfqs/r1', route: '/rfqs/:id' });

    const sealed = await screen.findByText('报价已密封');
    expect(sealed.closest('[role=status]')).toHaveTextContent('报价截止（2027-01-15 18:00）');
    expect(screen.getByRole('button', { name: '提前截止报价' })).toBeVisible();
    expect(calls.some((c) => c.key === 'GET /api/v1/rfqs/r1/quotes')).toBe(false);
    // The NDA is the buyer's own: nothing to accept.
    expect(screen.queryByRole('button', { name: '接受保密协议' })).toBeNull();
  });

  it("keeps the buyer's history collapsed, and reads it only when opened: edits with the suppliers told, moderation", async () => {
    const calls = stack({
      'GET /api/v1/rfqs/r1': () => json(200, rfq({ yourSide: 'buyer', actions: ['edit', 'close', 'cancel'] })),
      'GET /api/v1/rfqs/r1/quotes': () => problem(409, { code: 'QUOTES_SEALED' }),
      'GET /api/v1/rfqs/r1/suggested-suppliers': () => json(200, { items: [] }),
      'GET /api/v1/rfqs/r1/audit': () =>
        json(200, {
          items: [
            {
              id: 'a3',
              action: 'reinstate',
              actorUserId: 'u5',
              actorName: '李运营',
              reason: '已核实',
              changedFields: [],
              notifiedOrganizations: [],
              version: null,
              createdAt: '2026-12-03T02:00:00Z',
            },
            {
              id: 'a1',
              action: 'edit',
              actorUserId: 'u1',
              actorName: '李工',
              reason: null,
              changedFields: ['targetUnitPriceFen'],
              notifiedOrganizations: [],
              version: 2,
              createdAt: '2026-12-01T02:00:00Z',
            },
          ],
          total: 2,
          page: 1,
          limit: 20,
        }),
    });
    renderPage(<RfqPage />, { path: '/rfqs/r1', route: '/rfqs/:id' });

    const toggle = await screen.findByRole('button', { name: '处理记录' }, { timeout: 10_000 });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(calls.some((c) => c.key === 'GET /api/v1/rfqs/r1/audit')).toBe(false);

    await userEvent.click(toggle);
    expect(await screen.findByText('园区恢复了询价', {}, { timeout: 10_000 })).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('原因：已核实')).toBeVisible();
    expect(screen.getByText('采购方修改了询价')).toBeVisible();
    expect(screen.getByText('修改内容：目标单价（元）')).toBeVisible();
    expect(screen.getByText('未通知供应商（没有需要重新报价的修改或尚无报价）')).toBeVisible();
    expect(calls.filter((c) => c.key === 'GET /api/v1/rfqs/r1/audit')).toHaveLength(1);
  });

  it('shows a supplier no history', async () => {
    const calls = stack({
      'GET /api/v1/rfqs/r1': () => json(200, rfq()),
      'GET /api/v1/rfqs/r1/quotes': () => json(200, { sealed: true, items: [] }),
    });
    renderPage(<RfqPage />, { path: '/rfqs/r1', route: '/rfqs/:id' });
    expect(
      await screen.findByRole('heading', { level: 1, name: '6061 铝合金壳体 CNC 加工' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: '处理记录' })).toBeNull();
    expect(calls.some((c) => c.key === 'GET /api/v1/rfqs/r1/audit')).toBe(false);
  });

  it('compares the quotes once closed and splits the award, showing the API’s refusal', async () => {
    const supplier = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
      organizationId: id,
      name,
      regionCode: null,
      proximity: 'same_county',
      specialisedTier: 'little_giant',
      averageRating: 4.5,
      ratingCount: 12,
      certifications: ['ISO 9001'],
      missingCertifications: [],
      ...extra,
    });
    const quote = (id: string, price: number, s: ReturnType<typeof supplier>, lead: number) => ({
      id,
      rfqId: 'r1',
      organizationId: s.organizationId,
      priceBreaks: [{ minQuantity: 1, unitPriceFen: price }],
      leadTimeDays: lead,
      validUntil: '2027-02-28',
      notes: null,
      status: 'live',
      revision: 1,
      awardedQuantity: null,
      dealId: null,
      createdAt: '',
      updatedAt: '',
      withdrawnAt: null,
      history: [],
      unitPriceAtQuantityFen: price,
      totalFen: price * 20_000,
      supplier: s,
    });
    let attempt = 0;
    const calls = stack({
      'GET /api/v1/rfqs/r1': () =>
        json(
          200,
          attempt < 2
            ? rfq({ yourSide: 'buyer', status: 'closed', sealed: false, actions: ['cancel', 'award'] })
            : rfq({ yourSide: 'buyer', status: 'awarded', sealed: false, actions: [] }),
        ),
      'GET /api/v1/rfqs/r1/quotes': () =>
        json(200, {
          sealed: false,
          quantity: 20_000,
          unit: 'piece',
          items: [
            quote(
              'qb',
              1_100,
              supplier('ob', '锐铠五金', {
                proximity: 'other_province',
                missingCertifications: ['ISO 9001'],
                certifications: [],
              }),
              30,
            ),
            quote('qa', 1_150, supplier('oa', '澄锐精密'), 21),
          ],
        }),
      'POST /api/v1/rfqs/r1/award': () =>
        ++attempt === 1
          ? problem(422, { code: 'AWARD_INVALID', errors: [{ field: 'awards', message: '合计超过询价数量 20000' }] })
          : json(201, {
              rfq: rfq({ yourSide: 'buyer', status: 'awarded', sealed: false, actions: [] }),
              awards: [{}, {}],
              notAwardedQuoteIds: [],
            }),
    });
    renderPage(<RfqPage />, { path: '/rfqs/r1', route: '/rfqs/:id' });

    // The first render of the comparison loads Ant Design's table; a busy machine takes a while.
    const header = await screen.findByRole('columnheader', { name: '供应商' }, { timeout: 10_000 });
    const table = header.closest('table') as HTMLElement;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('锐铠五金');
    expect(rows[0]).toHaveTextContent('¥11.00');
    expect(rows[0]).toHaveTextContent('¥220,000.00');
    expect(rows[0]).toHaveTextContent('缺 ISO 9001');
    expect(rows[0]).toHaveTextContent('外省');
    expect(rows[1]).toHaveTextContent('澄锐精密');
    expect(rows[1]).toHaveTextContent('21 天');
    expect(rows[1]).toHaveTextContent('专精特新“小巨人”');
    expect(rows[1]).toHaveTextContent('4.5（12 条）');

    await userEvent.type(screen.getByLabelText('授予 锐铠五金 的数量'), '15000');
    await userEvent.type(screen.getByLabelText('授予 澄锐精密 的数量'), '8000');
    expect(screen.getByText('已分配 23,000 / 20,000')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '确认定标' }));
    expect(await screen.findByText('合计超过询价数量 20000')).toBeVisible();

    const b = screen.getByLabelText('授予 锐铠五金 的数量');
    await userEvent.clear(b);
    await userEvent.type(b, '12000');
    await userEvent.type(screen.getByLabelText('定标说明（选填，告知所有报价的供应商）'), '按价格与交期拆分');
    await userEvent.click(screen.getByRole('button', { name: '确认定标' }));
    await waitFor(() => expect(attempt).toBe(2));
    const awards = calls.filter((c) => c.key === 'POST /api/v1/rfqs/r1/award').map((c) => c.body);
    expect(awards[1]).toEqual({
      awards: [
        { quoteId: 'qb', quantity: 12_000 },
        { quoteId: 'qa', quantity: 8_000 },
      ],
      reason: '按价格与交期拆分',
    });
    // Awarded: the status says so and the award form is gone.
    expect(await screen.findByText('已定标')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('button', { name: '确认定标' })).toBeNull());
  });
});
