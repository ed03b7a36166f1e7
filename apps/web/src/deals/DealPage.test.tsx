import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import DealPage from './DealPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

const me = {
  id: 'u2',
  email: 'supplier@example.com',
  displayName: '王工',
  locale: 'zh-CN',
  emailVerified: true,
  isPlatformAdmin: false,
  memberships: [{ organization: { id: 'o2', name: '澄锐精密', kind: 'enterprise' }, role: 'owner' }],
};

// An order as GET /deals/:id answers it: no listing, the RFQ's title, the award's terms.
const order = (state: string, actions: string[]) => ({
  id: 'd1',
  kind: 'order',
  state,
  turn: 'provider',
  listing: { id: null, title: '6061 铝合金壳体 CNC 加工' },
  requesterOrganizationId: 'o1',
  requesterUserId: 'u1',
  providerOrganizationId: 'o2',
  terms: {
    rfqId: 'r1',
    quoteId: 'q1',
    quantity: 12_000,
    unit: 'piece',
    unitPriceFen: 1_150,
    totalFen: 13_800_000,
    leadTimeDays: 21,
    deliveryDate: '2027-03-31',
    deliveryRegionCode: '320594',
    certifications: ['ISO 9001'],
  },
  holdExpiresAt: null,
  cancelledBy: null,
  lateCancellation: false,
  stateReason: null,
  version: 1,
  createdAt: '2026-12-07T02:00:00Z',
  updatedAt: '2026-12-07T02:00:00Z',
  closedAt: null,
  yourSides: ['provider'],
  actions,
  events: [],
  offers: [],
});

describe('DealPage, an order', { timeout: 30_000 }, () => {
  it("shows the award's terms and the RFQ it came from, and moves it on with the supplier's steps", async () => {
    const posted: string[] = [];
    let current = order('confirmed', ['start_production', 'cancel']);
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/regions': () => json(200, { provinces: [] }),
        'GET /api/v1/deals/d1': () => json(200, current),
        'GET /api/v1/deals/d1/messages': () => json(200, { items: [], total: 0, page: 1, limit: 50 }),
        'POST /api/v1/deals/d1/start-production': () => {
          posted.push('start-production');
          current = order('in_production', ['ship', 'cancel']);
          return json(200, current);
        },
      }),
    );
    renderPage(<DealPage />, { path: '/deals/d1', route: '/deals/:id' });

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('采购订单');
    expect(heading).toHaveTextContent('已确认');
    expect(screen.getByRole('link', { name: '来自询价：6061 铝合金壳体 CNC 加工' })).toHaveAttribute(
      'href',
      '/rfqs/r1',
    );
    const terms = screen.getByRole('heading', { level: 2, name: '交易条款' }).closest('.ant-card') as HTMLElement;
    expect(terms).toHaveTextContent('12,000 件');
    expect(terms).toHaveTextContent('¥11.50');
    expect(terms).toHaveTextContent('¥138,000.00');
    expect(terms).toHaveTextContent('21 天');
    expect(terms).toHaveTextContent('2027年3月31日');
    expect(terms).toHaveTextContent('ISO 9001');

    await userEvent.click(screen.getByRole('button', { name: '开始生产' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('生产中'));
    expect(posted).toEqual(['start-production']);
    expect(screen.getByRole('button', { name: '确认发货' })).toBeVisible();
  });

  it('reads its first timeline entry as the opening, the later ones as changes of state', async () => {
    const event = (id: string, side: string, action: string, fromState: string | null, toState: string) => ({
      id,
      actorUserId: 'u1',
      actorSide: side,
      action,
      fromState,
      toState,
      data: null,
      createdAt: '2026-12-07T02:00:00Z',
    });
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/regions': () => json(200, { provinces: [] }),
        'GET /api/v1/deals/d1': () =>
          json(200, {
            ...order('in_production', []),
            events: [
              event('1', 'requester', 'create', null, 'confirmed'),
              event('2', 'provider', 'start_production', 'confirmed', 'in_production'),
            ],
          }),
        'GET /api/v1/deals/d1/messages': () => json(200, { items: [], total: 0, page: 1, limit: 50 }),
      }),
    );
    renderPage(<DealPage />, { path: '/deals/d1', route: '/deals/:id' });
    const timeline = (await screen.findByRole('heading', { level: 2, name: '进展' })).closest(
      '.ant-card',
    ) as HTMLElement;
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent(/^需求方 发起了订单/);
    expect(entries[0]).not.toHaveTextContent('将状态改为');
    expect(entries[1]).toHaveTextContent(/^服务商 将状态改为「生产中」/);
  });
});
