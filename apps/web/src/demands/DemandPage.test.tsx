import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderPage } from '../test/render';
import DemandPage from './DemandPage';
import type { Demand, DemandMatch } from './types';

afterEach(() => vi.unstubAllGlobals());

const base: Omit<Demand, 'kind' | 'details'> = {
  id: 'd1',
  organizationId: 'o1',
  title: '铝合金壳体 CNC 加工',
  description: '五轴加工',
  category: 'machining',
  regionCode: '320505',
  locationPreference: 'anywhere',
  certifications: [],
  budgetFen: null,
  deadline: null,
  status: 'open',
  statusReason: null,
  version: 1,
  createdAt: '2026-12-01T00:00:00Z',
};

const match: DemandMatch = {
  id: 'm1',
  demandId: 'd1',
  listingId: 'l1',
  listing: { title: '五轴 CNC 加工产能', kind: 'capacity', status: 'published', providerOrganizationId: 'o2' },
  score: 0.62,
  reasons: [
    { factor: 'category', contribution: 0.13, text: '同类目「机械加工」' },
    { factor: 'badge', contribution: 0, text: '无专精特新认定' },
  ],
  status: 'proposed',
  dismissReason: null,
  providerInterestAt: null,
  dealId: null,
};

function show(demand: Demand, language?: 'en') {
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      'GET /api/v1/demands/d1': () => json(200, demand),
      'GET /api/v1/demands/d1/matches': () => json(200, { demandId: 'd1', demandStatus: 'open', items: [match] }),
    }),
  );
  renderPage(<DemandPage />, { path: '/demands/d1', route: '/demands/:id', language });
}

describe('DemandPage', () => {
  it("shows a capacity demand's quantity, unit and window", async () => {
    show({
      ...base,
      kind: 'capacity',
      details: {
        quantity: 300,
        unit: 'machine_hour',
        per: 'month',
        from: '2027-01-04',
        to: '2027-03-31',
        process: '五轴铣削',
        materials: ['6061 铝合金'],
      },
    });
    expect(await screen.findByText('每月 300 机时')).toBeInTheDocument();
    expect(screen.getByText('2027年1月4日 至 2027年3月31日')).toBeInTheDocument();
    expect(screen.getByText('五轴铣削')).toBeInTheDocument();
    expect(screen.getByText('6061 铝合金')).toBeInTheDocument();
  });

  it("shows an equipment demand's service mode, hours and window, in English", async () => {
    show(
      {
        ...base,
        kind: 'equipment',
        details: { serviceMode: 'technician_operated', hours: 8, from: '2027-01-04', to: '2027-01-20' },
      },
      'en',
    );
    expect(await screen.findByText('4 Jan 2027 to 20 Jan 2027')).toBeInTheDocument();
    expect(screen.getByText('Operated by technician')).toBeInTheDocument();
    expect(screen.getByText('8')).toBeInTheDocument();
  });

  it('shows the licence a patent demand asks for', async () => {
    show({
      ...base,
      kind: 'ip',
      details: {
        technologyField: '固态电解质',
        licenceType: 'ordinary_licence',
        territory: 'CN',
        fieldOfUse: 'all',
        termMonths: 36,
      },
    });
    expect(await screen.findByText('固态电解质')).toBeInTheDocument();
    expect(screen.getByText('36')).toBeInTheDocument();
    expect(screen.getByText('CN')).toBeInTheDocument();
  });

  it('shows each reason once with its contribution, leaving out those that add nothing', async () => {
    show({ ...base, kind: 'ip', details: { technologyField: '固态电解质', licenceType: 'ordinary_licence' } });
    const reasons = await screen.findByRole('list', { name: '匹配理由' });
    const items = within(reasons).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/^同类目「机械加工」 \+0\.13$/);
    expect(screen.queryByText('无专精特新认定')).not.toBeInTheDocument();
  });
});
