import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { fakeFetch, json, renderPage } from '../test/render';
import BookingCalendarPage from './BookingCalendarPage';

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

const equipment = (id: string, title: string, timeZone?: string) => ({
  id,
  kind: 'equipment',
  status: 'published',
  ownerOrganizationId: 'o1',
  title,
  details: { serviceModes: ['technician_operated'], ...(timeZone && { booking: { timeZone } }) },
});

const deal = (id: string, state: string, start: string, end: string) => ({
  id,
  kind: 'booking',
  state,
  listing: { id: 'l1', title: '三坐标测量机' },
  // As GET /deals answers: the slot in the terms, no `booking` (only the single deal has it).
  terms: { serviceMode: 'technician_operated', start, end, minutes: 60 },
});

function stack(deals: unknown[]) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/organizations/o1/listings': () =>
        json(200, [equipment('l1', '三坐标测量机'), { ...equipment('c1', '五轴加工'), kind: 'capacity' }]),
      'GET /api/v1/deals': (request) => {
        asked.push(new URL(request.url).search);
        return json(200, { items: deals, total: deals.length, page: 1, limit: 100 });
      },
    }),
  );
  return asked;
}

// The first render of the page loads Ant Design's table of components; a busy machine takes a while.
describe('BookingCalendarPage', { timeout: 30_000 }, () => {
  it("shows the week's bookings of the equipment in China time, held apart from booked, each linking to its deal", async () => {
    const asked = stack([
      deal('d1', 'confirmed', '2026-12-08T01:00:00Z', '2026-12-08T03:00:00Z'),
      deal('d2', 'requested', '2026-12-10T06:00:00Z', '2026-12-10T07:00:00Z'),
      deal('d3', 'cancelled', '2026-12-10T01:00:00Z', '2026-12-10T02:00:00Z'),
      deal('d4', 'confirmed', '2026-12-15T01:00:00Z', '2026-12-15T02:00:00Z'),
    ]);
    renderPage(<BookingCalendarPage />, {
      path: '/organization/calendar?week=2026-12-09',
      route: '/organization/calendar',
    });

    const booked = await screen.findByRole('link', { name: '09:00–11:00 已确认：已确认' }, { timeout: 10_000 });
    expect(booked).toHaveAttribute('href', '/deals/d1');
    expect(screen.getByRole('link', { name: '14:00–15:00 待确认（暂留）：待确认' })).toHaveAttribute(
      'href',
      '/deals/d2',
    );
    // Cancelled bookings and other weeks are not shown.
    expect(screen.getAllByRole('link', { name: /已确认|待确认/ })).toHaveLength(2);
    expect(screen.getByText('本周 2 个预约')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /12\/8/ })).toBeInTheDocument();
    expect(asked[0]).toContain('listingId=l1');
    expect(asked[0]).toContain('kind=booking');
    expect(asked[0]).toContain('role=provider');
  });

  it('moves a week on and back with the buttons', async () => {
    stack([deal('d4', 'confirmed', '2026-12-15T01:00:00Z', '2026-12-15T02:00:00Z')]);
    const { router } = renderPage(<BookingCalendarPage />, {
      path: '/organization/calendar?week=2026-12-07',
      route: '/organization/calendar',
    });
    expect(await screen.findByText('本周 0 个预约', undefined, { timeout: 10_000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '下一周' }));
    expect(router.state.location.search).toContain('week=2026-12-14');
    expect(await screen.findByRole('link', { name: /09:00–10:00/ }, { timeout: 10_000 })).toHaveAttribute(
      'href',
      '/deals/d4',
    );
    await userEvent.click(screen.getByRole('button', { name: '上一周' }));
    expect(router.state.location.search).toContain('week=2026-12-07');
  });

  it('says so when the enterprise has no equipment', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/organizations/o1/listings': () => json(200, []),
      }),
    );
    renderPage(<BookingCalendarPage />, { path: '/organization/calendar', route: '/organization/calendar' });
    expect(await screen.findByText(/还没有设备类资源/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  });
});
