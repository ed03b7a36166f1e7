import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../api/token';
import { CHINA_TIME_ZONE } from '../i18n/format';
import { fakeFetch, json, renderPage } from '../test/render';
import { CapacityReservation } from './CapacityReservation';
import type { Listing } from './types';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

const me = {
  id: 'u1',
  email: 'sme@example.com',
  displayName: '李工',
  locale: 'zh-CN',
  emailVerified: true,
  isPlatformAdmin: false,
  memberships: [{ organization: { id: 'o1', name: '苏州某科技', kind: 'enterprise' }, role: 'owner' }],
};

const NOTICE = 10;
const chinaDay = (days: number) => dayjs().tz(CHINA_TIME_ZONE).add(days, 'day').format('YYYY-MM-DD');

const listing = {
  id: 'c1',
  kind: 'capacity',
  details: {
    process: '五轴铣削',
    capacity: { quantity: 500, unit: 'machine_hour', per: 'month' },
    leadTimeDays: NOTICE,
  },
} as unknown as Listing;

describe('CapacityReservation', { timeout: 30_000 }, () => {
  it('keeps the booking notice: says it, greys the periods over before it, blocks the days within it', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
        'GET /api/v1/me': () => json(200, me),
        'GET /api/v1/listings/c1/capacity': () =>
          json(200, {
            unit: 'machine_hour',
            per: 'month',
            from: chinaDay(-3),
            to: chinaDay(60),
            periods: [
              { start: chinaDay(-3), end: chinaDay(NOTICE - 1), offered: 500, remaining: 500 },
              { start: chinaDay(NOTICE), end: chinaDay(60), offered: 500, remaining: 200 },
            ],
          }),
      }),
    );
    renderPage(<CapacityReservation listing={listing} />);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveClass('periods-closed');
    expect(within(rows[0]).getByText('不可预订：在提前预订期内')).toBeInTheDocument();
    expect(rows[1]).not.toHaveClass('periods-closed');
    expect(within(rows[1]).queryByText('不可预订：在提前预订期内')).not.toBeInTheDocument();

    expect(await screen.findByText(new RegExp(`^须提前 ${NOTICE} 天预订：最早可从 .+ 开始$`))).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('起止日期'));
    const cell = (day: string) => document.querySelector(`.ant-picker-dropdown td[title="${day}"]`);
    await waitFor(() => expect(cell(chinaDay(NOTICE))).not.toBeNull());
    expect(cell(chinaDay(NOTICE - 1))).toHaveClass('ant-picker-cell-disabled');
    expect(cell(chinaDay(NOTICE))).not.toHaveClass('ant-picker-cell-disabled');
  });
});
